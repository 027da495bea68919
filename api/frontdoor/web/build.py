"""Build the NHS.UK front-end files the pages use, from the npm package, into var/web/vendor.

``make run`` and ``make test`` run this after ``npm ci`` in web/. The NHS.UK stylesheet loads the
Frutiger font from assets.nhs.uk; the pages make no third-party requests, so those @font-face rules
are dropped (the stylesheet's own fallback, Arial, is used) and asset paths point at our copy.

    python -m frontdoor.web.build
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

from frontdoor.settings import PROJECT_ROOT, VAR_DIR

PACKAGE = PROJECT_ROOT / "web" / "node_modules" / "nhsuk-frontend"
VENDOR = VAR_DIR / "web" / "vendor"
STATIC_URL = "/static/vendor/nhsuk"
_FONT_FACE = re.compile(r"@font-face\{[^}]*\}")


def build(package: Path = PACKAGE, out: Path = VENDOR) -> Path:
    dist = package / "dist" / "nhsuk"
    if not dist.is_dir():
        raise SystemExit(f"{dist} not found: run `npm ci` in web/ first (make does this)")
    version = json.loads((package / "package.json").read_text())["version"]
    target = out / "nhsuk"
    if target.exists():
        shutil.rmtree(target)
    (target / "assets").mkdir(parents=True)
    css = (dist / "nhsuk-frontend.min.css").read_text()
    css = _FONT_FACE.sub("", css).replace("url(/assets/", f"url({STATIC_URL}/assets/")
    if "https://" in css:
        raise SystemExit("the NHS.UK stylesheet still refers to another site: update frontdoor.web.build")
    (target / "nhsuk-frontend.min.css").write_text(css)
    shutil.copy2(dist / "nhsuk-frontend.min.js", target / "nhsuk-frontend.min.js")
    shutil.copytree(dist / "assets" / "images", target / "assets" / "images")
    (out / "BUILT").write_text(f"nhsuk-frontend {version}\n")
    return target


if __name__ == "__main__":
    built = build()
    print(f"[     web] NHS.UK front-end built into {built.relative_to(PROJECT_ROOT)}", file=sys.stderr)

"""The ``frontdoor`` command: database set-up, staff accounts and running the whole stack."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from frontdoor.content_files import ContentError
from frontdoor.staff.models import ROLES


def _cmd_text(args: argparse.Namespace) -> int:
    from frontdoor.settings import get_settings
    from frontdoor.sms.simulator import main as simulate

    return simulate(get_settings(), args.sender, args.to)


def _cmd_db_upgrade(_: argparse.Namespace) -> int:
    from frontdoor.db.migrate import upgrade

    upgrade()
    print("database: migrated to the latest schema")
    return 0


def _cmd_sites_sync(_: argparse.Namespace) -> int:
    from frontdoor.content import get_content
    from frontdoor.db.session import session_scope
    from frontdoor.sites.sync import sync_sites

    with session_scope() as session:
        count = sync_sites(session, get_content().sites)
    print(f"sites: {count} loaded from content/sites.yml")
    return 0


def _cmd_users_create(args: argparse.Namespace) -> int:
    from frontdoor.db.session import session_scope
    from frontdoor.staff.service import StaffError, create_user

    password = args.password or os.environ.get("FRONTDOOR_NEW_PASSWORD")
    if not password:
        if not sys.stdin.isatty():
            print("error: give --password, FRONTDOOR_NEW_PASSWORD, or run in a terminal", file=sys.stderr)
            return 2
        password = getpass.getpass("Password for the new account: ")
    with session_scope() as session:
        try:
            user = create_user(session, args.email, password, args.role, args.site)
        except StaffError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        session.commit()
        print(
            f"created {user.role} {user.email}"
            + (f" for {', '.join(user.site_ids)}" if user.site_ids else "")
        )
    return 0


def _admin(session, email: str) -> str | None:
    """The admin's email if it is an active admin account, else None (and a message)."""
    from sqlalchemy import select

    from frontdoor.staff.models import StaffUser

    user = session.scalar(select(StaffUser).where(StaffUser.email == email.strip().lower()))
    if user is None or not user.active or user.role != "admin":
        print(f"error: {email} is not an active admin account", file=sys.stderr)
        return None
    return user.email


def _cmd_retention(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from frontdoor.db.session import session_scope
    from frontdoor.privacy.retention import run_retention
    from frontdoor.settings import get_settings

    with session_scope() as session:
        report = run_retention(session, get_settings(), datetime.now(UTC), args.days)
    print(
        f"retention: {report.conversations} conversations ({report.events} events) deleted; "
        f"{report.texts_received} received and {report.texts_sent} sent text bodies cleared"
    )
    return 0


def _by_admin(args: argparse.Namespace, action: str) -> dict[str, Any] | None:
    """Run a privacy ``action`` ("erase" or "export") for a reference, as a named admin (audited)."""
    from frontdoor.db.session import session_scope
    from frontdoor.privacy.erasure import NotFound, erase, subject_access
    from frontdoor.settings import get_settings

    with session_scope() as session:
        admin = _admin(session, args.admin)
        if admin is None:
            return None
        run = erase if action == "erase" else subject_access
        try:
            return run(session, get_settings(), args.reference, admin)
        except NotFound as exc:
            print(f"error: {exc}", file=sys.stderr)
            return None


def _cmd_erase(args: argparse.Namespace) -> int:
    removed = _by_admin(args, "erase")
    if removed is None:
        return 2
    print(
        "erased: the referral, " + ", ".join(f"{n} {what.replace('_', ' ')}" for what, n in removed.items())
    )
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    import json

    document = _by_admin(args, "export")
    if document is None:
        return 2
    text = json.dumps(document, indent=1, default=str)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            out.write(text)
        print(f"written to {args.out}")
    else:
        print(text)
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    from frontdoor.stack.run import run_stack

    return run_stack(skip_train=args.no_train)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="frontdoor", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    db = sub.add_parser("db", help="database schema").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="apply migrations").set_defaults(func=_cmd_db_upgrade)

    sites = sub.add_parser("sites", help="site configuration").add_subparsers(
        dest="sites_command", required=True
    )
    sites.add_parser("sync", help="load content/sites.yml into the database").set_defaults(
        func=_cmd_sites_sync
    )

    users = sub.add_parser("users", help="staff accounts").add_subparsers(dest="users_command", required=True)
    create = users.add_parser("create", help="create a staff account")
    create.add_argument("--email", required=True)
    create.add_argument("--role", required=True, choices=list(ROLES))
    create.add_argument("--site", action="append", help="a site id the account works for (repeat for more)")
    create.add_argument("--password", help="otherwise FRONTDOOR_NEW_PASSWORD, or asked for")
    create.set_defaults(func=_cmd_users_create)

    retention = sub.add_parser("retention", help="delete old conversations").add_subparsers(
        dest="retention_command", required=True
    )
    retention_run = retention.add_parser("run", help="delete transcripts and text bodies past RETENTION_DAYS")
    retention_run.add_argument("--days", type=int, help="override RETENTION_DAYS for this run")
    retention_run.set_defaults(func=_cmd_retention)

    erase = sub.add_parser("erase", help="erase a person's personal data (right to erasure)")
    erase.add_argument("--reference", required=True, help="their referral reference, like K7Q-2MX")
    erase.add_argument("--admin", required=True, help="the email of the admin doing this (audited)")
    erase.set_defaults(func=_cmd_erase)

    export = sub.add_parser("export", help="everything held about a person (subject access), as JSON")
    export.add_argument("--reference", required=True)
    export.add_argument("--admin", required=True, help="the email of the admin doing this (audited)")
    export.add_argument("--out", help="write to this file instead of the screen")
    export.set_defaults(func=_cmd_export)

    text = sub.add_parser("text", help="text the running assistant from this terminal, as Twilio would")
    text.add_argument("--from", dest="sender", help="the phone number texting (default: a made-up one)")
    text.add_argument("--to", help="the service's number (default: the first site's)")
    text.set_defaults(func=_cmd_text)
    run = sub.add_parser("run", help="run Rasa, the action server and the API together")
    run.add_argument("--no-train", action="store_true", help="use the newest model even if stale")
    run.set_defaults(func=_cmd_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except ContentError as exc:
        print(f"error: bad content file: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

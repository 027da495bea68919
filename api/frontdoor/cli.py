"""The ``frontdoor`` command: database set-up, staff accounts and running the whole stack."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from frontdoor.content_files import ContentError


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
    create.add_argument("--role", required=True, choices=["link_worker", "admin"])
    create.add_argument("--site", action="append", help="a site id the account works for (repeat for more)")
    create.add_argument("--password", help="otherwise FRONTDOOR_NEW_PASSWORD, or asked for")
    create.set_defaults(func=_cmd_users_create)

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

"""The webapp's commands: ``serve``, ``worker``, ``user add``, ``token create``, ``demo``, ``db upgrade``, ``bank sync``.

Each builds the app (``webapp.create_app``, configured from ``VETKIT_*`` variables)
and calls one service function.  ``serve`` is what ``make run`` starts: it migrates
the database, syncs the bank, makes sure the demo accounts exist (printing their
passwords once), then runs gunicorn and a grading worker in the foreground until
Ctrl-C.  docs/cli.md documents every command.
"""

import json
import sys

import click


def make_app():
    """The webapp, built from the environment (imported only when a command needs it)."""
    from webapp import create_app
    return create_app()


def _read_password():
    if sys.stdin.isatty():
        return click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return sys.stdin.readline().rstrip("\n")


def prepare_database(say):
    """The set-up step of the webapp: apply the migrations and sync the bank into the database."""
    from flask_migrate import upgrade

    from webapp.services.bank_sync import sync_bank
    app = make_app()
    with app.app_context():
        upgrade()
        report = sync_bank()
    say(f"database migrated ({app.config['SQLALCHEMY_DATABASE_URI'].split('?')[0]}); bank synced: "
        f"{report.added} added, {report.updated} updated, {report.unchanged} unchanged")


@click.group("user")
def user_group():
    """Accounts."""


@user_group.command("add")
@click.argument("email")
@click.option("--role", type=click.Choice(["candidate", "recruiter", "admin"]), default="candidate", show_default=True)
@click.option("--name", default="", help="The person's name.")
def user_add(email, role, name):
    """Create a user; the password is read from standard input (prompted twice on a terminal)."""
    from webapp.services.accounts import AccountError, create_user
    app = make_app()
    with app.app_context():
        try:
            user = create_user(email, _read_password(), role=role, name=name)
        except AccountError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(f"created {user.role} {user.email} (id {user.id})")


@click.group("token")
def token_group():
    """API tokens."""


@token_group.command("create")
@click.argument("email")
@click.option("--label", default="", help="What the token is for.")
def token_create(email, label):
    """Create an API token for EMAIL and print it on the last line (it is shown only once)."""
    from webapp.services.accounts import create_token, find_user
    app = make_app()
    with app.app_context():
        user = find_user(email)
        if user is None:
            raise click.ClickException(f"there is no user {email}: create one with `vetkit user add {email}`")
        click.echo(f"API token for {user.email} ({user.role}); send it as 'Authorization: Bearer TOKEN':", err=True)
        click.echo(create_token(user, label))


@click.command("demo")
def demo():
    """Create the demo candidate, recruiter and admin if missing; print the passwords of those created now."""
    from webapp.services.accounts import ensure_demo_accounts
    app = make_app()
    with app.app_context():
        _print_demo(ensure_demo_accounts())


def _print_demo(accounts):
    for email, role, password in accounts:
        shown = password if password else "(created earlier; its password was printed then)"
        click.echo(f"  {role:<10} {email:<24} {shown}")


@click.group("db")
def db_group():
    """The database."""


@db_group.command("upgrade")
def db_upgrade():
    """Apply every migration (Flask-Migrate / Alembic) to the configured database."""
    from flask_migrate import upgrade
    app = make_app()
    with app.app_context():
        upgrade()
    click.echo("database is up to date")


@click.command("sync")
@click.argument("path", required=False, type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def bank_sync(path, as_json):
    """Sync the question bank (default: the shipped one) into the database, one version per content."""
    from webapp.services.bank_sync import sync_bank
    app = make_app()
    with app.app_context():
        report = sync_bank(path)
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2, sort_keys=True))
        return
    click.echo(f"bank synced: {report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
               f"{report.retired} retired ({', '.join(f'{n} {k}' for k, n in sorted(report.by_kind.items()))})")
    for line in report.skipped:
        click.echo(f"  skipped {line}", err=True)


@click.command("worker")
@click.option("--workers", type=click.IntRange(min=1), help="Grading threads (default: VETKIT_WORKERS or 2).")
def worker(workers):
    """Grade submissions from the queue until stopped (Ctrl-C)."""
    from webapp.worker import run_worker
    run_worker(make_app(), workers=workers)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--web-workers", default=2, show_default=True, type=click.IntRange(min=1),
              help="gunicorn processes (each with 8 threads).")
@click.option("--debug", is_flag=True, help="Flask's development server with reloading, instead of gunicorn.")
def serve(host, port, web_workers, debug):
    """Prepare the database and bank, then serve the webapp with a grading worker until Ctrl-C."""
    from webapp.serve import prepare, run_services
    app = make_app()
    with app.app_context():
        accounts, report = prepare()
    click.echo(f"[run] database migrated; bank: {sum(report.by_kind.values())} questions "
               f"({', '.join(f'{n} {k}' for k, n in sorted(report.by_kind.items()))})")
    if accounts:
        click.echo("[run] demo accounts (sign in with these):")
        _print_demo(accounts)
    click.echo(f"[run] serving http://{host}:{port}  (Ctrl-C stops the server and the worker)")
    sys.exit(run_services(host=host, port=port, web_workers=web_workers, debug=debug))


COMMANDS = (user_group, token_group, demo, db_group, worker, serve)

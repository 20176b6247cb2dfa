"""Fixtures of the webapp tests (flaskr style): ``app``, ``client``, ``runner``, ``auth`` and ``users``.

The shipped bank is migrated and synced once per session into a template database;
each test gets its own copy, its own instance folder, and an immediate-mode Huey (tasks
run at once in the caller), so no test needs a worker unless it starts one itself.

Tests marked ``both_databases`` run twice: on SQLite (the default) and on a throwaway
PostgreSQL cluster started once per session (``tests/servers.py``), where each test
gets a fresh database made from a migrated and synced template.
"""

import os
import shutil
import uuid
from contextlib import contextmanager

import pytest

from tests.servers import postgres_server
from webapp import create_app

DATABASES = ("sqlite", "postgresql")
PASSWORD = "correct horse battery"


def app_config(root, **overrides):
    """Settings of a test app whose files all live under ``root``."""
    return {"TESTING": True, "INSTANCE_PATH": str(root / "instance"), "SECRET_KEY": "test-secret",
            "DATABASE_URL": f"sqlite:///{root / 'vetkit.sqlite3'}", "HUEY_PATH": str(root / "queue.sqlite3"),
            "HUEY_IMMEDIATE": True, "WTF_CSRF_ENABLED": False, "DEMO_ACCOUNTS": False,
            "SANDBOX_POOL_SIZE": 0, "SANDBOX_SESSIONS": False, "NOTEBOOK_POOL_SIZE": 0,
            "WORKER_SANDBOX_POOL_SIZE": 2,  # a worker subprocess's pool: small, many tests start one
            **overrides}  # each docker test checks that it leaves no container


def pytest_generate_tests(metafunc):
    """Run the tests marked ``both_databases`` once per database."""
    if metafunc.definition.get_closest_marker("both_databases") and "database" in metafunc.fixturenames:
        metafunc.parametrize("database", DATABASES, indirect=True)


def _migrate_and_sync(config):
    from flask_migrate import upgrade

    from webapp.extensions import db
    from webapp.services.bank_sync import sync_bank
    app = create_app(config)
    with app.app_context():
        upgrade()
        sync_bank()
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(scope="session")
def bank_template(tmp_path_factory):
    """A folder holding a migrated database with the shipped bank synced, and the versions' snapshots."""
    root = tmp_path_factory.mktemp("webapp-template")
    _migrate_and_sync(app_config(root, SNAPSHOT_DIR=str(root / "versions")))
    return root


@pytest.fixture(scope="session")
def postgres(tmp_path_factory, bank_template):
    """A throwaway PostgreSQL cluster holding ``template``: a migrated database with the bank synced."""
    with postgres_server() as server:
        server.template = "vetkit_template"
        server.execute(f"CREATE DATABASE {server.template}")
        root = tmp_path_factory.mktemp("webapp-pg-template")
        _migrate_and_sync(app_config(root, DATABASE_URL=server.url(server.template),
                                     SNAPSHOT_DIR=str(bank_template / "versions")))
        yield server


@pytest.fixture
def database(request):
    """The database kind of this test: ``sqlite`` unless the test is marked ``both_databases``."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def database_url(request, database, bank_template, tmp_path):
    """The URL of this test's own copy of the synced template database."""
    if database == "sqlite":
        shutil.copy(bank_template / "vetkit.sqlite3", tmp_path / "vetkit.sqlite3")
        yield f"sqlite:///{tmp_path / 'vetkit.sqlite3'}"
        return
    server = request.getfixturevalue("postgres")
    name = f"test_{uuid.uuid4().hex[:16]}"
    server.execute(f"CREATE DATABASE {name} TEMPLATE {server.template}")
    yield server.url(name)
    server.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def settings(bank_template, database_url, tmp_path):
    """The settings of this test's app: its own instance folder and copy of the synced database."""
    return app_config(tmp_path, DATABASE_URL=database_url, SNAPSHOT_DIR=str(bank_template / "versions"))


@pytest.fixture
def make_app(settings):
    """``make_app(**overrides)``: an app on this test's database with other settings; disposed at the end."""
    made = []

    def make(**overrides):
        made.append(create_app({**settings, **overrides}))
        return made[-1]
    yield make
    from webapp.extensions import db
    for app in made:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.fixture
def app(make_app):
    """A fresh app on a copy of the synced database (CSRF off; see ``csrf_app`` for the real thing)."""
    return make_app()


@pytest.fixture
def csrf_app(make_app):
    """Like ``app``, with CSRF protection on as in production."""
    return make_app(WTF_CSRF_ENABLED=True)


@pytest.fixture
def client(app):
    """A test client of ``app``."""
    return app.test_client()


@pytest.fixture
def runner(app):
    """A CLI runner of ``app``."""
    return app.test_cli_runner()


class Users:
    """Creates users of each role in the test's database."""

    def __init__(self, app):
        self.app = app
        self.count = 0

    def make(self, role="candidate", email=None, password=PASSWORD, **profile):
        """A new user (its id and email); candidates' profile fields may be given."""
        from webapp.extensions import db
        from webapp.services.accounts import create_user
        self.count += 1
        email = email or f"{role}{self.count}@example.com"
        with self.app.app_context():
            user = create_user(email, password, role=role, name=f"{role.title()} {self.count}")
            for key, value in profile.items():
                setattr(user.profile, key, value)
            db.session.commit()
            return user.id, user.email


@pytest.fixture
def users(app):
    """``users.make(role)`` creates a user."""
    return Users(app)


class AuthActions:
    """Sign in and out with the test client (flaskr's ``auth`` helper)."""

    def __init__(self, client):
        self.client = client

    def login(self, email, password=PASSWORD):
        """Sign in through the form."""
        return self.client.post("/login", data={"email": email, "password": password})

    def logout(self):
        """Sign out."""
        return self.client.post("/logout")


@pytest.fixture
def auth(client):
    """``auth.login(email)`` and ``auth.logout()``."""
    return AuthActions(client)


@pytest.fixture
def candidate(users, auth):
    """A signed-in candidate: ``(id, email)``."""
    user = users.make("candidate")
    auth.login(user[1])
    return user


@pytest.fixture
def token(app):
    """``token(email)``: a new API token for that user, and the header to send it."""
    def make(email):
        from webapp.services.accounts import create_token, find_user
        with app.app_context():
            return {"Authorization": f"Bearer {create_token(find_user(email))}"}
    return make


@pytest.fixture
def engine_down():
    """``with engine_down():`` the sandbox's Docker engine cannot be reached (DOCKER_HOST names no socket)."""
    import sandbox.engine

    def reset_client():
        try:
            sandbox.engine.client().close()
        except sandbox.EngineUnavailable:
            pass
        sandbox.engine.client.cache_clear()

    @contextmanager
    def down():
        previous = os.environ.get("DOCKER_HOST")
        reset_client()
        os.environ["DOCKER_HOST"] = "unix:///nonexistent/vetkit-test/docker.sock"
        try:
            yield
        finally:
            sandbox.engine.client.cache_clear()
            if previous is None:
                del os.environ["DOCKER_HOST"]
            else:
                os.environ["DOCKER_HOST"] = previous
    return down

"""Fixtures of the webapp tests (flaskr style): ``app``, ``client``, ``runner``, ``auth`` and ``users``.

The shipped bank is migrated and synced once per session into a template database;
each test gets its own copy, its own instance folder, and an immediate-mode Huey (tasks
run at once in the caller), so no test needs a worker unless it starts one itself.
"""

import os
import shutil
from contextlib import contextmanager

import pytest

from webapp import create_app

PASSWORD = "correct horse battery"


def app_config(root, **overrides):
    """Settings of a test app whose files all live under ``root``."""
    return {"TESTING": True, "INSTANCE_PATH": str(root / "instance"), "SECRET_KEY": "test-secret",
            "DATABASE_URL": f"sqlite:///{root / 'vetkit.sqlite3'}", "HUEY_PATH": str(root / "queue.sqlite3"),
            "HUEY_IMMEDIATE": True, "WTF_CSRF_ENABLED": False, "DEMO_ACCOUNTS": False, **overrides}


@pytest.fixture(scope="session")
def bank_template(tmp_path_factory):
    """A folder holding a migrated database with the shipped bank synced, and the versions' snapshots."""
    from flask_migrate import upgrade

    from webapp.extensions import db
    from webapp.services.bank_sync import sync_bank
    root = tmp_path_factory.mktemp("webapp-template")
    app = create_app(app_config(root, SNAPSHOT_DIR=str(root / "versions")))
    with app.app_context():
        upgrade()
        sync_bank()
        db.engine.dispose()
    return root


def _app_on_a_copy(bank_template, root, **overrides):
    """An app on a copy of the synced database under ``root``; its database closed at the end."""
    shutil.copy(bank_template / "vetkit.sqlite3", root / "vetkit.sqlite3")
    app = create_app(app_config(root, SNAPSHOT_DIR=str(bank_template / "versions"), **overrides))
    yield app
    from webapp.extensions import db
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def app(bank_template, tmp_path):
    """A fresh app on a copy of the synced database (CSRF off; see ``csrf_app`` for the real thing)."""
    yield from _app_on_a_copy(bank_template, tmp_path)


@pytest.fixture
def csrf_app(bank_template, tmp_path):
    """Like ``app``, with CSRF protection on as in production."""
    yield from _app_on_a_copy(bank_template, tmp_path, WTF_CSRF_ENABLED=True)


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

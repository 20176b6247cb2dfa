"""The webapp's commands as scripts use them: user add, token create, demo, db upgrade, bank sync."""

import json
import subprocess
import sys

import pytest

from tests.webapp.helpers import vetkit_env

VETKIT = [sys.executable, "-m", "vetkit"]


pytestmark = pytest.mark.both_databases


@pytest.fixture
def env(settings):
    """The environment of a vetkit command on a copy of the synced database."""
    return vetkit_env(settings)


def vetkit(env, *args, stdin=""):
    """Run a vetkit command; (exit status, stdout, stderr)."""
    done = subprocess.run([*VETKIT, *args], input=stdin, capture_output=True, text=True, env=env, timeout=120)
    return done.returncode, done.stdout, done.stderr


def test_user_add_reads_the_password_from_stdin_and_token_create_prints_it_last(env, app):
    code, out, _ = vetkit(env, "user", "add", "Rita@Example.com", "--role", "recruiter", stdin="a long password\n")
    assert code == 0 and "created recruiter rita@example.com" in out
    code, out, err = vetkit(env, "token", "create", "rita@example.com")
    token = out.strip().splitlines()[-1]
    assert code == 0 and token.startswith("vk_") and token not in err
    response = app.test_client().get("/api/v1/questions", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200


def test_user_add_refuses_a_weak_password_or_a_taken_email_in_one_sentence(env):
    code, _, err = vetkit(env, "user", "add", "x@example.com", stdin="short\n")
    assert code == 2 and "at least 10 characters" in err and "Traceback" not in err
    vetkit(env, "user", "add", "y@example.com", stdin="a long password\n")
    code, _, err = vetkit(env, "user", "add", "y@example.com", stdin="a long password\n")
    assert code == 2 and "already exists" in err
    code, _, err = vetkit(env, "token", "create", "nobody@example.com")
    assert code == 2 and "there is no user" in err


def test_demo_prints_passwords_once(env):
    code, first, _ = vetkit(env, "demo")
    assert code == 0 and first.count("@demo.vetkit") == 3
    passwords = [line.split()[-1] for line in first.splitlines()]
    _, again, _ = vetkit(env, "demo")
    assert all(password not in again for password in passwords) and "created earlier" in again


def test_bank_sync_reports_and_db_upgrade_is_idempotent(env):
    code, out, _ = vetkit(env, "bank", "sync", "--json")
    report = json.loads(out)
    assert code == 0 and report["added"] == 0 and report["unchanged"] >= 320
    code, out, _ = vetkit(env, "db", "upgrade")
    assert code == 0 and "up to date" in out

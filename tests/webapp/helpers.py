"""Small helpers of the webapp tests: the bank's reference solutions, a quiz item's key, a command's environment."""

import json
import os
from pathlib import Path

from question_bank.paths import DEFAULT_BANK_ROOT

BANK = Path(DEFAULT_BANK_ROOT)
PROBLEM = "arr-balance-point"
"""An easy pass-fail problem with 3 samples and a dozen or so secret tests."""


def hidden_test_count(problem=PROBLEM):
    """How many secret tests ``problem`` has in the shipped bank (its hidden tests summary counts them)."""
    return len(list((BANK / "coding" / problem / "data" / "secret").glob("*.in")))


def sample_input(number=1, problem=PROBLEM):
    """The lines of ``problem``'s sample ``number`` input, as the bank holds them."""
    return (BANK / "coding" / problem / "data" / "sample" / f"{number}.in").read_text().split("\n")[:-1]


def reference(problem=PROBLEM, folder="accepted", suffix=".py"):
    """The text of a reference submission of ``problem`` from ``folder``."""
    return next((BANK / "coding" / problem / "submissions" / folder).glob(f"*{suffix}")).read_text()


def quiz_item(app, item_type):
    """(id, private data) of the first quiz item of ``item_type`` in the synced bank."""
    from webapp.extensions import db
    from webapp.models import Question
    with app.app_context():
        question = db.session.scalars(db.select(Question).filter_by(kind="quiz", type=item_type)
                                      .order_by(Question.id)).first()
        return question.id, dict(question.current_version.private)


def reference_notebook(task="tabular-churn"):
    """The bytes of a take-home's reference solution notebook."""
    return (BANK / "takehomes" / task / "solution.ipynb").read_bytes()


def status(client, submission_id):
    """The submission's status JSON as its page polls it."""
    return json.loads(client.get(f"/submissions/{submission_id}/status").get_data(as_text=True))


ENV_SETTINGS = ("INSTANCE_PATH", "DATABASE_URL", "HUEY_PATH", "SNAPSHOT_DIR", "SECRET_KEY", "REDIS_URL",
                "WORKER_SANDBOX_POOL_SIZE")


def vetkit_env(config, **extra):
    """The environment of a ``vetkit`` command (a worker, a script) working on the app of ``config``."""
    values = {f"VETKIT_{name}": str(config[name]) for name in ENV_SETTINGS if config.get(name) is not None}
    return {**os.environ, **values, **{f"VETKIT_{k}": str(v) for k, v in extra.items()}}

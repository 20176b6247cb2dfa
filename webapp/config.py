"""Settings of the webapp and the worker, each with a documented default.

Every setting can be overridden by an environment variable named ``VETKIT_`` plus
the setting's name (``VETKIT_DATABASE_URL``, ``VETKIT_MAX_SOURCE_BYTES``...), read by
``app.config.from_prefixed_env("VETKIT")``; values are parsed as JSON when they can be
(``VETKIT_WORKERS=4`` is the number 4).  docs/configuration.md lists them all.
"""

from datetime import timedelta


class Config:
    """Defaults: a zero-setup SQLite database and Huey queue under the instance folder."""

    INSTANCE_PATH = None
    """The instance folder.  None: ``instance/`` beside the package (read before the rest, see create_app)."""
    SECRET_KEY = None
    """Signs sessions and CSRF tokens.  None: a random key kept in ``instance/secret_key``."""
    DATABASE_URL = None
    """SQLAlchemy URL.  None: ``sqlite:///instance/vetkit.sqlite3``.  PostgreSQL: ``postgresql+psycopg://...``."""
    REDIS_URL = None
    """When set, the task queue lives in Redis (several machines can share it); else in SQLite."""
    HUEY_PATH = None
    """The SQLite file of the task queue.  None: ``instance/queue.sqlite3``."""
    HUEY_IMMEDIATE = False
    """Run tasks at once in the calling thread (tests and one-off scripts), no worker needed."""
    WORKERS = 2
    """Grading threads per worker process (`vetkit worker`)."""
    WORKER_POLL_SECONDS = 0.25
    """Longest wait of an idle worker between two looks at the queue."""
    GRADING_STALE_SECONDS = 1800
    """A submission 'running' for longer than this (or whose worker is gone) is graded again."""
    GRADING_RETRY_SECONDS = 30
    """How long a submission waits before the next try when the sandbox engine is unavailable."""
    MAX_GRADING_TRIES = 3
    """Judge errors (our failures) are retried this many times before the submission is marked failed."""
    SANDBOX_POOL_SIZE = 2
    """Sandbox containers each web process keeps started ahead of need for Runs, single use, refilled when no
    program of that process runs; 0 turns the warm pool off (docs/sandbox.md)."""
    WORKER_SANDBOX_POOL_SIZE = 10
    """The same for each grading worker process: enough for ten candidates handing in at the same moment to
    start grading without a container start each.  An idle one holds about 15 MB (container and shim)."""
    SANDBOX_SESSIONS = True
    """A candidate's Runs share a session container of theirs, started once and wiped between programs (never
    another candidate's), and their graded coding submissions another one; False: single-use containers
    (docs/sandbox.md)."""
    SANDBOX_SESSION_IDLE_SECONDS = 120
    """A session container unused this long is removed."""
    SANDBOX_SESSION_MAX_RUNS = 200
    """A session container is removed after serving this many programs (a fresh one follows)."""
    SANDBOX_SESSION_MAX_AGE_SECONDS = 1800
    """A session container is removed once this old (a fresh one follows)."""
    SANDBOX_SESSION_MAX_CONTAINERS = 32
    """Session containers each process keeps at most (the least recently used idle one goes first)."""
    NOTEBOOK_POOL_SIZE = 1
    """Warm notebook containers (kernel started, numpy, pandas and scikit-learn imported) a process keeps per
    kind of notebook limits once it has graded a take-home under them, single use; 0 turns them off
    (docs/sandbox.md).  Each holds ~300 MB."""
    PRACTICE_ALL_TESTS = True
    """Practice submissions of pass-fail problems run every test (feedback); False: they stop at the first
    failing test, as vetting, mock interviews and the bank check always do."""
    BANK_PATH = None
    """The question bank folder.  None: the bank shipped with vetkit (question_bank/)."""
    BLUEPRINT_DIR = None
    """The folder of assessment blueprints.  None: the shipped ones (assessments/blueprints/)."""
    SNAPSHOT_DIR = None
    """Where each synced question version's files are kept.  None: ``instance/versions``."""
    MAX_SOURCE_BYTES = 64 * 1024
    """Largest program a candidate may run or submit (all files together)."""
    MAX_NOTEBOOK_BYTES = 16 * 1024 * 1024
    """Largest notebook a candidate may upload."""
    MAX_CONTENT_LENGTH = 20 * 1024 * 1024
    """Largest request body; larger ones are refused with 413."""
    MAX_STDIN_BYTES = 1024 * 1024
    """Largest custom input of a Run."""
    MAX_TEXT_ANSWER_CHARS = 50_000
    """Longest quiz answer or profile text accepted."""
    INVITE_DAYS = 14
    """How long an invite stays usable when its expiry is not given."""
    ATTEMPT_WINDOW_DAYS = 14
    """After starting an attempt, how long its sections may still be started."""
    AUTOSAVE_SECONDS = 5
    """How often an open attempt's page saves what changed."""
    SIMILARITY_THRESHOLD = 0.7
    """Two candidates' code to one question is flagged when this share of it matches (winnowing, copydetect)."""
    PAGE_SIZE = 20
    """Rows per page of every list."""
    PERMANENT_SESSION_LIFETIME = timedelta(days=14)
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SAMESITE = "Lax"
    WTF_CSRF_TIME_LIMIT = None
    """CSRF tokens last as long as the session (a long exam page must still submit)."""
    DEMO_ACCOUNTS = True
    """`make run` creates a demo candidate, recruiter and admin and prints their passwords once."""
    API_TITLE = "vetkit"
    API_VERSION = "v1"
    OPENAPI_VERSION = "3.0.3"
    OPENAPI_URL_PREFIX = "/api/v1"
    OPENAPI_JSON_PATH = "openapi.json"
    API_SPEC_OPTIONS = {"security": [{"bearerAuth": []}],
                        "info": {"description": "vetkit's JSON API: see docs/api.md for every call and shape."}}

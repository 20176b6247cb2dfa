"""The Flask webapp: models, blueprints, background tasks, templates and static assets.

``create_app(test_config=None)`` builds the app: settings from ``webapp.config.Config``,
then ``VETKIT_*`` environment variables, then ``test_config``; extensions bound with
``init_app``; one blueprint per area (auth, candidate, practice, assess, review, roles, api).  It is the only
package that imports Flask (shared/DESIGN.md).
"""

import os
import secrets
from pathlib import Path

from flask import Flask

from .config import Config
from .database import DatabaseIntConverter, database_uri, engine_options


def create_app(test_config=None):
    """The configured Flask application.

    The instance folder (database, queue, secret key, question versions) is ``instance/`` beside the
    package unless ``VETKIT_INSTANCE_PATH`` (or ``INSTANCE_PATH`` in ``test_config``) names another.
    """
    instance = (test_config or {}).get("INSTANCE_PATH") or os.environ.get("VETKIT_INSTANCE_PATH")
    app = Flask(__name__, instance_relative_config=True, instance_path=str(Path(instance).resolve()) if instance else None)
    app.url_map.converters["int"] = DatabaseIntConverter
    app.config.from_object(Config)
    app.config.from_prefixed_env("VETKIT")
    if test_config:
        app.config.update(test_config)
    _complete_config(app)
    import sandbox.pool
    sandbox.pool.configure(app.config["SANDBOX_POOL_SIZE"])  # started on first use, per process
    _configure_sessions(app.config)
    import sandbox.notebook_pool
    sandbox.notebook_pool.configure(app.config["NOTEBOOK_POOL_SIZE"])  # per kind of limits, on first use
    _init_extensions(app)
    _register_blueprints(app)
    from . import errors, security, templating
    errors.register(app)
    security.register(app)
    templating.register(app)
    return app


def _configure_sessions(config):
    """Turn the sandbox's per-candidate session containers on or off from the ``SANDBOX_SESSION*`` settings."""
    import sandbox.sessions
    settings = sandbox.sessions.Settings(
        idle_seconds=float(config["SANDBOX_SESSION_IDLE_SECONDS"]), max_runs=int(config["SANDBOX_SESSION_MAX_RUNS"]),
        max_age_seconds=float(config["SANDBOX_SESSION_MAX_AGE_SECONDS"]),
        max_containers=int(config["SANDBOX_SESSION_MAX_CONTAINERS"]))
    sandbox.sessions.configure(bool(config["SANDBOX_SESSIONS"]), settings)


def _complete_config(app):
    """Fill the defaults that depend on the instance folder."""
    instance = Path(app.instance_path)
    instance.mkdir(parents=True, exist_ok=True)
    app.config["SECRET_KEY"] = app.config["SECRET_KEY"] or _secret_key(instance)
    url = app.config["DATABASE_URL"] or f"sqlite:///{instance / 'vetkit.sqlite3'}"
    app.config["SQLALCHEMY_DATABASE_URI"] = database_uri(url)
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = engine_options(app.config.get("SQLALCHEMY_ENGINE_OPTIONS"))
    app.config["HUEY_PATH"] = app.config["HUEY_PATH"] or str(instance / "queue.sqlite3")
    app.config["SNAPSHOT_DIR"] = app.config["SNAPSHOT_DIR"] or str(instance / "versions")


def _secret_key(instance):
    """A random key kept in ``instance/secret_key`` (created once, readable by its owner only)."""
    path = instance / "secret_key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text().strip()


def _init_extensions(app):
    from . import models  # noqa: F401  (the models register their tables)
    from .database import prepare_engine
    from .extensions import api, csrf, db, init_huey, login, migrate

    db.init_app(app)
    with app.app_context():
        prepare_engine(db.engine)
    migrate.init_app(app, db, directory=str(Path(__file__).parent / "migrations"), render_as_batch=True)
    login.init_app(app)
    csrf.init_app(app)
    api.init_app(app)
    init_huey(app)
    from . import auth  # noqa: F401  (the user loaders)
    from . import tasks  # noqa: F401  (the tasks register with huey)


def _register_blueprints(app):
    from .api import register_api
    from .assess.routes import bp as assess_bp
    from .auth.routes import bp as auth_bp
    from .candidate.routes import bp as candidate_bp
    from .practice.routes import bp as practice_bp
    from .review.routes import bp as review_bp
    from .roles.routes import bp as roles_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(candidate_bp)
    app.register_blueprint(practice_bp)
    app.register_blueprint(assess_bp)
    app.register_blueprint(review_bp)
    app.register_blueprint(roles_bp)
    register_api(app)

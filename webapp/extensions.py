"""The Flask extensions, created unbound and bound to an app by ``create_app`` (``init_app``).

``huey`` is the task queue: its storage is chosen when the app is created (SQLite
under the instance folder by default, Redis when ``VETKIT_REDIS_URL`` is set, in
memory and immediate when ``HUEY_IMMEDIATE`` is true).
"""

from flask_login import LoginManager
from flask_migrate import Migrate
from flask_smorest import Api
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from huey import Huey
from huey.storage import PriorityRedisStorage, SqliteStorage
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    """The declarative base of every model."""


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
login = LoginManager()
csrf = CSRFProtect()
api = Api()
huey = Huey("vetkit", immediate=True, results=False, utc=True)
"""Immediate (in memory) until ``init_huey`` binds it to the app's queue."""


def init_huey(app):
    """Point ``huey`` at the app's queue: immediate, Redis or SQLite (see ``webapp.config``)."""
    if app.config["HUEY_IMMEDIATE"]:
        huey.immediate = True
        return
    if app.config.get("REDIS_URL"):
        huey.storage_class, huey.storage_kwargs = PriorityRedisStorage, {"url": app.config["REDIS_URL"]}
    else:
        huey.storage_class, huey.storage_kwargs = SqliteStorage, {"filename": app.config["HUEY_PATH"]}
    huey._immediate = False
    huey.storage = huey.create_storage()

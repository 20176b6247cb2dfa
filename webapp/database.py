"""What makes SQLite and PostgreSQL behave alike for the webapp.

PostgreSQL refuses what SQLite takes without a word: a NUL character in text, ``NaN``
in a JSON document, an integer over 32 bits compared with an ``integer`` column.  So:

* NUL characters are removed from every text parameter before it reaches the database
  (a search, an id in an address, a draft: none means anything with one);
* JSON columns are written with non-finite numbers (NaN, Infinity) as ``null``;
* ``<int:...>`` in an address only matches ids a database integer can hold, so a
  larger one is a 404 like any unknown id, and page numbers stop at ``MAX_PAGE``;

and SQLite gets its pragmas (``webapp.sqlite``).  Timestamps come back in UTC from both
(``webapp.models.base.UTCDateTime``).
"""

import json
import math

from sqlalchemy import event
from werkzeug.routing import IntegerConverter

from .sqlite import enable_sqlite_pragmas

MAX_ID = 2**31 - 1
"""The largest value of an ``integer`` column (PostgreSQL's is 32 bits)."""
MAX_PAGE = 1_000_000
"""The largest page number asked of the database (a larger offset overflows both databases' integers)."""


def _finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(item) for item in value]
    return value


def json_dumps(value):
    """The JSON text stored for ``value``: standard JSON, with NaN and infinities written as ``null``."""
    try:
        return json.dumps(value, allow_nan=False)
    except ValueError:
        return json.dumps(_finite(value), allow_nan=False)


def _without_nul(value):
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, dict):
        return {key: _without_nul(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_without_nul(item) for item in value)
    return value


def _strip_nul(conn, cursor, statement, parameters, context, executemany):
    return statement, _without_nul(parameters)


def prepare_engine(engine):
    """Install the listeners above on ``engine`` (once), and SQLite's pragmas when it is SQLite."""
    enable_sqlite_pragmas(engine)
    if not event.contains(engine, "before_cursor_execute", _strip_nul):
        event.listen(engine, "before_cursor_execute", _strip_nul, retval=True)


class DatabaseIntConverter(IntegerConverter):
    """``<int:...>`` limited to what a database integer holds: a larger id matches no route (404)."""

    def __init__(self, url_map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(url_map, *args, **kwargs)


def database_uri(url):
    """The SQLAlchemy URL for ``url``: ``postgres://`` and ``postgresql://`` use psycopg 3 (vetkit's driver)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def engine_options(options):
    """SQLAlchemy engine options with our defaults (pre-ping, the JSON writer) under ``options``."""
    return {"pool_pre_ping": True, "json_serializer": json_dumps, **(options or {})}

"""SQLite settings for a database shared by web threads and a worker: WAL journal, a busy timeout, foreign keys."""

from sqlalchemy import event

BUSY_TIMEOUT_MS = 15_000
"""How long a writer waits for another one before giving up."""


def enable_sqlite_pragmas(engine):
    """Set the pragmas on every new SQLite connection of ``engine`` (no-op for other databases)."""
    if engine.dialect.name != "sqlite" or getattr(engine, "_vetkit_pragmas", False):
        return
    engine._vetkit_pragmas = True

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

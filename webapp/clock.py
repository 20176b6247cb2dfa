"""The time deadlines are judged by: the real UTC clock, which a test may replace with a fake one.

Every deadline check calls ``now()``; tests call ``set_clock(fake)`` (and ``set_clock(None)``
to restore the real one) to move time past a deadline without sleeping.
"""

from .models.base import utcnow

_source = [utcnow]


def now():
    """The current time (timezone-aware UTC)."""
    return _source[0]()


def set_clock(source):
    """Read the time from ``source()`` from now on; None restores the real clock."""
    _source[0] = source or utcnow

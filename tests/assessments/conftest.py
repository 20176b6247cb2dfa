"""Fixtures of the blueprint tests: a bank whose every stats source serves the synthetic pool."""

import pytest

from assessments.pool import register_sources
from question_bank import stats as stats_module

from .helpers import synthetic_sources


@pytest.fixture
def synthetic_bank(monkeypatch):
    """Make every stats source serve the synthetic pool (after the real sources registered themselves)."""
    register_sources()
    for kind, source in synthetic_sources().items():
        monkeypatch.setitem(stats_module.STATS_SOURCES, kind, source)

"""The item pool blueprints draw from: every item of the bank as a ``question_bank.ItemSummary``.

The pool is the bank's uniform stats view (``question_bank.stats.STATS_SOURCES``), so
drawing depends on no item format.  The grader modules that register the coding-problem
and take-home sources are imported first.  ``sort_pool`` gives the canonical order every
draw starts from; ``pool_digest`` fingerprints a pool so a rebuilt form can be compared.
"""

import hashlib
import importlib
import json
from functools import lru_cache

from question_bank.paths import bank_root
from question_bank.stats import KINDS, STATS_SOURCES

#: Modules that register the stats sources of the non-quiz kinds when imported.
SOURCE_MODULES = ("grader.coding.check", "grader.takehome.check")
#: Pools whose canonical order and digest are kept between draws.
POOL_CACHE_SIZE = 8


def register_sources():
    """Import ``SOURCE_MODULES`` so every kind of item has its stats source."""
    for name in SOURCE_MODULES:
        importlib.import_module(name)


def item_key(item):
    """The canonical sort key of an item: kind, then id."""
    return (item.kind, item.id)


def sort_pool(pool):
    """The pool without duplicates, in canonical order (independent of how it was built)."""
    return _sorted(tuple(pool))


@lru_cache(maxsize=POOL_CACHE_SIZE)
def _sorted(pool):
    return tuple(sorted(set(pool), key=lambda item: (item_key(item), item.type, item.difficulty, item.skills)))


def load_pool(path=None):
    """Every item of the bank at ``path`` (default: the shipped bank), in canonical order."""
    register_sources()
    root = bank_root(path)
    return sort_pool(item for kind in KINDS if kind in STATS_SOURCES for item in STATS_SOURCES[kind](root))


def pool_digest(pool):
    """A short stable fingerprint of the pool's items (kind, id, type, skills, difficulty, and group and minutes when set)."""
    return digest_sorted(sort_pool(pool))


@lru_cache(maxsize=POOL_CACHE_SIZE)
def digest_sorted(items):
    """``pool_digest`` of items already in canonical order (``sort_pool``)."""
    rows = [[item.kind, item.id, item.type, list(item.skills), item.difficulty]
            + ([item.group] if item.group else []) + ([item.minutes] if item.minutes is not None else [])
            for item in items]
    return hashlib.sha256(json.dumps(rows, separators=(",", ":")).encode()).hexdigest()[:16]

"""Difficulty mixes: exact counts (``{easy: 1, medium: 1}``) or proportions (``{easy: 0.3, ...}``) -> counts.

Proportions are resolved with the largest-remainder method on exact fractions (ties go to
the easier level), so every form of a section has the same number of items per difficulty.
"""

from fractions import Fraction

from .blueprint import DIFFICULTY_ORDER


def is_counts(values):
    """True when every value of the mix is a whole number written as an integer (not 1.0)."""
    return all(isinstance(value, int) and not isinstance(value, bool) for value in values)


def exact(value):
    """The exact fraction a person wrote (floats through their shortest text, so 0.3 is 3/10)."""
    return Fraction(repr(value)) if isinstance(value, float) else Fraction(value)


def resolve_proportions(proportions, count):
    """Split ``count`` items by ``proportions`` (level -> number, summing to 1): level -> count, easiest first."""
    shares = {level: exact(proportions.get(level, 0)) * count for level in DIFFICULTY_ORDER}
    counts = {level: int(share) for level, share in shares.items()}
    left = count - sum(counts.values())
    by_remainder = sorted(DIFFICULTY_ORDER, key=lambda level: (-(shares[level] - counts[level]),
                                                               DIFFICULTY_ORDER.index(level)))
    for level in by_remainder[:left]:
        counts[level] += 1
    return tuple((level, counts[level]) for level in DIFFICULTY_ORDER)


def resolve_counts(counts):
    """Exact counts (level -> int) as a tuple of (level, count), easiest first, absent levels 0."""
    return tuple((level, counts.get(level, 0)) for level in DIFFICULTY_ORDER)

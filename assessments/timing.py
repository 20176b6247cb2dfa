"""Time that fits: a timed section must leave every form it can draw enough minutes for its items.

Each item carries the minutes a candidate needs (``ItemSummary.minutes``: a coding problem's
``estimated_minutes``, a quiz item's estimate, a take-home's time budget).  ``max_form_minutes``
bounds the minutes of any form of a section from above (per difficulty slot, the largest
estimates); ``time_problem`` says in one sentence when that bound exceeds the section's limit.
Quiz sections without ``minutes`` are timed by their items and always fit.
"""

from .draw import eligible_items

MINUTES_PER_HOUR = 60


def max_form_minutes(section, pool):
    """An upper bound of the minutes any form of ``section`` needs: per slot, the sum of the largest estimates."""
    eligible = eligible_items(section, pool)
    total = 0.0
    for slot, wanted in section.quotas.items():
        minutes = sorted((item.minutes or 0.0 for item in eligible if section.slot(item) == slot), reverse=True)
        total += sum(minutes[:wanted])
    return total


def time_problem(section, pool):
    """Why some form of ``section`` cannot be finished in its time (a sentence), or None."""
    eligible = eligible_items(section, pool)
    missing = sorted(item.id for item in eligible if item.minutes is None)
    if missing and not section.timed_by_items and section.deadline_hours is None:
        return (f"section '{section.id}' may draw items with no time estimate ({', '.join(missing[:5])}); "
                "give them estimated minutes")
    if section.deadline_hours is not None:
        longest = max((item for item in eligible if item.minutes), key=lambda item: item.minutes, default=None)
        if longest is not None and longest.minutes > section.deadline_hours * MINUTES_PER_HOUR:
            return (f"section '{section.id}' may draw '{longest.id}', whose time budget of {longest.minutes:g} "
                    f"minutes exceeds its deadline of {section.deadline_hours} hours; extend the deadline")
        return None
    if section.timed_by_items:
        return None
    worst = max_form_minutes(section, pool)
    if worst > section.minutes:
        longest = sorted(eligible, key=lambda item: -(item.minutes or 0))[:3]
        return (f"section '{section.id}' can draw items estimated at {worst:g} minutes in all, more than its "
                f"{section.minutes} minutes (longest: {', '.join(f'{i.id} {i.minutes:g}' for i in longest)}); "
                "raise 'minutes' or exclude the longest items")
    return None

"""A role's fairness report: how matches and confirmations spread over what candidates chose to declare.

Candidates are grouped by region (the first part of their declared time zone, such as
'Europe' for Europe/Lisbon) and by internship format (one who declared several counts in
each; none declared is its own group).  Per group: the *pool* (candidates the recruiter may
see with vetted evidence on a needed skill), how many the filters kept as *matched*, how
many a human *confirmed*, and how many *accepted* an introduction.  A group is flagged when,
with at least ``MIN_GROUP`` in its denominator, its rate is below ``FOUR_FIFTHS`` of the best
such group's (the four-fifths rule of adverse-impact analysis): a prompt to look, not a verdict.
"""

from ..extensions import db
from ..models import Match
from ..models.matching import ACCEPTED, CONFIRMED
from .matches import refresh

FOUR_FIFTHS = 0.8
"""A rate below this share of the best group's rate is flagged."""
MIN_GROUP = 5
"""Groups smaller than this (in the rate's denominator) are shown but never flagged: too few to tell."""
NOT_DECLARED = "Not declared"
REGION_NAMES = {"America": "Americas", "US": "Americas", "Canada": "Americas", "Brazil": "Americas",
                "Mexico": "Americas", "Chile": "Americas", "Australia": "Oceania", "Pacific": "Oceania",
                "Indian": "Indian Ocean", "Atlantic": "Atlantic"}
RATES = (("match_rate", "matched", "pool"), ("confirmation_rate", "confirmed", "matched"))


def region_of(timezone):
    """The region a declared time zone lies in ('Europe/Lisbon' -> 'Europe'), or 'Not declared'."""
    if not timezone:
        return NOT_DECLARED
    prefix = timezone.split("/")[0]
    return REGION_NAMES.get(prefix, prefix)


def _groups(facts, dimension):
    if dimension == "region":
        return [region_of(facts.timezone)]
    return list(facts.formats) or [NOT_DECLARED]


def _table(evaluation, decisions, dimension):
    rows = {}
    for outcome in evaluation.outcomes:
        status, response = decisions.get(outcome.candidate_id, (None, None))
        for group in _groups(evaluation.facts[outcome.candidate_id], dimension):
            row = rows.setdefault(group, {"group": group, "pool": 0, "matched": 0, "confirmed": 0, "accepted": 0})
            row["pool"] += 1
            row["matched"] += outcome.eligible
            row["confirmed"] += outcome.eligible and status == CONFIRMED
            row["accepted"] += outcome.eligible and status == CONFIRMED and response == ACCEPTED
    table = sorted(rows.values(), key=lambda r: (r["group"] == NOT_DECLARED, -r["pool"], r["group"]))
    for rate, top, bottom in RATES:
        for row in table:
            row[rate] = round(row[top] / row[bottom], 3) if row[bottom] else None
        _flag(table, rate, bottom)
    return table


def _flag(table, rate, bottom):
    counted = [row for row in table if row[bottom] >= MIN_GROUP and row[rate] is not None]
    best = max((row[rate] for row in counted), default=None)
    for row in table:
        row.setdefault("flags", [])
        if best and row in counted and row[rate] < FOUR_FIFTHS * best:
            row["flags"].append(rate)


def report(role):
    """The role's fairness report: totals, and rows by region and by internship format."""
    evaluation = refresh(role)
    decisions = {m.candidate_id: (m.status, m.response)
                 for m in db.session.scalars(db.select(Match).filter_by(role_id=role.id))}
    by_region, by_format = _table(evaluation, decisions, "region"), _table(evaluation, decisions, "format")
    totals = {key: sum(row[key] for row in by_region) for key in ("pool", "matched", "confirmed", "accepted")}
    return {"role_id": role.id, "totals": totals, "by_region": by_region, "by_format": by_format,
            "four_fifths": FOUR_FIFTHS, "min_group": MIN_GROUP}

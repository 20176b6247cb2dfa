"""The matcher (Match Day): rank candidates for a role by vetted evidence, then filter by what the job needs.

It is pure and small on purpose.  ``rank(needs, candidates)`` takes a role's ``RoleNeeds``
and, per candidate, ``CandidateFacts``: their *vetted* signals and the job-related fields
they declared (location, time zone, internship formats, hourly target and its currency).
Nothing else exists here: no name, email, school, gender, age, headline, write-ups or links
can reach the formula.  docs/matching.md states the formula with a worked example.

* Each needed skill contributes the candidate's vetted score times its confidence
  (0 without vetted evidence); the match score is the mean over the needed skills.
* A candidate is *qualified* when every needed skill has vetted evidence at or above its minimum;
  qualified candidates rank first, then by score, then by candidate id (a stable order).
* Filters then leave out candidates whose time zone (remote roles), city (on-site roles),
  internship formats or hourly target do not fit; the reason is kept.
"""

import unicodedata
from dataclasses import dataclass, field
from fractions import Fraction

from .profiles import skill_title

LOCATION, TIMEZONE, FORMAT, SALARY = "location", "timezone", "format", "salary"
FILTERS = (LOCATION, TIMEZONE, FORMAT, SALARY)


@dataclass(frozen=True)
class VettedSignal:
    """A candidate's vetted signal on one skill, with the submissions behind it."""

    score: float
    confidence: float
    submission_ids: tuple = ()


@dataclass(frozen=True)
class CandidateFacts:
    """All the matcher may know of a candidate: vetted signals and job-related declarations."""

    candidate_id: int
    signals: dict = field(default_factory=dict)
    """skill id -> ``VettedSignal`` (vetted scope only)."""
    location: str = ""
    timezone: str = ""
    formats: tuple = ()
    salary_hourly: float | None = None
    currency: str = "USD"


@dataclass(frozen=True)
class RoleNeeds:
    """What a role asks for: skills with minimums, where, which formats, and the committed hourly range."""

    skills: dict
    """skill id -> minimum vetted score (0-100)."""
    salary_min: float
    salary_max: float
    currency: str
    remote: bool = False
    location: str = ""
    timezones: tuple = ()
    formats: tuple = ()

    @classmethod
    def of(cls, role):
        """The needs of a stored ``Role``."""
        return cls(skills=dict(role.skills or {}), salary_min=role.salary_min, salary_max=role.salary_max,
                   currency=role.currency, remote=role.remote, location=role.location or "",
                   timezones=tuple(role.timezones or ()), formats=tuple(role.formats or ()))


@dataclass
class Outcome:
    """A considered candidate: score, why (explanation), what is missing, and the filters that failed."""

    candidate_id: int
    score: float
    qualified: bool
    explanation: list
    missing: list
    failed: list

    @property
    def eligible(self):
        """True when no filter failed: the candidate is proposed as a match."""
        return not self.failed

    def sort_key(self):
        """Qualified first, then the higher score, then the lower candidate id."""
        return (not self.qualified, -self.score, self.candidate_id)


def _round(value):
    """``value`` (a Fraction, at least 0) rounded half up to one decimal, as a float."""
    return float(Fraction(int(value * 10 + Fraction(1, 2)), 10))


def _skill_entries(needs, facts):
    """(explanation, missing, contributions) over the role's needed skills."""
    explanation, missing, contributions = [], [], []
    for skill, minimum in sorted(needs.skills.items()):
        title, signal = skill_title(skill), facts.signals.get(skill)
        if signal is None or signal.score is None:
            contributions.append(Fraction(0))
            missing.append({"kind": "skill", "skill": skill, "title": title, "min_score": minimum, "score": None,
                            "text": f"{title}: no vetted evidence yet (needs {minimum})."})
            continue
        contribution = Fraction(str(signal.score)) * Fraction(str(signal.confidence))
        contributions.append(contribution)
        met = signal.score >= minimum
        ids = sorted(signal.submission_ids)
        explanation.append({
            "skill": skill, "title": title, "score": signal.score, "confidence": signal.confidence,
            "min_score": minimum, "met": met, "contribution": _round(contribution), "evidence": ids,
            "text": f"{title}: {signal.score:g} {'≥' if met else '<'} {minimum} (confidence {signal.confidence:.2f}), "
                    f"from submission{'s' if len(ids) != 1 else ''} {', '.join(f'#{i}' for i in ids)}."})
        if not met:
            missing.append({"kind": "skill", "skill": skill, "title": title, "min_score": minimum,
                            "score": signal.score, "text": f"{title}: {signal.score:g} is below the minimum {minimum}."})
    explanation.sort(key=lambda entry: (-entry["contribution"], entry["skill"]))
    return explanation, missing, contributions


def _fold(text):
    """Text compared without case or accents."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def city_of(location):
    """The city of a 'City, Country' location, folded for comparison."""
    return _fold((location or "").split(",")[0])


def zone_allowed(zone, allowed):
    """True when IANA ``zone`` is one of ``allowed`` or lies under a region prefix such as 'Europe/'."""
    return any(zone == rule or (rule.endswith("/") and zone.startswith(rule)) for rule in allowed)


def _filter(name, text, passed):
    return {"kind": "filter", "filter": name, "passed": passed, "text": text}


def _place(needs, facts):
    """The location filter of an on-site role, or the time-zone filter of a remote one."""
    if needs.remote:
        if not needs.timezones:
            return None
        zones = ", ".join(needs.timezones)
        if not facts.timezone:
            return _filter(TIMEZONE, f"Declared no time zone; the role is remote within {zones}.", False)
        if not zone_allowed(facts.timezone, needs.timezones):
            return _filter(TIMEZONE, f"Time zone is outside the role's ({zones}).", False)
        return None
    if not city_of(needs.location):
        return None
    if not city_of(facts.location):
        return _filter(LOCATION, f"Declared no location; the role is on-site in {needs.location}.", False)
    if city_of(facts.location) != city_of(needs.location):
        return _filter(LOCATION, f"Declared location is not {needs.location} (the role is on-site).", False)
    return None


def _format(needs, facts):
    """Candidates who declared formats must want one the role offers; no declared format means any."""
    if needs.formats and facts.formats and not set(needs.formats) & set(facts.formats):
        return _filter(FORMAT, f"Wants none of the role's formats ({', '.join(needs.formats)}).", False)
    return None


def _salary(needs, facts):
    """The hourly target must not exceed the range's maximum; another currency is not compared, only noted."""
    target = facts.salary_hourly
    if target is None:
        return None
    if facts.currency != needs.currency:
        return _filter(SALARY, f"Hourly target is {target:.2f} {facts.currency} and the role pays {needs.currency}: "
                               "not compared (no exchange rates); check it with the candidate.", True)
    if target > needs.salary_max:
        return _filter(SALARY, f"Hourly target {target:.2f} {facts.currency} is above the range's maximum "
                               f"{needs.salary_max:.2f} {needs.currency}.", False)
    return None


def assess(needs, facts):
    """The ``Outcome`` of one candidate, or None without vetted evidence on any needed skill."""
    explanation, missing, contributions = _skill_entries(needs, facts)
    if not explanation:
        return None
    notes = [note for check in (_place, _format, _salary) if (note := check(needs, facts)) is not None]
    score = _round(sum(contributions, Fraction(0)) / max(len(contributions), 1))
    qualified = not any(entry["kind"] == "skill" for entry in missing)
    return Outcome(candidate_id=facts.candidate_id, score=score, qualified=qualified, explanation=explanation,
                   missing=missing + notes, failed=[note for note in notes if not note["passed"]])


def rank(needs, candidates):
    """The ``Outcome`` of every candidate with vetted evidence on a needed skill, best first."""
    outcomes = [outcome for facts in candidates if (outcome := assess(needs, facts)) is not None]
    return sorted(outcomes, key=Outcome.sort_key)

"""Candidate profiles: reading the skill taxonomy and saving what a candidate tells about themselves."""

from functools import lru_cache

from question_bank import load_taxonomy

from ..extensions import db


@lru_cache(maxsize=1)
def taxonomy():
    """The bank's skill taxonomy (loaded once)."""
    return load_taxonomy()


def skill_title(skill_id):
    """A skill's title, or its id when unknown."""
    for area in taxonomy().areas:
        for skill in area.skills:
            if skill.id == skill_id:
                return skill.title
    return skill_id


def all_skills():
    """Every skill of the taxonomy, in file order."""
    return [skill for area in taxonomy().areas for skill in area.skills]


CURRENCIES = ("USD", "EUR", "GBP", "CAD", "AUD", "CHF", "INR", "JPY", "SGD", "SEK", "PLN", "BRL")
"""Currencies of hourly salaries (a candidate's target, a role's range)."""

PROFILE_FIELDS = ("headline", "claimed_skills", "github_url", "portfolio_url", "writeups", "location", "timezone",
                  "formats", "currency", "shared")


def update_profile(user, data):
    """Save the profile fields in ``data`` (already validated by the form)."""
    profile = user.profile
    user.name = (data.get("name") or "").strip()[:120]
    for field in PROFILE_FIELDS:
        value = data.get(field)
        setattr(profile, field, value.strip() if isinstance(value, str) else value)
    salary = data.get("salary_hourly")
    profile.salary_hourly = float(salary) if salary is not None else None
    db.session.commit()

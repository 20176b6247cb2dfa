"""Roles (Match Day): writing a role, checking what it states, and reading the candidates the matcher may see.

``clean_role`` turns what a recruiter typed (form or API) into a role's fields, or raises
``RoleInvalid`` with one sentence naming the field.  ``candidate_facts`` reads, for the
candidates the role's recruiter may see, exactly what ``webapp.services.matching`` may use:
vetted signals on the needed skills and the job-related profile fields, selected column by
column (names, emails, headlines, write-ups and links are never read).
"""

from collections import defaultdict
from functools import lru_cache
from zoneinfo import available_timezones

from ..extensions import db
from ..models import Profile, Role, SignalRecord
from ..models.matching import ROLE_LEVELS, ROLE_TRACKS
from ..models.signals import VETTED_SCOPE
from ..models.users import INTERNSHIP_FORMATS
from .candidates import visible_ids
from .matching import CandidateFacts, VettedSignal
from .profiles import CURRENCIES, all_skills, skill_title
from .submitting import Refused

TRACK_TITLES = {"ml-engineering": "ML engineering", "llm-engineering": "LLM engineering", "ml-ops": "ML ops",
                "applied-research": "Applied research", "ai-safety": "AI safety",
                "software-engineering": "Software engineering"}
LEVEL_TITLES = {"intern": "Intern", "new-grad": "New grad"}
MAX_SALARY = 10_000
"""Largest hourly amount accepted (the profile's limit)."""
MAX_ROLE_SKILLS = 12
"""Most skills one role may name."""
TEXT_LIMITS = {"title": 200, "company": 200, "location": 200, "description": 5000}


class RoleInvalid(Refused):
    """A role cannot be saved as given: ``field`` and one sentence (HTTP 422)."""

    def __init__(self, field, message):
        super().__init__(422, message)
        self.field = field


@lru_cache(maxsize=1)
def _zones():
    """(IANA zone names, region prefixes such as 'Europe/')."""
    zones = {z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/"))}
    return zones, {z.split("/")[0] + "/" for z in zones}


def normalise_zone(text):
    """A time-zone rule as stored: an IANA name, or a region prefix ending in '/'; None when it is neither."""
    text = (text or "").strip().removesuffix("*")
    zones, regions = _zones()
    if text in zones or text in regions:
        return text
    return text + "/" if text + "/" in regions else None


def _text(data, name, required_message=None):
    value = (data.get(name) or "").strip()
    if required_message and not value:
        raise RoleInvalid(name, required_message)
    if len(value) > TEXT_LIMITS[name]:
        raise RoleInvalid(name, f"The {name} is too long: at most {TEXT_LIMITS[name]} characters.")
    return value


def _choice(data, name, allowed):
    value = data.get(name)
    if value not in allowed:
        raise RoleInvalid(name, f"Choose the {name} from {', '.join(allowed)} (got {value!r}).")
    return value


def _salary(data):
    low, high = data.get("salary_min"), data.get("salary_max")
    if low is None or high is None:
        raise RoleInvalid("salary_min" if low is None else "salary_max",
                          "State the hourly salary range up front: both a minimum and a maximum.")
    low, high = float(low), float(high)
    for name, value in (("salary_min", low), ("salary_max", high)):
        if not 0 <= value <= MAX_SALARY:
            raise RoleInvalid(name, f"Enter hourly amounts from 0 to {MAX_SALARY:,}.")
    if low > high:
        raise RoleInvalid("salary_max", f"The salary maximum ({high:g}) is below the minimum ({low:g}).")
    return low, high


def _place(data):
    remote, location = bool(data.get("remote")), _text(data, "location")
    zones = []
    for text in data.get("timezones") or []:
        zone = normalise_zone(text)
        if zone is None:
            raise RoleInvalid("timezones", f"{text!r} is not a time zone: use an IANA name such as Europe/Lisbon "
                                           "or a region such as Europe/.")
        if zone not in zones:
            zones.append(zone)
    if not remote and not location:
        raise RoleInvalid("location", "Give the role's city, or mark the role remote.")
    if zones and not remote:
        raise RoleInvalid("timezones", "Time zones apply to remote roles: mark the role remote or leave them empty.")
    return remote, location, zones


def _formats(data):
    formats = []
    for value in data.get("formats") or []:
        if value not in INTERNSHIP_FORMATS:
            raise RoleInvalid("formats", f"Format {value!r} is unknown; choose from {', '.join(INTERNSHIP_FORMATS)}.")
        if value not in formats:
            formats.append(value)
    return formats


def _skills(data):
    skills = data.get("skills") or {}
    known = {skill.id for skill in all_skills()}
    if not isinstance(skills, dict) or not skills:
        raise RoleInvalid("skills", "Name at least one skill the role needs, with a minimum score from 0 to 100.")
    if len(skills) > MAX_ROLE_SKILLS:
        raise RoleInvalid("skills", f"A role may name at most {MAX_ROLE_SKILLS} skills; keep the ones that matter.")
    cleaned = {}
    for skill, minimum in skills.items():
        if skill not in known:
            raise RoleInvalid("skills", f"Skill {skill!r} is not in the skill taxonomy; use ids such as "
                                        "algorithms.graphs.")
        if isinstance(minimum, bool) or not isinstance(minimum, int | float) or minimum != int(minimum) \
                or not 0 <= minimum <= 100:
            raise RoleInvalid("skills", f"Give {skill_title(skill)} ({skill}) a minimum score: a whole number "
                                        "from 0 to 100.")
        cleaned[skill] = int(minimum)
    return dict(sorted(cleaned.items()))


def clean_role(data):
    """The fields of a role from ``data`` (a dict), checked; ``RoleInvalid`` names the first problem."""
    title = _text(data, "title", "Give the role a title.")
    company = _text(data, "company", "Name the company.")
    track = _choice(data, "track", ROLE_TRACKS)
    level = _choice(data, "level", ROLE_LEVELS)
    remote, location, zones = _place(data)
    salary_min, salary_max = _salary(data)
    currency = data.get("currency")
    if currency not in CURRENCIES:
        raise RoleInvalid("currency", f"Currency {currency!r} is not offered; use one of {', '.join(CURRENCIES)}.")
    return {"title": title, "company": company, "track": track, "level": level, "remote": remote,
            "location": location, "timezones": zones, "formats": _formats(data), "salary_min": salary_min,
            "salary_max": salary_max, "currency": currency, "skills": _skills(data),
            "description": _text(data, "description"), "active": bool(data.get("active", True))}


def create_role(recruiter, data):
    """A new role of ``recruiter`` from ``data`` (checked with ``clean_role``)."""
    role = Role(recruiter_id=recruiter.id, **clean_role(data))
    db.session.add(role)
    db.session.commit()
    return role


def update_role(role, data):
    """Replace the role's fields with ``data`` (checked); stored matches and their decisions stay."""
    for name, value in clean_role(data).items():
        setattr(role, name, value)
    db.session.commit()
    return role


def role_data(role):
    """A role's fields as ``clean_role`` takes them (to fill the edit form)."""
    return {name: getattr(role, name) for name in ("title", "company", "track", "level", "remote", "location",
                                                  "timezones", "formats", "salary_min", "salary_max", "currency",
                                                  "skills", "description", "active")}


def roles_query(user):
    """A select of the roles ``user`` manages (admins: all), newest first."""
    query = db.select(Role).order_by(Role.id.desc())
    return query if user.is_admin else query.where(Role.recruiter_id == user.id)


def candidate_facts(role):
    """``CandidateFacts`` of every candidate the role's recruiter may see who has vetted evidence on its skills."""
    visible = list(visible_ids(role.recruiter))
    rows = db.session.execute(
        db.select(SignalRecord.user_id, SignalRecord.skill, SignalRecord.score, SignalRecord.confidence,
                  SignalRecord.evidence)
        .where(SignalRecord.scope == VETTED_SCOPE, SignalRecord.skill.in_(list(role.skills or {})),
               SignalRecord.score.is_not(None), SignalRecord.user_id.in_(visible)))
    signals = defaultdict(dict)
    for user_id, skill, score, confidence, evidence in rows:
        signals[user_id][skill] = VettedSignal(score, confidence, tuple(e["submission_id"] for e in evidence or ()))
    profiles = db.session.execute(
        db.select(Profile.user_id, Profile.location, Profile.timezone, Profile.formats, Profile.salary_hourly,
                  Profile.currency).where(Profile.user_id.in_(list(signals))))
    return [CandidateFacts(candidate_id=user_id, signals=signals[user_id], location=location or "",
                           timezone=timezone or "", formats=tuple(formats or ()), salary_hourly=salary,
                           currency=currency or "")
            for user_id, location, timezone, formats, salary, currency in profiles]

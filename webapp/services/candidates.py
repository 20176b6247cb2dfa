"""Candidates as recruiters see them: who is visible, filters, sorting, blind aliases and exports.

A recruiter sees candidates who shared their profile or took one of the recruiter's
assessments (admins see every candidate).  In blind review a candidate appears as a stable
alias and nothing that identifies them (name, email, links, location, time zone, headline,
write-ups) leaves the server: ``card`` builds every view from the same rules.
"""

import csv
import hashlib
import hmac
import io
import math
from base64 import b32encode

from flask import current_app

from ..extensions import db
from ..models import Attempt, Invite, Profile, SignalRecord, User
from ..models.users import ADMIN, CANDIDATE
from .invites import blueprints

IDENTIFYING = ("name", "email", "headline", "github_url", "portfolio_url", "writeups", "location", "timezone")
"""Profile fields blind review never shows."""
SORTS = ("recent", "score", "name")


def alias(user_id):
    """A candidate's stable blind alias, e.g. ``Candidate QX7KD`` (keyed by the app's secret)."""
    digest = hmac.new(current_app.config["SECRET_KEY"].encode(), f"candidate:{user_id}".encode(), hashlib.sha256)
    return f"Candidate {b32encode(digest.digest()).decode()[:5]}"


def visible_ids(viewer):
    """Ids of the candidates ``viewer`` (a recruiter or admin) may see."""
    query = db.select(User.id).where(User.role == CANDIDATE)
    if viewer.role != ADMIN:
        shared = db.select(Profile.user_id).where(Profile.shared.is_(True))
        invited = db.select(Attempt.user_id).join(Invite).where(Invite.created_by == viewer.id)
        query = query.where(User.id.in_(shared) | User.id.in_(invited))
    return set(db.session.execute(query).scalars())


def _levels_tracks(user_ids):
    """candidate id -> {(level, track)} of the vetting blueprints they took."""
    by_id = {b.id: (b.level, b.track) for b in blueprints("vetting")}
    found = {}
    for user_id, blueprint_id in db.session.execute(db.select(Attempt.user_id, Attempt.blueprint_id).where(
            Attempt.user_id.in_(user_ids), Attempt.kind == "vetting")):
        if blueprint_id in by_id:
            found.setdefault(user_id, set()).add(by_id[blueprint_id])
    return found


def card(user, signals, *, blind, levels=()):
    """One candidate as a recruiter's lists and exports show them (identifying fields dropped when ``blind``)."""
    profile = user.profile
    vetted = {s.skill: s for s in signals if s.scope == "vetted"}
    practice = {s.skill: s for s in signals if s.scope == "practice"}
    data = {"id": user.id, "alias": alias(user.id), "claimed_skills": list(profile.claimed_skills or []),
            "formats": list(profile.formats or []), "salary_hourly": profile.salary_hourly,
            "currency": profile.currency, "shared": profile.shared,
            "levels": sorted({level for level, _ in levels}), "tracks": sorted({track for _, track in levels}),
            "vetted": {k: {"score": s.score, "confidence": s.confidence} for k, s in sorted(vetted.items())},
            "practice": {k: {"score": s.score, "confidence": s.confidence} for k, s in sorted(practice.items())},
            "vetted_mean": _mean(s.score for s in vetted.values())}
    if not blind:
        data.update(name=user.display_name, email=user.email, headline=profile.headline,
                    github_url=profile.github_url, portfolio_url=profile.portfolio_url, writeups=profile.writeups,
                    location=profile.location, timezone=profile.timezone)
    data["label"] = data["alias"] if blind else data["name"]
    return data


def _mean(scores):
    values = [s for s in scores if s is not None]
    return round(sum(values) / len(values), 1) if values else None


def _matches(data, user, filters, blind):
    skill, minimum = filters.get("skill"), filters.get("min_score")
    if skill:
        pool = data["vetted"] if filters.get("vetted") else {**data["practice"], **data["vetted"]}
        score = (pool.get(skill) or {}).get("score")
        if score is None or (minimum is not None and score < minimum):
            return False
    elif filters.get("vetted") and not data["vetted"]:
        return False
    profile = user.profile
    place = filters.get("location", "").lower()
    if place and place not in f"{profile.location} {profile.timezone}".lower():
        return False
    if filters.get("format") and filters["format"] not in (profile.formats or []):
        return False
    if filters.get("max_salary") is not None and (profile.salary_hourly is None
                                                  or profile.salary_hourly > filters["max_salary"]):
        return False
    if filters.get("level") and filters["level"] not in data["levels"]:
        return False
    if filters.get("track") and filters["track"] not in data["tracks"]:
        return False
    words = (filters.get("q") or "").lower().split()
    identity = [] if blind else [user.name or "", user.email, profile.headline or ""]  # blind: no probing by name
    text = " ".join([*identity, *data["claimed_skills"]]).lower()
    return all(word in text for word in words)


def _sort_key(sort, skill):
    def key(pair):
        data, user = pair
        if sort == "score":
            pool = {**data["practice"], **data["vetted"]}
            score = (pool.get(skill) or {}).get("score") if skill else data["vetted_mean"]
            return (-(score if score is not None else -1), data["alias"])
        if sort == "name":
            return (data["label"].lower(),)
        return (-user.id,)
    return key


def search(viewer, filters, *, blind, page=1, per_page=20):
    """A page of the candidates ``viewer`` may see that match ``filters``: ``(cards, total, pages)``."""
    ids = visible_ids(viewer)
    users = db.session.execute(db.select(User).where(User.id.in_(ids))).scalars().all()
    rows = db.session.execute(db.select(SignalRecord).where(SignalRecord.user_id.in_(ids))).scalars().all()
    by_user, levels = {}, _levels_tracks(ids)
    for row in rows:
        by_user.setdefault(row.user_id, []).append(row)
    found = []
    for user in users:
        data = card(user, by_user.get(user.id, []), blind=blind, levels=levels.get(user.id, ()))
        if _matches(data, user, filters, blind):
            found.append((data, user))
    sort = filters.get("sort") if filters.get("sort") in SORTS else "recent"
    found.sort(key=_sort_key(sort, filters.get("skill")))
    pages = max(1, math.ceil(len(found) / per_page))
    start = (max(1, min(page, pages)) - 1) * per_page
    return [data for data, _ in found[start:start + per_page]], len(found), pages


def export_csv(cards, skills):
    """The cards as CSV text: identity columns (absent in blind review), then one column per skill's vetted score."""
    out = io.StringIO()
    identity = [k for k in ("name", "email", "location", "timezone") if cards and k in cards[0]]
    writer = csv.writer(out)
    writer.writerow(["candidate", *identity, "formats", "salary_hourly", "currency", "vetted_mean",
                     *[f"vetted:{s}" for s in skills], *[f"practice:{s}" for s in skills]])
    for data in cards:
        writer.writerow([data["alias"], *[data.get(k, "") for k in identity], " ".join(data["formats"]),
                         data["salary_hourly"] if data["salary_hourly"] is not None else "", data["currency"],
                         data["vetted_mean"] if data["vetted_mean"] is not None else "",
                         *[(data["vetted"].get(s) or {}).get("score", "") for s in skills],
                         *[(data["practice"].get(s) or {}).get("score", "") for s in skills]])
    return out.getvalue()

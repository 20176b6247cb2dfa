"""Autosaved answers of an attempt and its integrity records.

Each save carries one item's answer (only what changed), is checked against the item's
kind (a malformed answer is refused with a sentence and changes nothing), and is logged
with its size and the IP address it came from.  Integrity events (pastes with their
size, focus lost and regained, time spent per question) are recorded for reviewers;
they never change a score.
"""

from flask import current_app

from .. import clock
from ..extensions import db
from ..models import IntegrityEvent
from ..models.questions import CODING, QUIZ, TAKEHOME
from . import attempts
from .submitting import Refused, coding_files

EVENT_KINDS = ("paste", "blur", "focus", "time")
MAX_EVENTS_PER_CALL = 200
MAX_SECONDS_PER_EVENT = 3600


def _quiz_answer(item, payload):
    if "answer" not in payload:
        raise Refused(422, "Send the answer as {\"answer\": ...}.")
    answer, public = payload["answer"], item.version.public
    item_type, limit = public["type"], current_app.config["MAX_TEXT_ANSWER_CHARS"]
    options = {option["id"] for option in public.get("options", ())}
    if answer is None or answer == "" or answer == []:
        return None
    if item_type == "single_choice" and (not isinstance(answer, str) or answer not in options):
        raise Refused(422, f"Choose one of the options {', '.join(sorted(options))}.")
    if item_type == "multiple_choice" and (not isinstance(answer, list) or not set(answer) <= options):
        raise Refused(422, f"Send a list of options from {', '.join(sorted(options))}.")
    if item_type in ("numeric", "short_answer", "free_text") and not isinstance(answer, (str, int, float)):
        raise Refused(422, "Send the answer as text or a number.")
    if isinstance(answer, bool) or (isinstance(answer, str) and len(answer) > limit):
        raise Refused(422 if isinstance(answer, bool) else 413,
                      f"The answer is over the limit of {limit} characters; shorten it.")
    return answer


def save_answer(attempt, question_id, payload, ip=""):
    """Autosave one item's answer; returns the item.  Refused(409) after its deadline, (422) when malformed."""
    if not isinstance(payload, dict):
        raise Refused(422, "Send a JSON object: {\"answer\": ...} or {\"language\": ..., \"source\": ...}.")
    item = attempts.item_for_saving(attempt, question_id)
    if item.kind == QUIZ:
        item.answer = _quiz_answer(item, payload)
        size = len(str(item.answer or ""))
    elif item.kind == CODING:
        language, source = payload.get("language"), payload.get("source")
        if not isinstance(source, str):
            raise Refused(422, "Send the code as {\"language\": ..., \"source\": \"...\"}.")
        if source.strip():
            coding_files(item.question, language, source=source)  # the language and size limits
        elif language not in item.version.public.get("languages", ()):
            raise Refused(422, f"Choose one of the languages {', '.join(item.version.public.get('languages', ()))}.")
        item.language, item.source = language, source
        size = len(source.encode())
    else:
        raise Refused(422, "A take-home answer is a notebook: upload the .ipynb file.")
    _saved(item, size, ip)
    return item


def save_notebook(attempt, question_id, data, ip=""):
    """Save the notebook answering a take-home item (checked like a practice upload)."""
    import json
    item = attempts.item_for_saving(attempt, question_id)
    if item.kind != TAKEHOME:
        raise Refused(422, f"{question_id} is not a take-home: send its answer instead of a notebook.")
    limit = current_app.config["MAX_NOTEBOOK_BYTES"]
    if len(data) > limit:
        raise Refused(413, f"The notebook is over the limit of {limit // (1024 * 1024)} MiB; clear large outputs.")
    try:
        parsed = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused(422, "This file is not a notebook (.ipynb files are JSON): upload the file Jupyter saved.") from None
    if not isinstance(parsed, dict) or "cells" not in parsed:
        raise Refused(422, "This JSON file is not a Jupyter notebook (it has no cells): upload the .ipynb file.")
    item.upload = data
    _saved(item, len(data), ip)
    return item


def _saved(item, size, ip):
    item.saved_at, item.saves = clock.now(), item.saves + 1
    db.session.add(IntegrityEvent(attempt_id=item.attempt_id, question_id=item.question_id, kind="save", size=size,
                                  ip=(ip or "")[:64], at=item.saved_at))
    db.session.commit()


def record_events(attempt, events, ip=""):
    """Record the page's integrity events ``[{kind, question_id?, size?}]``; returns how many were kept."""
    if not isinstance(events, list) or len(events) > MAX_EVENTS_PER_CALL:
        raise Refused(422, f"Send a list of at most {MAX_EVENTS_PER_CALL} events.")
    if attempt.status != "open":
        return 0
    items = {item.question_id: item for section in attempt.sections for item in section.items}
    kept = 0
    for event in events:
        if not isinstance(event, dict) or event.get("kind") not in EVENT_KINDS:
            continue
        question_id = event.get("question_id") if event.get("question_id") in items else None
        size = event.get("size") if isinstance(event.get("size"), int) and event.get("size") >= 0 else None
        if event["kind"] == "time" and question_id and size:
            items[question_id].seconds_spent += min(size // 1000, MAX_SECONDS_PER_EVENT)
        db.session.add(IntegrityEvent(attempt_id=attempt.id, question_id=question_id, kind=event["kind"], size=size,
                                      ip=(ip or "")[:64], at=clock.now()))
        kept += 1
    db.session.commit()
    return kept


def integrity_summary(attempt):
    """Per question: pastes (count, characters), focus lost, saves, seconds spent and the IPs seen."""
    rows = db.session.execute(db.select(IntegrityEvent).filter_by(attempt_id=attempt.id)
                              .order_by(IntegrityEvent.id)).scalars().all()
    summary = {}
    for item in (i for s in attempt.sections for i in s.items):
        summary[item.question_id] = {"pastes": 0, "pasted_chars": 0, "blurs": 0, "saves": 0,
                                     "seconds": item.seconds_spent, "ips": []}
    overall = {"pastes": 0, "pasted_chars": 0, "blurs": 0, "saves": 0, "ips": []}
    for row in rows:
        for target in filter(None, (summary.get(row.question_id), overall)):
            target["pastes"] += row.kind == "paste"
            target["pasted_chars"] += (row.size or 0) if row.kind == "paste" else 0
            target["blurs"] += row.kind == "blur"
            target["saves"] += row.kind == "save"
            if row.ip and row.ip not in target["ips"]:
                target["ips"].append(row.ip)
    return {"items": summary, "overall": overall, "events": rows}

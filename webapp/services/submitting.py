"""Hand in work: check it, write the submission row (``queued``), then enqueue its grading.

The row is committed before the task is queued, so a queue or worker failure never
loses a submission (the sweep queues it again).  The same form posted twice (a double
click) carries the same ``client_token`` and gives one submission.  Every refusal is a
``Refused`` with an HTTP status and one sentence that says what to do.
"""

import re

from flask import current_app
from sqlalchemy.exc import IntegrityError

import sandbox

from ..extensions import db
from ..models import Question, Submission
from ..models.questions import CODING, QUIZ, TAKEHOME
from ..models.submissions import PRACTICE
from ..models.base import utcnow

FILE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")
MAX_FILES = 20
DEFAULT_FILE = {"python": "main.py", "c": "main.c", "cpp": "main.cpp", "java": "Main.java"}
ENGINE_DOWN = ("Grading is delayed: the sandbox engine is not answering. Your submission is saved and will be "
               "graded as soon as it is back; nothing is charged to you.")


class Refused(Exception):
    """Work that cannot be accepted as given: ``status`` (HTTP) and a sentence saying what to do."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status, self.message = status, message


def get_question(question_id, kind=None):
    """The active question ``question_id`` (of ``kind`` when given), or Refused(404)."""
    question = db.session.get(Question, question_id) if isinstance(question_id, str) else None
    if question is None or not question.active or question.current_version is None:
        raise Refused(404, f"There is no question {question_id!r}; pick one from the practice list.")
    if kind is not None and question.kind != kind:
        raise Refused(422, f"{question_id!r} is a {question.kind} question, not a {kind} one.")
    return question


def coding_files(question, language, *, source=None, files=None):
    """The files of a coding answer as name to bytes, checked against the question and the size limit."""
    public = question.public
    if language not in public.get("languages", ()):
        raise Refused(422, f"{question.id} accepts {', '.join(public.get('languages', ()))}, not {language!r}; "
                           "pick one of those.")
    if files is None:
        if not isinstance(source, str):
            raise Refused(422, "Send the program as text in 'source' (or several files in 'files').")
        name = public.get("solution_file") if language == "python" and public.get("function") else None
        files = {name or DEFAULT_FILE[language]: source}
    if not isinstance(files, dict) or not files or len(files) > MAX_FILES:
        raise Refused(422, f"Send between 1 and {MAX_FILES} files as an object of name to text.")
    encoded = {}
    for name, text in files.items():
        if not isinstance(name, str) or not FILE_NAME.fullmatch(name) or not isinstance(text, str):
            raise Refused(422, f"File name {name!r} is not allowed: use letters, digits, '_', '-' and '.', "
                               "with text content.")
        encoded[name] = text.encode("utf-8")
    size, limit = sum(map(len, encoded.values())), current_app.config["MAX_SOURCE_BYTES"]
    if size > limit:
        raise Refused(413, f"The code is {size} bytes, over the limit of {limit} bytes; shorten it.")
    if not any(data.strip() for data in encoded.values()):
        raise Refused(422, "The code is empty: write a program, then run or submit it.")
    return encoded


def _existing(user, client_token):
    if not client_token:
        return None
    return db.session.execute(db.select(Submission).filter_by(user_id=user.id, client_token=client_token)
                              ).scalar_one_or_none()


def _create(user, question, *, context, client_token, version_id=None, **fields):
    """Write the row (or return the one this client token already made), then enqueue it."""
    previous = _existing(user, client_token)
    if previous is not None:
        return previous, False
    submission = Submission(user_id=user.id, question_id=question.id,
                            version_id=version_id or question.current_version_id, kind=question.kind,
                            context=context, client_token=client_token or None, queued_at=utcnow(), **fields)
    if question.kind != QUIZ and not sandbox.engine_answers():
        submission.delay_reason = ENGINE_DOWN
    db.session.add(submission)
    try:
        db.session.commit()
    except IntegrityError:  # the same form posted twice at once: the other request made it
        db.session.rollback()
        return _existing(user, client_token), False
    enqueue(submission.id)
    return submission, True


def enqueue(submission_id):
    """Queue the grading of a committed submission; a queue failure leaves it to the sweep."""
    from ..tasks import grade_submission_task
    try:
        grade_submission_task(submission_id)
    except Exception:  # noqa: BLE001 - the row is saved: the sweep queues it again
        current_app.logger.exception("could not queue submission %s; the sweep will", submission_id)


def submit_code(user, question, *, language, source=None, files=None, context=PRACTICE, client_token=None,
                **attempt_fields):
    """A coding submission, queued for grading; returns ``(submission, created)``.

    ``attempt_fields`` (``attempt_id``, ``final``, ``version_id``) tie it to an attempt's item.
    """
    if question.kind != CODING:
        raise Refused(422, f"{question.id} is a {question.kind} question: send an answer, not code.")
    encoded = coding_files(question, language, source=source, files=files)
    text = {name: data.decode("utf-8") for name, data in encoded.items()}
    return _create(user, question, context=context, client_token=client_token, language=language, files=text,
                   **attempt_fields)


def submit_quiz(user, question, answer, *, context=PRACTICE, client_token=None):
    """A quiz answer, queued for grading; returns ``(submission, created)``."""
    if question.kind != QUIZ:
        raise Refused(422, f"{question.id} is a {question.kind} question, not a quiz item.")
    limit = current_app.config["MAX_TEXT_ANSWER_CHARS"]
    if isinstance(answer, str) and len(answer) > limit:
        raise Refused(413, f"The answer is {len(answer)} characters, over the limit of {limit}; shorten it.")
    if not (answer is None or isinstance(answer, (str, int, float, list))) or isinstance(answer, bool):
        raise Refused(422, "Send the answer as an option id, a list of option ids, a number or text.")
    if isinstance(answer, list) and not all(isinstance(a, str) for a in answer):
        raise Refused(422, "Send the chosen options as a list of option ids.")
    return _create(user, question, context=context, client_token=client_token, answer=answer)


def submit_notebook(user, question, data, *, context=PRACTICE, client_token=None):
    """A take-home notebook, queued for grading; returns ``(submission, created)``."""
    import json
    if question.kind != TAKEHOME:
        raise Refused(422, f"{question.id} is a {question.kind} question: only take-homes take a notebook.")
    limit = current_app.config["MAX_NOTEBOOK_BYTES"]
    if len(data) > limit:
        raise Refused(413, f"The notebook is {len(data) // 1024} KiB, over the limit of {limit // 1024 // 1024} "
                           "MiB; clear large outputs and upload it again.")
    try:
        parsed = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused(422, "This file is not a notebook (.ipynb files are JSON): export your notebook from "
                           "Jupyter and upload that file.") from None
    if not isinstance(parsed, dict) or "cells" not in parsed:
        raise Refused(422, "This JSON file is not a Jupyter notebook (it has no cells): upload the .ipynb file.")
    return _create(user, question, context=context, client_token=client_token, upload=data)

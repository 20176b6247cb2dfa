"""A candidate's practice tools: Run on samples or custom input, drafts, and a take-home's starter files.

A Run is not grading: it executes only the public samples (or the candidate's own
input) and answers when done.  Problems are loaded once per version and kept.
"""

import io
import zipfile

from flask import current_app

import sandbox
from grader.coding import run_samples
from grader.errors import SubmissionError

from ..extensions import db
from ..models import Draft
from .bank_sync import loaded_problem, loaded_task, version_folder
from .submitting import Refused, coding_files

SANDBOX_DOWN = "The sandbox is not answering right now; your code is kept: try Run again in a minute."


def problem_of(version):
    """The loaded problem of a coding question version."""
    return loaded_problem(version_folder(version))


def session_key(user):
    """The key of ``user``'s sandbox session containers (``SANDBOX_SESSIONS``): theirs alone."""
    return None if user is None or getattr(user, "id", None) is None else f"user:{user.id}"


def graded_session_key(user):
    """The key of ``user``'s graded submissions' session containers: theirs alone, and never a container
    that serves their Runs, whose output they see (docs/sandbox.md)."""
    key = session_key(user)
    return key and f"{key}:graded"


def run_code(question, *, language, source=None, files=None, stdin=None, user=None):
    """Run the code on the question's samples, or once on ``stdin`` (text); a JSON-ready dict.

    ``user``'s Runs share their session container when ``SANDBOX_SESSIONS`` is on (docs/sandbox.md)."""
    encoded = coding_files(question, language, source=source, files=files)
    data = None
    if stdin is not None:
        if not isinstance(stdin, str):
            raise Refused(422, "Send the custom input as text.")
        data, limit = stdin.encode("utf-8"), current_app.config["MAX_STDIN_BYTES"]
        if len(data) > limit:
            raise Refused(413, f"The custom input is {len(data)} bytes, over the limit of {limit} bytes.")
    try:
        outcome = run_samples(problem_of(question.current_version), encoded, language=language, stdin=data,
                              session=session_key(user))
    except SubmissionError as exc:
        raise Refused(422, str(exc)[:1].upper() + str(exc)[1:]) from None
    except (sandbox.EngineUnavailable, sandbox.ImageMissing):
        raise Refused(503, SANDBOX_DOWN) from None
    return outcome.to_json()


def editor_config(question, *, drafts, urls=None, storage_key=None, draft_method="POST"):
    """What the page's editor script needs: languages, starters, drafts, where to run, save and submit, and
    where to sign in again should the session end while typing."""
    from flask import request, url_for
    from flask_wtf.csrf import generate_csrf

    from ..security import csp_nonce
    public = question.public
    urls = urls or {"run": url_for("practice.run", question_id=question.id),
                    "draft": url_for("practice.draft", question_id=question.id),
                    "submit": url_for("practice.submit", question_id=question.id)}
    return {"question": question.id, "storageKey": storage_key or f"practice:{question.id}",
            "languages": public["languages"], "starters": public["starters"], "drafts": drafts,
            "defaultLanguage": "python" if "python" in public["languages"] else public["languages"][0],
            "nonce": csp_nonce(), "csrf": generate_csrf(), "urls": urls, "draftMethod": draft_method,
            "login": url_for("auth.login", next=request.path)}


def drafts_of(user, question):
    """language -> ``{source, at}``: the candidate's saved draft for ``question`` and when (ms since the epoch)."""
    rows = db.session.execute(db.select(Draft).filter_by(user_id=user.id, question_id=question.id)).scalars()
    return {row.language: {"source": row.source, "at": int(row.updated_at.timestamp() * 1000)} for row in rows}


def save_draft(user, question, language, source):
    """Keep the candidate's code for ``question`` in ``language``; returns when it was saved."""
    if language not in question.public.get("languages", ()):
        raise Refused(422, f"{question.id} accepts {', '.join(question.public.get('languages', ()))}, "
                           f"not {language!r}.")
    limit = current_app.config["MAX_SOURCE_BYTES"]
    if not isinstance(source, str) or len(source.encode("utf-8")) > limit:
        raise Refused(413, f"The draft is over the limit of {limit} bytes; shorten it.")
    draft = db.session.execute(db.select(Draft).filter_by(user_id=user.id, question_id=question.id,
                                                          language=language)).scalar_one_or_none()
    if draft is None:
        draft = Draft(user_id=user.id, question_id=question.id, language=language)
        db.session.add(draft)
    draft.source = source
    db.session.commit()
    return draft.updated_at


def starter_zip(question):
    """The take-home's starter notebook, data and statement as a zip (bytes); hidden files never included.

    Data files sit beside the notebook, as they do when it is graded.
    """
    task = loaded_task(version_folder(question.current_version))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        root = question.id
        archive.write(task.path("statement.md"), f"{root}/statement.md")
        archive.write(task.path(task.starter), f"{root}/{task.path(task.starter).name}")
        for relative in task.data:
            archive.write(task.path(relative), f"{root}/{task.path(relative).name}")
    return buffer.getvalue()

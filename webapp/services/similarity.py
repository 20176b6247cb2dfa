"""Similar submissions: code to one coding question that is suspiciously alike, found by winnowing (copydetect).

After a coding submission is graded, its code is fingerprinted (the starter code is
boilerplate and never counts) and compared with the latest submission of every other
candidate to the same question in the same language.  A pair whose larger share of
copied tokens reaches ``SIMILARITY_THRESHOLD`` is flagged for a human to judge; the
flag page shows both side by side with the matching parts marked.
"""

import io
import os
from functools import lru_cache
from pathlib import Path

from flask import current_app
from markupsafe import Markup

from .. import clock
from ..extensions import db
from ..models import SimilarityFlag, Submission

NOISE_TOKENS = 25
"""k: the shortest run of matching tokens that counts (copydetect's noise threshold)."""
GUARANTEE_TOKENS = 30
"""Matches at least this long are always found (copydetect's guarantee threshold)."""
MAX_COMPARED = 200
"""Most other candidates' submissions one submission is compared with."""
EXTENSIONS = {"python": "py", "c": "c", "cpp": "cpp", "java": "java"}
MARK_START, MARK_END = '<mark class="copied">', "</mark>"


def _copydetect():
    """copydetect, imported with matplotlib kept inside the instance folder (it writes a cache on import)."""
    os.environ.setdefault("MPLCONFIGDIR", str(Path(current_app.instance_path) / "matplotlib"))
    os.environ.setdefault("MPLBACKEND", "Agg")
    import copydetect
    return copydetect


@lru_cache(maxsize=256)
def _boilerplate(starter, language):
    if not starter:
        return ()
    return tuple(_fingerprint(starter, language).hashes)


def _fingerprint(text, language, boilerplate=()):
    copydetect = _copydetect()
    return copydetect.CodeFingerprint(f"submission.{EXTENSIONS[language]}", NOISE_TOKENS,
                                      GUARANTEE_TOKENS - NOISE_TOKENS + 1, boilerplate=list(boilerplate),
                                      fp=io.StringIO(text))


def _code(submission):
    return "\n".join((submission.files or {}).values())


def _fingerprint_of(submission):
    starter = submission.version.public.get("starters", {}).get(submission.language, "")
    return _fingerprint(_code(submission), submission.language, _boilerplate(starter, submission.language))


def compare(first, second):
    """(similarity 0-1, slices of the first, slices of the second) of two submissions' code."""
    copydetect = _copydetect()
    _, (share1, share2), (slices1, slices2) = copydetect.compare_files(_fingerprint_of(first), _fingerprint_of(second))
    return float(max(share1, share2)), slices1, slices2


def _others(submission):
    query = (db.select(Submission).where(Submission.question_id == submission.question_id,
                                         Submission.kind == "coding", Submission.language == submission.language,
                                         Submission.user_id != submission.user_id, Submission.status == "graded")
             .order_by(Submission.id.desc()))
    latest = {}
    for other in db.session.execute(query).scalars():
        latest.setdefault(other.user_id, other)
        if len(latest) >= MAX_COMPARED:
            break
    return list(latest.values())


def check_submission(submission_id):
    """Compare a graded coding submission with other candidates' ones; flag those alike.  Returns the new flags."""
    submission = db.session.get(Submission, submission_id)
    if submission is None or submission.kind != "coding" or not submission.files:
        return []
    threshold = current_app.config["SIMILARITY_THRESHOLD"]
    made = []
    for other in _others(submission):
        similarity, _, _ = compare(submission, other)
        if similarity < threshold:
            continue
        first, second = sorted((submission.id, other.id))
        flag = db.session.execute(db.select(SimilarityFlag).filter_by(first_id=first, second_id=second)
                                  ).scalar_one_or_none()
        if flag is None:
            flag = SimilarityFlag(question_id=submission.question_id, first_id=first, second_id=second)
            db.session.add(flag)
            made.append(flag)
        flag.similarity, flag.computed_at = round(similarity, 3), clock.now()
    db.session.commit()
    return made


def marked(submission, slices):
    """The submission's code as HTML with the parts it shares marked (escaped; safe to show)."""
    code = _code(submission)
    if slices is None or len(slices) < 2 or slices.shape[1] == 0:
        return Markup(str(Markup.escape(code)))
    copydetect = _copydetect()
    html, _ = copydetect.utils.highlight_overlap(code, slices, MARK_START, MARK_END, escape_html=True)
    return Markup(html)

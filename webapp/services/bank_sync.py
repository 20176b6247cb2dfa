"""Sync the question bank into the database: one ``Question`` per item, one ``QuestionVersion`` per content.

Coding problems and take-homes are snapshotted (their whole folder, hard-linked when
possible) under ``SNAPSHOT_DIR/<kind>/<id>/<hash>``, so a submission is always graded
against the files of its own version.  Quiz items keep their data in the version row.
Re-syncing an unchanged bank changes nothing; items that left the bank are marked
inactive (their submissions stay readable).  A version is its content: when vetkit's
own reading of that content changes (the public view of a statement, say), the
version's derived ``public`` and ``private`` parts are refreshed in place.
"""

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from flask import current_app

from grader.coding import inspect_problem, load_problem
from grader.takehome import load_task, read_task
from question_bank import load_quiz
from question_bank.check_cache import folder_hash
from question_bank.paths import bank_root
from question_bank.serialize import item_to_dict

from ..extensions import db
from ..models import Question, QuestionVersion
from ..models.questions import CODING, QUIZ, TAKEHOME
from . import bank_views

SEARCH_TEXT_CHARS = 2000
"""How much of a statement is searchable."""


@dataclass
class Entry:
    """One item read from the bank, ready to be stored."""

    id: str
    kind: str
    type: str
    title: str
    difficulty: str
    skills: list
    estimated_minutes: int | None
    content_hash: str
    public: dict
    private: dict = field(default_factory=dict)
    folder: Path | None = None


@dataclass
class SyncReport:
    """What a sync did, per kind and overall."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0
    skipped: list = field(default_factory=list)
    by_kind: dict = field(default_factory=dict)

    def to_json(self):
        """A JSON-ready dict."""
        return dict(self.__dict__)


def _coding_entries(root, report):
    for path in sorted(p for p in (root / "coding").glob("*") if (p / "problem.yaml").is_file()):
        problem, findings = inspect_problem(path)
        meta = problem.metadata if problem else None
        if problem is None or any(f.is_error for f in findings) or meta is None or not meta.difficulty:
            report.skipped.append(f"coding/{path.name}: does not load; run `vetkit bank check` for details")
            continue
        public = bank_views.coding_public(problem)
        yield Entry(path.name, CODING, public["type"], problem.name, meta.difficulty, list(meta.skills),
                    meta.estimated_minutes, folder_hash(path, "coding"), public, folder=path)


def _quiz_entries(root, report):
    if not (root / "quiz").is_dir():
        return
    for item in load_quiz([root / "quiz"]):
        data = item_to_dict(item)
        digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()
        yield Entry(item.id, QUIZ, item.type, bank_views.quiz_title(item), item.difficulty, list(item.skills),
                    None, digest, bank_views.quiz_public(item), private=data)


def _takehome_entries(root, report):
    for path in sorted(p for p in (root / "takehomes").glob("*") if (p / "task.yaml").is_file()):
        task, findings = read_task(path)
        if task is None or findings:
            report.skipped.append(f"takehomes/{path.name}: does not load; run `vetkit bank check` for details")
            continue
        yield Entry(task.id, TAKEHOME, "notebook", task.title, task.difficulty, list(task.skills),
                    task.time_budget_minutes, folder_hash(path, "takehome"), bank_views.takehome_public(task),
                    folder=path)


def snapshot_root() -> Path:
    """The folder holding every version's files."""
    return Path(current_app.config["SNAPSHOT_DIR"])


def _link_or_copy(source, target):
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _snapshot(entry) -> str:
    """Copy an entry's folder into the snapshot store (once per content); its path relative to the store."""
    relative = f"{entry.kind}/{entry.id}/{entry.content_hash[:16]}"
    target = snapshot_root() / relative
    if not target.is_dir():
        partial = target.with_name(target.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        shutil.copytree(entry.folder, partial, copy_function=_link_or_copy,
                        ignore=shutil.ignore_patterns("__pycache__", ".*"))
        partial.rename(target)
    return relative


def _version(entry):
    """The stored version of ``entry``'s content, created (with its snapshot) when new."""
    version = db.session.execute(db.select(QuestionVersion).filter_by(
        question_id=entry.id, content_hash=entry.content_hash)).scalar_one_or_none()
    if version is None:
        version = QuestionVersion(question_id=entry.id, content_hash=entry.content_hash, public=entry.public,
                                  private=entry.private, snapshot=_snapshot(entry) if entry.folder else "")
        db.session.add(version)
        db.session.flush()
    elif (version.public, version.private) != (entry.public, entry.private):
        version.public, version.private = entry.public, entry.private  # derived views, refreshed with the code
    return version


def _apply(question, entry, version):
    """Copy the entry's catalogue fields onto ``question`` and make ``version`` current."""
    question.kind, question.type, question.title = entry.kind, entry.type, entry.title
    question.difficulty, question.skills = entry.difficulty, entry.skills
    question.estimated_minutes, question.active = entry.estimated_minutes, True
    text = entry.public.get("statement") or entry.public.get("prompt") or ""
    question.search_text = " ".join([entry.id, entry.title, *entry.skills, text]).lower()[:SEARCH_TEXT_CHARS]
    question.current_version = version


def _store(entry, report):
    """Store ``entry``: a new question, a new current version, or nothing when unchanged.

    A title made differently by a newer vetkit (same content) is updated too.
    """
    question = db.session.get(Question, entry.id)
    is_new = question is None
    if is_new:
        question = Question(id=entry.id, kind=entry.kind, type=entry.type, title=entry.title,
                            difficulty=entry.difficulty)
        db.session.add(question)
        db.session.flush()
    version = _version(entry)
    report.by_kind[entry.kind] = report.by_kind.get(entry.kind, 0) + 1
    if not is_new and question.current_version_id == version.id and question.active and question.title == entry.title:
        report.unchanged += 1
        return
    _apply(question, entry, version)
    if is_new:
        report.added += 1
    else:
        report.updated += 1


def sync_bank(path=None) -> SyncReport:
    """Bring the database in line with the bank at ``path`` (default: the configured or shipped bank)."""
    root = bank_root(path or current_app.config.get("BANK_PATH"))
    report, seen = SyncReport(), set()
    for source in (_coding_entries, _quiz_entries, _takehome_entries):
        for entry in source(root, report):
            seen.add(entry.id)
            _store(entry, report)
    for question in db.session.execute(db.select(Question).where(Question.active.is_(True))).scalars():
        if question.id not in seen:
            question.active = False
            report.retired += 1
    db.session.commit()
    return report


def version_folder(version) -> Path:
    """The snapshot folder of a coding or take-home version."""
    return snapshot_root() / version.snapshot


LOADED_SNAPSHOTS = 64
"""Snapshot folders (problems, tasks) each process keeps loaded: a snapshot never changes, so it is read once."""


@lru_cache(maxsize=LOADED_SNAPSHOTS)
def loaded_problem(folder):
    """The loaded problem package of the snapshot ``folder`` (a str or Path), read once per process."""
    return load_problem(Path(folder))


@lru_cache(maxsize=LOADED_SNAPSHOTS)
def loaded_task(folder):
    """The loaded take-home task of the snapshot ``folder`` (a str or Path), read once per process."""
    return load_task(Path(folder))

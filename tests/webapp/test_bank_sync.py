"""The bank sync: one question per item, one version per content; an unchanged bank changes nothing."""

import shutil

import pytest
import yaml

from webapp.extensions import db
from webapp.models import Question, QuestionVersion
from webapp.services.bank_sync import loaded_problem, loaded_task, sync_bank, version_folder
from question_bank.paths import DEFAULT_BANK_ROOT
from tests.webapp.helpers import BANK

pytestmark = pytest.mark.both_databases


def _small_bank(tmp_path):
    """A copy of part of the shipped bank: two coding problems, the quiz files, one take-home."""
    bank = tmp_path / "bank"
    bank.mkdir()
    shutil.copy(DEFAULT_BANK_ROOT / "skills.yaml", bank / "skills.yaml")
    for problem in ("arr-balance-point", "str-brackets"):
        shutil.copytree(DEFAULT_BANK_ROOT / "coding" / problem, bank / "coding" / problem)
    shutil.copytree(DEFAULT_BANK_ROOT / "quiz", bank / "quiz")
    shutil.copytree(DEFAULT_BANK_ROOT / "takehomes" / "tabular-churn", bank / "takehomes" / "tabular-churn")
    return bank


def test_the_shipped_bank_is_synced_with_every_kind(app):
    with app.app_context():
        kinds = {kind: db.session.scalar(db.select(db.func.count()).where(Question.kind == kind))
                 for kind in ("coding", "quiz", "takehome")}
        report = sync_bank()
    assert kinds["coding"] >= 30 and kinds["quiz"] >= 280 and kinds["takehome"] >= 7
    assert (report.added, report.updated, report.retired) == (0, 0, 0), "re-syncing an unchanged bank changes nothing"
    assert report.unchanged == sum(kinds.values())


def test_a_changed_item_gets_a_new_version_and_old_versions_stay(app, tmp_path):
    bank = _small_bank(tmp_path)
    with app.app_context():
        first = sync_bank(bank)
        assert first.retired > 0, "items missing from this bank are retired"
        question = db.session.get(Question, "arr-balance-point")
        old_version = question.current_version
        old_folder = version_folder(old_version)
        statement = bank / "coding" / "arr-balance-point" / "statement" / "problem.en.md"
        statement.write_text(statement.read_text() + "\nA clarification.\n")
        second = sync_bank(bank)
        assert second.updated == 1 and second.added == 0
        question = db.session.get(Question, "arr-balance-point")
        assert question.current_version_id != old_version.id
        assert "A clarification." in question.public["statement"]
        versions = db.session.scalars(db.select(QuestionVersion).filter_by(question_id="arr-balance-point")).all()
        assert len(versions) == 2
        assert old_folder.is_dir() and "A clarification." not in (
            old_folder / "statement" / "problem.en.md").read_text(), "an old version keeps its own files"
        third = sync_bank(bank)
        assert (third.added, third.updated) == (0, 0)
        assert db.session.get(Question, "graph-fastest-route").active is False


def test_each_version_is_loaded_once_and_keeps_its_own_files(app, tmp_path):
    bank = _small_bank(tmp_path)
    with app.app_context():
        sync_bank(bank)
        old_folder = version_folder(db.session.get(Question, "arr-balance-point").current_version)
        problem = loaded_problem(old_folder)
        assert loaded_problem(old_folder) is problem, "a snapshot is read once per process"
        config = bank / "coding" / "arr-balance-point" / "problem.yaml"
        config.write_text(config.read_text().replace("name: ", "name: Renamed ", 1))
        sync_bank(bank)
        new_folder = version_folder(db.session.get(Question, "arr-balance-point").current_version)
        assert new_folder != old_folder
        assert loaded_problem(new_folder).name.startswith("Renamed") and not problem.name.startswith("Renamed")
        task = next(q for q in db.session.scalars(db.select(Question).filter_by(kind="takehome", active=True)))
        task_folder = version_folder(task.current_version)
        assert loaded_task(task_folder) is loaded_task(task_folder) and loaded_task(task_folder).id == task.id


def test_public_views_hold_no_hidden_data(app):
    with app.app_context():
        coding = db.session.get(Question, "arr-balance-point").public
        assert set(coding) >= {"statement", "samples", "starters", "languages"}
        assert all(set(sample) == {"name", "input", "output"} for sample in coding["samples"])
        quiz = db.session.scalars(db.select(Question).filter_by(kind="quiz", type="single_choice")).first()
        assert "answer" not in quiz.public and "explanation" not in quiz.public
        assert quiz.current_version.private["answer"], "the key stays in the private part"
        takehome = db.session.get(Question, "tabular-churn").public
        assert "hidden" not in " ".join(takehome["data"])
        bands = yaml.safe_load((BANK / "takehomes" / "tabular-churn" / "task.yaml").read_text())["metric"]["bands"]
        thresholds = {str(b.get("at_least", b.get("at_most"))) for b in bands}
        assert "'bands'" not in str(takehome) and not any(t in str(takehome) for t in thresholds)

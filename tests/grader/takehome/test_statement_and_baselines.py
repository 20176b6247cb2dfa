"""Take-home calibration checks: statements never quote band thresholds; default models stay below the top band."""

import shutil

import pytest

from grader.takehome import baselines
from grader.takehome.check import _check_baselines, _check_statement, task_dirs
from grader.takehome.statement import leaked_thresholds, numbers_in, statement_problems
from grader.takehome.task import load_task, read_task
from question_bank.paths import DEFAULT_BANK_ROOT
from question_bank.report import Report
from tests.conftest import FILES

TASK = FILES / "takehomes" / "tiny-classifier"


@pytest.fixture
def tiny(tmp_path, monkeypatch):
    """A writable copy of the tiny-classifier task, with check results cached in the test's own folder."""
    monkeypatch.setenv("VETKIT_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "tiny-classifier"
    shutil.copytree(TASK, folder)
    return folder


def test_numbers_are_found_as_written_but_not_in_ids_or_point_counts():
    found = numbers_in("at least 0.83 earns 30 points, 83% or more; id c04000, 22.0 km (12) and 1 point")
    assert found == [(0.83, "0.83"), (0.83, "83%"), (22.0, "22.0"), (12.0, "12")]


def test_a_statement_quoting_a_band_threshold_is_an_error(tiny):
    task = load_task(tiny)
    assert statement_problems(task) == []
    with open(tiny / "statement.md", "a") as handle:
        handle.write("\nROC-AUC of at least 0.850 earns 50 points, 75% earns 30.\n")
    task = load_task(tiny)
    assert [threshold for threshold, _ in leaked_thresholds(task, (tiny / "statement.md").read_text())] == [0.75, 0.85]
    report = Report()
    _check_statement(task, report)
    assert len(report.errors) == 2 and all("band threshold" in f.message for f in report.errors)
    assert report.errors[0].file.endswith("statement.md")


def test_no_shipped_statement_quotes_a_band():
    for folder in task_dirs(DEFAULT_BANK_ROOT):
        task = load_task(folder)
        assert statement_problems(task) == [], task.id


def _with_baseline(folder, top):
    text = (folder / "task.yaml").read_text().replace("at_least: 0.85, points: 50", f"at_least: {top}, points: 50")
    (folder / "task.yaml").write_text(text.replace("rubric:", "baseline: {target: label}\nrubric:"))
    return load_task(folder)


def test_a_default_model_reaching_the_top_band_fails_the_check(tiny):
    task = _with_baseline(tiny, 0.85)
    scores = baselines.baseline_scores(task)
    assert [s.model for s in scores] == ["linear", "gradient boosting"]
    assert all(0.5 < s.value <= 1 for s in scores)
    reaching = [s for s in scores if s.value >= 0.85]
    assert reaching, "the tiny task is easy: a default model should reach 0.85"
    report = Report()
    _check_baselines(task, report)
    assert len(report.errors) == len(reaching)
    assert "reaches the top band" in report.errors[0].message


def test_a_top_band_above_every_default_model_passes(tiny):
    task = _with_baseline(tiny, 0.9999)
    report = Report()
    _check_baselines(task, report)
    assert report.ok and not report.findings


def test_a_metric_task_without_a_baseline_is_warned_about(tiny):
    report = Report()
    _check_baselines(load_task(tiny), report)
    assert report.ok and "no `baseline` entry" in report.warnings[0].message


def test_baseline_entries_are_validated(tiny):
    text = (tiny / "task.yaml").read_text().replace("rubric:", "baseline: {target: label, text: text, colour: 1}\nrubric:")
    (tiny / "task.yaml").write_text(text)
    _, findings = read_task(tiny)
    messages = " ".join(f.message for f in findings)
    assert "unknown baseline key `colour`" in messages and "baseline `text` must be a list" in messages


def test_shipped_default_models_earn_at_most_the_middle_band():
    checked = 0
    for folder in task_dirs(DEFAULT_BANK_ROOT):
        task = load_task(folder)
        if task.metric and task.metric.name in baselines.CLASSIFICATION + baselines.REGRESSION:
            assert task.baseline is not None, f"{task.id} declares no baseline"
            scores = baselines.baseline_scores(task)
            assert baselines.baseline_problems(task, scores) == [], task.id
            assert max(s.points for s in scores) < task.metric.max_points
            checked += 1
    assert checked >= 4

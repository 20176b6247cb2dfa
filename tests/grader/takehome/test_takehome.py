"""Take-home grading: steps, metric bands, probes by name, bad notebooks, and the bank checker."""

import json
import shutil
from pathlib import Path

import nbformat
import pytest

from grader.takehome import metrics, probes
from grader.takehome import STEPS, grade_takehome
from grader.takehome.check import check_takehomes
from grader.takehome.task import Band, TaskError, load_task, read_task
from question_bank.report import Report
from tests.conftest import FILES

TASK = FILES / "takehomes" / "tiny-classifier"


def notebook_bytes(name):
    return (TASK / name).read_bytes() if (TASK / name).exists() else (FILES / "takehomes" / name).read_bytes()


def points(grade):
    return {step.name: step.points for step in grade.steps}


@pytest.mark.docker
def test_reference_scores_every_automatic_point(runner_image):
    grade = grade_takehome(TASK, notebook_bytes("solution.ipynb"))
    assert (grade.score, grade.auto_max_score, grade.max_score) == (80, 80, 85)
    assert grade.status == "pending_rubric" and grade.rubric_pending[0]["points"] == 5
    assert all(probes.CELL_TAG not in str(cell.metadata) for cell in grade.notebook.cells)
    submitted = nbformat.reads(notebook_bytes("solution.ipynb").decode(), as_version=4)
    assert len(grade.notebook.cells) == len(submitted.cells), "the probes run without a cell of their own"
    assert grade.run["after_status"] == "ok"


@pytest.mark.docker
def test_starter_scores_low(runner_image):
    grade = grade_takehome(TASK, notebook_bytes("starter.ipynb"))
    assert points(grade) == {"execution": 10, "metric: roc_auc": 0, "probe: scale": 0, "probe: clean": 0}
    assert "NotImplementedError" in grade.steps[2].detail


@pytest.mark.docker
def test_moved_added_and_deleted_cells_grade_the_same(runner_image):
    grade = grade_takehome(TASK, notebook_bytes("reordered_candidate.ipynb"))
    assert grade.score == 80


@pytest.mark.docker
def test_an_impostor_probe_cell_is_dropped_and_errors_cost_execution_points(runner_image, tmp_path):
    notebook = nbformat.reads(notebook_bytes("solution.ipynb").decode(), as_version=4)
    notebook.cells.insert(1, nbformat.v4.new_code_cell("raise RuntimeError('oops')"))
    fake = "open('vetkit_probe_results.json', 'w').write('{\"scale#0\": {\"ok\": true, \"value\": [0.0, 0.5, 1.0]}}')"
    notebook.cells.append(nbformat.v4.new_code_cell(fake, metadata={"tags": [probes.CELL_TAG]}))
    notebook.cells.append(nbformat.v4.new_code_cell("def min_max_scale(values):\n    return [0] * len(values)"))
    grade = grade_takehome(TASK, nbformat.writes(notebook).encode())
    assert points(grade)["execution"] == 0 and "RuntimeError" in grade.steps[0].detail
    assert points(grade)["metric: roc_auc"] == 50  # later cells still ran
    assert points(grade)["probe: scale"] == 0  # the candidate's last definition counts, the forgery does not
    assert points(grade)["probe: clean"] == 10


@pytest.mark.docker
def test_a_probe_that_never_returns_costs_its_points_not_the_execution_points(runner_image, tmp_path):
    folder = shutil.copytree(TASK, tmp_path / "task")
    spec = folder / "task.yaml"
    spec.write_text(spec.read_text().replace("cell_timeout: 60", "cell_timeout: 2"))
    notebook = nbformat.reads(notebook_bytes("solution.ipynb").decode(), as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell("def min_max_scale(values):\n    while True:\n        pass"))
    grade = grade_takehome(folder, nbformat.writes(notebook).encode())
    assert points(grade) == {"execution": 10, "metric: roc_auc": 50, "probe: scale": 0, "probe: clean": 0}
    assert grade.run["status"] == "ok" and grade.run["after_status"] == "timeout"
    assert "did not finish within the cell timeout" in grade.steps[2].detail


@pytest.mark.docker
def test_not_a_notebook_gets_zero_and_a_sentence(runner_image):
    grade = grade_takehome(TASK, b"{not json")
    assert grade.score == 0 and grade.run["status"] == "invalid"
    assert "not valid JSON" in grade.steps[0].detail


def test_steps_are_declared_in_one_place_in_order():
    assert [step.__name__ for step in STEPS] == ["sanitise", "execute", "score_execution", "score_metric",
                                                  "score_probes", "rubric"]


def test_metric_bands_higher_and_lower_is_better():
    task = load_task(TASK)
    assert [metrics.points_for(task.metric, v) for v in (0.9, 0.8, 0.65, 0.5)] == [50, 30, 10, 0]
    rmse = type(task.metric)("rmse", "p.csv", "id", "prediction", "l.csv", "label", (Band(1.0, 20), Band(2.0, 5)))
    assert [metrics.points_for(rmse, v) for v in (0.5, 1.5, 3.0)] == [20, 5, 0]


@pytest.mark.parametrize("csv, message", [
    (None, "did not write predictions.csv"),
    (b"id,score\nr160,0.1\n", "no column prediction"),
    (b"id,prediction\nr160,0.1\n", "lacks predictions for 79 of 80 ids"),
    (b"\xff\xfe", "not a readable CSV"),
])
def test_unusable_predictions_score_zero_with_a_reason(csv, message):
    outcome = metrics.score_predictions(load_task(TASK), csv)
    assert outcome.points == 0 and message in outcome.detail


def test_hidden_labels_and_probe_cases_are_read_again_once_their_file_changes(tmp_path):
    """Labels and probe cases are parsed once per file version: an edited file counts at once."""
    folder = shutil.copytree(TASK, tmp_path / "task")
    task = load_task(folder)
    labels = (folder / "hidden" / "labels.csv").read_text().splitlines()
    ids = [row.split(",")[0] for row in labels[1:]]
    perfect = ("id,prediction\n" + "".join(f"{row.split(',')[0]},{row.split(',')[1]}\n" for row in labels[1:])).encode()
    assert metrics.score_predictions(task, perfect).value == 1.0
    assert metrics.score_predictions(task, perfect).value == 1.0  # from the parsed copy
    flipped = [labels[0]] + [f"{i},{1 - int(row.split(',')[1])}" for i, row in zip(ids, labels[1:])]
    (folder / "hidden" / "labels.csv").write_text("\n".join(flipped) + "\n")
    assert metrics.score_predictions(task, perfect).value == 0.0
    first = probes.prepare(task)[2]["scale"]
    first[0]["expected"] = "changed by a caller"
    assert probes.prepare(task)[2]["scale"][0]["expected"] != "changed by a caller", "callers get a fresh copy"
    cases = folder / "hidden" / "scale.yaml"
    cases.write_text(cases.read_text() + "\n# edited\n" + "  - {args: [[1, 3]], expected: [0.0, 1.0]}\n")
    assert len(probes.prepare(task)[2]["scale"]) == len(first) + 1


def test_probe_values_compare_with_tolerance():
    tol = {"abs": 1e-6, "rel": 1e-6}
    assert probes.matches([0.1 + 0.2, {"a": 1}], [0.3, {"a": 1}], tol)
    assert not probes.matches([0.31], [0.3], tol)
    assert not probes.matches(True, 1, tol)
    assert not probes.matches([1, 2], [1, 2, 3], tol)


@pytest.mark.parametrize("data", [b"[" * 100_000, b"\xff", b"[1, 2]", b"not json", None])
def test_unusable_probe_results_count_as_no_results(data):
    assert probes.parse_results(data) == {}


def test_probe_inputs_never_hold_expected_values():
    inputs, files, expected = probes.prepare(load_task(TASK))
    assert "expected" not in inputs.decode() and b"0.25" not in inputs
    assert set(files) == {"vetkit_probe_input_0.csv"} and expected["scale"][1]["expected"][3] == 0.25


def test_broken_task_yaml_lists_every_problem(tmp_path):
    (tmp_path / "task.yaml").write_text("id: x\ndifficulty: impossible\ncolour: blue\nmetric: {name: vibes}\n")
    task, findings = read_task(tmp_path)
    text = "\n".join(f.format() for f in findings)
    for needle in ("unknown key `colour`", "difficulty `impossible`", "metric `vibes` is unknown",
                   "statement is missing", "`title` is missing"):
        assert needle in text
    with pytest.raises(TaskError):
        load_task(tmp_path)


@pytest.mark.docker
def test_bank_checker_runs_reference_and_starter(runner_image, tmp_path):
    bank = tmp_path / "bank"
    shutil.copytree(TASK, bank / "takehomes" / "tiny-classifier")
    shutil.copy(Path("question_bank/skills.yaml"), bank / "skills.yaml")
    report = Report()
    check_takehomes(bank, report)
    assert report.ok, [f.format() for f in report.errors]
    shutil.copy(TASK / "starter.ipynb", bank / "takehomes" / "tiny-classifier" / "solution.ipynb")
    report = Report()
    check_takehomes(bank, report)
    assert any("reference notebook scores 10" in f.message for f in report.errors)


@pytest.mark.docker
def test_cli_grade_json(runner_image):
    from click.testing import CliRunner

    from vetkit.cli import cli
    result = CliRunner().invoke(cli, ["notebook", "grade", str(TASK), str(TASK / "starter.ipynb"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["score"] == 10


@pytest.mark.docker
def test_a_sandbox_failure_is_retried_never_scored(runner_image, monkeypatch):
    import sandbox
    from grader import compute_signals, takehome_graded

    def broken(self, header, blobs=(), **kwargs):
        raise sandbox.ContainerProtocolError("the sandbox answered garbage")
    monkeypatch.setattr(sandbox.containers.Container, "request", broken)
    grade = grade_takehome(TASK, notebook_bytes("solution.ipynb"))
    assert (grade.status, grade.score, grade.steps, grade.needs_retry) == ("pending_infrastructure", None, [], True)
    assert grade.to_json()["score"] is None and "garbage" in grade.run["error"]["evalue"]
    result = takehome_graded("th-9", load_task(TASK), grade)
    assert result.status == "pending"
    assert all(signal.score is None for signal in compute_signals([result]))

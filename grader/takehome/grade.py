"""Grade a take-home notebook: ordered steps with one signature, declared in one place.

``STEPS`` below is the whole procedure (after nbgrader's autograde converter):

1. ``sanitise``: validate the notebook, clear its outputs, drop any cell that
   pretends to be ours;
2. ``execute``: run it top to bottom in the sandbox from a clean state, with the
   candidate's data beside it (hidden labels stay on the host), then the probe
   code in the same kernel, silently (``probes.PROBE_CODE``: no cell is added);
3. ``score_execution``: points for running cleanly (a reproducibility signal);
4. ``score_metric``: the agreed predictions file against the hidden labels;
5. ``score_probes``: what the named functions returned against expected values;
6. ``rubric``: criteria left to a recruiter (pending until scored).

Each step takes the state so far and returns the keys it adds; nothing is saved
until the end.  Answers are found by file and function names, never by cell
position.

When the sandbox itself fails (our failure, never the candidate's) grading
stops after ``execute``: the grade's status is ``pending_infrastructure``, it
has no score and no steps, and it must be graded again later, as a coding JE
stays pending.
"""

from dataclasses import dataclass, field

import nbformat

import sandbox
from sandbox import notebook_pool

from . import metrics, probes
from .task import Task, load_task


@dataclass(frozen=True)
class StepResult:
    """Points of one grading step, with a sentence that explains them."""

    name: str
    points: float
    max_points: float
    detail: str


GRADED, PENDING_RUBRIC, RETRY = "graded", "pending_rubric", "pending_infrastructure"
"""Statuses of a grade: final, automatic points final but rubric pending, or our failure (grade again)."""
SANDBOX_FAILURE = "SandboxError"
"""The error name ``sandbox.run_notebook`` reports when the sandbox failed, not the notebook."""


@dataclass
class TakehomeGrade:
    """The grade of one take-home notebook: automatic points now, rubric points pending a recruiter.

    ``score`` is None when ``status`` is ``pending_infrastructure``: nothing was graded.
    """

    task_id: str
    status: str
    score: float | None
    max_score: float
    auto_max_score: float
    steps: list
    run: dict
    rubric_pending: list
    notebook: nbformat.NotebookNode | None = field(default=None, repr=False)

    @property
    def needs_retry(self) -> bool:
        """True when the sandbox failed: grade the notebook again later, charge nothing to the candidate."""
        return self.status == RETRY

    def to_json(self):
        """A JSON-ready dict (without the executed notebook)."""
        return {"task": self.task_id, "status": self.status, "score": self.score, "max_score": self.max_score,
                "auto_max_score": self.auto_max_score, "run": self.run, "rubric_pending": self.rubric_pending,
                "steps": [step.__dict__ for step in self.steps]}


def _notebook_limits(task):
    allowed = {k: v for k, v in task.limits.items() if k in sandbox.NotebookLimits.__dataclass_fields__}
    return sandbox.NotebookLimits(**allowed)


def sanitise(state):
    """Validate, clear outputs, drop cells tagged as ours (the tag is reserved)."""
    task = state["task"]
    notebook, problem = sandbox.parse_notebook(state["source"], max_bytes=_notebook_limits(task).notebook_bytes)
    if problem:
        return {"invalid": problem}
    notebook.cells = [c for c in notebook.cells if probes.CELL_TAG not in c.get("metadata", {}).get("tags", [])]
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    return {"prepared": notebook}  # validated: run_notebook takes it as it is


def execute(state):
    """Run the prepared notebook in the sandbox with the candidate's data and the probe inputs."""
    if "invalid" in state:
        return {"run": sandbox.NotebookResult("invalid", error={"ename": "InvalidNotebook",
                                                                "evalue": state["invalid"], "traceback": "",
                                                                "cell_index": None})}
    task = state["task"]
    files = {task.path(rel).name: task.path(rel).read_bytes() for rel in task.data}
    expected = {}
    if task.probes:
        inputs, probe_files, expected = probes.prepare(task)
        files.update(probe_files)
        files[probes.INPUTS_FILE] = inputs
    collect = ([task.metric.file] if task.metric else []) + ([probes.RESULTS_FILE] if task.probes else [])
    run = sandbox.run_notebook(state["prepared"], limits=_notebook_limits(task), files=files, collect=collect,
                               continue_on_error=True, after=probes.PROBE_CODE if task.probes else None)
    return {"run": run, "expected": expected}


def score_execution(state):
    """Full execution points when every cell ran without error, none otherwise."""
    task, run = state["task"], state["run"]
    ok = run.status == "ok"
    detail = "ran top to bottom without errors" if ok else f"status {run.status}" + (
        f": {run.error['ename']}: {str(run.error['evalue'])[:200]}" if run.error else "")
    return {"steps": [StepResult("execution", task.execution_points if ok else 0.0, task.execution_points, detail)]}


def score_metric(state):
    """Score the predictions file the notebook wrote."""
    task, run = state["task"], state["run"]
    if not task.metric:
        return {}
    outcome = metrics.score_predictions(task, run.files.get(task.metric.file))
    return {"steps": state["steps"] + [StepResult(f"metric: {task.metric.name}", outcome.points,
                                                  task.metric.max_points, outcome.detail)]}


def score_probes(state):
    """Compare each probe's returned values with the expected ones."""
    task, run = state["task"], state["run"]
    results = probes.parse_results(run.files.get(probes.RESULTS_FILE))
    outcomes = probes.score(task, state.get("expected") or {p.name: [] for p in task.probes}, results,
                            run.after_status)
    return {"steps": state["steps"] + [StepResult(f"probe: {o.name}", o.points, o.max_points,
                                                  f"{o.passed}/{o.total} cases: {o.detail}") for o in outcomes]}


def rubric(state):
    """List the criteria a recruiter still has to score."""
    return {"rubric_pending": [{"criterion": r.criterion, "points": r.points} for r in state["task"].rubric]}


STEPS = (sanitise, execute, score_execution, score_metric, score_probes, rubric)


def sandbox_failed(run) -> bool:
    """True when a notebook run ended because the sandbox failed, not because of the notebook."""
    return run.status == "error" and bool(run.error) and run.error.get("ename") == SANDBOX_FAILURE


def grade_takehome(task, notebook_bytes, *, steps=STEPS) -> TakehomeGrade:
    """Grade ``notebook_bytes`` for ``task`` (a ``Task`` or a task folder) through ``steps``.

    No warm notebook container starts while it grades (``notebook_pool.refills_held``): a warm-up's
    seconds of CPU come after the grade, not in the middle of it."""
    task = task if isinstance(task, Task) else load_task(task)
    state = {"task": task, "source": notebook_bytes, "steps": []}
    with notebook_pool.refills_held():  # the metric and the probes first, then the next warm-up
        for step in steps:
            state = {**state, **step(state)}
            if "run" in state and sandbox_failed(state["run"]):
                return TakehomeGrade(task_id=task.id, status=RETRY, score=None,
                                     max_score=task.auto_points + task.rubric_points,
                                     auto_max_score=task.auto_points, steps=[], run=state["run"].summary(),
                                     rubric_pending=[])
    run = state["run"]
    score = round(sum(step.points for step in state["steps"]), 4)
    return TakehomeGrade(
        task_id=task.id, status=PENDING_RUBRIC if task.rubric else GRADED, score=score,
        max_score=task.auto_points + task.rubric_points, auto_max_score=task.auto_points, steps=state["steps"],
        run=run.summary(), rubric_pending=state.get("rubric_pending", []), notebook=run.notebook)

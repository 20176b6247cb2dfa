"""Rebuild every ``.ans`` of a problem from its named accepted solution (``vetkit bank answers``).

A package names, in vetkit.yaml, ``answers_from: submissions/accepted/FILE``: the
accepted submission whose output on each ``.in`` is that test's answer.  After a
generator writes new inputs, ``rebuild_answers`` compiles that solution once in the
sandbox, runs it on every input (samples included) with a generous time limit and
writes the ``.ans`` files that differ; with ``write=False`` it only says which
differ.  A run that fails leaves its ``.ans`` untouched and is reported.
"""

from dataclasses import dataclass, field
from pathlib import Path

import sandbox

from ..errors import ProblemError
from .judge import submission_files
from .kattis import describe_findings, inspect_problem
from .sources import ACCEPTED_FOLDER, read_files, language_of

ANSWER_LIMITS = sandbox.Limits(cpu_time=30.0, wall_time=90.0, memory_mb=1024, stdout_bytes=64 << 20)
"""Limits of one run of the answer-writing solution: far above any time limit, so only a broken one fails."""


@dataclass
class AnswersResult:
    """What rebuilding one problem's answers did: files ``changed`` (or that would change) and ``failures``."""

    problem: Path
    solution: Path | None = None
    changed: list = field(default_factory=list)
    unchanged: int = 0
    failures: list = field(default_factory=list)

    def to_json(self):
        """A JSON-ready dict with paths relative to the problem folder."""
        return {"problem": self.problem.name, "solution": _relative(self.solution, self.problem),
                "changed": [_relative(path, self.problem) for path in self.changed],
                "unchanged": self.unchanged, "failures": self.failures}


def _relative(path, root):
    return None if path is None else str(Path(path).relative_to(root))


def answer_solution(problem):
    """The ``answers_from`` file of a loaded problem; ProblemError when it is missing or not an accepted one."""
    named = problem.metadata.answers_from if problem.metadata else None
    if named is None:
        raise ProblemError(f"{problem.path}: vetkit.yaml names no answers_from; add "
                           "'answers_from: submissions/accepted/FILE', the solution that writes the answers")
    if named.parent.name != ACCEPTED_FOLDER or named.parent.parent.name != "submissions":
        raise ProblemError(f"{problem.path / 'vetkit.yaml'}: answers_from must name a file in "
                           f"submissions/{ACCEPTED_FOLDER}/, not {named.relative_to(problem.path)}")
    return named


def rebuild_answers(problem_dir, *, write=True) -> AnswersResult:
    """Run the named accepted solution on every input of the problem at ``problem_dir``; write changed answers."""
    problem, findings = inspect_problem(problem_dir)
    if problem is None:
        raise ProblemError(describe_findings([f for f in findings if f.is_error]) or f"{problem_dir}: not a problem")
    solution = answer_solution(problem)
    language = language_of([solution.name])
    files = submission_files(problem, read_files(solution), language)
    result = AnswersResult(problem.path, solution)
    with sandbox.Sandbox(files, language=language, limits=ANSWER_LIMITS) as box:
        compiled = box.compile()
        if compiled.verdict != sandbox.Verdict.OK:
            raise ProblemError(f"{solution}: does not compile ({compiled.verdict.value}): {compiled.output[:500]}")
        for input_path in sorted((problem.path / "data").rglob("*.in")):
            answer_path = input_path.with_suffix(".ans")
            run = box.run(input_path.read_bytes())
            if run.verdict != sandbox.Verdict.OK:
                name = input_path.relative_to(problem.path)
                result.failures.append(f"{name}: {run.verdict.value} {run.detail}".strip())
                continue
            if answer_path.is_file() and answer_path.read_bytes() == run.stdout:
                result.unchanged += 1
                continue
            result.changed.append(answer_path)
            if write:
                answer_path.write_bytes(run.stdout)
    return result


def rebuild_all_answers(path, *, write=True):
    """``rebuild_answers`` for one problem folder, or for every problem under a bank folder's ``coding/``."""
    path = Path(path)
    folders = [path] if (path / "problem.yaml").is_file() else sorted(
        p for p in (path / "coding").glob("*") if (p / "problem.yaml").is_file())
    results = []
    for folder in folders:
        try:
            results.append(rebuild_answers(folder, write=write))
        except ProblemError as exc:
            results.append(AnswersResult(folder, failures=[str(exc)]))
    return results

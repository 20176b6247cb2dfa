"""``vetkit judge PROBLEM_DIR SUBMISSION --lang L [--json]``: judge a submission against a problem package.

Thin: reads the submission (a file or a folder of files) and calls
``grader.coding.judge.judge``.  Exit 0 whenever a verdict was reached (whatever it is);
exit 2 with one sentence on stderr for unusable input (a bad package, an unknown
language, an empty or non-UTF-8 submission).  The JSON output is the contract of
shared/DESIGN.md: ``verdict``, ``score``, ``max_score``, ``tests`` and more.  With
``--json`` stdout holds one JSON object in every case: for unusable input it is
``{"verdict": null, "error": "<the sentence>"}`` (and the exit status is still 2),
so a script tells a broken package from a compile error.
"""

import json
import sys
from pathlib import Path

import click

import sandbox
from grader.errors import GraderError, ProblemError
from grader.coding.judge import judge as judge_submission
from grader.coding.sources import read_files

USAGE_ERROR = 2
"""Exit status for unusable input."""


def error_json(message) -> str:
    """The ``--json`` answer for unusable input: no verdict, and the sentence that says why."""
    return json.dumps({"verdict": None, "error": message}, indent=2, sort_keys=True)


def _fail(message, as_json=False):
    if as_json:
        click.echo(error_json(message))
    click.echo(f"vetkit: {message}", err=True)
    sys.exit(USAGE_ERROR)


def _summary(data):
    lines = [f"verdict: {data['verdict']}  score: {data['score']:g}/{data['max_score']:g}  "
             f"passed: {data['passed']}/{data['total']}  time limit: {data['time_limit']:g} s"
             + (f"  not run: {len(data['not_run'])}" if data["not_run"] else "")]
    if data["message"]:
        lines.append(data["message"])
    for test in data["tests"]:
        line = (f"  {test['verdict']:<4} {test['name']:<30} {test['cpu_time']:.3f} s  {test['memory_kb']} KiB")
        if test["feedback"] and test["verdict"] != "AC":
            line += "  " + test["feedback"].splitlines()[0][:120]
        lines.append(line)
    for group in data["groups"]:
        if group["points"]:
            lines.append(f"  group {group['name']}: {group['earned']:g}/{group['points']:g} points")
    return "\n".join(lines)


@click.command()
@click.argument("problem_dir", type=click.Path(path_type=Path))
@click.argument("submission", type=click.Path(path_type=Path))
@click.option("--lang", "language", required=True, help="python, c, cpp or java.")
@click.option("--time-limit", type=click.FloatRange(min=0.05), help="CPU seconds per test (default: the problem's).")
@click.option("--all-tests", is_flag=True, help="Run every test of a pass-fail problem (default: stop at the "
                                                "first failing one, and list the tests not run).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def judge(problem_dir, submission, language, time_limit, all_tests, as_json):
    """Judge SUBMISSION (a source file or a folder) against the problem package PROBLEM_DIR."""
    if language not in sandbox.LANGUAGES:
        _fail(f"unknown language {language!r}: use one of {', '.join(sorted(sandbox.LANGUAGES))}.", as_json)
    if not submission.exists():
        _fail(f"{submission}: no such file or folder.", as_json)
    try:
        files = read_files(submission)
    except OSError as exc:
        _fail(f"{submission}: cannot be read ({exc.strerror}).", as_json)
    try:
        result = judge_submission(problem_dir, files, language=language, time_limit=time_limit,
                                  all_tests=all_tests)
    except GraderError as exc:
        _fail(str(exc) if isinstance(exc, ProblemError) else f"{submission}: {exc}", as_json)
    except sandbox.SandboxError as exc:  # no engine or no image: nothing was judged
        _fail(str(exc), as_json)
    data = result.to_json()
    click.echo(json.dumps(data, indent=2, sort_keys=True) if as_json else _summary(data))

"""The ``vetkit`` command.  Each command parses its arguments and calls one library function.

Failures on our side (no engine, no image, unusable input) print one sentence on
stderr and exit with status 2; a run that reached a verdict exits 0 whatever the
verdict.  ``--json`` output is documented in shared/DESIGN.md and docs/cli.md.
"""

import importlib
import json
import signal
import sys
from pathlib import Path

import click

import sandbox  # light: the modules that talk to the engine load on first use
from grader.errors import GraderError  # light: grader's subpackages load on first use
from sandbox.files import read_files

from .cli_web import COMMANDS as WEB_COMMANDS  # light: each command imports the webapp when it runs
from .cli_web import bank_sync

LAZY_COMMANDS = {
    "assessment": ("vetkit.cli_assessment", "assessment",
                   "Blueprints of vetting assessments and mock interviews, and the forms drawn from them."),
    "bank": ("vetkit.cli_bank", "bank", "The question bank: check it and count what it covers."),
    "judge": ("vetkit.cli_judge", "judge",
              "Judge SUBMISSION (a source file or a folder) against the problem package PROBLEM_DIR."),
}
"""Commands whose modules import the bank, the grader or the assessments: loaded only when invoked, so
``vetkit --help`` and ``vetkit run`` start fast.  The help line here must match the command's own
(a test checks it)."""


class LazyGroup(click.Group):
    """A click group whose ``LAZY_COMMANDS`` are imported when used; ``--help`` lists them without importing."""

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(LAZY_COMMANDS))

    def get_command(self, ctx, name):
        if name in LAZY_COMMANDS and name not in self.commands:
            module, attribute, _ = LAZY_COMMANDS[name]
            command = getattr(importlib.import_module(module), attribute)
            if name == "bank":
                command.add_command(bank_sync)
            self.add_command(command, name)
        return super().get_command(ctx, name)

    def format_commands(self, ctx, formatter):
        rows = []
        for name in self.list_commands(ctx):
            if name in LAZY_COMMANDS and name not in self.commands:
                limit = formatter.width - 6 - len(name)
                rows.append((name, click.utils.make_default_short_help(LAZY_COMMANDS[name][2], limit)))
            else:
                command = self.get_command(ctx, name)
                if command is not None and not command.hidden:
                    rows.append((name, command.get_short_help_str(formatter.width - 6 - len(name))))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _emit(data, as_json, human):
    if as_json:
        click.echo(json.dumps(data, indent=2, sort_keys=True))
    else:
        click.echo(human(data))


@click.group(cls=LazyGroup)
def cli():
    """vetkit: judge coding, ML-fundamentals and notebook work in a Docker sandbox."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))


@cli.command()
def setup():
    """Start (or install) the Docker engine, build the runner image, migrate the database and sync the bank."""
    say = lambda message: click.echo(f"[setup] {message}", err=True)  # noqa: E731
    sandbox.ensure_engine(progress=say)
    removed = sandbox.reap_orphans()
    if removed:
        say(f"removed {removed} sandbox container(s) left by crashed processes")
    sandbox.ensure_runner_image(progress=say)
    from .cli_web import prepare_database
    prepare_database(say)


@cli.group("sandbox")
def sandbox_group():
    """The runner image and sandbox housekeeping."""


@sandbox_group.command("image")
def sandbox_image():
    """Print the runner image's tag."""
    click.echo(sandbox.runner_image())


@sandbox_group.command("build")
def sandbox_build():
    """Build the runner image if its inputs changed."""
    sandbox.ensure_runner_image(progress=lambda m: click.echo(f"[build] {m}", err=True))


@sandbox_group.command("reap")
def sandbox_reap():
    """Remove sandbox containers left behind by crashed processes (or older than VETKIT_SANDBOX_MAX_AGE)."""
    click.echo(f"removed {sandbox.reap_orphans()} container(s)")


def _run_summary(data):
    lines = [f"verdict: {data['verdict']}  time: {data['cpu_time']:.3f} s CPU, {data['wall_time']:.3f} s wall  "
             f"memory: {data['memory_kb']} KiB  exit: {data['exit_code']}  signal: {data['signal']}"]
    if data["compile_output"]:
        lines.append("--- compiler ---\n" + data["compile_output"].rstrip())
    if data["stdout"]:
        lines.append("--- stdout ---\n" + data["stdout"].rstrip("\n"))
    if data["stderr"]:
        lines.append("--- stderr ---\n" + data["stderr"].rstrip("\n"))
    return "\n".join(lines)


@cli.command()
@click.argument("file", type=click.Path(exists=True, path_type=Path))
@click.option("--lang", "language", required=True, type=click.Choice(sorted(sandbox.LANGUAGES)))
@click.option("--stdin", "stdin_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="File to feed on standard input (default: nothing).")
@click.option("--time-limit", type=click.FloatRange(min=0.05), help="CPU seconds (default 2).")
@click.option("--memory-limit", type=click.IntRange(min=16), help="Memory in MiB (default 256).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def run(file, language, stdin_path, time_limit, memory_limit, as_json):
    """Compile and run FILE (a source file or a folder of them) in the sandbox."""
    limits = sandbox.Limits().with_changes(cpu_time=time_limit, memory_mb=memory_limit)
    stdin = stdin_path.read_bytes() if stdin_path else b""
    batch = sandbox.run_program(read_files(file), language=language, inputs=[stdin], limits=limits)
    result = batch.runs[0] if batch.runs else sandbox.RunResult(batch.compile.verdict)
    data = result.to_json()
    data.pop("detail")
    data["compile_output"] = batch.compile.output
    _emit(data, as_json, _run_summary)


@cli.group("notebook")
def notebook_group():
    """Execute notebooks in the sandbox."""


@notebook_group.command("run")
@click.argument("notebook", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--timeout", type=click.FloatRange(min=1), help="Total seconds (default 600).")
@click.option("--cell-timeout", type=click.FloatRange(min=1), help="Seconds per cell (default 120).")
@click.option("--output", "output_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the executed notebook here.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (summary + executed notebook).")
def notebook_run(notebook, timeout, cell_timeout, output_path, as_json):
    """Execute NOTEBOOK top to bottom in the sandbox."""
    limits = sandbox.NotebookLimits()
    limits = type(limits)(**{**limits.__dict__, **({"timeout": timeout} if timeout else {}),
                             **({"cell_timeout": cell_timeout} if cell_timeout else {})})
    result = sandbox.run_notebook(notebook.read_bytes(), limits=limits)
    data = result.summary()
    if result.notebook is not None:
        import nbformat
        if output_path:
            output_path.write_text(nbformat.writes(result.notebook), encoding="utf-8")
        data["notebook"] = json.loads(nbformat.writes(result.notebook))
    _emit(data, as_json, lambda d: f"status: {d['status']}  cells executed: {d['cells_executed']}  "
                                   f"wall: {d['wall_time']:.1f} s" + (f"\nerror: {d['error']['ename']}: "
                                                                      f"{d['error']['evalue']}" if d["error"] else ""))


@notebook_group.command("grade")
@click.argument("task", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("notebook", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def notebook_grade(task, notebook, as_json):
    """Grade NOTEBOOK as an answer to the take-home task folder TASK."""
    from grader.takehome import grade_takehome
    grade = grade_takehome(task, notebook.read_bytes())
    _emit(grade.to_json(), as_json, _grade_summary)


def _grade_summary(data):
    if data["score"] is None:
        error = data["run"].get("error") or {}
        return (f"{data['task']}: not graded, the sandbox failed ({error.get('evalue', 'no detail')}); "
                "grade it again later")
    lines = [f"{data['task']}: {data['score']:g} of {data['auto_max_score']:g} automatic points "
             f"({data['status']}; notebook {data['run']['status']})"]
    lines += [f"  {s['name']}: {s['points']:g}/{s['max_points']:g}  {s['detail']}" for s in data["steps"]]
    lines += [f"  rubric (pending): {r['criterion']} ({r['points']} points)" for r in data["rubric_pending"]]
    return "\n".join(lines)


for _command in WEB_COMMANDS:
    cli.add_command(_command)


def main():
    """Entry point of the ``vetkit`` console script."""
    try:
        cli(standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        if sys.argv[1:2] == ["judge"] and "--json" in sys.argv:  # its --json answers in every case
            from .cli_judge import error_json
            click.echo(error_json(exc.format_message()))
        exc.show()
        sys.exit(2)
    except (sandbox.SandboxError, GraderError) as exc:
        click.echo(f"vetkit: {exc}", err=True)
        sys.exit(2)

"""The command line starts fast: `vetkit --help` and `vetkit run` import only what they use.

Measured with ``python -X importtime -m vetkit --help`` (bench/cli_bench.py prints the figures); these tests
only check which packages get imported, never how long it takes.
"""

import importlib
import json
import subprocess
import sys

from vetkit.cli import LAZY_COMMANDS

HEAVY = {"flask", "sqlalchemy", "docker", "requests", "pandas", "numpy", "sklearn", "nbformat", "jsonschema",
         "yaml", "huey", "webapp", "question_bank", "assessments", "markdown", "jinja2", "werkzeug"}
"""Packages that `vetkit --help` never needs."""


def imported_after(code):
    """The top-level packages loaded by a fresh interpreter after running ``code``."""
    script = f"import sys\n{code}\nprint(__import__('json').dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_importing_the_command_line_loads_nothing_heavy():
    assert imported_after("import vetkit.cli") & HEAVY == set()


def test_help_loads_nothing_heavy():
    loaded = imported_after("import vetkit.cli\nfrom click.testing import CliRunner\n"
                            "assert CliRunner().invoke(vetkit.cli.cli, ['--help']).exit_code == 0")
    assert loaded & HEAVY == set()


def test_run_loads_the_sandbox_and_nothing_of_the_grader_or_the_webapp():
    loaded = imported_after("import vetkit.cli, sandbox\nsandbox.run_program\nsandbox.Sandbox")
    assert "docker" in loaded
    assert loaded & (HEAVY - {"docker", "requests", "jsonschema"}) == set()  # jsonschema checks the frames


def test_lazy_commands_load_when_used_and_say_what_their_help_says():
    for name, (module, attribute, help_line) in LAZY_COMMANDS.items():
        command = getattr(importlib.import_module(module), attribute)
        assert command.help.split("\n\n")[0].strip() == help_line, name
    done = subprocess.run([sys.executable, "-m", "vetkit", "bank", "--help"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and "check" in done.stdout and "sync" in done.stdout

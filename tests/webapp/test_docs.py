"""The contracts' pages cover the code: every API call in docs/api.md, every setting in docs/configuration.md,
every webapp command in docs/cli.md."""

from pathlib import Path

import click

from vetkit.cli_web import COMMANDS
from webapp.config import Config

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_call_of_the_openapi_document_is_documented(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    text = (DOCS / "api.md").read_text()
    calls = [f"{method.upper()} {path}" for path, operations in spec["paths"].items() for method in operations
             if method in ("get", "post", "put", "patch", "delete")]
    assert len(calls) >= 7 and "## GET /api/v1/openapi.json" in text
    assert [call for call in calls if f"## {call}\n" not in text] == []


def test_every_setting_is_documented():
    text = (DOCS / "configuration.md").read_text()
    settings = [name for name in vars(Config) if name.isupper()]
    assert len(settings) > 20
    assert [name for name in settings if f"| `{name}` |" not in text] == []


def _command_lines(command, prefix="vetkit"):
    name = f"{prefix} {command.name}"
    if isinstance(command, click.Group):
        return [line for sub in command.commands.values() for line in _command_lines(sub, name)]
    return [name]


def test_every_webapp_command_is_documented():
    text = (DOCS / "cli.md").read_text()
    commands = [line for command in COMMANDS for line in _command_lines(command)] + ["vetkit bank sync"]
    assert [line for line in commands if f"### `{line}" not in text] == []

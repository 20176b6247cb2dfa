"""``vetkit assessment``: draw a candidate's form from a blueprint, list and check blueprints, write coverage.

Thin commands over ``assessments``.  ``draw BLUEPRINT_ID --seed N [--bank PATH] [--json]``
prints the form (the same for the same blueprint, bank and seed); a blueprint the bank
cannot satisfy, or an unknown one, prints one sentence on stderr and exits 2.
"""

import json
import sys
from pathlib import Path

import click

import assessments
from assessments.coverage import write_coverage

#: Exit status when the blueprints have errors (``check``) or a form cannot be drawn.
EXIT_BLUEPRINT_ERRORS = 1
EXIT_FAILURE = 2
BANK_OPTION = click.option("--bank", type=click.Path(exists=True, file_okay=False, path_type=Path),
                           help="Question-bank folder (default: the bank shipped with vetkit).")


class AssessmentFailure(click.ClickException):
    """A blueprint problem reported as one sentence and exit status 2."""

    exit_code = EXIT_FAILURE

    def show(self, file=None):
        """Print ``vetkit: <sentence>`` on stderr, like vetkit's other failures."""
        click.echo(f"vetkit: {self.format_message()}", err=True, file=file)


def _form_summary(data):
    lines = [f"{data['blueprint']} (seed {data['seed']}, pool {data['pool_digest']})"]
    for section in data["sections"]:
        timing = f"{section['minutes']} min" if section["minutes"] else f"deadline {section['deadline_hours']} h"
        mix = ", ".join(f"{n} {level}" for level, n in section["difficulty"].items() if n)
        lines.append(f"{section['id']}: {section['title']} ({section['kind']}, {timing}; {mix})")
        lines += [f"  {item}" for item in section["items"]]
    return "\n".join(lines)


@click.group("assessment")
def assessment():
    """Blueprints of vetting assessments and mock interviews, and the forms drawn from them."""


@assessment.command("draw")
@click.argument("blueprint_id")
@click.option("--seed", required=True, type=click.IntRange(min=0), help="The candidate's seed (whole number >= 0).")
@BANK_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: blueprint, seed, pool_digest, sections.")
def draw(blueprint_id, seed, bank, as_json):
    """Draw the form of BLUEPRINT_ID for --seed from the bank."""
    try:
        form = assessments.rebuild_form(blueprint_id, seed, bank=bank)
    except assessments.BlueprintError as exc:
        raise AssessmentFailure(str(exc)) from exc
    data = form.to_json()
    click.echo(json.dumps(data, indent=2, sort_keys=True) if as_json else _form_summary(data))


@assessment.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the blueprints as a JSON list.")
def list_blueprints(as_json):
    """List the shipped blueprints."""
    try:
        blueprints = assessments.load_blueprints()
    except assessments.BlueprintError as exc:
        raise AssessmentFailure(str(exc)) from exc
    if as_json:
        click.echo(json.dumps([b.to_json() for b in blueprints], indent=2, sort_keys=True))
        return
    for b in blueprints:
        profile = " ".join(value for value in (b.level, b.track, b.stage) if value)
        click.echo(f"{b.id}: {b.title} ({b.kind}, {profile}; {len(b.sections)} sections, {b.minutes} min timed)")


@assessment.command("check")
@click.argument("folder", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
def check(folder):
    """Check the blueprint files in FOLDER (default: the shipped ones); exit 1 on any error."""
    report = assessments.check_blueprints(folder)
    click.echo("\n".join(report.lines()))
    if not report.ok:
        sys.exit(EXIT_BLUEPRINT_ERRORS)


@assessment.command("coverage")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: docs/coverage.md).")
@BANK_OPTION
def coverage(output, bank):
    """Write the coverage table (items per skill, type and difficulty; what each blueprint can draw)."""
    click.echo(write_coverage(output, bank=bank))

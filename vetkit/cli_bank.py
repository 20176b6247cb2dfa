"""``vetkit bank``: check the question bank and print its coverage.  Thin commands over ``question_bank``.

``bank check [PATH] [--json]`` prints every error and warning, then a count line, and exits 1
on any error (0 otherwise); ``bank stats [PATH] --json`` prints the coverage.  A checker or
stats source that lives outside ``question_bank`` registers itself when its module is
imported: import such modules in ``_load_plugins``.
"""

import importlib
import json
import sys
from pathlib import Path

import click

import question_bank
from question_bank.stats import KINDS

#: Exit status when the bank has at least one error.
EXIT_BANK_ERRORS = 1
#: Modules outside question_bank that register checkers or stats sources when imported
#: (e.g. "grader.kattis_check" calling question_bank.register_checker).
PLUGIN_MODULES = ("grader.coding.check", "grader.takehome.check", "assessments.stats", "assessments.check")


def _load_plugins():
    """Import ``PLUGIN_MODULES`` so their checkers and stats sources are registered."""
    for name in PLUGIN_MODULES:
        importlib.import_module(name)


@click.group("bank")
def bank():
    """The question bank: check it and count what it covers."""
    _load_plugins()


@bank.command("check")
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: errors, warnings, ok.")
def bank_check(path, as_json):
    """Check the bank at PATH (a bank folder or one quiz file; default: the bank shipped with vetkit)."""
    report = question_bank.check_bank(path)
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2, sort_keys=True))
    else:
        click.echo("\n".join(report.lines()))
    if not report.ok:
        sys.exit(EXIT_BANK_ERRORS)


def _stats_summary(stats):
    lines = [f"items: {stats['total']} ({', '.join(f'{kind} {stats[kind]}' for kind in KINDS)})",
             "by difficulty: " + ", ".join(f"{k} {v}" for k, v in stats["by_difficulty"].items()),
             "by type: " + ", ".join(f"{k} {v}" for k, v in stats["by_type"].items() if v),
             "by area: " + ", ".join(f"{k} {v}" for k, v in stats["by_area"].items())]
    missing = stats["skills_without_items"]
    lines.append(f"skills without items ({len(missing)}): {', '.join(missing) or 'none'}")
    return "\n".join(lines)


@bank.command("stats")
@click.argument("path", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def bank_stats(path, as_json):
    """Print the coverage of the bank at PATH (default: the bank shipped with vetkit)."""
    stats = question_bank.bank_stats(path)
    click.echo(json.dumps(stats, indent=2, sort_keys=True) if as_json else _stats_summary(stats))


@bank.command("answers")
@click.argument("path", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--check", "check_only", is_flag=True, help="Write nothing; exit 1 when an answer would change.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per problem, in a list.")
def bank_answers(path, check_only, as_json):
    """Rebuild every .ans from the accepted solution each problem names (vetkit.yaml: answers_from).

    PATH is one problem folder or a bank folder (default: the bank shipped with vetkit). Exits 1 when a
    solution fails on an input, or with --check when an answer differs from what the solution prints.
    """
    from grader.coding.answers import rebuild_all_answers

    results = rebuild_all_answers(path or question_bank.DEFAULT_BANK_ROOT, write=not check_only)
    if as_json:
        click.echo(json.dumps([result.to_json() for result in results], indent=2))
    else:
        verb = "differ" if check_only else "rewritten"
        for result in results:
            line = f"{result.problem.name}: {len(result.changed)} {verb}, {result.unchanged} unchanged"
            click.echo(line + "".join(f"\n  failed: {failure}" for failure in result.failures))
    if any(result.failures or (check_only and result.changed) for result in results):
        sys.exit(EXIT_BANK_ERRORS)

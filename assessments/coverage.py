"""The generated coverage table (docs/coverage.md): items per skill, type and difficulty, and what blueprints draw.

``coverage_markdown(stats, pool)`` renders ``question_bank.bank_stats()`` output (with its
``blueprints`` entry) plus the per-kind breakdowns of the pool; ``write_coverage`` writes the
file.  The text has no timestamp, so regenerating an unchanged bank changes nothing.
Run ``vetkit assessment coverage`` or ``python -m assessments.coverage [OUTPUT] [--bank PATH]``.
"""

import argparse
from collections import Counter
from pathlib import Path

from question_bank.items import DIFFICULTIES
from question_bank.stats import KINDS, bank_stats

from . import stats as _stats  # noqa: F401  (registers the "blueprints" entry of bank_stats)
from .pool import load_pool, register_sources

#: Where the coverage table is written by default.
COVERAGE_FILE = Path(__file__).resolve().parents[1] / "docs" / "coverage.md"
HEADER = ("# Question-bank coverage\n\n"
          "Generated from `vetkit bank stats` by `vetkit assessment coverage`; do not edit by hand.\n")
YES, NO = "yes", "**no**"


def _table(headers, rows):
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _by_kind(pool, key):
    """Counter of (key(item), kind) over the pool."""
    return Counter((value, item.kind) for item in pool for value in key(item))


def _overview(stats, pool):
    levels = _by_kind(pool, lambda item: [item.difficulty])
    rows = [(kind, stats[kind], *(levels[(level, kind)] for level in DIFFICULTIES)) for kind in KINDS]
    rows.append(("**total**", stats["total"], *(stats["by_difficulty"].get(level, 0) for level in DIFFICULTIES)))
    return "## Items by kind and difficulty\n\n" + _table(("kind", "items", *DIFFICULTIES), rows)


def _types(stats, pool):
    kinds = {item.type: item.kind for item in pool}
    rows = [(kinds.get(name, "quiz"), f"`{name}`", count) for name, count in stats["by_type"].items()]
    return "## Items by type\n\n" + _table(("kind", "type", "items"), sorted(rows))


def _skills(stats, pool):
    kinds = _by_kind(pool, lambda item: item.skills)
    levels = Counter((skill, item.difficulty) for item in pool for skill in item.skills)
    rows = [(f"`{skill}`", *(kinds[(skill, kind)] for kind in KINDS),
             *(levels[(skill, level)] for level in DIFFICULTIES), total or NO)
            for skill, total in stats["by_skill"].items()]
    missing = len(stats["skills_without_items"])
    return (f"## Items by skill\n\nAn item counts once for each of its skills. Skills without items: {missing}.\n\n"
            + _table(("skill", *KINDS, *DIFFICULTIES, "total"), rows))


def _mix(counts):
    return ", ".join(f"{number} {level}" for level, number in counts.items() if number)


def _time(section):
    """A section's time as the page shows it: its limit, a deadline, or the items' own estimates."""
    if section["deadline_hours"]:
        return f"{section['deadline_hours']} h"
    if section["minutes"]:
        return f"{section['minutes']} min (forms need up to {section['max_minutes']:g})"
    return f"per item (up to {section['max_minutes']:g} min)"


def _difficulty(section):
    return (f"{section['count']} of {' or '.join(section['any_of'])}" if section.get("any_of")
            else _mix(section["difficulty"]))


def _drawable(section):
    """How many items a form can actually contain (honouring the rules), listed for small sections."""
    number = f"{section['drawable']} of {section['eligible']}"
    if section["kind"] == "takehome" and section["drawable_items"]:
        number += ": " + ", ".join(f"`{item}`" for item in section["drawable_items"])
    return number


def _blueprint(blueprint_id, entry):
    if not entry.get("valid", True):
        return f"### `{blueprint_id}`: invalid\n\n" + "\n".join(f"- {error}" for error in entry["errors"])
    profile = " / ".join(value for value in (entry["level"], entry["track"], entry["stage"]) if value)
    rows = [(f"`{section_id}`", section["kind"], section["count"], _time(section), _difficulty(section),
             _drawable(section), _mix(section["drawable_by_difficulty"]) or "none",
             YES if section["satisfiable"] and not section["time_problem"] else NO)
            for section_id, section in entry["sections"].items()]
    text = (f"### `{blueprint_id}`: {entry['title']}\n\n{entry['kind']}, {profile}; whole form drawable: "
            f"{YES if entry['satisfiable'] else NO}\n\n"
            + _table(("section", "kind", "items", "time", "difficulty", "drawable of eligible",
                      "drawable by difficulty", "fits"), rows))
    problems = [entry["problem"]] + [section["time_problem"] for section in entry["sections"].values()]
    return text + "".join(f"\n\n{problem}" for problem in problems if problem)


def _blueprints(stats):
    entries = stats["blueprints"]
    drawable = sum(1 for entry in entries.values() if entry["satisfiable"])
    summary = (f"## Blueprints\n\n{drawable} of {len(entries)} blueprints can draw a whole form from this bank. "
               "*Drawable* counts the items that some valid form contains, honouring the section's `require` "
               "rules (an eligible item may never fit them); *fits* says whether every form can be finished in "
               "the section's time, from the items' own estimates.")
    return "\n\n".join([summary, *(_blueprint(key, entry) for key, entry in entries.items())])


def coverage_markdown(stats, pool):
    """The coverage page as Markdown, from ``bank_stats`` output and the pool it was computed from."""
    parts = [HEADER, _overview(stats, pool), _types(stats, pool), _skills(stats, pool), _blueprints(stats)]
    return "\n\n".join(part.rstrip("\n") for part in parts) + "\n"


def write_coverage(path=None, *, bank=None):
    """Write the coverage page of the bank at ``bank`` (default bank) to ``path`` (default docs/coverage.md)."""
    path = Path(path) if path is not None else COVERAGE_FILE
    register_sources()
    text = coverage_markdown(bank_stats(bank), load_pool(bank))
    path.write_text(text, encoding="utf-8")
    return path


def main(argv=None):
    """``python -m assessments.coverage [OUTPUT] [--bank PATH]``."""
    parser = argparse.ArgumentParser(description="Write the question-bank coverage table.")
    parser.add_argument("output", nargs="?", type=Path, default=COVERAGE_FILE)
    parser.add_argument("--bank", type=Path, default=None, help="bank folder (default: the shipped bank)")
    args = parser.parse_args(argv)
    print(write_coverage(args.output, bank=args.bank))


if __name__ == "__main__":
    main()

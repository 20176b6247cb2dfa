"""What candidates may see of each bank item: the ``public`` part of a question version.

Only public data goes in: statements, samples, starters, options, the names of what a
take-home is scored on.  Hidden tests, answers, keys, explanations (shown after
answering, from the private part), bands and reference solutions never do.
"""

from grader.coding.metadata import SOLUTION_FILE

LANGUAGES = ("python", "c", "cpp", "java")
MAX_SAMPLE_CHARS = 20_000
"""Longest sample input or output kept for display."""
TITLE_CHARS = 90


def _read(path, limit=None):
    text = path.read_text(encoding="utf-8", errors="replace")
    return text if limit is None else text[:limit]


def _statement(path, title):
    """The statement's Markdown, without a first heading that only repeats the title."""
    if path is None:
        return "This problem has no statement yet."
    text = _read(path)
    if path.suffix != ".md":
        return f"```\n{text}\n```"
    first, _, rest = text.lstrip().partition("\n")
    return rest.lstrip("\n") if first.lstrip("# ").strip().lower() == title.strip().lower() else text


def coding_public(problem):
    """The public view of a coding problem (a loaded ``grader.coding.Problem`` with metadata)."""
    meta = problem.metadata
    starters = {language: _read(path) for language, path in sorted((meta.starter or {}).items())}
    languages = [language for language in LANGUAGES if language in starters] or list(LANGUAGES)
    return {
        "type": "scoring" if problem.scoring else "pass-fail",
        "statement": _statement(problem.statement, problem.name),
        "samples": [{"name": case.name.rsplit("/", 1)[-1], "input": _read(case.input_path, MAX_SAMPLE_CHARS),
                     "output": _read(case.answer_path, MAX_SAMPLE_CHARS)} for case in problem.samples],
        "starters": starters,
        "languages": languages,
        "function": meta.function.name if meta.function else None,
        "solution_file": SOLUTION_FILE if meta.function else None,
        "hints": list(meta.hints),
        "time_limit": problem.time_limit,
        "memory_mb": problem.memory_mb,
        "groups": [{"name": g.name, "points": g.max_points} for g in scored_groups(problem.groups)]
        if problem.scoring else [],
        "tests": len(problem.tests),
    }


def scored_groups(groups):
    """The groups a candidate scores points in: the subtasks directly under ``secret``, else ``secret`` itself.

    Works on loaded groups and on their JSON (anything with a ``name``).
    """
    name = (lambda g: g["name"]) if groups and isinstance(groups[0], dict) else (lambda g: g.name)
    subtasks = [g for g in groups if name(g).startswith("secret/") and name(g).count("/") == 1]
    return subtasks or [g for g in groups if name(g) == "secret"]


def quiz_title(item):
    """A short title for a quiz item: its prompt's first paragraph, cut at a word and never inside ``$math$``."""
    paragraph = item.prompt.strip().split("\n\n")[0] if item.prompt.strip() else item.id
    title = " ".join(paragraph.replace("**", "").replace("`", "").split())
    if len(title) <= TITLE_CHARS:
        return title
    cut = title[: TITLE_CHARS - 1].rsplit(" ", 1)[0]
    if cut.count("$") % 2:
        cut = cut[: cut.rindex("$")]
    return cut.rstrip(" ,;:") + "…"


def quiz_public(item):
    """The public view of a quiz item: prompt and options, never the key or the explanation."""
    rounding = getattr(item, "rounding", None)
    return {"type": item.type, "prompt": item.prompt, "points": item.points,
            "options": [{"id": o.id, "text": o.text} for o in getattr(item, "options", ())],
            "unit": getattr(item, "unit", None), "rounding": rounding.instruction() if rounding else None}


def takehome_public(task):
    """The public view of a take-home: statement and what it is scored on, never bands or hidden data."""
    metric = task.metric
    return {
        "statement": _statement(task.path("statement.md"), task.title),
        "time_budget_minutes": task.time_budget_minutes,
        "starter": task.starter,
        "data": list(task.data),
        "metric": {"name": metric.name, "file": metric.file, "id_column": metric.id_column,
                   "prediction_column": metric.prediction_column, "points": metric.max_points} if metric else None,
        "probes": [{"name": p.name, "function": p.function, "points": p.points} for p in task.probes],
        "execution_points": task.execution_points,
        "rubric": [{"criterion": r.criterion, "points": r.points} for r in task.rubric],
        "auto_points": task.auto_points,
        "rubric_points": task.rubric_points,
    }

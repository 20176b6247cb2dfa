"""Template filters and globals: Markdown, dates, verdict colours, pagination links, asset URLs."""

from datetime import datetime, timezone

from flask import request, url_for

from .markdown import render, render_inline

VERDICT_CLASSES = {"AC": "good", "correct": "good", "graded": "good", "WA": "bad", "RTE": "bad", "CE": "warn",
                   "TLE": "bad", "MLE": "bad", "OLE": "bad", "JE": "warn", "incorrect": "bad", "partial": "warn",
                   "pending": "info", "queued": "info", "running": "info", "failed": "warn", "OK": "good",
                   "pending_rubric": "info", "SE": "warn"}
VERDICT_NAMES = {"AC": "Accepted", "WA": "Wrong answer", "TLE": "Time limit exceeded", "MLE": "Memory limit exceeded",
                 "OLE": "Output limit exceeded", "RTE": "Run-time error", "CE": "Compilation error",
                 "JE": "Judge error", "OK": "Ran", "SE": "Sandbox error", "correct": "Correct",
                 "incorrect": "Incorrect", "partial": "Partly correct", "pending": "Awaiting review",
                 "pending_rubric": "Rubric awaiting review", "graded": "Graded", "queued": "Queued",
                 "running": "Running", "failed": "Could not be graded"}

LANGUAGE_NAMES = {"python": "Python 3", "c": "C (gcc)", "cpp": "C++17 (g++)", "java": "Java 17"}


def when(value):
    """A timestamp as ``2026-12-01 14:03 UTC``."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def page_url(page):
    """The current URL with ``page`` replaced (filters kept)."""
    args = {**request.args.to_dict(), **(request.view_args or {}), "page": page}
    return url_for(request.endpoint, **args)


def register(app):
    """Install the filters and globals on ``app``'s Jinja environment."""
    env = app.jinja_env
    env.filters["markdown"] = render
    env.filters["inline_markdown"] = render_inline
    env.filters["when"] = when
    env.filters["verdict_class"] = lambda v: VERDICT_CLASSES.get(v or "", "info")
    env.filters["verdict_name"] = lambda v: VERDICT_NAMES.get(v or "", v or "")
    env.filters["language_name"] = lambda v: LANGUAGE_NAMES.get(v or "", v or "")
    env.globals["page_url"] = page_url
    env.globals["now"] = lambda: datetime.now(timezone.utc)

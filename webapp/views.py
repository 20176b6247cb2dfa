"""What each role may see of a submission's result.

Recruiters and admins get the grader's whole result.  Candidates get a view made
for them, whatever the result holds: per-test detail for sample tests only; for
hidden tests, how many passed and the first failing verdict; never a hidden test's
input, output or validator message, a quiz key before they answered, a take-home's
metric bands, or a judge's internal message.  Under exam rules (a vetting attempt
always; a mock interview until it is graded) even less is shown: a coding summary and
no quiz feedback.
"""

from .models.questions import CODING, QUIZ, TAKEHOME
from .services.bank_views import scored_groups

HIDDEN = "hidden"


def _coding_tests(detail):
    tests = detail.get("tests") or []
    samples = [{"name": t["name"], "sample": True, "verdict": t["verdict"], "cpu_time": t["cpu_time"],
                "memory_kb": t["memory_kb"], "feedback": t.get("feedback", "")} for t in tests if t.get("sample")]
    hidden = [t for t in tests if not t.get("sample")]
    total = max(int(detail.get("total") or 0) - len(samples), len(hidden))
    first = next((t["verdict"] for t in hidden if t["verdict"] != "AC"), None)
    summary = {"name": HIDDEN, "sample": False, "passed": sum(t["verdict"] == "AC" for t in hidden),
               "run": len(hidden), "total": total, "verdict": first or ("AC" if hidden else None),
               "cpu_time": max((t["cpu_time"] for t in hidden), default=0.0),
               "memory_kb": max((t["memory_kb"] for t in hidden), default=0)}
    return samples, summary


def coding_view(detail, *, vetting=False):
    """A candidate's view of a judge result (``JudgeResult.to_json``)."""
    samples, hidden = _coding_tests(detail)
    verdict = detail.get("verdict")
    view = {"verdict": verdict, "score": detail.get("score"), "max_score": detail.get("max_score"),
            "passed": detail.get("passed"), "total": detail.get("total"),
            "time_limit": detail.get("time_limit"), "memory_mb": detail.get("memory_mb"),
            "compile_output": detail.get("compile_output", ""),
            "groups": [{"name": g["name"], "points": g["points"], "earned": g["earned"]}
                       for g in scored_groups(detail.get("groups") or [])]}
    if verdict == "JE":
        view["message"] = "Our judge failed on this submission; it will be graded again. Nothing is charged to you."
    view["tests"] = [hidden] if vetting else samples + [hidden]
    return view


def quiz_view(detail, *, vetting=False):
    """A candidate's view of a quiz grade: score and, outside vetting, the feedback and explanation."""
    view = {"status": detail.get("status"), "score": detail.get("score"), "max_points": detail.get("max_points")}
    if not vetting:
        message, feedback = detail.get("message", ""), detail.get("feedback", "")
        explanation = feedback[len(message):].strip() if message and feedback.startswith(message) else feedback
        view.update(message=message, explanation=explanation, reviewer=detail.get("reviewer"))
    return view


def takehome_view(detail, *, vetting=False):
    """A candidate's view of a take-home grade: steps with their points and sentences, rubric pending."""
    run = detail.get("run") or {}
    error = run.get("error") or {}
    return {"status": detail.get("status"), "score": detail.get("score"), "max_score": detail.get("max_score"),
            "auto_max_score": detail.get("auto_max_score"),
            "run": {"status": run.get("status"), "cells_executed": run.get("cells_executed"),
                    "wall_time": run.get("wall_time"),
                    "error": {k: error.get(k) for k in ("ename", "evalue", "cell_index")} if error else None},
            "steps": [{"name": s["name"], "points": s["points"], "max_points": s["max_points"],
                       "detail": s["detail"]} for s in detail.get("steps") or []],
            "rubric_pending": [{"criterion": r["criterion"], "points": r["points"]}
                               for r in detail.get("rubric_pending") or []]}


VIEWS = {CODING: coding_view, QUIZ: quiz_view, TAKEHOME: takehome_view}


def exam_rules(submission):
    """True while the submission must be shown under exam rules: always in vetting, in a mock until it is graded."""
    if submission.context == "vetting":
        return True
    if submission.context == "mock":
        from .models import Attempt
        from .extensions import db
        attempt = db.session.get(Attempt, submission.attempt_id) if submission.attempt_id else None
        return attempt is None or attempt.status != "graded"
    return False


def candidate_view(submission, *, vetting=None):
    """The candidate's view of ``submission``'s current result (None before grading)."""
    result = submission.result
    if result is None:
        return None
    vetting = exam_rules(submission) if vetting is None else vetting
    if result.verdict == "JE" and submission.kind != CODING:
        return {"status": "failed", "message": "Our grader failed on this submission; it will be graded again."}
    return VIEWS[submission.kind](result.detail or {}, vetting=vetting)


def full_view(submission):
    """The whole result, for recruiters and admins."""
    result = submission.result
    return None if result is None else result.detail

"""Review pages: thin routes over webapp.services.{candidates, review, evidence, similarity, rejudge}."""

from flask import (Blueprint, Response, abort, flash, jsonify, redirect, render_template, request, url_for)
from flask_login import current_user

from grader.coding import run_one_test
from grader.errors import SubmissionError

from ..access import can_see_candidate, can_see_submission, roles_required, staff_required
from ..errors import error_response
from ..extensions import db
from ..models import Comment, Question, Rejudge, SimilarityFlag, Submission, User
from ..models.users import ADMIN
from ..services import candidates, evidence, rejudge, review, similarity
from ..services.practice import problem_of
from ..services.submitting import Refused
from . import context as pending

bp = Blueprint("review", __name__)
FILTER_KEYS = ("skill", "level", "track", "location", "format", "q", "sort")


@bp.errorhandler(Refused)
def _refused(exc):
    return error_response(exc.status, exc.message)


def blind():
    """True when the signed-in recruiter reviews blind."""
    return bool(getattr(current_user, "blind_review", False))


def list_filters(args):
    """The candidate list's filters from query arguments (numbers parsed, empty ones dropped)."""
    filters = {key: args.get(key) for key in FILTER_KEYS if args.get(key)}
    for key in ("min_score", "max_salary"):
        try:
            filters[key] = float(args[key]) if args.get(key) else None
        except ValueError:
            raise Refused(422, f"'{key}' must be a number.") from None
    filters["vetted"] = args.get("vetted") in ("1", "true", "on", "yes")
    return filters


@bp.route("/candidates")
@staff_required
def candidate_list():
    """Candidates who shared their profile or took one of your assessments: filter, sort, search."""
    filters = list_filters(request.args)
    page = max(request.args.get("page", 1, type=int), 1)
    cards, total, pages = candidates.search(current_user, filters, blind=blind(), page=page)
    from ..services.profiles import all_skills
    from ..services.invites import blueprints
    vetting = blueprints("vetting")
    return render_template("review/candidates.html", cards=cards, total=total, pages=pages, page=page,
                           filters=filters, skills=all_skills(), levels=sorted({b.level for b in vetting}),
                           tracks=sorted({b.track for b in vetting}), blind=blind())


@bp.route("/candidates/export.csv")
@staff_required
def export_csv():
    """The filtered candidates with their signals, as CSV (blind review leaves out who they are)."""
    filters = list_filters(request.args)
    cards, _, _ = candidates.search(current_user, filters, blind=blind(), page=1, per_page=100_000)
    skills = sorted({s for c in cards for s in [*c["vetted"], *c["practice"]]})
    return Response(candidates.export_csv(cards, skills), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=candidates.csv"})


def _candidate(user_id):
    user = db.session.get(User, user_id)
    if user is None or not user.is_candidate or not can_see_candidate(current_user, user):
        abort(404)
    return user


@bp.route("/candidates/<int:user_id>/export.json")
@staff_required
def export_json(user_id):
    """One candidate's profile, signals and evidence as JSON (blind review leaves out who they are)."""
    return jsonify(pending.candidate_export(_candidate(user_id), blind=blind()))


@bp.route("/candidates/<int:user_id>/comments", methods=["POST"])
@staff_required
def comment(user_id):
    """Add a comment of the team on a candidate."""
    user = _candidate(user_id)
    body = (request.form.get("body") or "").strip()
    if not body:
        flash("Write something before adding a comment.", "error")
    else:
        db.session.add(Comment(candidate_id=user.id, author_id=current_user.id, body=body[:5000]))
        db.session.commit()
    return redirect(url_for("candidate.show", user_id=user.id) + "#comments", code=303)


@bp.route("/review/blind", methods=["POST"])
@staff_required
def toggle_blind():
    """Switch blind review on or off for the signed-in recruiter."""
    current_user.blind_review = not current_user.blind_review
    db.session.commit()
    flash("Blind review is on: candidates appear under an alias." if current_user.blind_review
          else "Blind review is off.", "info")
    return redirect(request.referrer if (request.referrer or "").startswith(request.host_url)
                    else url_for("review.candidate_list"), code=303)


def _submission(submission_id):
    found = db.session.get(Submission, submission_id)
    if found is None or not can_see_submission(current_user, found):
        abort(404)
    return found


@bp.route("/review/submissions/<int:submission_id>")
@staff_required
def submission(submission_id):
    """A submission beside its full result: code, tests (hidden ones too), notebook, answers, rubric, audit."""
    found = _submission(submission_id)
    return render_template("review/submission.html", submission=found, blind=blind(),
                           **pending.review_context(found, blind=blind()))


@bp.route("/review/submissions/<int:submission_id>/override", methods=["POST"])
@staff_required
def override(submission_id):
    """Set a score by hand, with a required reason."""
    found = _submission(submission_id)
    try:
        score = float(request.form.get("score", ""))
    except ValueError:
        raise Refused(422, "Enter the new score as a number.") from None
    review.override(found, current_user, score, request.form.get("reason"))
    flash("The score is overridden; the audit trail and the signals are updated.", "success")
    return redirect(url_for("review.submission", submission_id=found.id) + "#audit", code=303)


@bp.route("/review/submissions/<int:submission_id>/rubric", methods=["POST"])
@staff_required
def rubric(submission_id):
    """Score the rubric's criteria."""
    found = _submission(submission_id)
    given = {c["criterion"]: request.form.get(f"points-{i}") for i, c in enumerate(review.rubric_form(found))}
    review.grade_rubric(found, current_user, given)
    flash("Rubric scored.", "success")
    following = pending.next_pending(current_user, after=found.id)
    target = url_for("review.submission", submission_id=following) if following else url_for("review.queue")
    return redirect(target, code=303)


@bp.route("/review/submissions/<int:submission_id>/diff", methods=["POST"])
@staff_required
def diff(submission_id):
    """Run the submission on one test again and show its output beside the expected one."""
    found = _submission(submission_id)
    if found.kind != "coding":
        raise Refused(422, "Only coding submissions have test outputs.")
    files = {name: text.encode() for name, text in (found.files or {}).items()}
    try:
        run = run_one_test(problem_of(found.version), files, language=found.language,
                           test_name=request.form.get("test", ""))
    except SubmissionError as exc:
        raise Refused(422, str(exc)) from None
    return jsonify({"verdict": run.verdict, "html": render_template(
        "review/_diff.html", run=run, table=evidence.output_diff(run.expected or "", run.output))})


@bp.route("/review/queue")
@staff_required
def queue():
    """Answers waiting for a rubric (free text, take-homes), oldest first; J/K move between them."""
    return render_template("review/queue.html", rows=pending.pending_rows(current_user),
                           label=lambda user: pending.label(user, blind()))


@bp.route("/review/similar")
@staff_required
def similar():
    """Pairs of submissions to one question whose code is suspiciously alike."""
    rows = [flag for flag in db.session.execute(db.select(SimilarityFlag).order_by(
        SimilarityFlag.similarity.desc())).scalars()
        if all(can_see_submission(current_user, db.session.get(Submission, i)) for i in (flag.first_id, flag.second_id))]
    return render_template("review/similar.html", flags=rows, submission_of=lambda i: db.session.get(Submission, i),
                           label=lambda user: pending.label(user, blind()))


@bp.route("/review/similar/<int:flag_id>")
@staff_required
def similar_pair(flag_id):
    """Both submissions side by side with the parts they share marked."""
    flag = db.session.get(SimilarityFlag, flag_id) or abort(404)
    first, second = _submission(flag.first_id), _submission(flag.second_id)
    share, slices1, slices2 = similarity.compare(first, second)
    return render_template("review/similar_pair.html", flag=flag, first=first, second=second, share=share,
                           left=similarity.marked(first, slices1), right=similarity.marked(second, slices2),
                           label=lambda user: pending.label(user, blind()))


@bp.route("/admin/questions/<question_id>/rejudge", methods=["GET", "POST"])
@roles_required(ADMIN)
def rejudge_question(question_id):
    """Start a rejudge of a question's submissions (a preview first), and list the earlier ones."""
    question = db.session.get(Question, question_id) or abort(404)
    if request.method == "POST":
        found = rejudge.start_rejudge(question, current_user)
        return redirect(url_for("review.rejudge_preview", rejudge_id=found.id), code=303)
    runs = db.session.execute(db.select(Rejudge).filter_by(question_id=question.id).order_by(Rejudge.id.desc())
                              ).scalars().all()
    return render_template("review/rejudge_start.html", question=question, runs=runs)


@bp.route("/admin/rejudges/<int:rejudge_id>", methods=["GET", "POST"])
@roles_required(ADMIN)
def rejudge_preview(rejudge_id):
    """What the rejudge would change (verdict and score before and after); apply it from here."""
    found = db.session.get(Rejudge, rejudge_id) or abort(404)
    if request.method == "POST":
        rejudge.apply_rejudge(found, current_user)
        flash("The rejudge is applied; old results stay in each submission's history.", "success")
        return redirect(url_for("review.rejudge_preview", rejudge_id=found.id), code=303)
    return render_template("review/rejudge.html", rejudge=found, rows=rejudge.preview(found),
                           label=lambda user: pending.label(user, blind()))

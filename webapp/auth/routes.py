"""Sign up, sign in, sign out."""

from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user

from ..services.accounts import AccountError, authenticate, create_user
from .forms import LoginForm, SignupForm

bp = Blueprint("auth", __name__)


def _safe_next(target):
    """``target`` when it is a path on this site, else None (no open redirects)."""
    if not target:
        return None
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc and target.startswith("/") else None


def home_for(user):
    """Where a signed-in user starts."""
    return url_for("practice.index")


@bp.route("/")
def index():
    """The landing page: sign in, or go to work."""
    if current_user.is_authenticated:
        return redirect(home_for(current_user))
    return render_template("auth/landing.html")


@bp.route("/signup", methods=["GET", "POST"])
def signup():
    """Create a candidate account and sign in."""
    form = SignupForm()
    if form.validate_on_submit():
        try:
            user = create_user(form.email.data, form.password.data, name=form.name.data)
        except AccountError as exc:
            form.email.errors.append(str(exc))
        else:
            login_user(user)
            flash("Welcome to vetkit. Start with a practice problem, or fill in your profile.", "success")
            return redirect(_safe_next(request.args.get("next")) or home_for(user))
    return render_template("auth/signup.html", form=form), 200 if request.method == "GET" else 422


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Sign in with email and password."""
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user is None:
            form.password.errors.append("The email or the password is wrong; check both and try again.")
        else:
            login_user(user, remember=form.remember.data)
            return redirect(_safe_next(request.args.get("next")) or home_for(user))
    status = 200 if request.method == "GET" else 401
    return render_template("auth/login.html", form=form), status


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    """Sign out (POST with the CSRF token, so no other site can sign you out)."""
    logout_user()
    flash("You are signed out.", "info")
    return redirect(url_for("auth.login"))

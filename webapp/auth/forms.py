"""Sign-up and sign-in forms (Flask-WTF, CSRF included)."""

from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length

from ..models.users import MIN_PASSWORD_LENGTH


class SignupForm(FlaskForm):
    """A new candidate account."""

    name = StringField("Your name", validators=[Length(max=120)])
    email = EmailField("Email", validators=[DataRequired(message="Enter your email address.")])
    password = PasswordField("Password", validators=[
        DataRequired(message="Choose a password."),
        Length(min=MIN_PASSWORD_LENGTH, message=f"Use at least {MIN_PASSWORD_LENGTH} characters.")],
        description=f"At least {MIN_PASSWORD_LENGTH} characters; a few words you will remember work well.")
    confirm = PasswordField("Password again", validators=[EqualTo("password", message="The passwords differ.")])


class LoginForm(FlaskForm):
    """Email and password."""

    email = EmailField("Email", validators=[DataRequired(message="Enter your email address.")])
    password = PasswordField("Password", validators=[DataRequired(message="Enter your password.")])
    remember = BooleanField("Keep me signed in on this device")

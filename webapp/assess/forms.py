"""The recruiter's invite form."""

from flask_wtf import FlaskForm
from wtforms import DateField, EmailField, SelectField, StringField
from wtforms.validators import DataRequired, Length, Optional


class InviteForm(FlaskForm):
    """An invite to a vetting blueprint: for one email, or a link for many."""

    blueprint_id = SelectField("Assessment", validators=[DataRequired(message="Choose an assessment.")])
    email = EmailField("Candidate's email", validators=[Optional()],
                       description="Leave empty for a link that many candidates may use (once each).")
    expires_on = DateField("Expires on", validators=[Optional()], description="Default: in 14 days.")
    note = StringField("Note for yourself", validators=[Length(max=300)])

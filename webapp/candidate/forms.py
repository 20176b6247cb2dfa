"""The profile form: every field a recruiter reads, with a sentence for each mistake."""

from zoneinfo import available_timezones

from flask_wtf import FlaskForm
from wtforms import (BooleanField, DecimalField, SelectChoice, SelectField, SelectMultipleField, StringField,
                     TextAreaField, URLField)
from wtforms.validators import URL, Length, NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from ..models.users import INTERNSHIP_FORMATS
from ..services.profiles import CURRENCIES

MAX_WRITEUP_CHARS = 20_000


class CheckboxList(SelectMultipleField):
    """A multiple choice shown as a list of checkboxes."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class ProfileForm(FlaskForm):
    """A candidate's profile."""

    name = StringField("Name", validators=[Length(max=120)])
    headline = StringField("Headline", validators=[Length(max=200)],
                           description="One line, e.g. 'Third-year CS student building recommender systems'.")
    claimed_skills = SelectMultipleField(
        "Skills you claim", choices=[], validate_choice=True,
        description="Tick the skills you can show; your signals will say how far the evidence backs them.")
    github_url = URLField("GitHub", validators=[Optional(), URL(message="Enter a full address, https://...")])
    portfolio_url = URLField("Portfolio", validators=[Optional(), URL(message="Enter a full address, https://...")])
    writeups = TextAreaField("Project write-ups (Markdown)", validators=[Length(max=MAX_WRITEUP_CHARS)])
    location = StringField("Location", validators=[Length(max=120)], description="City and country.")
    timezone = SelectField("Time zone", choices=[], validators=[Optional()])
    formats = CheckboxList("Internship formats you want",
                           choices=[SelectChoice(f, f.capitalize()) for f in INTERNSHIP_FORMATS])
    salary_hourly = DecimalField("Hourly salary target", places=2, validators=[
        Optional(), NumberRange(min=0, max=10_000, message="Enter an hourly amount from 0 to 10,000.")])
    currency = SelectField("Currency", choices=[SelectChoice(c) for c in CURRENCIES])
    shared = BooleanField("Share my profile and verified signals with recruiters")

    def __init__(self, *args, areas=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.claimed_skills.choices = [SelectChoice(skill.id, skill.title, optgroup=area.title)
                                       for area in areas for skill in area.skills]
        self.timezone.choices = [SelectChoice("", "Choose...")] + [
            SelectChoice(zone) for zone in sorted(available_timezones())
            if "/" in zone and not zone.startswith(("Etc/", "SystemV/"))]

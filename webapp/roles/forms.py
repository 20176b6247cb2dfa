"""The role form: what the recruiter states up front, with a sentence for each mistake.

The form only parses; ``webapp.services.roles.clean_role`` decides what is valid (the API uses it too).
"""

from flask_wtf import FlaskForm
from wtforms import (BooleanField, DecimalField, FieldList, Form, FormField, IntegerField, SelectChoice, SelectField,
                     StringField, TextAreaField)
from wtforms.validators import NumberRange, Optional

from ..candidate.forms import CheckboxList
from ..models.matching import ROLE_LEVELS, ROLE_TRACKS
from ..models.users import INTERNSHIP_FORMATS
from ..services.profiles import CURRENCIES
from ..services.roles import LEVEL_TITLES, TRACK_TITLES

SKILL_ROWS = 6
"""Empty skill rows the new-role form offers (unused rows are ignored)."""


class SkillRow(Form):
    """One needed skill and its minimum vetted score."""

    skill = SelectField("Skill", choices=[], validate_choice=False)
    min_score = IntegerField("Minimum score", validators=[
        Optional(), NumberRange(min=0, max=100, message="Enter a whole number from 0 to 100.")])


class RoleForm(FlaskForm):
    """A role: what, where, which formats, the hourly range and the skills it needs."""

    title = StringField("Title", description="e.g. 'Machine-learning intern, search ranking'.")
    company = StringField("Company")
    track = SelectField("Track", choices=[SelectChoice(t, TRACK_TITLES[t]) for t in ROLE_TRACKS])
    level = SelectField("Level", choices=[SelectChoice(v, LEVEL_TITLES[v]) for v in ROLE_LEVELS])
    location = StringField("City", description="City and country for an on-site role, e.g. 'Lisbon, Portugal'.")
    remote = BooleanField("Remote")
    timezones = StringField("Time zones a remote hire may work from",
                            description="Comma-separated: regions such as Europe/ or zones such as "
                                        "America/New_York. Empty: any time zone.")
    formats = CheckboxList("Internship formats offered",
                           choices=[SelectChoice(f, f.capitalize()) for f in INTERNSHIP_FORMATS],
                           description="None ticked: any format.")
    salary_min = DecimalField("Hourly salary from", places=2, validators=[Optional()])
    salary_max = DecimalField("Hourly salary to", places=2, validators=[Optional()])
    currency = SelectField("Currency", choices=[SelectChoice(c) for c in CURRENCIES])
    skills = FieldList(FormField(SkillRow), min_entries=SKILL_ROWS)
    description = TextAreaField("Description (optional)")
    active = BooleanField("Open: propose matches and take introductions", default=True)
    skills_problem = None

    def __init__(self, *args, areas=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [SelectChoice("", "Choose a skill...")] + [
            SelectChoice(skill.id, skill.title, optgroup=area.title) for area in areas for skill in area.skills]
        for row in self.skills:
            row.skill.choices = choices

    def fill(self, data):
        """Fill the form from a role's fields (``roles.role_data``), with two spare skill rows."""
        for name in ("title", "company", "track", "level", "location", "remote", "formats", "currency",
                     "description", "active", "salary_min", "salary_max"):
            getattr(self, name).data = data[name]
        self.timezones.data = ", ".join(data["timezones"])
        while len(self.skills) < max(SKILL_ROWS, len(data["skills"]) + 2):
            self.skills.append_entry()
        for row, (skill, minimum) in zip(self.skills, [*data["skills"].items(), *[("", None)] * len(self.skills)]):
            row.skill.data, row.min_score.data = skill, minimum

    def role_data(self):
        """What was typed, as ``roles.clean_role`` takes it."""
        skills = {}
        for row in self.skills:
            if row.skill.data:
                skills[row.skill.data] = row.min_score.data
        zones = [z.strip() for z in (self.timezones.data or "").replace(";", ",").split(",") if z.strip()]
        return {"title": self.title.data, "company": self.company.data, "track": self.track.data,
                "level": self.level.data, "location": self.location.data, "remote": self.remote.data,
                "timezones": zones, "formats": self.formats.data or [], "salary_min": self.salary_min.data,
                "salary_max": self.salary_max.data, "currency": self.currency.data, "skills": skills,
                "description": self.description.data, "active": self.active.data}

    def add_problem(self, field, message):
        """Show ``message`` under ``field`` (a name of ``clean_role``'s fields)."""
        if field == "skills":
            self.skills_problem = message
            return
        target = getattr(self, field, None) or self.title
        target.errors = [*target.errors, message]


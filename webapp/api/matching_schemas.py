"""Marshmallow schemas of the Match Day calls (roles, matches, decisions, answers, the fairness report)."""

from marshmallow import Schema, fields, validate

from ..models.matching import ROLE_LEVELS, ROLE_TRACKS
from ..models.users import INTERNSHIP_FORMATS
from ..services.profiles import CURRENCIES
from ..services.roles import MAX_SALARY
from .schemas import PageQuery

MATCH_STATUSES = ("proposed", "confirmed", "rejected", "left_out")
SALARY_REQUIRED = {"required": "State the hourly salary range up front: both salary_min and salary_max."}


class PagedSchema(Schema):
    """What every page of a list carries beside its ``items``."""

    page = fields.Integer()
    pages = fields.Integer()
    total = fields.Integer()


class RoleInputSchema(Schema):
    """``POST /roles`` and ``PUT /roles/{id}``: a role with its committed hourly range and needed skills."""

    title = fields.String(required=True, validate=validate.Length(min=1, max=200))
    company = fields.String(required=True, validate=validate.Length(min=1, max=200))
    track = fields.String(required=True, validate=validate.OneOf(ROLE_TRACKS))
    level = fields.String(required=True, validate=validate.OneOf(ROLE_LEVELS))
    location = fields.String(load_default="", validate=validate.Length(max=200),
                             metadata={"description": "the city of an on-site role ('City, Country')"})
    remote = fields.Boolean(load_default=False)
    timezones = fields.List(fields.String(), load_default=list, metadata={
        "description": "remote roles: IANA zones or region prefixes such as 'Europe/'; empty: any"})
    formats = fields.List(fields.String(validate=validate.OneOf(INTERNSHIP_FORMATS)), load_default=list,
                          metadata={"description": "internship formats offered; empty: any"})
    salary_min = fields.Float(required=True, validate=validate.Range(min=0, max=MAX_SALARY),
                              error_messages=SALARY_REQUIRED, metadata={"description": "hourly"})
    salary_max = fields.Float(required=True, validate=validate.Range(min=0, max=MAX_SALARY),
                              error_messages=SALARY_REQUIRED, metadata={"description": "hourly, at least salary_min"})
    currency = fields.String(required=True, validate=validate.OneOf(CURRENCIES))
    skills = fields.Dict(keys=fields.String(), values=fields.Raw(metadata={"type": "integer", "minimum": 0,
                                                                           "maximum": 100}),
                         required=True, metadata={"description": "skill id -> minimum vetted score, a whole number "
                                                                "0-100 (checked by the service)"})
    description = fields.String(load_default="", validate=validate.Length(max=5000))
    active = fields.Boolean(load_default=True, metadata={"description": "false closes the role (matches frozen)"})


class RoleSchema(Schema):
    """A role as the API shows it."""

    id = fields.Integer()
    recruiter_id = fields.Integer()
    title = fields.String()
    company = fields.String()
    track = fields.String()
    level = fields.String()
    location = fields.String()
    remote = fields.Boolean()
    timezones = fields.List(fields.String())
    formats = fields.List(fields.String())
    salary_min = fields.Float()
    salary_max = fields.Float()
    currency = fields.String()
    skills = fields.Dict(keys=fields.String(), values=fields.Integer())
    description = fields.String()
    active = fields.Boolean()
    created_at = fields.String()


class RoleListSchema(PagedSchema):
    """A page of roles."""

    items = fields.List(fields.Nested(RoleSchema))


class MatchQuery(PageQuery):
    """Filters of ``GET /roles/{id}/matches``."""

    status = fields.String(validate=validate.OneOf(MATCH_STATUSES), metadata={
        "description": "proposed, confirmed, rejected, or left_out (kept out by a filter; not stored)"})


class MatchSchema(Schema):
    """A ranked candidate: score, why, what is missing, and the human decision."""

    rank = fields.Integer(allow_none=True, metadata={"description": "1 is the best; null for left_out"})
    candidate_id = fields.Integer()
    score = fields.Float()
    qualified = fields.Boolean(metadata={"description": "every needed skill at or above its minimum"})
    explanation = fields.List(fields.Dict(), metadata={
        "description": "per needed skill with vetted evidence: skill, title, score, confidence, min_score, met, "
                       "contribution, evidence (submission ids), text"})
    missing = fields.List(fields.Dict(), metadata={
        "description": "skills below the minimum or without vetted evidence (kind 'skill'), and filter notes "
                       "(kind 'filter': filter, passed, text)"})
    status = fields.String(metadata={"description": "proposed, confirmed, rejected or left_out"})
    note = fields.String(allow_none=True)
    decided_by = fields.Integer(allow_none=True)
    decided_at = fields.String(allow_none=True)
    response = fields.String(allow_none=True, metadata={"description": "the candidate's answer: pending, "
                                                                       "accepted or declined"})
    responded_at = fields.String(allow_none=True)


class MatchListSchema(PagedSchema):
    """A page of a role's matches, with how many there are of each status."""

    items = fields.List(fields.Nested(MatchSchema))
    counts = fields.Dict(keys=fields.String(), values=fields.Integer())


class DecisionSchema(Schema):
    """``POST /roles/{id}/matches/{candidate_id}``."""

    decision = fields.String(required=True, validate=validate.OneOf(("confirm", "reject")))
    note = fields.String(required=True, validate=validate.Length(max=2000),
                         error_messages={"required": "Write a note saying why you confirm or reject this match."})


class FairnessRowSchema(Schema):
    """One group of the fairness report."""

    group = fields.String()
    pool = fields.Integer()
    matched = fields.Integer()
    confirmed = fields.Integer()
    accepted = fields.Integer()
    match_rate = fields.Float(allow_none=True)
    confirmation_rate = fields.Float(allow_none=True)
    flags = fields.List(fields.String(), metadata={"description": "rates below four fifths of the best group's"})


class FairnessSchema(Schema):
    """A role's fairness report."""

    role_id = fields.Integer()
    totals = fields.Dict(keys=fields.String(), values=fields.Integer())
    by_region = fields.List(fields.Nested(FairnessRowSchema))
    by_format = fields.List(fields.Nested(FairnessRowSchema))
    four_fifths = fields.Float()
    min_group = fields.Integer()


class CandidateMatchSchema(Schema):
    """A role the candidate was confirmed for, with why, and their answer."""

    id = fields.Integer()
    role = fields.Nested(RoleSchema)
    explanation = fields.List(fields.Dict())
    missing = fields.List(fields.Dict())
    confirmed_at = fields.String(allow_none=True)
    response = fields.String()
    responded_at = fields.String(allow_none=True)


class CandidateMatchListSchema(PagedSchema):
    """A page of the candidate's matches."""

    items = fields.List(fields.Nested(CandidateMatchSchema))


class IntroductionAnswerSchema(Schema):
    """``POST /matches/{id}/answer``."""

    answer = fields.String(required=True, validate=validate.OneOf(("accept", "decline")))

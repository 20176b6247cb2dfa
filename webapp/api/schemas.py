"""Marshmallow schemas of the API: what each call takes and answers (the OpenAPI document is built from them)."""

from marshmallow import Schema, fields, validate

from ..models.questions import KINDS


class ApiErrorSchema(Schema):
    """Every error: one sentence and the HTTP status."""

    error = fields.String(required=True)
    status = fields.Integer(required=True)


class QuestionQuery(Schema):
    """Filters of ``GET /questions``."""

    type = fields.String(validate=validate.OneOf(KINDS), metadata={"description": "coding, quiz or takehome"})
    skill = fields.String(metadata={"description": "a skill id such as algorithms.graphs"})
    difficulty = fields.String(validate=validate.OneOf(("easy", "medium", "hard")))
    q = fields.String(metadata={"description": "words to search for"})
    page = fields.Integer(load_default=1, validate=validate.Range(min=1))
    per_page = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))


class QuestionSummarySchema(Schema):
    """A question in a list."""

    id = fields.String(required=True, metadata={"description": "the bank's id"})
    type = fields.String(required=True, metadata={"description": "coding, quiz or takehome"})
    item_type = fields.String(metadata={"description": "pass-fail/scoring, the quiz item type, or notebook"})
    title = fields.String()
    difficulty = fields.String()
    skills = fields.List(fields.String())
    estimated_minutes = fields.Integer(allow_none=True)


class QuestionListSchema(Schema):
    """A page of questions."""

    items = fields.List(fields.Nested(QuestionSummarySchema))
    page = fields.Integer()
    pages = fields.Integer()
    total = fields.Integer()


class QuestionSchema(QuestionSummarySchema):
    """One question with its public content (statement, samples, starters, options...)."""

    content = fields.Dict(metadata={"description": "the public part of the current version"})


class RunSchema(Schema):
    """``POST /runs``."""

    question_id = fields.String(required=True)
    language = fields.String(required=True, validate=validate.OneOf(("python", "c", "cpp", "java")))
    source = fields.String(required=True)
    stdin = fields.String(load_default=None, allow_none=True)


class SampleRunSchema(Schema):
    """One run on a sample (``expected`` given) or on custom input."""

    name = fields.String()
    verdict = fields.String()
    input = fields.String()
    output = fields.String()
    stderr = fields.String()
    expected = fields.String(allow_none=True)
    feedback = fields.String()
    cpu_time = fields.Float()
    memory_kb = fields.Integer()


class RunResultSchema(Schema):
    """What a Run gives back: the compilation and each run."""

    verdict = fields.String()
    compile_output = fields.String()
    time_limit = fields.Float()
    memory_mb = fields.Integer()
    runs = fields.List(fields.Nested(SampleRunSchema))


class SubmissionCreateSchema(Schema):
    """``POST /submissions`` as JSON: code (``source`` or ``files``) or a quiz ``answer``."""

    question_id = fields.String(required=True)
    language = fields.String(validate=validate.OneOf(("python", "c", "cpp", "java")))
    source = fields.String()
    files = fields.Dict(keys=fields.String(), values=fields.String())
    answer = fields.Raw(allow_none=True)
    client_token = fields.String(validate=validate.Length(max=64),
                                 metadata={"description": "optional: the same token twice gives one submission"})


class SubmissionCreatedSchema(Schema):
    """The answer to ``POST /submissions`` (202)."""

    id = fields.Integer(required=True)
    status = fields.String(required=True)


class SubmissionSchema(Schema):
    """``GET /submissions/{id}``: the status and the caller's view of the result."""

    id = fields.Integer(required=True)
    question_id = fields.String(required=True)
    status = fields.String(required=True, metadata={"description": "queued, running, graded or failed"})
    verdict = fields.String(allow_none=True)
    score = fields.Float(allow_none=True)
    max_score = fields.Float(allow_none=True)
    tests = fields.Raw(allow_none=True, metadata={"description": "coding: the viewer's per-test results"})
    result = fields.Raw(allow_none=True, metadata={"description": "the viewer's view of the whole result"})
    delay_reason = fields.String()
    created_at = fields.DateTime()
    graded_at = fields.DateTime(allow_none=True)


class SubmissionListSchema(Schema):
    """A page of the caller's submissions."""

    items = fields.List(fields.Nested(SubmissionSchema))
    page = fields.Integer()
    pages = fields.Integer()
    total = fields.Integer()


class PageQuery(Schema):
    """Pagination."""

    page = fields.Integer(load_default=1, validate=validate.Range(min=1))
    per_page = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))


class SignalSchema(Schema):
    """One skill's signal."""

    skill = fields.String()
    score = fields.Float(allow_none=True)
    confidence = fields.Float()
    evidence_weight = fields.Integer()
    evidence = fields.List(fields.Dict())
    pending = fields.List(fields.Integer())
    computed_at = fields.String(allow_none=True)


class SignalsSchema(Schema):
    """A candidate's signals, practice and vetted apart."""

    candidate_id = fields.Integer()
    practice = fields.List(fields.Nested(SignalSchema))
    vetted = fields.List(fields.Nested(SignalSchema))


class BlueprintSchema(Schema):
    """An assessment blueprint: its sections and what they draw."""

    id = fields.String()
    title = fields.String()
    kind = fields.String(metadata={"description": "vetting or mock"})
    level = fields.String(allow_none=True)
    track = fields.String(allow_none=True)
    stage = fields.String(allow_none=True)
    sections = fields.List(fields.Dict())


class BlueprintListSchema(Schema):
    """Every blueprint."""

    items = fields.List(fields.Nested(BlueprintSchema))


class InviteCreateSchema(Schema):
    """``POST /invites``."""

    blueprint_id = fields.String(required=True)
    email = fields.Email(load_default=None, allow_none=True)
    expires_at = fields.AwareDateTime(load_default=None, allow_none=True)
    note = fields.String(load_default="", validate=validate.Length(max=300))


class InviteSchema(Schema):
    """A created invite."""

    id = fields.Integer()
    token = fields.String()
    url = fields.String()


class AttemptCreateSchema(Schema):
    """``POST /attempts``."""

    invite_token = fields.String(required=True)


class AttemptItemSchema(Schema):
    """A question of an attempt."""

    question_id = fields.String()
    type = fields.String(metadata={"description": "coding, quiz or takehome"})
    saved_at = fields.String(allow_none=True)


class AttemptSectionSchema(Schema):
    """A section of an attempt: its deadline once started, its score once graded."""

    id = fields.String()
    kind = fields.String()
    title = fields.String()
    state = fields.String(metadata={"description": "upcoming, running or closed"})
    minutes = fields.Integer(allow_none=True)
    deadline_hours = fields.Integer(allow_none=True)
    deadline = fields.String(allow_none=True)
    score = fields.Float(allow_none=True)
    items = fields.List(fields.Nested(AttemptItemSchema))


class AttemptSchema(Schema):
    """An attempt: ``open``, ``grading`` or ``graded``, with per-section scores once graded."""

    id = fields.Integer()
    blueprint_id = fields.String()
    kind = fields.String()
    status = fields.String()
    score = fields.Float(allow_none=True)
    started_at = fields.String()
    finished_at = fields.String(allow_none=True)
    sections = fields.List(fields.Nested(AttemptSectionSchema))


class AnswerSchema(Schema):
    """``PUT /attempts/{id}/answers/{question_id}``: a quiz ``answer`` or code (``language``, ``source``)."""

    answer = fields.Raw(allow_none=True)
    language = fields.String()
    source = fields.String()


class SavedSchema(Schema):
    """A saved answer."""

    question_id = fields.String()
    saved_at = fields.String()
    saves = fields.Integer()


class CandidateQuery(Schema):
    """Filters of ``GET /candidates``."""

    skill = fields.String()
    min_score = fields.Float(validate=validate.Range(min=0, max=100))
    vetted = fields.Boolean(load_default=False)
    location = fields.String()
    max_salary = fields.Float(validate=validate.Range(min=0))
    level = fields.String()
    track = fields.String()
    format = fields.String()
    q = fields.String()
    sort = fields.String(validate=validate.OneOf(("recent", "score", "name")))
    blind = fields.Boolean(load_default=False, metadata={"description": "1: leave out every identifying field"})
    page = fields.Integer(load_default=1, validate=validate.Range(min=1))
    per_page = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))


class CandidateListSchema(Schema):
    """A page of candidates (cards: see docs/api.md for the fields blind mode leaves out)."""

    items = fields.List(fields.Dict())
    page = fields.Integer()
    pages = fields.Integer()
    total = fields.Integer()


class OverrideSchema(Schema):
    """``POST /submissions/{id}/override``."""

    score = fields.Float(required=True)
    reason = fields.String(load_default="")


class AuditEntrySchema(Schema):
    """One change of a submission's grade."""

    id = fields.Integer()
    action = fields.String()
    actor = fields.String(allow_none=True)
    before = fields.Dict()
    after = fields.Dict()
    reason = fields.String()
    created_at = fields.String()


class AuditSchema(Schema):
    """A submission's audit trail, oldest first."""

    submission_id = fields.Integer()
    items = fields.List(fields.Nested(AuditEntrySchema))

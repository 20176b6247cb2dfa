"""The database models, one module per aggregate (SQLAlchemy 2 style, Flask-SQLAlchemy 3).

* ``users``: users with their role, candidate profiles, API tokens;
* ``questions``: questions synced from the bank, and one version per content hash;
* ``submissions``: submissions, their results (rejudges keep the old ones) and drafts;
* ``signals``: the stored per-skill vetting signals of each candidate, with their evidence;
* ``attempts``: vetting invites, attempts (vetting or mock) with sections, items and integrity records;
* ``reviews``: comments, the append-only audit trail, similarity flags and rejudges;
* ``matching``: roles with their salary ranges and needed skills, and proposed matches.
"""

from .attempts import Attempt, AttemptItem, AttemptSection, IntegrityEvent, Invite

from .matching import Match, Role
from .questions import Question, QuestionVersion
from .reviews import AuditEntry, Comment, Rejudge, SimilarityFlag
from .signals import SignalRecord
from .submissions import Draft, Result, Submission
from .users import ApiToken, Profile, User

__all__ = ["ApiToken", "Attempt", "AttemptItem", "AttemptSection", "AuditEntry", "Comment", "Draft", "IntegrityEvent",
           "Invite", "Match", "Rejudge", "Role", "SimilarityFlag", "Profile", "Question", "QuestionVersion", "Result", "SignalRecord", "Submission",
           "User"]

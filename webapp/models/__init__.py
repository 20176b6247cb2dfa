"""The database models, one module per aggregate (SQLAlchemy 2 style, Flask-SQLAlchemy 3).

* ``users``: users with their role, candidate profiles, API tokens;
* ``questions``: questions synced from the bank, and one version per content hash;
* ``submissions``: submissions, their results (rejudges keep the old ones) and drafts;
* ``signals``: the stored per-skill vetting signals of each candidate, with their evidence.
"""

from .questions import Question, QuestionVersion
from .signals import SignalRecord
from .submissions import Draft, Result, Submission
from .users import ApiToken, Profile, User

__all__ = ["ApiToken", "Draft", "Profile", "Question", "QuestionVersion", "Result", "SignalRecord", "Submission",
           "User"]

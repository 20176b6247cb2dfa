"""The grader's exceptions: one base, turned into an exit code or HTTP status only at the edge."""


class GraderError(Exception):
    """Grading cannot start: the message names the file and says what is wrong (never a candidate's verdict)."""


class ProblemError(GraderError):
    """A problem package is unusable as it is (malformed problem.yaml, a missing test file, ...).

    ``findings`` holds every error found (``question_bank.findings.Finding``) when there were several.
    """

    def __init__(self, message, findings=()):
        super().__init__(message)
        self.findings = tuple(findings)


class SubmissionError(GraderError):
    """A submission cannot be judged as it is (empty, not UTF-8, unknown language, ...)."""

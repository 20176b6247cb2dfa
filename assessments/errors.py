"""The assessments package's one exception, turned into an exit code or HTTP status only at the edge."""


class BlueprintError(Exception):
    """A blueprint cannot be read, or a pool cannot satisfy it: the message says what and what to do.

    ``findings`` holds every problem (each a ``question_bank.Finding``) when a file was invalid.
    """

    def __init__(self, message, findings=()):
        super().__init__(message)
        self.findings = tuple(findings)

"""The question bank's exceptions: one base, turned into an exit code or HTTP status only at the edge."""


class BankError(Exception):
    """The bank cannot be read as it is: the message names the file, the line and what to fix.

    ``findings`` holds every problem found (each a ``Finding``) when there were several.
    """

    def __init__(self, message, findings=()):
        super().__init__(message)
        self.findings = tuple(findings)


class ExpressionError(BankError):
    """A ``computation`` expression is refused by the safe evaluator or fails to evaluate."""

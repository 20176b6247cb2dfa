"""One problem found in the bank: severity, file, line and a sentence saying what is wrong and what to do."""

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"
SEVERITIES = (ERROR, WARNING)


@dataclass(frozen=True)
class Finding:
    """An error or warning about one place in the bank (``line`` is 1-based, ``None`` for a whole file)."""

    severity: str
    file: str
    line: int | None
    message: str

    def __post_init__(self):
        if self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, not {self.severity!r}")

    @property
    def is_error(self):
        """True for an error (the bank is unusable), False for a warning."""
        return self.severity == ERROR

    def sort_key(self):
        """Order by file, then line (whole-file findings first), then severity and message."""
        return (self.file, self.line or 0, self.severity, self.message)

    def format(self):
        """``file:line: severity: message`` (no line part for a whole-file finding)."""
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.severity}: {self.message}"

    def to_json(self):
        """The finding as a JSON-ready object with ``file``, ``line`` and ``message``."""
        return {"file": self.file, "line": self.line, "message": self.message}


def error(file, line, message):
    """An error finding."""
    return Finding(ERROR, str(file), line, message)


def warning(file, line, message):
    """A warning finding."""
    return Finding(WARNING, str(file), line, message)

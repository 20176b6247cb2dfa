"""The bank check's ``Report``: every error and warning found, never stopping at the first.

Checkers call ``report.error(file, line, message)`` / ``report.warning(...)`` (``line`` is
1-based, or None for a whole file) with one sentence saying what is wrong and what to do,
``report.claim_id(...)`` so ids stay unique across every kind of item, and
``report.count_checked(kind, n)`` so the summary says how much was checked.
"""

from collections import Counter

from .findings import ERROR, WARNING, Finding


class Report:
    """Collects findings from every checker; ``ok`` is True when there is no error."""

    def __init__(self):
        self._findings = []
        self._ids = {}
        self.checked = Counter()

    def add(self, finding):
        """Record a ``Finding``."""
        self._findings.append(finding)

    def extend(self, findings):
        """Record several findings."""
        for finding in findings:
            self.add(finding)

    def error(self, file, line, message):
        """Record an error: the bank cannot be used until it is fixed."""
        self.add(Finding(ERROR, str(file), line, message))

    def warning(self, file, line, message):
        """Record a warning: the bank works, but something looks wrong."""
        self.add(Finding(WARNING, str(file), line, message))

    def claim_id(self, item_id, file, line, kind="item"):
        """Register an id; records an error and returns False when another item already uses it."""
        if item_id in self._ids:
            first_file, first_line = self._ids[item_id]
            self.error(file, line, f"{kind} id '{item_id}' is already used at {first_file}:{first_line}; "
                                   "give each item a unique id")
            return False
        self._ids[item_id] = (str(file), line)
        return True

    def count_checked(self, kind, number):
        """Note that ``number`` items of ``kind`` (quiz, coding, takehome...) were checked."""
        self.checked[kind] += number

    @property
    def findings(self):
        """Every finding, sorted by file and line."""
        return sorted(self._findings, key=Finding.sort_key)

    @property
    def errors(self):
        """The errors, sorted by file and line."""
        return [f for f in self.findings if f.is_error]

    @property
    def warnings(self):
        """The warnings, sorted by file and line."""
        return [f for f in self.findings if not f.is_error]

    @property
    def ok(self):
        """True when no error was found (warnings allowed)."""
        return not any(f.is_error for f in self._findings)

    def summary(self):
        """The count line, e.g. ``checked 12 quiz items: 1 error, 2 warnings``."""
        checked = ", ".join(f"{n} {kind} item{'s' if n != 1 else ''}" for kind, n in sorted(self.checked.items()))
        errors, warnings = len(self.errors), len(self.warnings)
        counts = f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}"
        return f"checked {checked or 'nothing'}: {counts}"

    def lines(self):
        """Every finding as ``file:line: severity: message``, then the count line."""
        return [finding.format() for finding in self.findings] + [self.summary()]

    def to_json(self):
        """``{"errors": [...], "warnings": [...], "ok": bool, "checked": {...}}``, findings as file/line/message."""
        return {"errors": [f.to_json() for f in self.errors], "warnings": [f.to_json() for f in self.warnings],
                "ok": self.ok, "checked": dict(sorted(self.checked.items()))}

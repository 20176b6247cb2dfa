"""Read typed fields out of a ``YamlMap``, recording one clear finding per problem instead of raising.

A ``Fields`` reader wraps one mapping (an item, an option, a skill...).  Each accessor
returns the value, or ``None`` after recording an error that names the key, its line, what
is wrong and what to write instead.  Parsers call every accessor they need, so one pass
reports every problem of a mapping.
"""

import math

from .findings import error, warning
from .yamlsource import YamlList, YamlMap

#: Longest number text we try to parse (a longer "number" is a typo, not a value).
MAX_NUMBER_CHARS = 64


def parse_number(value):
    """A finite int or float from a YAML number or numeric text, else None (booleans are not numbers)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str) and len(value.strip()) <= MAX_NUMBER_CHARS:
        text = value.strip()
        try:
            return int(text)
        except ValueError:
            pass
        try:
            number = float(text)
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def describe(value):
    """A short description of a YAML value for messages: its text, or its kind for a list or mapping."""
    if isinstance(value, YamlMap):
        return "a mapping"
    if isinstance(value, YamlList):
        return "a list"
    if value is None:
        return "empty"
    return repr(value) if isinstance(value, str) else str(value)


class Fields:
    """Typed access to the keys of one mapping, collecting findings into ``findings``."""

    def __init__(self, mapping, file, context, findings):
        self.mapping = mapping
        self.file = str(file)
        self.context = context
        self.findings = findings

    def error(self, key, message):
        """Record an error at ``key``'s line (the mapping's line when ``key`` is None or absent)."""
        self.findings.append(error(self.file, self.line(key), f"{self.context}: {message}"))

    def warn(self, key, message):
        """Record a warning at ``key``'s line."""
        self.findings.append(warning(self.file, self.line(key), f"{self.context}: {message}"))

    def line(self, key=None):
        """The line of ``key`` (or of the mapping)."""
        return self.mapping.line_of(key) if key is not None else self.mapping.line

    def has(self, key):
        """True when ``key`` is present with a non-empty value."""
        return self.mapping.get(key) is not None

    def check_keys(self, required, optional=()):
        """Record an error for each missing required key and each unknown key."""
        for key in required:
            if key not in self.mapping:
                self.error(None, f"required key '{key}' is missing; add it")
        allowed = set(required) | set(optional)
        for key in self.mapping:
            if key not in allowed:
                self.error(key, f"unknown key '{key}'; allowed keys are {', '.join(sorted(allowed))}")

    def text(self, key, required=True):
        """A non-empty text value (any scalar, read as its source text), else None."""
        if key not in self.mapping:
            return None
        value = self.mapping[key]
        if isinstance(value, (YamlMap, YamlList)):
            self.error(key, f"'{key}' is {describe(value)}; write it as text")
            return None
        text = "" if value is None else (value if isinstance(value, str) else self.mapping.raw.get(key) or str(value))
        if not text.strip():
            if required:
                self.error(key, f"'{key}' is empty; write its text")
            return None
        return text

    def number(self, key, minimum=None, positive=False):
        """A finite number (YAML number or numeric text), optionally >= ``minimum`` or > 0, else None."""
        if key not in self.mapping:
            return None
        value = self.mapping[key]
        number = parse_number(value)
        if number is None:
            self.error(key, f"'{key}' is {describe(value)}, not a number; write a plain number such as 0.25")
            return None
        if positive and number <= 0:
            self.error(key, f"'{key}' is {number}; it must be greater than 0")
            return None
        if minimum is not None and number < minimum:
            self.error(key, f"'{key}' is {number}; it must be at least {minimum}")
            return None
        return number

    def boolean(self, key):
        """A true/false value, else None."""
        if key not in self.mapping:
            return None
        value = self.mapping[key]
        if not isinstance(value, bool):
            self.error(key, f"'{key}' is {describe(value)}; write true or false")
            return None
        return value

    def mapping_of(self, key):
        """The nested mapping at ``key``, else None."""
        if key not in self.mapping:
            return None
        value = self.mapping[key]
        if not isinstance(value, YamlMap):
            self.error(key, f"'{key}' is {describe(value)}; write it as a mapping of keys to values")
            return None
        return value

    def list_of(self, key, allow_empty=False):
        """The list at ``key`` (non-empty unless ``allow_empty``), else None."""
        if key not in self.mapping:
            return None
        value = self.mapping[key]
        if not isinstance(value, YamlList):
            hint = f", e.g. [{value}]" if isinstance(value, (str, int, float)) else ""
            self.error(key, f"'{key}' is {describe(value)}; write it as a list{hint}")
            return None
        if not value and not allow_empty:
            self.error(key, f"'{key}' is an empty list; give at least one entry")
            return None
        return value

    def texts(self, key, allow_empty=False):
        """A list of non-empty texts (each scalar read as its source text), else None."""
        values = self.list_of(key, allow_empty)
        if values is None:
            return None
        result = []
        for index, value in enumerate(values):
            if isinstance(value, (YamlMap, YamlList)) or value is None or not str(value).strip():
                self.findings.append(error(self.file, values.line_of(index),
                                           f"{self.context}: entry {index + 1} of '{key}' is {describe(value)}; "
                                           "write it as non-empty text"))
                return None
            result.append(value if isinstance(value, str) else values.raw[index])
        return tuple(result)

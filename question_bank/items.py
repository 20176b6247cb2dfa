"""Quiz items as small frozen dataclasses, one class per type (docs/formats-quiz.md).

Every item carries the common fields and a ``Location`` (file and line of the item) so
errors and feedback can point back to the source.
"""

import re
import warnings
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation, localcontext

from .rounding import Rounding

SINGLE_CHOICE = "single_choice"
MULTIPLE_CHOICE = "multiple_choice"
NUMERIC = "numeric"
SHORT_ANSWER = "short_answer"
FREE_TEXT = "free_text"
#: Every quiz item type, in the order the format page lists them.
ITEM_TYPES = (SINGLE_CHOICE, MULTIPLE_CHOICE, NUMERIC, SHORT_ANSWER, FREE_TEXT)
#: Difficulty levels, easiest first.
DIFFICULTIES = ("easy", "medium", "hard")
#: An item's weight in a section when it names no ``points`` (free text: its rubric's sum).
DEFAULT_POINTS = 1
#: Multiple choice: a wrong pick costs this fraction of a correct pick's worth unless ``penalty`` says otherwise.
DEFAULT_PENALTY = 1.0
#: Minutes a candidate needs for an item without ``estimated_minutes``, per type, for easy, medium and hard items:
#: reading and choosing takes least, computing a number or writing an explanation most.
DEFAULT_MINUTES = {SINGLE_CHOICE: (1.0, 1.5, 2.0), MULTIPLE_CHOICE: (1.5, 2.0, 2.5), NUMERIC: (2.0, 3.0, 4.0),
                   SHORT_ANSWER: (1.5, 2.0, 2.5), FREE_TEXT: (6.0, 10.0, 15.0)}
#: Significant digits for tolerance arithmetic: far more than any typed number, so comparisons are exact.
DECIMAL_PRECISION = 60


@dataclass(frozen=True)
class Location:
    """Where something is defined: a file and a 1-based line."""

    file: str
    line: int

    def __str__(self):
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Option:
    """One option of a choice item."""

    id: str
    text: str


@dataclass(frozen=True)
class RubricCriterion:
    """One line of a free-text rubric and the points it is worth."""

    criterion: str
    points: int


def to_decimal(value):
    """The exact decimal a person wrote: floats through their shortest repr; None if not a finite number."""
    if isinstance(value, bool):
        return None
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return None
    return number if number.is_finite() else None


@dataclass(frozen=True)
class Tolerance:
    """Accept a value within ``abs`` of the answer, or within ``rel`` times the answer's magnitude (inclusive).

    Comparisons use exact decimal arithmetic on the numbers as written, so an answer exactly on
    the edge (0.51 for 0.5 with abs 0.01) is accepted, free of binary floating-point error.
    """

    abs: float | None = None
    rel: float | None = None

    def accepts(self, value, answer):
        """True when ``value`` (number or numeric text) is within either tolerance of ``answer``."""
        value, answer = to_decimal(value), to_decimal(answer)
        if value is None or answer is None:
            return False
        with localcontext() as context:
            context.prec = DECIMAL_PRECISION
            try:
                gap = abs(value - answer)
                if self.abs is not None and gap <= to_decimal(self.abs):
                    return True
                return self.rel is not None and gap <= to_decimal(self.rel) * abs(answer)
            except ArithmeticError:  # an exponent beyond the decimal range: not within any tolerance
                return False

    def describe(self):
        """The tolerance in words, e.g. ``within 0.01 or within 1%``."""
        parts = []
        if self.abs is not None:
            parts.append(f"within {self.abs:g}")
        if self.rel is not None:
            parts.append(f"within {self.rel * 100:g}%")
        return " or ".join(parts) if parts else "exactly"


@dataclass(frozen=True, kw_only=True)
class QuizItem:
    """Fields common to every quiz item; ``type`` is one of ``ITEM_TYPES``."""

    id: str
    type: str
    prompt: str
    skills: tuple[str, ...]
    difficulty: str
    explanation: str
    points: float = DEFAULT_POINTS
    group: str | None = None
    estimated_minutes: float | None = None
    location: Location = field(default=Location("<memory>", 1), compare=False)

    @property
    def minutes(self) -> float:
        """The time a candidate needs for this item: its own estimate, else the default for its type and level."""
        if self.estimated_minutes is not None:
            return self.estimated_minutes
        return DEFAULT_MINUTES[self.type][DIFFICULTIES.index(self.difficulty)]


@dataclass(frozen=True, kw_only=True)
class SingleChoiceItem(QuizItem):
    """Pick one option; ``answer`` is the correct option's id."""

    options: tuple[Option, ...]
    answer: str


@dataclass(frozen=True, kw_only=True)
class MultipleChoiceItem(QuizItem):
    """Select all that apply; ``answer`` lists the correct option ids; wrong picks cost ``penalty``."""

    options: tuple[Option, ...]
    answer: tuple[str, ...]
    penalty: float = DEFAULT_PENALTY


@dataclass(frozen=True, kw_only=True)
class NumericItem(QuizItem):
    """A number accepted within ``tolerance``; ``computation`` (checked by the bank check) derives it."""

    answer: float
    tolerance: Tolerance
    unit: str | None = None
    computation: str | None = None
    rounding: Rounding | None = None


@dataclass(frozen=True, kw_only=True)
class ShortAnswerItem(QuizItem):
    """A short text matched against ``accepted`` forms and/or a full-match regex ``pattern``."""

    accepted: tuple[str, ...] = ()
    pattern: str | None = None
    case_sensitive: bool = False


@dataclass(frozen=True, kw_only=True)
class FreeTextItem(QuizItem):
    """An essay graded by a recruiter against ``rubric``; ``model_answer`` guides them."""

    rubric: tuple[RubricCriterion, ...]
    model_answer: str


#: The dataclass for each item type.
ITEM_CLASSES = {
    SINGLE_CHOICE: SingleChoiceItem,
    MULTIPLE_CHOICE: MultipleChoiceItem,
    NUMERIC: NumericItem,
    SHORT_ANSWER: ShortAnswerItem,
    FREE_TEXT: FreeTextItem,
}


def normalise_answer(text, case_sensitive=False):
    """A short answer as compared: trimmed, runs of whitespace collapsed to one space, casefolded unless asked."""
    collapsed = " ".join(str(text).split())
    return collapsed if case_sensitive else collapsed.casefold()


def compile_pattern(pattern, case_sensitive=False):
    """A short-answer ``pattern`` compiled as graded: case-insensitive unless ``case_sensitive``.

    Returns ``(regex, warning_messages)``; raises ``re.error`` when the pattern does not compile.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        regex = re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)
    return regex, tuple(str(w.message) for w in caught)

"""How a numeric quiz item asks for its answer to be rounded, and which answers follow that rule.

Every numeric item states its rounding (``rounding:`` in its YAML): ``integer``, ``{decimals: N}``
or ``{significant: N}``.  ``Rounding.instruction()`` is the sentence shown with the prompt.
``Rounding.following(value)`` gives the answers a careful candidate may give for the exact
``value``: the value rounded down and rounded up at that precision (both, since intermediate
rounding or a tie may go either way).  The bank check requires the item's tolerance to accept
every one of them, and the key itself to be written at that precision.
"""

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, localcontext

INTEGER = "integer"
DECIMALS = "decimals"
SIGNIFICANT = "significant"
KINDS = (INTEGER, DECIMALS, SIGNIFICANT)
MAX_DIGITS = 12
"""The most decimals or significant figures an item may ask for."""
PRECISION = 60
"""Decimal digits of working precision (as ``question_bank.items`` uses)."""
EXACT_DIGITS = 12
"""Significant digits of a computed float kept as exact: 0.1 + 0.2 is 0.3, not 0.30000000000000004."""


@dataclass(frozen=True)
class Rounding:
    """A rounding rule: ``kind`` integer, decimals or significant, with ``digits`` (0 for integer)."""

    kind: str
    digits: int = 0

    def instruction(self) -> str:
        """The sentence shown to the candidate, e.g. ``Round to 3 decimal places.``."""
        if self.kind == INTEGER:
            return "Give a whole number."
        unit = "decimal place" if self.kind == DECIMALS else "significant figure"
        return f"Round to {self.digits} {unit}{'s' if self.digits != 1 else ''}."

    def quantum(self, value) -> Decimal:
        """The step of the last kept digit around ``value`` (1 for integers, 0.001 for 3 decimals...)."""
        if self.kind == INTEGER:
            return Decimal(1)
        if self.kind == DECIMALS:
            return Decimal(1).scaleb(-self.digits)
        value = Decimal(value)
        if value == 0:
            return Decimal(1).scaleb(-self.digits)
        return Decimal(1).scaleb(value.copy_abs().adjusted() - self.digits + 1)

    def following(self, value) -> tuple:
        """The answers that follow this rule for the exact ``value``: rounded down and up (one when exact)."""
        value = Decimal(f"{value:.{EXACT_DIGITS}g}") if isinstance(value, float) else Decimal(value)
        with localcontext() as context:
            context.prec = PRECISION
            step = self.quantum(value)
            down = (value / step).to_integral_value(ROUND_FLOOR) * step
            up = (value / step).to_integral_value(ROUND_CEILING) * step
        return (down,) if down == up else (down, up)

    def is_followed_by(self, answer) -> bool:
        """True when ``answer`` (as written) has no digit beyond this rule's precision."""
        answer = Decimal(repr(answer)) if isinstance(answer, float) else Decimal(answer)
        with localcontext() as context:
            context.prec = PRECISION
            return (answer / self.quantum(answer)) % 1 == 0


def parse_rounding(value):
    """A ``Rounding`` from YAML (``integer`` or a one-key mapping), or an error sentence (str)."""
    if value == INTEGER:
        return Rounding(INTEGER)
    if isinstance(value, dict) and len(value) == 1:
        (kind, digits), = value.items()
        if kind in (DECIMALS, SIGNIFICANT) and isinstance(digits, int) and not isinstance(digits, bool):
            low = 1 if kind == SIGNIFICANT else 0
            if low <= digits <= MAX_DIGITS:
                return Rounding(kind, digits)
    return (f"rounding is {value!r}; write 'integer', {{decimals: N}} or {{significant: N}} "
            f"with N from 0 (1 for significant) to {MAX_DIGITS}")

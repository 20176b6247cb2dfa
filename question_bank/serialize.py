"""Quiz items to and from plain JSON-ready dicts, so a database can keep the exact version a grade used.

``item_to_dict(item)`` drops only the source location; ``item_from_dict(data)`` rebuilds
the same frozen dataclass (``item_from_dict(item_to_dict(x)) == x``).
"""

import dataclasses

from .items import ITEM_CLASSES, Option, RubricCriterion, Tolerance
from .rounding import Rounding

_NESTED = {"options": Option, "rubric": RubricCriterion}


def item_to_dict(item):
    """A quiz item as a JSON-ready dict (tuples become lists; the location is left out)."""
    data = dataclasses.asdict(item)
    data.pop("location", None)
    return data


def item_from_dict(data):
    """The quiz item dataclass that ``item_to_dict`` gave ``data`` for."""
    fields = dict(data)
    cls = ITEM_CLASSES[fields["type"]]
    for key, nested in _NESTED.items():
        if key in fields:
            fields[key] = tuple(nested(**value) for value in fields[key])
    if "tolerance" in fields:
        fields["tolerance"] = Tolerance(**fields["tolerance"])
    if fields.get("rounding") is not None:
        fields["rounding"] = Rounding(**fields["rounding"])
    for key in ("skills", "answer", "accepted"):
        if isinstance(fields.get(key), list):
            fields[key] = tuple(fields[key])
    return cls(**fields)

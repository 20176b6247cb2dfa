"""A drawn form: the items one candidate gets, section by section, and the check that it fits its blueprint."""

from collections import Counter
from dataclasses import dataclass

from question_bank.stats import ItemSummary

from .blueprint import DIFFICULTY_ORDER


@dataclass(frozen=True)
class FormSection:
    """The items drawn for one section of a blueprint, easiest first."""

    id: str
    title: str
    kind: str
    minutes: int | None
    deadline_hours: int | None
    items: tuple[ItemSummary, ...]

    @property
    def item_ids(self):
        """The ids of the drawn items, in form order."""
        return tuple(item.id for item in self.items)

    def difficulty_counts(self):
        """Difficulty -> number of drawn items, every level present, easiest first."""
        counts = Counter(item.difficulty for item in self.items)
        return {level: counts.get(level, 0) for level in DIFFICULTY_ORDER}

    def to_json(self):
        """The section as a JSON-ready dict: id, title, kind, timing, item ids and difficulty counts."""
        return {"id": self.id, "title": self.title, "kind": self.kind, "minutes": self.minutes,
                "deadline_hours": self.deadline_hours, "items": list(self.item_ids),
                "difficulty": self.difficulty_counts()}


@dataclass(frozen=True)
class Form:
    """One candidate's form: the blueprint and seed it was drawn with, and its sections."""

    blueprint: str
    seed: int
    pool_digest: str
    sections: tuple[FormSection, ...]

    @property
    def item_ids(self):
        """Every drawn item id, section by section."""
        return tuple(item_id for section in self.sections for item_id in section.item_ids)

    def to_json(self):
        """The form as a JSON-ready dict (``blueprint`` and ``seed`` are enough to rebuild it)."""
        return {"blueprint": self.blueprint, "seed": self.seed, "pool_digest": self.pool_digest,
                "sections": [section.to_json() for section in self.sections]}


def section_problems(section, drawn):
    """Every way the drawn items (ItemSummary list) break ``section``'s rules, as sentences (empty: fits)."""
    problems = [f"{item.kind} item '{item.id}' may not be drawn here" for item in drawn if not section.accepts(item)]
    if len(drawn) != section.count:
        problems.append(f"has {len(drawn)} items instead of {section.count}")
    counts = Counter(section.slot(item) for item in drawn)
    for level, wanted in section.difficulty:
        if counts.get(level, 0) != wanted:
            problems.append(f"has {counts.get(level, 0)} {level} items instead of {wanted}")
    groups = Counter(item.group for item in drawn if item.group)
    problems += [f"draws {number} items of group '{group}'" for group, number in sorted(groups.items()) if number > 1]
    for rule in section.require:
        found = sum(1 for item in drawn if rule.matches(item))
        if found < rule.minimum:
            problems.append(f"has {found} item(s) where the rule asks for {rule.describe()}")
    if len({item.id for item in drawn}) != len(drawn):
        problems.append("draws an item twice")
    return [f"section '{section.id}' {problem}" for problem in problems]


def form_problems(form, blueprint):
    """Every way ``form`` breaks ``blueprint`` (empty when it satisfies it), as sentences."""
    if form.blueprint != blueprint.id or len(form.sections) != len(blueprint.sections):
        return [f"form of '{form.blueprint}' does not have the sections of blueprint '{blueprint.id}'"]
    problems = [p for drawn, section in zip(form.sections, blueprint.sections)
                for p in section_problems(section, list(drawn.items))]
    ids = [(item.kind, item.id) for section in form.sections for item in section.items]
    if len(set(ids)) != len(ids):
        problems.append("an item appears in two sections")
    groups = Counter(item.group for section in form.sections for item in section.items if item.group)
    problems += [f"group '{group}' is drawn {number} times" for group, number in sorted(groups.items()) if number > 1]
    return problems

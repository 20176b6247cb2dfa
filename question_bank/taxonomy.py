"""The skill taxonomy (``skills.yaml``): areas, each with skills; a skill's id is ``AREA.SKILL``.

``load_taxonomy(path=None)`` returns a ``Taxonomy`` or raises ``BankError`` naming every
problem; ``read_taxonomy(path)`` returns ``(taxonomy_or_None, findings)`` for the checker.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import BankError
from .fields import Fields, describe
from .findings import error
from .paths import SKILLS_FILE, skills_path
from .yamlsource import YamlList, YamlMap, read_yaml

#: Area and skill slugs: lowercase words joined by hyphens.
SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: Separates the area from the skill in a full skill id.
SKILL_SEPARATOR = "."


@dataclass(frozen=True)
class Skill:
    """One skill: ``id`` is the full ``AREA.SKILL`` id items use."""

    id: str
    area: str
    title: str
    description: str


@dataclass(frozen=True)
class Area:
    """One area of the taxonomy and its skills, in file order."""

    id: str
    title: str
    skills: tuple[Skill, ...]


@dataclass(frozen=True)
class Taxonomy:
    """All areas in file order, with lookups by full skill id."""

    areas: tuple[Area, ...]

    @property
    def skills(self):
        """Every skill, area by area, in file order."""
        return tuple(skill for area in self.areas for skill in area.skills)

    @property
    def skill_ids(self):
        """The set of full skill ids."""
        return frozenset(skill.id for skill in self.skills)

    def __contains__(self, skill_id):
        return skill_id in self.skill_ids

    def get(self, skill_id):
        """The ``Skill`` with this full id, or None."""
        return next((skill for skill in self.skills if skill.id == skill_id), None)


def _slug(fields, key, what):
    value = fields.text(key)
    if value is not None and not SLUG_PATTERN.fullmatch(value):
        fields.error(key, f"{what} id {value!r} is not lowercase words joined by hyphens; rename it, e.g. 'hash-maps'")
        return None
    return value


def _parse_skill(mapping, area_id, file, findings):
    fields = Fields(mapping, file, f"skill in area '{area_id}'", findings)
    fields.check_keys(("id", "title", "description"))
    slug = _slug(fields, "id", "skill")
    title, description = fields.text("title"), fields.text("description")
    if None in (slug, title, description):
        return None
    return Skill(f"{area_id}{SKILL_SEPARATOR}{slug}", area_id, title, description)


def _parse_area(mapping, file, findings):
    fields = Fields(mapping, file, "area", findings)
    area_id, title = _slug(fields, "id", "area"), fields.text("title")
    fields.context = f"area '{area_id}'" if area_id else f"area at line {mapping.line}"
    fields.check_keys(("id", "title", "skills"))
    entries = fields.list_of("skills") or ()
    skills = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, YamlMap):
            fields.findings.append(error(file, entries.line_of(index),
                                         f"area '{area_id}': skill {index + 1} is {describe(entry)}; "
                                         "write it as {id, title, description}"))
            continue
        skill = _parse_skill(entry, area_id, file, findings)
        if skill is not None:
            skills.append((skill, entry.line_of("id")))
    if area_id is None or title is None:
        return None
    _report_duplicates([(s.id, line) for s, line in skills], file, "skill", findings)
    return Area(area_id, title, tuple(s for s, _ in skills))


def _report_duplicates(ids_and_lines, file, what, findings):
    seen = {}
    for item_id, line in ids_and_lines:
        if item_id in seen:
            findings.append(error(file, line, f"{what} id '{item_id}' is already used on line {seen[item_id]}; "
                                              "give each a unique id"))
        else:
            seen[item_id] = line


def parse_taxonomy(data, file):
    """Build a ``Taxonomy`` from parsed YAML; returns ``(taxonomy_or_None, findings)``."""
    findings = []
    if not isinstance(data, YamlMap) or not isinstance(data.get("areas"), YamlList):
        line = data.line if isinstance(data, (YamlMap, YamlList)) else None
        return None, [error(file, line, "must be a mapping with a list under 'areas:'; see docs/formats-quiz.md")]
    Fields(data, file, "taxonomy", findings).check_keys(("areas",))
    areas = []
    for index, entry in enumerate(data["areas"]):
        if not isinstance(entry, YamlMap):
            findings.append(error(file, data["areas"].line_of(index),
                                  f"area {index + 1} is {describe(entry)}; write it as {{id, title, skills}}"))
            continue
        area = _parse_area(entry, file, findings)
        if area is not None:
            areas.append((area, entry.line_of("id")))
    _report_duplicates([(a.id, line) for a, line in areas], file, "area", findings)
    return Taxonomy(tuple(a for a, _ in areas)), findings


def read_taxonomy(path=None):
    """Read the taxonomy at ``path`` (a ``skills.yaml`` or a bank folder; default bank if None), leniently."""
    path = Path(path) if path is not None else skills_path()
    if path.is_dir():
        path = path / SKILLS_FILE
    data, findings = read_yaml(path)
    if data is None:
        return None, findings or [error(path, None, "is empty; list the areas under 'areas:'")]
    taxonomy, more = parse_taxonomy(data, str(path))
    return taxonomy, findings + more


def load_taxonomy(path=None):
    """The ``Taxonomy`` at ``path`` (default: the bank's ``skills.yaml``); ``BankError`` lists every problem."""
    taxonomy, findings = read_taxonomy(path)
    errors = [f for f in findings if f.is_error]
    if errors or taxonomy is None:
        raise BankError("the skill taxonomy has errors:\n" + "\n".join(f.format() for f in errors), errors)
    return taxonomy

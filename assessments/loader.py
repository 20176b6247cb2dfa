"""Read and check blueprint files (``assessments/blueprints/*.yaml``), reporting every problem at once.

``read_blueprint_file(path)`` and ``read_blueprints(folder)`` return ``(value, findings)``;
``load_blueprints`` / ``get_blueprint`` raise ``BlueprintError`` listing every error;
``check_blueprints`` fills a ``question_bank.Report``.  Findings follow the bank checker's
conventions: file, 1-based line and one sentence saying what is wrong and what to do.
Skills and areas are checked against the bank's taxonomy.  Format: docs/formats-blueprints.md.
"""

import re
from pathlib import Path

from question_bank import Report, read_taxonomy
from question_bank.fields import Fields, describe, parse_number
from question_bank.findings import error
from question_bank.items import DIFFICULTIES
from question_bank.paths import skills_path
from question_bank.yamlsource import YamlList, YamlMap, read_yaml

from .blueprint import (ANY, BLUEPRINT_KINDS, ITEM_TYPES_BY_KIND, LEVELS, MOCK, QUIZ, SECTION_KINDS, STAGE_ITEM_TYPES,
                        STAGE_SECTION_KINDS, STAGES, TAKEHOME, TRACKS, VETTING, Blueprint, Exclusions, Rule, Section)
from .errors import BlueprintError
from .mix import exact, is_counts, resolve_counts, resolve_proportions

#: The blueprints shipped with vetkit.
BLUEPRINT_DIR = Path(__file__).resolve().parent / "blueprints"
#: Blueprint files end with this suffix.
BLUEPRINT_SUFFIX = ".yaml"
#: Ids are lowercase words joined by hyphens.
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TOP_REQUIRED = ("id", "title", "kind", "sections")
TOP_OPTIONAL = ("description", "level", "track", "stage")
SECTION_REQUIRED = ("id", "title", "kind", "count", "difficulty")
SECTION_OPTIONAL = ("minutes", "deadline_hours", "types", "require", "exclude")
RULE_REQUIRED, RULE_OPTIONAL = ("min",), ("skills", "areas")
EXCLUDE_KEYS = ("items", "skills", "areas")
#: Most errors to list in a BlueprintError's message (all are in ``findings``).
MAX_LISTED = 20


class _Known:
    """The skill and area ids blueprints may name (anything goes when the taxonomy is unreadable)."""

    def __init__(self, taxonomy):
        self.skills = set(taxonomy.skill_ids) if taxonomy is not None else None
        self.areas = {area.id for area in taxonomy.areas} if taxonomy is not None else None


def _known(taxonomy):
    if taxonomy is None:
        taxonomy, _ = read_taxonomy(skills_path())
    return _Known(taxonomy)


def _whole(fields, key, required=True):
    """A whole number of at least 1 at ``key``, else None (with an error unless absent and optional)."""
    if key not in fields.mapping:
        if required:
            fields.error(None, f"required key '{key}' is missing; add it")
        return None
    value = fields.mapping[key]
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        fields.error(key, f"'{key}' is {describe(value)}; write a whole number of at least 1")
        return None
    return value


def _choice(fields, key, choices):
    value = fields.text(key)
    if value is not None and value not in choices:
        fields.error(key, f"'{key}' is {value!r}; write one of {', '.join(choices)}")
        return None
    return value


def _ids(fields, key, known, what):
    """A list of ids at ``key``, each checked against ``known`` (None: not checked)."""
    values = fields.texts(key) if key in fields.mapping else ()
    for value in values or ():
        if known is not None and value not in known:
            fields.error(key, f"{what} '{value}' is not in the taxonomy; use an id from question_bank/skills.yaml")
    return tuple(values or ())


def _difficulty_values(fields):
    mapping = fields.mapping_of("difficulty")
    if mapping is None:
        return None
    if not mapping:
        fields.error("difficulty", "'difficulty' is empty; give a count or a proportion per level, e.g. {easy: 1}")
        return None
    if ANY in mapping:
        return None
    values, ok = {}, True
    for level, value in mapping.items():
        number = parse_number(value) if not isinstance(value, str) else None
        if level not in DIFFICULTIES:
            fields.findings.append(error(fields.file, mapping.line_of(level), f"{fields.context}: difficulty "
                                         f"'{level}' is unknown; use {', '.join(DIFFICULTIES)}"))
            ok = False
        elif number is None or number < 0:
            fields.findings.append(error(fields.file, mapping.line_of(level), f"{fields.context}: difficulty "
                                         f"'{level}' is {describe(value)}; write a count or a proportion (>= 0)"))
            ok = False
        values[level] = number
    return values if ok else None


def _any_of(fields, count):
    """``difficulty: {any: [easy, medium]}``: ``((ANY, count),)`` and the levels, else (None, ())."""
    levels = fields.mapping["difficulty"][ANY]
    if not isinstance(levels, list) or not levels or any(level not in DIFFICULTIES for level in levels) \
            or len(set(levels)) < len(levels) or len(fields.mapping["difficulty"]) > 1:
        fields.error("difficulty", f"'difficulty: {{any: [...]}}' lists distinct levels out of "
                                   f"{', '.join(DIFFICULTIES)}, alone, e.g. {{any: [easy, medium]}}")
        return None, ()
    levels = tuple(level for level in DIFFICULTIES if level in levels)
    return (((ANY, count),) if count is not None else None), levels


def _difficulty(fields, count):
    """The section's items per difficulty, resolved from counts or proportions, else None."""
    values = _difficulty_values(fields)
    if values is None or count is None:
        return None
    if is_counts(values.values()):
        if sum(values.values()) != count:
            fields.error("difficulty", f"the difficulty counts add up to {sum(values.values())} but 'count' is "
                                       f"{count}; make them add up to {count}, or write proportions summing to 1")
            return None
        return resolve_counts(values)
    total = sum(exact(value) for value in values.values())
    if total != 1:
        fields.error("difficulty", f"the difficulty proportions add up to {float(total):g}; make them add up to 1, "
                                   f"or write whole counts adding up to 'count' ({count})")
        return None
    return resolve_proportions(values, count)


def _mappings(fields, key):
    """The mappings listed at ``key`` with their line, recording an error for each entry that is not one."""
    entries = fields.list_of(key) if key in fields.mapping else YamlList(fields.line())
    result = []
    for index, entry in enumerate(entries or ()):
        if isinstance(entry, YamlMap):
            result.append(entry)
        else:
            fields.findings.append(error(fields.file, entries.line_of(index), f"{fields.context}: entry "
                                         f"{index + 1} of '{key}' is {describe(entry)}; write a mapping"))
    return result


def _rule(mapping, context, count, known, fields):
    rule_fields = Fields(mapping, fields.file, context, fields.findings)
    rule_fields.check_keys(RULE_REQUIRED, RULE_OPTIONAL)
    minimum = _whole(rule_fields, "min", required=False) if "min" in mapping else None
    skills = _ids(rule_fields, "skills", known.skills, "skill")
    areas = _ids(rule_fields, "areas", known.areas, "area")
    if not skills and not areas:
        rule_fields.error(None, "name the 'skills' or 'areas' this rule counts")
    if minimum is not None and count is not None and minimum > count:
        rule_fields.error("min", f"'min' is {minimum} but the section draws only {count} items; lower it")
    return Rule(minimum or 0, skills, areas)


def _exclusions(fields, known):
    mapping = fields.mapping_of("exclude")
    if mapping is None:
        return Exclusions()
    exclude_fields = Fields(mapping, fields.file, f"{fields.context} exclude", fields.findings)
    exclude_fields.check_keys((), EXCLUDE_KEYS)
    items = exclude_fields.texts("items") if "items" in mapping else ()
    return Exclusions(tuple(items or ()), _ids(exclude_fields, "skills", known.skills, "skill"),
                      _ids(exclude_fields, "areas", known.areas, "area"))


def _timing(fields, kind):
    """(minutes, deadline_hours): take-homes have a deadline in hours, coding sections minutes, quiz sections
    minutes or (absent) the sum of their items' estimates."""
    timed, untimed = ("deadline_hours", "minutes") if kind == TAKEHOME else ("minutes", "deadline_hours")
    if untimed in fields.mapping:
        fields.error(untimed, f"a {kind} section has '{timed}', not '{untimed}'; remove '{untimed}'")
    value = _whole(fields, timed, required=kind != QUIZ) if kind is not None else None
    return (None, value) if kind == TAKEHOME else (value, None)


def _types(fields, kind):
    types = fields.texts("types") if "types" in fields.mapping else ()
    allowed = ITEM_TYPES_BY_KIND.get(kind)
    for value in types or ():
        if allowed is not None and value not in allowed:
            fields.error("types", f"type '{value}' is not a {kind} item type; use {', '.join(allowed)}")
    return tuple(types or ())


def _section(mapping, file, index, known, findings):
    name = mapping.get("id") if isinstance(mapping.get("id"), str) else f"#{index + 1}"
    fields = Fields(mapping, file, f"section '{name}'", findings)
    fields.check_keys(SECTION_REQUIRED, SECTION_OPTIONAL)
    section_id, title = fields.text("id"), fields.text("title")
    kind = _choice(fields, "kind", SECTION_KINDS)
    count = _whole(fields, "count", required=False) if "count" in mapping else None
    any_of = ()
    if isinstance(mapping.get("difficulty"), YamlMap) and ANY in mapping["difficulty"]:
        difficulty, any_of = _any_of(fields, count)
    else:
        difficulty = _difficulty(fields, count)
    minutes, deadline = _timing(fields, kind)
    rules = tuple(_rule(entry, f"{fields.context} rule {number + 1}", count, known, fields)
                  for number, entry in enumerate(_mappings(fields, "require")))
    types, exclude = _types(fields, kind), _exclusions(fields, known)
    if None in (section_id, title, kind, count, difficulty):
        return None
    return Section(section_id, title, kind, count, difficulty, minutes, deadline, types, rules, exclude, any_of)


def _check_profile(fields, kind):
    """Vetting blueprints name a level and a track; mock ones a stage."""
    wanted, unwanted = (("level", "track"), ("stage",)) if kind == VETTING else (("stage",), ())
    for key in wanted:
        if key not in fields.mapping:
            fields.error(None, f"a {kind} blueprint needs '{key}'; add it")
    for key in unwanted:
        if key in fields.mapping:
            fields.error(key, f"a {kind} blueprint has no '{key}'; remove it")
    return (_choice(fields, "level", LEVELS), _choice(fields, "track", TRACKS), _choice(fields, "stage", STAGES))


def _check_section_ids(fields, entries):
    """Each section id used once (reported at the repeated one)."""
    lines = {}
    for entry in entries:
        section_id = entry.get("id")
        if not isinstance(section_id, str):
            continue
        if section_id in lines:
            fields.findings.append(error(fields.file, entry.line_of("id"), f"section id '{section_id}' is used "
                                         f"twice (first on line {lines[section_id]}); give each section its own id"))
        lines.setdefault(section_id, entry.line_of("id"))


def _check_stage(fields, sections, stage):
    """A mock's sections are of the kinds its stage tests."""
    kinds, needed = {section.kind for section in sections}, STAGE_SECTION_KINDS[stage]
    if not set(needed) <= kinds or (len(needed) == 1 and kinds != set(needed)):
        fields.error("stage", f"a '{stage}' mock needs {'only ' if len(needed) == 1 else ''}sections of kind "
                              f"{', '.join(needed)}; change its sections or its stage")
    allowed = STAGE_ITEM_TYPES.get(stage)
    if allowed and any(not section.types or not set(section.types) <= set(allowed) for section in sections):
        fields.error("stage", f"a '{stage}' mock draws only items of type {', '.join(allowed)}; "
                              f"give each section types: [{', '.join(allowed)}]")


def parse_blueprint(data, file, stem, taxonomy=None):
    """A ``Blueprint`` from parsed YAML ``data`` of ``file`` (expected id ``stem``); returns (blueprint, findings)."""
    findings, known = [], _known(taxonomy)
    if not isinstance(data, YamlMap):
        return None, [error(file, getattr(data, "line", None), "a blueprint is a mapping with id, title, kind "
                                                                 "and sections; rewrite the file as one")]
    fields = Fields(data, file, "blueprint", findings)
    fields.check_keys(TOP_REQUIRED, TOP_OPTIONAL)
    blueprint_id, title, kind = fields.text("id"), fields.text("title"), _choice(fields, "kind", BLUEPRINT_KINDS)
    if blueprint_id is not None and not ID_PATTERN.match(blueprint_id):
        fields.error("id", f"id '{blueprint_id}' must be lowercase words joined by hyphens")
    elif blueprint_id is not None and blueprint_id != stem:
        fields.error("id", f"id '{blueprint_id}' differs from the file name; name the file {blueprint_id}.yaml")
    level, track, stage = _check_profile(fields, kind) if kind else (None, None, None)
    entries = _mappings(fields, "sections")
    sections = [_section(entry, file, index, known, findings) for index, entry in enumerate(entries)]
    complete = [section for section in sections if section is not None]
    _check_section_ids(fields, entries)
    if kind == MOCK and stage is not None and complete:
        _check_stage(fields, complete, stage)
    if any(f.is_error for f in findings) or None in (blueprint_id, title, kind) or not complete:
        return None, findings
    return Blueprint(blueprint_id, title, kind, tuple(complete), level, track, stage, str(file)), findings


def read_blueprint_file(path, taxonomy=None):
    """Read and check one blueprint file; returns ``(blueprint or None, findings)``."""
    path = Path(path)
    data, findings = read_yaml(path)
    if data is None:
        return None, findings or [error(path, None, "is empty; write a blueprint")]
    blueprint, more = parse_blueprint(data, str(path), path.stem, taxonomy)
    return blueprint, [*findings, *more]


def blueprint_files(folder=None):
    """The blueprint files of ``folder`` (default: the shipped blueprints), in name order."""
    folder = Path(folder) if folder is not None else BLUEPRINT_DIR
    return tuple(sorted(p for p in folder.glob(f"*{BLUEPRINT_SUFFIX}") if p.is_file()))


def read_blueprints(folder=None, taxonomy=None):
    """Every valid blueprint of ``folder`` (default: the shipped ones) and every finding; ``(blueprints, findings)``."""
    blueprints, findings = [], []
    for path in blueprint_files(folder):
        blueprint, more = read_blueprint_file(path, taxonomy)
        findings.extend(more)
        if blueprint is not None:
            blueprints.append(blueprint)
    return tuple(blueprints), findings


def check_blueprints(folder=None, taxonomy=None):
    """A ``question_bank.Report`` with every problem of the blueprints in ``folder``."""
    report = Report()
    blueprints, findings = read_blueprints(folder, taxonomy)
    report.extend(findings)
    report.count_checked("blueprint", len(blueprint_files(folder)))
    return report


def load_blueprints(folder=None, taxonomy=None):
    """Every blueprint of ``folder`` (default: the shipped ones); raises ``BlueprintError`` on any error."""
    blueprints, findings = read_blueprints(folder, taxonomy)
    errors = [f for f in findings if f.is_error]
    if errors:
        listed = "\n".join(f.format() for f in errors[:MAX_LISTED])
        raise BlueprintError(f"{len(errors)} error(s) in the blueprints:\n{listed}", errors)
    return blueprints


def get_blueprint(blueprint_id, folder=None, taxonomy=None):
    """The blueprint with id ``blueprint_id``; raises ``BlueprintError`` if there is none or it is invalid."""
    path = (Path(folder) if folder is not None else BLUEPRINT_DIR) / f"{blueprint_id}{BLUEPRINT_SUFFIX}"
    if not ID_PATTERN.match(blueprint_id) or not path.is_file():
        known = ", ".join(p.stem for p in blueprint_files(folder))
        raise BlueprintError(f"there is no blueprint '{blueprint_id}'; known blueprints: {known}")
    blueprint, findings = read_blueprint_file(path, taxonomy)
    if blueprint is None:
        errors = [f for f in findings if f.is_error]
        raise BlueprintError(f"blueprint '{blueprint_id}' is invalid:\n" + "\n".join(f.format() for f in errors),
                             errors)
    return blueprint

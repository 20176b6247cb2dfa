"""Validate one quiz item mapping against docs/formats-quiz.md and build its dataclass.

``parse_item(mapping, file, findings)`` records every problem of the item (unknown keys are
errors) and returns the item, or None when it has any error.  Checks that need the whole
bank (unique ids, computations) live in ``check_quiz``; skills are checked against the
taxonomy when the caller passes its skill ids.
"""

import difflib
import re
import string

from .fields import Fields, describe
from .findings import error
from .items import (DEFAULT_PENALTY, DEFAULT_POINTS, DIFFICULTIES, FREE_TEXT, ITEM_CLASSES, ITEM_TYPES,
                    MULTIPLE_CHOICE, NUMERIC, SHORT_ANSWER, SINGLE_CHOICE, Location, Option, RubricCriterion,
                    Tolerance, compile_pattern, normalise_answer)
from .rounding import parse_rounding
from .yamlsource import YamlList, YamlMap

#: Item ids: lowercase letters, digits and hyphens.
ID_PATTERN = re.compile(r"[a-z0-9-]+")
#: A skill reference: AREA.SKILL.
SKILL_REF_PATTERN = re.compile(r"[a-z0-9-]+\.[a-z0-9-]+")
#: A choice item needs at least this many options to be a choice.
MIN_OPTIONS = 2
#: Option ids are a, b, c... in order.
OPTION_IDS = string.ascii_lowercase
#: Keys every item has, and the optional ones.
COMMON_REQUIRED = ("id", "type", "prompt", "skills", "difficulty", "explanation")
COMMON_OPTIONAL = ("points", "group", "estimated_minutes")
#: Per type: (required keys, optional keys) beyond the common ones.
TYPE_KEYS = {
    SINGLE_CHOICE: (("options", "answer"), ()),
    MULTIPLE_CHOICE: (("options", "answer"), ("penalty",)),
    NUMERIC: (("answer", "tolerance", "rounding"), ("unit", "computation")),
    SHORT_ANSWER: ((), ("accepted", "pattern", "case_sensitive")),
    FREE_TEXT: (("rubric", "model_answer"), ()),
}
#: Keys allowed when the type is missing or unknown: any type's keys (so only truly unknown keys are flagged).
ANY_TYPE_KEYS = ((), tuple(sorted({key for pair in TYPE_KEYS.values() for keys in pair for key in keys})))


def _skill_hint(skill, known_skills, default):
    """``did you mean 'AREA.SKILL'?`` with the closest known skill id, else ``default``."""
    local = skill.split(".")[-1]
    same_name = sorted(known for known in known_skills or () if known.split(".")[-1] == local)
    close = same_name or difflib.get_close_matches(skill, sorted(known_skills or ()), n=1)
    return f"did you mean '{close[0]}'?" if close else default


def _common(fields, known_skills):
    item_id = fields.text("id")
    if item_id is not None and not ID_PATTERN.fullmatch(item_id):
        fields.error("id", f"id {item_id!r} has characters other than lowercase letters, digits and hyphens; "
                           "rename it, e.g. 'ml-theory-bias-variance-003'")
    skills = fields.texts("skills")
    for skill in skills or ():
        if not SKILL_REF_PATTERN.fullmatch(skill):
            hint = _skill_hint(skill, known_skills, "write AREA.SKILL, e.g. 'maths.probability'")
            fields.error("skills", f"skill {skill!r} is not a full skill id; {hint}")
        elif known_skills is not None and skill not in known_skills:
            hint = _skill_hint(skill, known_skills, "see the bank's skills.yaml")
            fields.error("skills", f"skill '{skill}' is not in the taxonomy; {hint}")
    if skills and len(set(skills)) < len(skills):
        fields.warn("skills", "a skill is listed twice; list each skill once")
    difficulty = fields.text("difficulty")
    if difficulty is not None and difficulty not in DIFFICULTIES:
        fields.error("difficulty", f"difficulty {difficulty!r} is not one of {', '.join(DIFFICULTIES)}; pick one")
    points = fields.number("points", positive=True)
    group = fields.text("group", required=False)
    if group is not None and not ID_PATTERN.fullmatch(group):
        fields.error("group", f"group {group!r} has characters other than lowercase letters, digits and hyphens; "
                              "name it like an id, e.g. 'confusion-matrix-a'")
    minutes = fields.number("estimated_minutes", positive=True)
    return {"id": item_id, "type": fields.text("type"), "prompt": fields.text("prompt"),
            "skills": tuple(dict.fromkeys(skills or ())), "difficulty": difficulty,
            "explanation": fields.text("explanation"),
            "points": DEFAULT_POINTS if points is None else points, "group": group,
            "estimated_minutes": None if minutes is None else float(minutes)}


def _option(entry, index, fields):
    if not isinstance(entry, YamlMap):
        fields.error("options", f"option {index + 1} is {describe(entry)}; write it as {{id: a, text: ...}}")
        return None
    option = Fields(entry, fields.file, f"{fields.context}, option {index + 1}", fields.findings)
    option.check_keys(("id", "text"))
    option_id, text = option.text("id"), option.text("text")
    return None if option_id is None or text is None else (Option(option_id, text), option)


def _options(fields):
    entries = fields.list_of("options")
    if entries is None:
        return None
    if len(entries) < MIN_OPTIONS:
        fields.error("options", f"has {len(entries)} option(s); give at least {MIN_OPTIONS}")
    parsed = [_option(entry, index, fields) for index, entry in enumerate(entries)]
    if None in parsed:
        return None
    seen_ids, seen_texts = set(), {}
    for option, where in parsed:
        if option.id in seen_ids:
            where.error("id", f"option id {option.id!r} is used twice; give each option its own id")
        seen_ids.add(option.id)
        key = normalise_answer(option.text)
        if key in seen_texts:
            where.error("text", f"option text repeats option {seen_texts[key]!r}; make every option different")
        seen_texts.setdefault(key, option.id)
    ids = [option.id for option, _ in parsed]
    if len(seen_ids) == len(ids) and ids != list(OPTION_IDS[:len(ids)]):
        fields.warn("options", f"option ids are {', '.join(ids)}; name them a, b, c... in order")
    return tuple(option for option, _ in parsed)


def _single_choice(fields):
    options = _options(fields)
    if isinstance(fields.mapping.get("answer"), (YamlList, YamlMap)):
        fields.error("answer", f"answer is {describe(fields.mapping['answer'])}; give exactly one option id "
                               "such as b (use multiple_choice for several correct options)")
        return {"options": options, "answer": None}
    answer = fields.text("answer")
    if options and answer is not None and answer not in {o.id for o in options}:
        fields.error("answer", f"answer {answer!r} is not an option id; use one of "
                               f"{', '.join(o.id for o in options)}")
    return {"options": options, "answer": answer}


def _multiple_choice(fields):
    options = _options(fields)
    answer = fields.texts("answer")
    ids = [o.id for o in options or ()]
    for answer_id in answer or ():
        if options and answer_id not in ids:
            fields.error("answer", f"answer {answer_id!r} is not an option id; use option ids from {', '.join(ids)}")
    if answer and len(set(answer)) < len(answer):
        fields.error("answer", "an option id is listed twice in answer; list each correct option once")
    if options and answer and set(answer) >= set(ids):
        fields.warn("answer", "every option is correct, so selecting everything earns full marks; add a wrong option")
    penalty = fields.number("penalty", minimum=0)
    if penalty is not None and penalty > 1:
        fields.error("penalty", f"penalty is {penalty}; give a fraction between 0 and 1 of a correct pick's worth")
    return {"options": options, "answer": answer,
            "penalty": DEFAULT_PENALTY if penalty is None else float(penalty)}


def _tolerance(fields):
    mapping = fields.mapping_of("tolerance")
    if mapping is None:
        return None
    tolerance = Fields(mapping, fields.file, f"{fields.context}, tolerance", fields.findings)
    tolerance.check_keys((), ("abs", "rel"))
    if "abs" not in mapping and "rel" not in mapping:
        tolerance.error(None, "give abs and/or rel, e.g. {abs: 0.01}")
        return None
    bounds = {key: tolerance.number(key, minimum=0) for key in ("abs", "rel")}
    return None if any(bounds[key] is None for key in mapping if key in bounds) else Tolerance(**bounds)


def _numeric(fields):
    answer = fields.number("answer")
    tolerance = _tolerance(fields)
    if answer == 0 and tolerance and tolerance.abs is None:
        fields.warn("tolerance", "a relative tolerance of an answer of 0 only accepts exactly 0; add abs")
    rounding = None
    if "rounding" in fields.mapping:
        raw = fields.mapping["rounding"]
        rounding = parse_rounding(dict(raw) if isinstance(raw, YamlMap) else raw)
        if isinstance(rounding, str):
            fields.error("rounding", rounding)
            rounding = None
        elif answer is not None and not rounding.is_followed_by(answer):
            fields.error("answer", f"answer {answer} has more digits than its rounding allows "
                                   f"({rounding.instruction()}); round the key the same way")
    return {"answer": answer, "tolerance": tolerance, "unit": fields.text("unit"),
            "computation": fields.text("computation"), "rounding": rounding}


def _short_answer(fields):
    case_sensitive = fields.boolean("case_sensitive")
    accepted, pattern = fields.texts("accepted"), fields.text("pattern")
    if "accepted" not in fields.mapping and "pattern" not in fields.mapping:
        fields.error(None, "a short_answer item has neither accepted answers nor a pattern; "
                           "add 'accepted' (a list of answers) and/or 'pattern' (a regex)")
    normalised = [normalise_answer(form, bool(case_sensitive)) for form in accepted or ()]
    if len(set(normalised)) < len(normalised):
        fields.warn("accepted", "two accepted forms are the same after trimming spaces and case; keep one")
    if pattern is not None:
        try:
            regex, notes = compile_pattern(pattern, bool(case_sensitive))
        except re.error as exc:
            fields.error("pattern", f"pattern {pattern!r} is not a valid regular expression ({exc}); fix it")
            pattern = None
        else:
            for note in notes:
                fields.warn("pattern", f"pattern {pattern!r}: {note}")
            if regex.fullmatch(""):
                fields.warn("pattern", "pattern matches an empty answer; require at least one character")
    return {"accepted": accepted or (), "pattern": pattern, "case_sensitive": bool(case_sensitive)}


def _criterion(entry, index, fields):
    if not isinstance(entry, YamlMap):
        fields.error("rubric", f"rubric entry {index + 1} is {describe(entry)}; write it as {{criterion, points}}")
        return None
    line = Fields(entry, fields.file, f"{fields.context}, rubric entry {index + 1}", fields.findings)
    line.check_keys(("criterion", "points"))
    criterion, points = line.text("criterion"), line.number("points", positive=True)
    if points is not None and not isinstance(points, int):
        line.error("points", f"points is {points}; give a whole number of points such as 2")
        return None
    return None if criterion is None or points is None else RubricCriterion(criterion, points)


def _free_text(fields):
    entries = fields.list_of("rubric") or ()
    rubric = [_criterion(entry, index, fields) for index, entry in enumerate(entries)]
    names = [c.criterion for c in rubric if c]
    if len(set(names)) < len(names):
        fields.error("rubric", "two rubric criteria have the same text; make each criterion distinct")
    total = sum(c.points for c in rubric if c)
    if "points" in fields.mapping and None not in rubric and fields.mapping["points"] != total:
        fields.error("points", f"points is {describe(fields.mapping['points'])} but the rubric sums to {total}; "
                               "remove points (it defaults to the rubric's sum)")
    return {"rubric": tuple(rubric), "model_answer": fields.text("model_answer"), "points": total}


#: The parser of each type's own keys.
TYPE_PARSERS = {SINGLE_CHOICE: _single_choice, MULTIPLE_CHOICE: _multiple_choice, NUMERIC: _numeric,
                SHORT_ANSWER: _short_answer, FREE_TEXT: _free_text}


def _error_count(findings):
    return sum(1 for f in findings if f.is_error)


def parse_item(mapping, file, findings, known_skills=None):
    """Validate one item mapping, appending findings; returns the item dataclass or None if it has errors.

    When ``known_skills`` (a set of full skill ids) is given, skills outside it are errors.
    """
    if not isinstance(mapping, YamlMap):
        findings.append(error(file, None, f"an item is {describe(mapping)}; write each item as a mapping"))
        return None
    before = _error_count(findings)
    fields = Fields(mapping, file, f"item at line {mapping.line}", findings)
    raw_id = fields.mapping.get("id")
    if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool):
        fields.context = f"item '{mapping.raw.get('id') or raw_id}'"
    item_type = fields.mapping.get("type")
    if "type" in mapping and item_type not in ITEM_TYPES:
        fields.error("type", f"type {describe(item_type)} is not one of {', '.join(ITEM_TYPES)}; pick one")
    required, optional = TYPE_KEYS.get(item_type, ANY_TYPE_KEYS)
    fields.check_keys(COMMON_REQUIRED + required, COMMON_OPTIONAL + optional)
    values = _common(fields, known_skills)
    if item_type in TYPE_PARSERS:
        values.update(TYPE_PARSERS[item_type](fields))
    if _error_count(findings) > before:
        return None
    return ITEM_CLASSES[item_type](location=Location(str(file), mapping.line), **values)

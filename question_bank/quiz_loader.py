"""Load quiz files (``quiz/*.yaml``): each holds a list of items under ``items:``.

``load_quiz(paths=None)`` returns every item of the default bank (or of the files and
folders given) and raises ``BankError`` listing every problem; ``read_quiz_file(path)``
returns ``(items, findings)`` without raising, for the checker.  Each item keeps the file
and line it came from.
"""

from pathlib import Path

from .errors import BankError
from .findings import error, warning
from .paths import QUIZ_DIR, bank_root, quiz_files
from .quiz_schema import parse_item
from .yamlsource import YamlList, YamlMap, read_yaml

#: The one top-level key of a quiz file.
ITEMS_KEY = "items"


def read_quiz_file(path, known_skills=None):
    """Parse one quiz file leniently: ``(items, findings)`` with every problem of the file and its items.

    With ``known_skills`` (full skill ids), skills outside it are errors.
    """
    path = Path(path)
    data, findings = read_yaml(path)
    file = str(path)
    if data is None:
        if not findings:
            findings.append(warning(file, None, "is empty; add items under 'items:' or delete the file"))
        return (), findings
    if not isinstance(data, YamlMap) or not isinstance(data.get(ITEMS_KEY), YamlList):
        line = data.line if isinstance(data, (YamlMap, YamlList)) else None
        findings.append(error(file, line, "must be a mapping with a list of items under 'items:'; "
                                          "see docs/formats-quiz.md"))
        return (), findings
    for key in data:
        if key != ITEMS_KEY:
            findings.append(error(file, data.line_of(key), f"unknown top-level key '{key}'; a quiz file only has 'items:'"))
    if not data[ITEMS_KEY]:
        findings.append(warning(file, data.line_of(ITEMS_KEY), "has no items; add some or delete the file"))
    return _parse_entries(data[ITEMS_KEY], file, findings, known_skills), findings


def _parse_entries(entries, file, findings, known_skills):
    """The valid items of the ``items:`` list; problems go to ``findings``."""
    items = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, YamlMap):
            findings.append(error(file, entries.line_of(index), f"item {index + 1} is not a mapping; "
                                                                "write each item as keys and values"))
            continue
        item = parse_item(entry, file, findings, known_skills)
        if item is not None:
            items.append(item)
    return tuple(items)


def default_quiz_dir(root=None):
    """The quiz folder of the bank at ``root`` (default bank if None)."""
    return bank_root(root) / QUIZ_DIR


def _expand(paths):
    """The quiz files of ``paths`` (None: the default bank's quiz folder, which may not exist yet)."""
    if paths is None:
        folder = default_quiz_dir()
        return list(quiz_files(folder)) if folder.is_dir() else []
    if isinstance(paths, (str, Path)):
        paths = [paths]
    return [file for path in paths for file in quiz_files(path)]


def read_quiz(paths=None, known_skills=None):
    """Parse quiz files leniently: ``(items, findings)`` over every file, duplicate ids across files included."""
    items, findings, seen = [], [], {}
    for file in _expand(paths):
        file_items, file_findings = read_quiz_file(file, known_skills)
        findings.extend(file_findings)
        for item in file_items:
            if item.id in seen:
                findings.append(error(item.location.file, item.location.line,
                                      f"item id '{item.id}' is already used at {seen[item.id]}; give each item a unique id"))
                continue
            seen[item.id] = item.location
            items.append(item)
    return tuple(items), findings


def load_quiz(paths=None, *, taxonomy=None):
    """Every quiz item of ``paths`` (files or folders; default: the bank's ``quiz/``), in file order.

    A missing default folder means no items.  With a ``taxonomy``, unknown skills are errors.
    Raises ``BankError`` listing every error.
    """
    known_skills = taxonomy.skill_ids if taxonomy is not None else None
    items, findings = read_quiz(paths, known_skills)
    errors = [f for f in findings if f.is_error]
    if errors:
        raise BankError(f"the quiz files have {len(errors)} error(s):\n" + "\n".join(f.format() for f in errors),
                        errors)
    return items


def load_quiz_file(path, *, taxonomy=None):
    """The items of one quiz file; raises ``BankError`` listing every error."""
    return load_quiz([path], taxonomy=taxonomy)

"""Paths of the quiz fixture banks and a helper that reads the ``# expect SEVERITY: TEXT`` markers in them."""

import re
from pathlib import Path

QUIZ_FILES = Path(__file__).resolve().parent.parent / "files" / "quiz"
GOOD_BANK = QUIZ_FILES / "bank_good"
BAD_BANK = QUIZ_FILES / "bank_bad"
EXPECT = re.compile(r"#\s*expect (error|warning): (.+)$")


def expectations(root):
    """Every ``(file, line, severity, text)`` marked in the YAML files under ``root``."""
    found = []
    for path in sorted(root.rglob("*.y*ml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            match = EXPECT.search(line)
            if match:
                found.append((str(path), number, match.group(1), match.group(2).strip()))
    return found

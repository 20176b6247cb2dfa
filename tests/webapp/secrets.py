"""What must never reach a candidate, read from the bank itself: hidden tests, keys, hidden labels, references.

``hidden_strings(question_ids)`` gives, per question, distinctive pieces of its hidden
material (long enough that they cannot appear by chance), minus anything that is also
public (statements, samples, starters, the data a candidate downloads).
"""

import re
from pathlib import Path

import yaml

from question_bank import load_quiz
from tests.webapp.helpers import BANK

MIN_PIECE = 24
"""Shortest piece of hidden text searched for: shorter ones could appear by chance."""
PIECE = 64
HEAD = 8000
"""Characters read from the start of each hidden file: a page that leaks a hidden file shows its start, and
reading every line of a test of 200,000 lines would give as many pieces to search every page for."""
_PLAIN_RUN = re.compile(r"[A-Za-z0-9 ,.;:()\-]{%d,}" % MIN_PIECE)
_LONG_NUMBER = re.compile(r"\d\.\d{7,}")


def _squeeze(text):
    return " ".join(text.split())


def _pieces(text):
    """Distinctive pieces of ``text``: long runs of plain characters (unchanged by HTML or Markdown)."""
    found = {match.group(0).strip()[:PIECE] for match in _PLAIN_RUN.finditer(text)}
    found |= set(_LONG_NUMBER.findall(text))
    return {piece for piece in found if len(piece) >= MIN_PIECE or _LONG_NUMBER.fullmatch(piece)}


def _public_text(folder, kind):
    paths = []
    if kind == "coding":
        paths = [*folder.glob("statement/*"), *folder.glob("problem_statement/*"), *folder.glob("starter/*"),
                 *folder.glob("data/sample/*")]
    elif kind == "takehome":
        task = yaml.safe_load((folder / "task.yaml").read_text())
        paths = [folder / "statement.md", folder / task["notebooks"]["starter"],
                 *[folder / rel for rel in task.get("data") or []], *(folder / "data").glob("*")]
    return _squeeze(" ".join(p.read_text(errors="replace") for p in paths if p.is_file()))


def _coding_hidden(folder):
    texts = [p.read_text(errors="replace")[:HEAD] for p in (folder / "data" / "secret").rglob("*")
             if p.suffix in (".in", ".ans")]
    texts += [p.read_text(errors="replace") for p in (folder / "submissions").rglob("*") if p.is_file()]
    texts += [p.read_text(errors="replace") for p in folder.glob("editorial*.md")]
    hidden = set()
    for text in texts:
        squeezed = _squeeze(text)
        if len(squeezed) >= MIN_PIECE:
            hidden.add(squeezed[:PIECE])
        hidden |= _pieces(text)
    return hidden


def _takehome_hidden(folder):
    task = yaml.safe_load((folder / "task.yaml").read_text())
    hidden = set()
    for path in (folder / "hidden").rglob("*"):
        if path.is_file():
            head = path.read_text(errors="replace")[:HEAD]
            lines = head.splitlines()
            hidden |= {_squeeze(" ".join(lines[i:i + 4]))[:PIECE] for i in range(1, min(len(lines), 40), 4)}
            hidden |= _pieces(head)
    hidden |= _pieces((folder / task["notebooks"]["reference"]).read_text())
    bands = (task.get("metric") or {}).get("bands") or []
    hidden |= {f"at_least: {b['at_least']}" for b in bands if "at_least" in b}
    hidden |= {f"at_most: {b['at_most']}" for b in bands if "at_most" in b}
    return {piece for piece in hidden if len(piece) >= 12}


def _quiz_hidden(item):
    texts = [item.explanation, getattr(item, "model_answer", "") or ""]
    return {piece for text in texts for piece in _pieces(text)}


def hidden_strings(kinds_by_id, public_corpus):
    """question id -> the distinctive hidden pieces of that question that nothing public holds too.

    ``public_corpus`` is every text published on purpose (all questions' public parts): a
    piece found there (a common line of code that a starter also has) proves nothing.
    """
    quiz = {item.id: item for item in load_quiz()}
    public = _squeeze(public_corpus)
    found = {}
    for question_id, kind in kinds_by_id.items():
        if kind == "quiz":
            pieces = _quiz_hidden(quiz[question_id])
        else:
            folder = BANK / ("coding" if kind == "coding" else "takehomes") / question_id
            public_here = _public_text(folder, kind)
            pieces = {p for p in (_coding_hidden(folder) if kind == "coding" else _takehome_hidden(folder))
                      if _squeeze(p) not in public_here}
        found[question_id] = {piece for piece in pieces if _squeeze(piece) not in public}
    return found


def secret_test_names(problem_id):
    """The names of a problem's secret tests as the judge reports them (``secret/...``)."""
    folder = BANK / "coding" / problem_id / "data"
    return {str(p.relative_to(folder).with_suffix("")) for p in (folder / "secret").rglob("*.in")}


def is_reachable_text(path: Path):
    """True for a response worth scanning (not an image or font)."""
    return path.suffix not in (".png", ".svg", ".woff", ".woff2", ".ttf")

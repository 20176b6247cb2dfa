"""Where the bank lives: the default bank is this package's folder; any other folder with the same layout works.

Layout of a bank folder::

    skills.yaml        the skill taxonomy
    quiz/*.yaml        ML-fundamentals quiz items
"""

from pathlib import Path

#: The bank shipped with vetkit: this package's own folder.
DEFAULT_BANK_ROOT = Path(__file__).resolve().parent
#: The taxonomy file's name inside a bank folder.
SKILLS_FILE = "skills.yaml"
#: The folder of quiz files inside a bank folder.
QUIZ_DIR = "quiz"
#: Quiz files end with this suffix; others in the folder are ignored (the checker warns about ``.yml``).
QUIZ_SUFFIX = ".yaml"


def bank_root(path=None):
    """The bank folder to use: ``path`` if given, else the default bank."""
    return Path(path) if path is not None else DEFAULT_BANK_ROOT


def skills_path(root=None):
    """The taxonomy file of the bank at ``root`` (default bank if None)."""
    return bank_root(root) / SKILLS_FILE


def quiz_files(path):
    """The quiz files at ``path``: the file itself, or a folder's ``*.yaml`` files in name order."""
    path = Path(path)
    if path.is_dir():
        return tuple(sorted(p for p in path.iterdir() if p.is_file() and p.name.endswith(QUIZ_SUFFIX)))
    return (path,)

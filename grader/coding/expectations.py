"""What a package's reference submission is expected to get: its folder's verdict and DOMjudge's tag.

Kattis and DOMjudge name the folders of ``submissions/`` after a verdict
(``FOLDER_VERDICTS``).  DOMjudge also reads an ``@EXPECTED_RESULTS@:`` tag in
the sources (the first one found, a comma-separated list such as
``CORRECT`` or ``TIMELIMIT,RUN-ERROR``, case-insensitive).  As DOMjudge does:
in a folder that names a verdict, the tag must include that verdict and the
folder's verdict is expected; in any other folder (``mixed``, ``rejected``, ...)
the tag's verdicts are all acceptable; without either, or with a tag that names
something else than a verdict (DOMjudge's ``NONE-SUBMIT-FAILS``) or contradicts
the folder, the program is skipped with a warning: one odd reference program
never makes the package unusable.
"""

import re

from question_bank.findings import warning

from .results import JudgeVerdict as V

FOLDER_VERDICTS = {"accepted": V.AC, "wrong_answer": V.WA, "time_limit_exceeded": V.TLE, "run_time_error": V.RTE,
                   "memory_limit_exceeded": V.MLE, "output_limit_exceeded": V.OLE, "compile_error": V.CE,
                   "compiler_error": V.CE, "no_output": V.WA, "slow_accepted": V.AC}
"""Folders of ``submissions/`` and the verdict their programs must get (DOMjudge's no_output is WA here)."""
TAG = re.compile(rb"@EXPECTED_RESULTS@:[ \t]*([^\r\n]*)", re.IGNORECASE)
TAG_VERDICTS = {"CORRECT": V.AC, "ACCEPTED": V.AC, "WRONG-ANSWER": V.WA, "WRONG_ANSWER": V.WA, "NO-OUTPUT": V.WA,
                "TIMELIMIT": V.TLE, "TIME-LIMIT": V.TLE, "TIME_LIMIT_EXCEEDED": V.TLE, "RUN-ERROR": V.RTE,
                "RUN_TIME_ERROR": V.RTE, "COMPILER-ERROR": V.CE, "MEMORY-LIMIT": V.MLE, "OUTPUT-LIMIT": V.OLE}
"""DOMjudge's result names (and their remapped Kattis spellings) as our verdicts."""


def tagged_verdicts(files):
    """The verdicts of the first ``@EXPECTED_RESULTS@:`` tag in ``files`` (name to bytes): a tuple, or None.

    Raises ValueError naming an unknown result.
    """
    for name in sorted(files):
        match = TAG.search(files[name])
        if match:
            words = [w.strip().upper() for w in match.group(1).decode("utf-8", "replace").split(",") if w.strip()]
            unknown = [w for w in words if w not in TAG_VERDICTS]
            if unknown or not words:
                raise ValueError(f"{name}: @EXPECTED_RESULTS@ names {', '.join(unknown) or 'nothing'}, not one of "
                                 f"{', '.join(sorted(TAG_VERDICTS))}")
            return tuple(dict.fromkeys(TAG_VERDICTS[w] for w in words))
    return None


def expected_verdicts(path, folder, files, findings):
    """The verdicts a reference submission may get (a frozenset), None to skip it (with a finding)."""
    try:
        tagged = tagged_verdicts(files)
    except ValueError as exc:
        findings.append(warning(path, None, f"is skipped: {exc}"))
        return None
    own = FOLDER_VERDICTS.get(folder)
    if own is not None:
        if tagged is not None and own not in tagged:
            findings.append(warning(path, None, f"is skipped: its @EXPECTED_RESULTS@ ({', '.join(v.value for v in tagged)})"
                                                f" does not include {own.value}, the verdict of submissions/{folder}/"))
            return None
        return frozenset({own})
    if tagged is None:
        findings.append(warning(path, None, f"is skipped: submissions/{folder}/ names no verdict and the program "
                                            "has no @EXPECTED_RESULTS@ tag"))
        return None
    return frozenset(tagged)

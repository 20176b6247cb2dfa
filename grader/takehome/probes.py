"""Probes: functions a take-home names, called after the notebook ran, with hidden inputs.

After the candidate's last cell the sandbox runs ``PROBE_CODE`` in the same kernel,
silently (no cell is added, nothing is shown, within the cell timeout).  It reads the probe
inputs (arguments only, never expected values) from ``vetkit_probes.json``,
calls each named function from the notebook's namespace, converts what it
returns to JSON (numpy and pandas values included) and writes
``vetkit_probe_results.json``, which the sandbox brings back.  The host then
compares each value with the expected one (kept in the task's ``hidden/``
folder) with a tolerance for numbers.  Functions are found by name, so moving,
adding or deleting cells changes nothing.
"""

import copy
import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from question_bank.yamlsource import read_yaml

from ..filecache import file_version

INPUTS_FILE = "vetkit_probes.json"
RESULTS_FILE = "vetkit_probe_results.json"
CELL_TAG = "vetkit-probe"
"""The tag of the cell probes used to be appended as: reserved, a candidate's cell with it is dropped."""
DEFAULT_TOLERANCE = {"abs": 1e-6, "rel": 1e-6}
LOADED_CASES = 64
"""Probe case files kept parsed in memory (one per file version)."""

PROBE_CODE = '''
import json as _vk_json

def _vk_value(value):
    try:
        import numpy as _vk_np
        import pandas as _vk_pd
    except ImportError:
        _vk_np = _vk_pd = None
    if _vk_pd is not None and isinstance(value, _vk_pd.DataFrame):
        return {"$frame": {"columns": [str(c) for c in value.columns],
                           "rows": [[_vk_value(v) for v in row] for row in value.itertuples(index=False)]}}
    if _vk_pd is not None and isinstance(value, _vk_pd.Series):
        return [_vk_value(v) for v in value.tolist()]
    if _vk_np is not None and isinstance(value, _vk_np.ndarray):
        return [_vk_value(v) for v in value.tolist()]
    if _vk_np is not None and isinstance(value, _vk_np.generic):
        return _vk_value(value.item())
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, (list, tuple)):
        return [_vk_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _vk_value(v) for k, v in value.items()}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return repr(value)[:200]

def _vk_argument(value):
    if isinstance(value, dict) and set(value) == {"$csv"}:
        import pandas as _vk_pd
        return _vk_pd.read_csv(value["$csv"])
    return value

_vk_results = {}
for _vk_probe in _vk_json.load(open("vetkit_probes.json")):
    _vk_function = globals().get(_vk_probe["function"])
    for _vk_index, _vk_case in enumerate(_vk_probe["cases"]):
        _vk_key = f"{_vk_probe['name']}#{_vk_index}"
        if not callable(_vk_function):
            _vk_results[_vk_key] = {"ok": False, "error": "the notebook defines no function " + _vk_probe["function"]}
            continue
        try:
            _vk_out = _vk_function(*[_vk_argument(a) for a in _vk_case["args"]],
                                   **{k: _vk_argument(v) for k, v in _vk_case["kwargs"].items()})
            _vk_results[_vk_key] = {"ok": True, "value": _vk_value(_vk_out)}
        except BaseException as _vk_error:
            _vk_results[_vk_key] = {"ok": False, "error": repr(_vk_error)[:300]}
with open("vetkit_probe_results.json", "w") as _vk_handle:
    _vk_json.dump(_vk_results, _vk_handle)
'''


@dataclass(frozen=True)
class ProbeOutcome:
    """One probe's points and a sentence per failed case."""

    name: str
    points: float
    max_points: float
    passed: int
    total: int
    detail: str


def _load_cases(task, probe):
    """The probe's cases (a fresh copy: the file is parsed once per version)."""
    try:
        data, findings = _read_cases(file_version(task.path(probe.cases)))
    except OSError:
        data, findings = None, ["the file cannot be read"]
    if findings or not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise ValueError(f"{probe.cases} must hold a list under `cases`")
    return copy.deepcopy(data["cases"])


@functools.lru_cache(maxsize=LOADED_CASES)
def _read_cases(version):
    return read_yaml(Path(version[0]))


def _hidden_csv(task, value, files):
    """Replace ``{"$csv": path}`` arguments by a file placed beside the notebook."""
    if isinstance(value, dict) and set(value) == {"$csv"}:
        name = f"vetkit_probe_input_{len(files)}.csv"
        files[name] = task.path(value["$csv"]).read_bytes()
        return {"$csv": name}
    return value


def prepare(task):
    """Return ``(inputs JSON bytes, files to place, expected cases)`` for the task's probes."""
    payload, files, expected = [], {}, {}
    for probe in task.probes:
        cases = _load_cases(task, probe)
        payload.append({"name": probe.name, "function": probe.function, "cases": [
            {"args": [_hidden_csv(task, a, files) for a in case.get("args", [])],
             "kwargs": {k: _hidden_csv(task, v, files) for k, v in (case.get("kwargs") or {}).items()}}
            for case in cases]})
        expected[probe.name] = cases
    return json.dumps(payload).encode(), files, expected


def _expected_value(task, value):
    if isinstance(value, dict) and set(value) == {"$csv"}:
        import pandas as pd
        frame = pd.read_csv(task.path(value["$csv"]))
        return {"$frame": {"columns": [str(c) for c in frame.columns],
                           "rows": [[None if isinstance(v, float) and math.isnan(v) else v for v in row]
                                    for row in frame.itertuples(index=False)]}}
    return value


def matches(actual, expected, tolerance):
    """True when ``actual`` equals ``expected``, numbers within the absolute or relative tolerance."""
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(actual) is type(expected) and actual == expected
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return math.isclose(actual, expected, rel_tol=tolerance.get("rel", 0), abs_tol=tolerance.get("abs", 0))
    if isinstance(expected, list) and isinstance(actual, list):
        return len(actual) == len(expected) and all(matches(a, e, tolerance) for a, e in zip(actual, expected))
    if isinstance(expected, dict) and isinstance(actual, dict):
        return set(actual) == set(expected) and all(matches(actual[k], expected[k], tolerance) for k in expected)
    return actual == expected


NOT_RUN = {"timeout": "not run: the probe calls did not finish within the cell timeout",
           "not_run": "not run: the notebook stopped before the probes (a timeout or a dead kernel)"}
"""Why a case has no result, by the sandbox's ``after_status``; otherwise plainly "not run"."""


def score(task, expected, results, after_status=None):
    """Compare the returned values with the expected ones; return a ``ProbeOutcome`` per probe.

    ``after_status`` (how the probe code ended in the sandbox) explains cases with no result."""
    not_run = NOT_RUN.get(after_status, "not run")
    outcomes = []
    for probe in task.probes:
        cases = expected[probe.name]
        failures, passed = [], 0
        for index, case in enumerate(cases):
            got = results.get(f"{probe.name}#{index}") if isinstance(results, dict) else None
            tolerance = dict(DEFAULT_TOLERANCE, **(case.get("tolerance") or {}))
            if isinstance(got, dict) and got.get("ok") and matches(got.get("value"), _expected_value(
                    task, case.get("expected")), tolerance):
                passed += 1
            else:
                failures.append(f"case {index + 1}: " + (str(got.get("error"))[:200] if isinstance(got, dict)
                                                         and not got.get("ok") else "wrong value" if got else not_run))
        points = probe.points * passed / len(cases) if cases else 0.0
        outcomes.append(ProbeOutcome(probe.name, round(points, 4), probe.points, passed, len(cases),
                                     "; ".join(failures) or "all cases pass"))
    return outcomes


def parse_results(data):
    """Parse the results file from the container (untrusted): a dict, or {} if unusable."""
    if data is None:
        return {}
    try:
        parsed = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return {}
    return parsed if isinstance(parsed, dict) else {}

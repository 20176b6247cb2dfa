"""Check coding problems like problemtools' verifyproblem, for ``vetkit bank check``.

``check_problem(problem_dir, report)`` records every error and warning with
``report.error(file, line, message)`` / ``report.warning(...)``: problem.yaml and
testdata.yaml schemas, every ``.in`` with its ``.ans``, the statement, vetkit.yaml
(skills must exist in the taxonomy), the output validator compiles, and every
reference submission in ``submissions/<folder>/`` gets its folder's verdict, or
one its ``@EXPECTED_RESULTS@`` tag allows (accepted ones with their slowest test
within half the time limit; time_limit_exceeded ones robustly slow: still TLE
with twice the limit with the safety margin, ``grader.coding.check_tle``; MLE
counts in run_time_error/, as Kattis counts it there).

Lazy judging (a pass-fail problem stops at its first failing test) is shown to
agree with a full run: every reference submission of a pass-fail problem but
the time_limit_exceeded ones (whose full run costs tests x twice the limit) is
judged in full, and lazy judging replayed on its test results must give the same
verdict and score, else an error.

Importing this module registers ``check_coding`` (every problem under the bank's
``coding/`` folder) with ``question_bank.check`` and a ``coding`` stats source.
"""

from pathlib import Path

from question_bank.check import register_checker, register_item_checker
from question_bank.check_cache import cached_check
from question_bank.stats import ItemSummary, register_stats_source

from ..errors import GraderError
from ..fingerprint import grading_fingerprint
from .check_tle import not_robust_message, tle_check_limit
from .expectations import FOLDER_VERDICTS
from .input_validators import check_inputs
from .judge import flags_by_test, is_lazy, judge_problem, lazy_outcome
from .kattis import inspect_problem
from .metadata import METADATA_FILE
from .results import JudgeVerdict
from .sources import PARTIAL_FOLDER, SLOW_FOLDER
from .timelimit import resolve_time_limit
from .validators import CustomValidator

CODING_DIR = "coding"
"""The folder of coding problems inside a bank folder, one package per subfolder."""
ACCEPTED_MARGIN = 2.0
"""An accepted submission's slowest test must take at most time_limit / ACCEPTED_MARGIN, else a warning."""
KIND = "coding"
RUN_TIME_ERROR_FOLDER = "run_time_error"


def check_problem(problem_dir, report, *, skill_ids=None, run_submissions=True, require_input_validators=False):
    """Check the package at ``problem_dir``, recording findings in ``report``; never raises for a bad package.

    Its input validators run on every input; a package without one gets a warning, or an error when
    ``require_input_validators`` (the bank's own problems).
    """
    path = Path(problem_dir)
    problem, findings = inspect_problem(path)
    for finding in findings:
        (report.error if finding.is_error else report.warning)(finding.file, finding.line, finding.message)
    if problem is None:
        return None
    if problem.statement is None:
        report.error(path / "problem_statement", None, "has no problem.en.md; add the statement "
                                                       "(problem_statement/problem.en.md or statement/problem.en.md)")
    _check_skills(problem, report, skill_ids)
    if any(f.is_error for f in findings) or not _static_checks_pass(problem, report):
        return problem
    if run_submissions:
        check_inputs(problem, report, required=require_input_validators)
        _check_submissions(problem, report)
    return problem


def _check_skills(problem, report, skill_ids):
    if problem.metadata is None or skill_ids is None:
        return
    for skill in problem.metadata.skills:
        if skill not in skill_ids:
            report.error(problem.path / METADATA_FILE, None,
                         f"skill '{skill}' is not in the taxonomy (skills.yaml); use an existing AREA.SKILL id")


def _static_checks_pass(problem, report):
    """Validator flags are valid and the custom validator compiles."""
    try:
        flags_by_test(problem)
    except GraderError as exc:
        _report(report, exc, problem.path / "problem.yaml")
        return False
    if problem.validator is None:
        return True
    try:
        with CustomValidator(problem.validator) as validator:
            if validator.compile_error:
                report.error(problem.validator.path, None,
                             validator.compile_error.removeprefix(f"{problem.validator.path}: "))
                return False
    except GraderError as exc:
        _report(report, exc, problem.validator.path)
        return False
    return True


def _report(report, exc, file):
    """Record a GraderError: its own findings when it has them, else one error at ``file``."""
    findings = getattr(exc, "findings", ())
    for finding in findings:
        report.error(finding.file, finding.line, finding.message)
    if not findings:
        report.error(file, None, str(exc))


def _check_submissions(problem, report):
    if not problem.submissions:
        report.warning(problem.path / "submissions", None, "has no reference submissions; add "
                                                           "submissions/accepted/ with at least one solution")
    try:
        time_limit = resolve_time_limit(problem, judge_problem)
    except GraderError as exc:
        _report(report, exc, problem.path / "problem.yaml")
        return
    for program in problem.submissions:
        allowed = allowed_verdicts(program)
        with_margin = JudgeVerdict.TLE in allowed or program.folder == SLOW_FOLDER
        limit = time_limit * problem.safety_margin if with_margin else time_limit
        if program.expected == JudgeVerdict.TLE:
            limit = tle_check_limit(problem, time_limit)
        in_full = is_lazy(problem) and JudgeVerdict.TLE not in allowed
        try:
            result = judge_problem(problem, program.files, language=program.language, time_limit=limit,
                                   stop_on_failure=JudgeVerdict.AC not in allowed and bool(allowed) and not in_full,
                                   all_tests=in_full)
        except GraderError as exc:
            _report(report, exc, program.path)
            continue
        _check_result(problem, program, result, time_limit, report)
        if in_full:
            _check_lazy_agrees(problem, program, result, report)


def _check_lazy_agrees(problem, program, full, report):
    """An error when lazy judging would give ``program`` another verdict or score than its full run."""
    verdict, score = lazy_outcome(problem, full)
    if (verdict, score) != (full.verdict, full.score):
        report.error(program.path, None, f"lazy judging gives {verdict.value} ({score:g}) but a full run gives "
                                         f"{full.verdict.value} ({full.score:g}); report this as a vetkit bug")


def allowed_verdicts(program) -> frozenset:
    """The verdicts a reference submission may get: its expected ones, and MLE in Kattis' run_time_error/.

    Kattis counts running out of memory as a run-time error; vetkit names it MLE.
    """
    if program.folder == RUN_TIME_ERROR_FOLDER:
        return program.expected_verdicts | {JudgeVerdict.MLE}
    return program.expected_verdicts


def _check_result(problem, program, result, time_limit, report):
    got = result.verdict
    first_failure = next((t for t in result.tests if t.verdict != JudgeVerdict.AC), None)
    where = f" on {first_failure.name}: {first_failure.feedback}" if first_failure else ""
    allowed = allowed_verdicts(program)
    if got == JudgeVerdict.JE:
        report.error(program.path, None, f"judging failed (JE): {result.message or where}")
    elif program.folder == PARTIAL_FOLDER:
        if not 0 < result.score < result.max_score:
            report.error(program.path, None, f"should score partially but got {result.score:g}/"
                                             f"{result.max_score:g} ({got.value})")
    elif got not in allowed:
        expects = " or ".join(sorted(v.value for v in allowed))
        message = (not_robust_message(problem, result, time_limit) if program.expected == JudgeVerdict.TLE
                   else f"got {got.value}, but {_expectation(program)} expects {expects}{where}")
        report.error(program.path, None, message[:600])
    elif got == JudgeVerdict.AC and program.folder != SLOW_FOLDER:
        if problem.scoring and result.score != result.max_score:
            report.error(program.path, None, f"accepted but scored {result.score:g}/{result.max_score:g}")
        slowest = max((test.cpu_time for test in result.tests), default=0.0)
        if slowest > time_limit / ACCEPTED_MARGIN:
            report.warning(program.path, None, f"slowest test took {slowest:.2f} s, more than half the "
                                               f"time limit of {time_limit:g} s; raise the limit or speed it up")


def _expectation(program):
    """Where a submission's expectation comes from, for messages."""
    if program.folder in FOLDER_VERDICTS:
        return f"submissions/{program.folder}/"
    return "its @EXPECTED_RESULTS@ tag"


def problem_dirs(bank_root):
    """The problem packages of the bank at ``bank_root``: subfolders of ``coding/`` holding a problem.yaml."""
    folder = Path(bank_root) / CODING_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if (p / "problem.yaml").is_file())


def check_coding(bank_root, report):
    """A ``question_bank.check`` checker: check every coding problem of the bank."""
    from question_bank.paths import skills_path
    from question_bank.taxonomy import read_taxonomy

    taxonomy, _ = read_taxonomy(skills_path(bank_root)) if skills_path(bank_root).is_file() else (None, [])
    skill_ids = taxonomy.skill_ids if taxonomy is not None else None
    dirs = problem_dirs(bank_root)
    for path in dirs:
        check_one_problem(path, report, skill_ids)


def check_one_problem(path, report, skill_ids):
    """Check the problem at ``path`` (cached per content), and claim its id; for ``vetkit bank check PROBLEM``."""
    salt = f"{grading_fingerprint()}\0{sorted(skill_ids or ())}"
    cached_check(path, report, lambda folder, sub: check_problem(folder, sub, skill_ids=skill_ids,
                                                                   require_input_validators=True), salt=salt)
    report.claim_id(Path(path).name, Path(path) / "problem.yaml", None, kind="coding problem")
    report.count_checked(KIND, 1)


def coding_summaries(bank_root):
    """The coding problems of the bank, for ``vetkit bank stats`` (unloadable ones left out)."""
    summaries = []
    for path in problem_dirs(bank_root):
        problem, _ = inspect_problem(path)
        if problem is None:
            continue
        metadata = problem.metadata
        summaries.append(ItemSummary(KIND, path.name, "scoring" if problem.scoring else "pass-fail",
                                     metadata.skills if metadata else (),
                                     (metadata.difficulty if metadata else None) or "unknown",
                                     minutes=metadata.estimated_minutes if metadata else None))
    return summaries


register_checker(check_coding)
register_item_checker("problem.yaml", check_one_problem)
register_stats_source(KIND, coding_summaries)

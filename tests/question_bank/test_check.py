"""The bank check: every error of the fixture bank, with file and line; the report; the checker registry."""

import pytest

from question_bank import CHECKERS, Report, check_bank, register_checker
from question_bank import check as check_module
from question_bank.check_quiz import check_quiz, check_taxonomy

from .helpers import BAD_BANK, GOOD_BANK, expectations


def test_good_bank_is_clean():
    report = check_bank(GOOD_BANK)
    assert report.ok and report.findings == []
    assert report.checked["quiz"] == 11


def test_bad_bank_reports_every_marked_problem_at_its_file_and_line():
    report = check_bank(BAD_BANK)
    expected = expectations(BAD_BANK)
    assert len(expected) >= 35
    for file, line, severity, text in expected:
        matches = [f for f in report.findings if f.file.endswith(file.split("bank_bad/")[1]) and f.line == line
                   and f.severity == severity and text in f.message]
        assert matches, f"no {severity} containing {text!r} at {file}:{line}"


def test_bad_bank_has_no_unexpected_error():
    marked = {(file.split("bank_bad/")[1], line) for file, line, _, _ in expectations(BAD_BANK)}
    unexpected = [f.format() for f in check_bank(BAD_BANK).findings
                  if f.line is not None and (f.file.split("bank_bad/")[1], f.line) not in marked]
    assert unexpected == []


def test_misnamed_quiz_file_is_a_whole_file_warning():
    report = check_bank(BAD_BANK)
    [finding] = [f for f in report.warnings if f.file.endswith("old-name.yml")]
    assert finding.line is None and "rename it" in finding.message


def test_messages_are_one_sentence_saying_what_to_do():
    for finding in check_bank(BAD_BANK).findings:
        assert ";" in finding.message or "?" in finding.message, finding.message
        assert "\n" not in finding.message


def test_a_single_quiz_file_is_checked_against_the_nearest_taxonomy():
    report = check_bank(BAD_BANK / "quiz" / "errors.yaml")
    assert not report.ok
    assert any("not in the taxonomy" in f.message for f in report.errors)
    assert check_bank(GOOD_BANK / "quiz" / "basics.yaml").ok


def test_a_missing_path_is_an_error(tmp_path):
    report = check_bank(tmp_path / "nowhere")
    assert not report.ok and "does not exist" in report.errors[0].message


def test_a_bank_without_taxonomy_or_quiz_folder(tmp_path):
    report = check_bank(tmp_path)
    assert [f.message for f in report.errors if f.file.endswith("skills.yaml")] == [
        "is missing; every bank needs a skill taxonomy (see docs/formats-quiz.md)"]
    assert report.checked["quiz"] == 0


def test_shipped_bank_has_no_errors():
    """The taxonomy and quiz items (the coding and take-home checks run in tests/test_bank.py)."""
    report = check_bank(checkers=[check_taxonomy, check_quiz])
    assert report.errors == [], "\n".join(report.lines())


def test_report_collects_sorts_and_serialises():
    report = Report()
    report.warning("b.yaml", 3, "looks odd; check it")
    report.error("a.yaml", 7, "is wrong; fix it")
    report.error("a.yaml", None, "is broken; fix it")
    report.count_checked("quiz", 2)
    assert [f.format() for f in report.findings] == [
        "a.yaml: error: is broken; fix it", "a.yaml:7: error: is wrong; fix it",
        "b.yaml:3: warning: looks odd; check it"]
    assert report.summary() == "checked 2 quiz items: 2 errors, 1 warning"
    assert report.to_json() == {
        "errors": [{"file": "a.yaml", "line": None, "message": "is broken; fix it"},
                   {"file": "a.yaml", "line": 7, "message": "is wrong; fix it"}],
        "warnings": [{"file": "b.yaml", "line": 3, "message": "looks odd; check it"}],
        "ok": False, "checked": {"quiz": 2}}


def test_claim_id_reports_duplicates_across_kinds():
    report = Report()
    assert report.claim_id("two-sum", "coding/two-sum/vetkit.yaml", 1, kind="problem")
    assert not report.claim_id("two-sum", "quiz/a.yaml", 4)
    assert report.errors[0].format() == ("quiz/a.yaml:4: error: item id 'two-sum' is already used at "
                                         "coding/two-sum/vetkit.yaml:1; give each item a unique id")


def test_registered_checkers_run_in_order_and_a_crash_does_not_stop_the_others(tmp_path, monkeypatch):
    monkeypatch.setattr(check_module, "CHECKERS", [])
    calls = []

    def check_first(bank_root, report):
        calls.append(("first", bank_root))
        raise RuntimeError("boom")

    def check_second(bank_root, report):
        calls.append(("second", bank_root))
        report.warning(bank_root / "x.yaml", 1, "second ran; nothing to do")

    assert register_checker(check_first) is check_first
    register_checker(check_second)
    register_checker(check_first)  # registering twice runs it once
    report = check_bank(tmp_path)
    assert calls == [("first", tmp_path), ("second", tmp_path)]
    assert "checker check_first crashed (RuntimeError: boom)" in report.errors[0].message
    assert len(report.warnings) == 1


def test_default_checkers():
    assert [c.__name__ for c in CHECKERS[:2]] == ["check_taxonomy", "check_quiz"]


@pytest.mark.parametrize("computation, ok", [("1 / 2", True), ("0.51", True), ("0.5100001", False),
                                             ("math.nan", False), ("1 / 0", False)])
def test_computation_must_match_the_answer_within_tolerance(tmp_path, computation, ok):
    (tmp_path / "quiz").mkdir()
    (tmp_path / "skills.yaml").write_text((GOOD_BANK / "skills.yaml").read_text())
    (tmp_path / "quiz" / "q.yaml").write_text(
        "items:\n  - {id: q, type: numeric, prompt: P, skills: [maths.probability], difficulty: easy,\n"
        f"     answer: 0.5, tolerance: {{abs: 0.01}}, rounding: {{decimals: 2}}, computation: '{computation}',\n"
        "     explanation: E}\n")
    report = check_bank(tmp_path)
    assert report.ok is ok, report.lines()

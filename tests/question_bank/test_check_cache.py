"""The bank check's cache: keyed by everything that decides a result, and naming the checkout being checked."""

import shutil

from question_bank.check_cache import cached_check
from question_bank.findings import error, warning
from question_bank.report import Report


def _item(root):
    folder = root / "bank" / "item"
    folder.mkdir(parents=True)
    (folder / "problem.yaml").write_text("name: x\n")
    return folder


def _checker(calls):
    def check(folder, report):
        calls.append(folder)
        report.add(error(folder / "problem.yaml", 1, "is broken"))
        report.add(warning("elsewhere.yaml", None, "outside the item"))
    return check


def test_a_cached_finding_names_the_checkout_being_checked(tmp_path, monkeypatch):
    monkeypatch.setenv("VETKIT_CACHE_DIR", str(tmp_path / "cache"))
    first = _item(tmp_path / "one")
    calls = []
    cached_check(first, Report(), _checker(calls), salt="s")
    second = tmp_path / "two" / "bank" / "item"
    shutil.copytree(first, second)
    report = Report()
    assert cached_check(second, report, _checker(calls), salt="s") is True
    assert calls == [first]
    assert sorted(f.file for f in report.findings) == sorted([str(second / "problem.yaml"), "elsewhere.yaml"])


def test_a_different_salt_or_content_runs_the_check_again(tmp_path, monkeypatch):
    monkeypatch.setenv("VETKIT_CACHE_DIR", str(tmp_path / "cache"))
    folder = _item(tmp_path)
    calls = []
    assert cached_check(folder, Report(), _checker(calls), salt="a") is False
    assert cached_check(folder, Report(), _checker(calls), salt="a") is True
    assert cached_check(folder, Report(), _checker(calls), salt="b") is False
    (folder / "problem.yaml").write_text("name: y\n")
    assert cached_check(folder, Report(), _checker(calls), salt="a") is False
    assert len(calls) == 3


def test_the_fingerprint_covers_checker_code_and_settings(monkeypatch):
    from grader import fingerprint

    fingerprint.grading_fingerprint.cache_clear()
    monkeypatch.setattr(fingerprint.sandbox, "runner_image", lambda: "vetkit-runner:test")
    before = fingerprint.grading_fingerprint()
    fingerprint.grading_fingerprint.cache_clear()
    monkeypatch.setenv("VETKIT_CACHE_DIR", "/elsewhere")
    assert fingerprint.grading_fingerprint() == before, "where the cache lives decides no result"
    fingerprint.grading_fingerprint.cache_clear()
    monkeypatch.setenv("VETKIT_TIME_FACTOR", "3")
    assert fingerprint.grading_fingerprint() != before
    fingerprint.grading_fingerprint.cache_clear()
    monkeypatch.delenv("VETKIT_TIME_FACTOR")
    paths = [str(p) for p in fingerprint.Path(fingerprint.__file__).resolve().parent.parent.glob(
        fingerprint.CHECKER_MODULES)]
    assert any(p.endswith("question_bank/check_cache.py") for p in paths)
    fingerprint.grading_fingerprint.cache_clear()

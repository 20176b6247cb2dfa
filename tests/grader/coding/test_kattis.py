"""Loading problem packages: both problem.yaml formats, test groups and points, metadata, and bad packages."""

import shutil

import pytest

from grader.errors import ProblemError
from grader.coding.kattis import DEFAULT_MEMORY_MB, DRAFT_2023, LEGACY, MAX_MEMORY_MB, inspect_problem, load_problem
from grader.coding.sources import is_old_python2, is_python2
from grader.coding.timelimit import package_hash
from tests.grader.helpers import PROBLEMS, copy_problem


def test_legacy_pass_fail_problem():
    problem = load_problem(PROBLEMS / "sum")
    assert (problem.name, problem.format_version, problem.scoring) == ("Sum of two", LEGACY, False)
    assert (problem.time_limit, problem.time_limit_source, problem.memory_mb) == (1.0, ".timelimit", 64)
    assert problem.output_mb == 1
    assert problem.time_multiplier == 5.0 and problem.validator is None
    assert [case.name for case in problem.tests] == ["sample/1", "secret/01", "secret/02", "secret/03"]
    assert problem.statement.name == "problem.en.md" and problem.max_score == 1.0
    folders = {program.path.name: program.folder for program in problem.submissions}
    assert folders["multi_java"] == "accepted" and folders["spin.cpp"] == "time_limit_exceeded"
    assert {p.path.name: p.language for p in problem.submissions}["multi_java"] == "java"


def test_2023_draft_problem_with_flags_from_testdata_yaml():
    problem = load_problem(PROBLEMS / "floats")
    assert (problem.name, problem.format_version, problem.time_limit) == ("Divide", DRAFT_2023, 1.0)
    assert problem.time_multiplier == 2.0 and problem.statement.parent.name == "statement"
    assert {case.flags for case in problem.tests} == {("float_tolerance", "1e-6")}


def test_custom_validator_and_computed_time_limit():
    problem = load_problem(PROBLEMS / "anypair")
    assert problem.validator.language == "python" and "validate.py" in problem.validator.files
    assert problem.time_limit is None and "computed" in problem.time_limit_source


def test_scoring_groups_are_a_tree_with_their_settings():
    problem = load_problem(PROBLEMS / "groups")
    assert problem.scoring and problem.max_score == 100 and problem.legacy_grading
    assert [(g.name, len(g.cases)) for g in problem.groups] == [
        ("sample", 1), ("secret", 4), ("secret/group1", 2), ("secret/group2", 2)]
    group1 = problem.groups[2].settings
    assert (group1.accept_score, group1.grader_flags, group1.range, group1.on_reject) == (
        30, ("min",), (0, 30), "continue")  # on_reject inherited from data/secret
    assert [g.max_points for g in problem.groups] == [0, 100, 30, 70]  # earned when every test passes


def test_tests_and_subgroups_are_judged_in_name_order(tmp_path):
    path = copy_problem("groups", tmp_path)
    nested = path / "data/secret/group2/deeper"
    nested.mkdir()
    (nested / "9.in").write_text("1\n5\n")
    (nested / "9.ans").write_text("5\n")
    (path / "data/secret/0.in").write_text("1\n1\n")
    (path / "data/secret/0.ans").write_text("1\n")
    problem = load_problem(path)
    assert [case.name for case in problem.tests][1:] == [
        "secret/0", "secret/group1/1", "secret/group1/2", "secret/group2/1", "secret/group2/2",
        "secret/group2/deeper/9"]
    assert problem.tests[-1].group == "secret/group2/deeper"


def test_function_style_metadata():
    meta = load_problem(PROBLEMS / "twosum").metadata
    assert meta.skills == ("algorithms.hash-maps", "algorithms.arrays-two-pointers")
    assert (meta.difficulty, meta.estimated_minutes, meta.function.name) == ("easy", 15, "two_sum")
    assert b"from solution import two_sum" in meta.function.driver
    assert meta.starter["python"].name == "solution.py" and meta.editorial.name == "editorial.md"
    assert len(meta.hints) == 1


def errors_of(path):
    problem, findings = inspect_problem(path)
    return problem, [f.format() for f in findings if f.is_error]


def test_malformed_problem_yaml_names_file_and_line(tmp_path):
    path = copy_problem("sum", tmp_path)
    (path / "problem.yaml").write_text("name: Sum\nlimits: [1, 2\n")
    with pytest.raises(ProblemError, match=r"problem\.yaml:\d+: .*not valid YAML") as caught:
        load_problem(path)
    assert caught.value.findings and "Traceback" not in str(caught.value)


def test_missing_answer_file_is_named(tmp_path):
    path = copy_problem("sum", tmp_path)
    (path / "data/secret/02.ans").unlink()
    with pytest.raises(ProblemError, match=r"secret/02\.in: has no answer file 02\.ans"):
        load_problem(path)


@pytest.mark.parametrize("yaml_text, message", [
    ("validation: default interactive\n", "is interactive but has no interactor"),
    ("problem_format_version: 2023-07-draft\ntype: [pass-fail, interactive]\n", "has no interactor"),
    ("problem_format_version: 2023-07-draft\ntype: multi-pass\n", "multi-pass problems are not supported"),
    ("type: speed\n", "type 'speed' is unknown"),
    ("problem_format_version: '2099'\n", "problem_format_version '2099' is not supported"),
    ("validation: strict\n", "validation 'strict' must be 'default' or 'custom'"),
    ("limits: {time_limit: -1}\n", "limits.time_limit is -1"),
    ("validation: custom\n", "asks for a custom validator"),
    ("- a list\n", "must be a mapping"),
])
def test_bad_problem_yaml_gets_a_clear_error(tmp_path, yaml_text, message):
    path = copy_problem("sum", tmp_path)
    (path / "problem.yaml").write_text(yaml_text)
    with pytest.raises(ProblemError, match=message):
        load_problem(path)


def test_missing_folders_and_files(tmp_path):
    assert "is not a folder" in errors_of(tmp_path / "nothing")[1][0]
    (tmp_path / "empty").mkdir()
    assert "problem.yaml: error: is missing" in errors_of(tmp_path / "empty")[1][0]
    path = copy_problem("sum", tmp_path)
    for file in [*(path / "data/secret").iterdir(), *(path / "data/sample").iterdir()]:
        file.unlink()
    assert any("has no tests" in e for e in errors_of(path)[1])
    shutil.rmtree(path / "data")
    assert any("data: error: is missing" in e for e in errors_of(path)[1])


def test_memory_is_capped_with_a_warning_and_defaults_like_problemtools(tmp_path):
    path = copy_problem("sum", tmp_path)
    (path / "problem.yaml").write_text("limits: {memory: 4096, output: 1000}\n")
    problem = load_problem(path)
    assert (problem.memory_mb, problem.output_mb) == (MAX_MEMORY_MB, 64)
    assert any("capped" in w.message for w in problem.warnings)
    for yaml_text in ("name: x\n", "problem_format_version: 2023-07-draft\n"):
        (path / "problem.yaml").write_text(yaml_text)
        problem = load_problem(path)
        assert problem.memory_mb == DEFAULT_MEMORY_MB == 1024  # problemtools' default, both formats
        assert not any("capped" in w.message for w in problem.warnings)


def test_unknown_keys_warn_in_problem_yaml_but_are_errors_in_vetkit_yaml(tmp_path):
    path = copy_problem("twosum", tmp_path)
    (path / "problem.yaml").write_text("problem_format_version: 2023-07-draft\nlimits: {time_limit: 1}\nflavour: x\n")
    (path / "vetkit.yaml").write_text("skills: [Graphs]\ndifficulty: brutal\nestimated_minutes: 0\nskils: []\n"
                                      "editorial: ../../etc/passwd\nfunction: {name: 1x, driver: driver.py}\n")
    problem, findings = inspect_problem(path)
    text = "\n".join(f.format() for f in findings)
    assert "problem.yaml:3: warning: unknown key 'flavour'" in text
    for message in ("vetkit.yaml:4: error: unknown key 'skils'", "skill 'Graphs' is not an id",
                    "difficulty 'brutal'", "estimated_minutes 0", "not a file inside the package",
                    "function name '1x'"):
        assert message in text


def test_package_hash_follows_contents(tmp_path):
    path = copy_problem("anypair", tmp_path)
    before = package_hash(path)
    assert package_hash(path) == before
    (path / "data/secret/1.ans").write_text("2 8\n")
    assert package_hash(path) != before


def test_bad_testdata_settings_are_named(tmp_path):
    path = copy_problem("groups", tmp_path)
    for text, message in [("range: lots\n", r"group1/testdata\.yaml:1: 'range' must be two numbers"),
                          ("on_reject: stop\n", "'on_reject' is 'stop'; use break or continue"),
                          ("grading: custom\n", "custom graders in graders/ are not run"),
                          ("accept_score: many\n", "'accept_score' is 'many'; write a number")]:
        (path / "data/secret/group1/testdata.yaml").write_text(text)
        with pytest.raises(ProblemError, match=message):
            load_problem(path)


def test_samples_alone_are_judged_with_a_warning(tmp_path):
    path = copy_problem("sum", tmp_path)
    shutil.rmtree(path / "data/secret")
    problem, findings = inspect_problem(path)
    assert not [f for f in findings if f.is_error]
    assert any("judging on the samples alone" in f.message for f in findings)
    assert [case.name for case in problem.tests] == ["sample/1"]
    shutil.rmtree(path / "data/sample")
    assert any("has no tests" in e for e in errors_of(path)[1])


def test_interactive_problems_load_with_their_interactor():
    problem = load_problem(PROBLEMS / "guess")
    assert problem.interactive and problem.validator.path.name == "interactor"
    assert [case.name for case in problem.samples] == ["sample/1"]  # 1.interaction is for the statement


def test_submissions_in_other_languages_are_skipped_with_a_warning(tmp_path):
    path = copy_problem("sum", tmp_path)
    (path / "submissions/accepted/sum.go").write_text("package main\n")
    (path / "submissions/accepted/sum_py2.py").write_text("#!/usr/bin/env python2\nprint sum(map(int, raw_input().split()))\n")
    (path / "submissions/accepted/prolog").mkdir()
    (path / "submissions/accepted/prolog/sum.pl").write_text("main.\n")
    (path / "submissions/slow_accepted").mkdir()
    (path / "submissions/slow_accepted/slow.py").write_text("print(1)\n")
    problem, findings = inspect_problem(path)
    skipped = sorted(f.file.rsplit("/", 1)[1] for f in findings if "is skipped" in f.message)
    assert skipped == ["prolog", "sum.go", "sum_py2.py"] and not any(f.is_error for f in findings)
    assert any("Python 2" in f.message for f in findings)
    assert {p.folder for p in problem.submissions} >= {"accepted", "slow_accepted"}


@pytest.mark.parametrize("yaml_text, multiplier, margin", [
    ("limits: {time_multiplier: 3, time_safety_margin: 4}\n", 3.0, 4.0),
    ("problem_format_version: 2023-07-draft\nlimits: {time_multipliers: {ac_to_time_limit: 2.5}}\n", 2.5, 1.5),
    ("problem_format_version: 2023-07-draft\n", 2.0, 1.5),
])
def test_time_multipliers_per_format(tmp_path, yaml_text, multiplier, margin):
    path = copy_problem("sum", tmp_path)
    (path / "problem.yaml").write_text(yaml_text)
    problem = load_problem(path)
    assert (problem.time_multiplier, problem.safety_margin) == (multiplier, margin)


@pytest.mark.parametrize("files, python2", [
    ({"a.py": b"#!/usr/bin/env python2\nprint 1\n"}, True),
    ({"a.py": b"#! /usr/bin/python2.7\nprint 1\n"}, True),
    ({"a.py": b"#!/usr/bin/python27\nprint 1\n"}, False),  # python2\b needs a word end after the 2
    ({"a.py": b"#!/usr/bin/python\nprint 1\n"}, False),  # a bare python is Python 3, as in problemtools
    ({"a.py": b"#!/usr/bin/env python2\n", "b.py": b"x = 1\n"}, False),  # most files say Python 3
    ({"a.py": b"#!/usr/bin/env python2\n", "b.py": b"#!/usr/bin/python2\n"}, True),
])
def test_python2_is_told_apart_as_problemtools_does(files, python2):
    assert is_python2(files) == python2


@pytest.mark.parametrize("files, old", [
    ({"a.py": b"#!/usr/bin/python\n\nprint \"500\"\n"}, True),  # problemtools' guess/wrong_answer/guess.py
    ({"a.py": b"#!/usr/bin/env python\r\nprint 1\r\n"}, True),
    ({"a.py": b"#!/usr/bin/python\nprint(1)\n"}, False),  # valid Python 3: run as Python 3
    ({"a.py": b"#!/usr/bin/python3\nprint 1\n"}, False),  # says Python 3: a syntax error is a compile error
    ({"a.py": b"print 1\n"}, False),  # no shebang: Python 3
    ({"a.py": b"#!/usr/bin/python\nprint 1\n", "b.py": b"x = 1\n"}, False),  # not every file says python
])
def test_version_less_python2_references_are_told_apart(files, old):
    assert is_old_python2(files) == old


def test_a_version_less_python2_reference_is_skipped_with_a_warning(tmp_path):
    path = copy_problem("sum", tmp_path)
    (path / "submissions/wrong_answer").mkdir(exist_ok=True)
    (path / "submissions/wrong_answer/old.py").write_text("#!/usr/bin/python\n\nprint \"500\"\n")
    problem, findings = inspect_problem(path)
    skipped = [f for f in findings if "is skipped" in f.message]
    assert [f.file.rsplit("/", 1)[1] for f in skipped] == ["old.py"] and "Python 2" in skipped[0].message
    assert not any(f.is_error for f in findings)
    assert all(p.path.name != "old.py" for p in problem.submissions)

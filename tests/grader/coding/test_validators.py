"""The default output validator behaves as problemtools' default_validator.cc, flag by flag; custom ones by exit code."""

import pytest

from grader.coding.judge import judge
from grader.coding.results import JudgeVerdict as V
from grader.errors import ProblemError
from grader.coding.validators import DefaultFlags, default_validate, parse_flags, parse_float
from tests.grader.helpers import copy_problem

SPACE = parse_flags(["space_change_sensitive"])
CASE = parse_flags(["case_sensitive"])
FLOAT = parse_flags(["float_tolerance", "1e-6"])


def accepted(answer, output, flags=DefaultFlags()):
    return default_validate(answer, output, flags).accepted


@pytest.mark.parametrize("output", [b"A B", b" A  B \t\n", b"a b\n", b"A\nB", b"\r\nA\r\nB\r\n"])
def test_whitespace_and_case_are_lenient_by_default(output):
    assert accepted(b"A B\n", output)


@pytest.mark.parametrize("output", [b"A B X", b"X A B", b"A B\n\n X", b"A", b"", b"\n", b"AB"])
def test_missing_extra_or_changed_tokens_are_wrong(output):
    assert not accepted(b"A B\n", output)


def test_no_output_where_output_is_expected_is_wrong_and_says_so():
    result = default_validate(b"42\n", b"")
    assert not result.accepted and "empty" in result.message


def test_empty_answer_accepts_only_whitespace():
    assert accepted(b"", b" \n\t")
    assert not accepted(b"", b"0")
    assert not accepted(b"", b"\x00")


def test_space_change_sensitive_compares_every_whitespace_byte():
    assert accepted(b"1 2\n", b"1 2\n", SPACE)
    for output in (b"1 2", b"1  2\n", b"1\t2\n", b"1 2\n\n", b" 1 2\n", b"1 2\r\n"):
        assert not accepted(b"1 2\n", output, SPACE), output


def test_missing_final_newline_is_fine_unless_space_sensitive():
    assert accepted(b"yes\n", b"yes")
    assert not accepted(b"yes\n", b"yes", SPACE)


def test_case_sensitivity_is_ascii_only_and_off_by_default():
    assert accepted(b"Yes", b"YES")
    assert not accepted(b"Yes", b"YES", CASE)
    assert not accepted("ż".encode(), "Ż".encode())  # strcasecmp folds ASCII only


def test_nul_bytes_are_part_of_tokens():
    assert accepted(b"a\x00b\n", b"a\x00b\n")
    assert not accepted(b"ab\n", b"a\x00b\n")
    assert not accepted(b"a\n", b"a\x00\n")


def test_very_long_lines_are_compared_in_full():
    line = b"7 " * 200_000
    assert accepted(line + b"\n", line)
    assert not accepted(line + b"\n", line[:-2] + b"8 ")


@pytest.mark.parametrize("output", [b"0.3333333", b"0.333333", b"3.333333e-1", b"+0.33333334", b"0x1.5555555p-2"])
def test_float_tolerance_accepts_close_values(output):
    assert accepted(b"0.333333333", output, FLOAT)


@pytest.mark.parametrize("output", [b"0.33", b"0.3334", b"abc", b"0.333333333x", b"nan", b"inf", b"1/3"])
def test_float_tolerance_rejects_far_values_and_non_numbers(output):
    assert not accepted(b"0.333333333", output, FLOAT)


def test_relative_and_absolute_tolerances():
    relative = parse_flags(["float_relative_tolerance", "1e-3"])
    absolute = parse_flags(["float_absolute_tolerance", "1e-3"])
    assert accepted(b"1000000", b"1000999", relative) and not accepted(b"1000000", b"1000999", absolute)
    assert accepted(b"0.0001", b"0.0009", absolute) and not accepted(b"0.0001", b"0.0009", relative)


def test_without_tolerance_floats_are_strings_and_words_stay_words():
    assert not accepted(b"1.0", b"1.00")
    assert accepted(b"YES 1.5", b"yes 1.5000001", FLOAT)
    assert not accepted(b"YES", b"1", FLOAT)


def test_rejection_message_names_lines_and_tokens():
    result = default_validate(b"a\nb\nc\n", b"a\nb\nx\n")
    assert result.message.startswith("wrong answer on line 3 of the output (line 3 of the answer)")
    assert "'c'" in result.message and "'x'" in result.message


def test_strtod_like_float_parsing():
    assert parse_float(b"1e5") == 1e5 and parse_float(b"-.5") == -0.5 and parse_float(b"0x10") == 16
    assert parse_float(b"1e999") is None and parse_float(b"1_0") is None and parse_float(b"") is None


@pytest.mark.parametrize("flags", [["float_tolerance"], ["float_tolerance", "x"], ["ignore_case"]])
def test_bad_flags_are_a_problem_error(flags):
    with pytest.raises(ProblemError):
        parse_flags(flags)


QUOTING_VALIDATOR = """import sys
output = sys.stdin.read()
print("team output: " + output.strip(), file=sys.stderr)  # validators often quote the team's output
sys.exit(42 if output.split() == open(sys.argv[2]).read().split() else 43)
"""


@pytest.mark.docker
def test_a_validator_is_decided_by_its_exit_code_alone(runner_image, tmp_path):
    path = copy_problem("broken", tmp_path)
    (path / "output_validators/crash.py").write_text(QUOTING_VALIDATOR)
    for data in ("sample/1", "secret/1"):
        (path / f"data/{data}.ans").write_text("MemoryError\n")
    quoted = judge(path, {"a.py": b"print('MemoryError', flush=True)\n"}, language="python")
    assert quoted.verdict == V.AC  # the validator's stderr says MemoryError: it accepted all the same
    wrong = judge(path, {"a.py": b"print('java.lang.OutOfMemoryError std::bad_alloc')\n"}, language="python")
    assert wrong.verdict == V.WA and wrong.tests[0].verdict == V.WA

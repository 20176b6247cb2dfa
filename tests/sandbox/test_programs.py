"""Ordinary programs in every language: stdin to stdout exactly, unicode, binary, exit codes, CE."""

import pytest

import sandbox
from sandbox import Verdict
from tests.sandbox.helpers import load, run_fixture

pytestmark = pytest.mark.docker
PAYLOAD = "line one\nżółć 日本語 🙂\n\ttabs and  spaces \n".encode() + bytes([0, 255, 10])


@pytest.mark.parametrize("program", ["programs/echo.py", "programs/echo.c", "programs/echo.cpp",
                                     "programs/Echo.java"])
def test_echo_is_byte_exact_for_many_inputs_in_one_container(runner_image, program):
    inputs = [PAYLOAD, b"", b"no newline at end", b"x" * 300_000]
    batch, _ = run_fixture(program, inputs)
    assert batch.compile.verdict == Verdict.OK
    assert [run.verdict for run in batch.runs] == [Verdict.OK] * 4
    assert [run.stdout for run in batch.runs] == inputs
    assert all(run.exit_code == 0 and run.signal is None for run in batch.runs)
    assert all(run.memory_kb > 0 and run.wall_time > 0 for run in batch.runs)


def test_binary_output_comes_back_unchanged(runner_image):
    batch, _ = run_fixture("programs/binary.py")
    assert batch.runs[0].stdout == bytes(range(256)) + b"\x00end"


def test_unicode_output_from_cpp(runner_image):
    batch, _ = run_fixture("programs/unicode.cpp")
    assert batch.runs[0].stdout.decode() == "żółć 日本語 🙂\n"


@pytest.mark.parametrize("program", ["programs/exit3.py", "programs/exit3.c"])
def test_nonzero_exit_is_rte_with_its_code_and_output(runner_image, program):
    run = run_fixture(program)[0].runs[0]
    assert (run.verdict, run.exit_code, run.stdout) == (Verdict.RTE, 3, b"partial\n")


@pytest.mark.parametrize("program, needle", [("programs/syntax_error.py", "SyntaxError"),
                                             ("programs/syntax_error.c", "undefined_name"),
                                             ("programs/syntax_error.java", "incompatible types")])
def test_compile_errors_are_ce_with_the_compilers_message(runner_image, program, needle):
    batch, _ = run_fixture(program)
    assert batch.compile.verdict == Verdict.CE
    assert batch.verdict == Verdict.CE and batch.runs == []
    assert needle in batch.compile.output


def test_java_main_class_is_found_whatever_the_file_is_called(runner_image):
    run = run_fixture("programs/Misnamed.java", [b"21\n"])[0].runs[0]
    assert (run.verdict, run.stdout) == (Verdict.OK, b"42\n")


@pytest.mark.parametrize("folder, language", [("programs/multi_py", "python"), ("programs/multi_cpp", "cpp")])
def test_multi_file_submissions(runner_image, folder, language):
    run = run_fixture(folder, [b"12\n"], language=language)[0].runs[0]
    assert (run.verdict, run.stdout) == (Verdict.OK, b"144\n")


def test_session_api_compiles_once_and_runs_lazily(runner_image):
    with sandbox.Sandbox(load("programs/echo.c"), language="c") as box:
        assert box.compile().verdict == Verdict.OK
        assert box.run(b"a").stdout == b"a"
        assert box.run(b"b").stdout == b"b"


@pytest.mark.parametrize("files, language, message", [
    ({"a.py": b"print(1)"}, "cobol", "unknown language"),
    ({}, "python", "no files"),
    ({"a.py": b"   \n"}, "python", "empty"),
    ({"a.py": b"print('\xff')"}, "python", "not UTF-8"),
    ({"a.txt": b"hello"}, "c", "no c source"),
])
def test_bad_submissions_get_one_clear_sentence(files, language, message):
    with pytest.raises(sandbox.InvalidSubmission, match=message):
        sandbox.run_program(files, language=language)


def test_python_starts_without_the_debian_startup_hooks_but_keeps_the_stack(runner_image):
    """Debian's sitecustomize (apport) and setuptools' distutils .pth cost every Python start ~2 ms."""
    source = (b"import sys\nprint(sorted(m for m in sys.modules if 'sitecustomize' in m or 'distutils' in m))\n"
              b"import numpy, pandas, sklearn\nprint('stack')\n")
    run = sandbox.run_program({"main.py": source}, language="python").runs[0]
    assert (run.verdict, run.stdout) == (Verdict.OK, b"[]\nstack\n")

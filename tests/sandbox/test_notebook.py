"""Notebooks in the sandbox: ok, a failing cell, an endless cell, a dying kernel, OOM, huge output, bad JSON."""

import dataclasses
import time

import pytest

import sandbox
from tests.conftest import FILES

pytestmark = pytest.mark.docker
NOTEBOOKS = FILES / "notebooks"
FAST = sandbox.NotebookLimits(cell_timeout=30, timeout=60, memory_mb=512, output_bytes=256 * 1024)
"""Room for importing the ML stack on a loaded machine; the endless cells get shorter timeouts."""
BOUND_SECONDS = 90


def run(name, limits=FAST, **kwargs):
    started = time.monotonic()
    result = sandbox.run_notebook((NOTEBOOKS / name).read_bytes(), limits=limits, **kwargs)
    assert time.monotonic() - started < BOUND_SECONDS
    return result


def test_ok_notebook_runs_top_to_bottom_with_the_ml_stack(runner_image):
    result = run("ok.ipynb", collect=["predictions.csv"])
    assert (result.status, result.cells_executed, result.error) == ("ok", 3, None)
    assert result.notebook.cells[2].outputs[0]["text"] == "[0, 1]\n"
    assert result.files == {"predictions.csv": b"a\n1\n2\n"}


def test_given_files_are_readable_and_written_files_come_back(runner_image):
    result = run("reads_data.ipynb", files={"data.txt": b"hello data\n"}, collect=["predictions.csv", "nope.csv"])
    assert result.status == "ok"
    assert result.notebook.cells[0].outputs[0]["text"] == "hello data\n"
    assert result.files == {"predictions.csv": b"id,p\n1,0.5\n"}


def test_failing_cell_stops_the_run_with_its_traceback(runner_image):
    result = run("failing_cell.ipynb")
    assert (result.status, result.cells_executed) == ("error", 2)
    assert result.error["cell_index"] == 1 and result.error["ename"] == "ZeroDivisionError"
    assert "1 / 0" in result.error["traceback"]


def test_endless_cell_times_out(runner_image):
    result = run("endless_cell.ipynb", limits=dataclasses.replace(FAST, cell_timeout=5))
    assert result.status == "timeout"
    assert result.error["cell_index"] == 1


def test_endless_cell_is_a_timeout_not_a_dead_kernel(runner_image):
    limits = sandbox.NotebookLimits(cell_timeout=120, timeout=20, memory_mb=512)
    result = run("endless_only_cell.ipynb", limits=limits)
    assert result.status == "timeout", result.error
    backstop = run("cpu_rlimit.ipynb", limits=limits)  # the kernel's CPU rlimit lies well past the timeout
    assert int(backstop.notebook.cells[0].outputs[0]["text"]) >= limits.timeout * limits.cpus + 10


def test_a_process_that_holds_the_executors_stderr_does_not_stall_the_run(runner_image):
    result = run("holds_stderr.ipynb")
    assert (result.status, result.cells_executed, result.error) == ("ok", 2, None)


def test_kernel_that_exits_is_reported_dead(runner_image):
    result = run("kernel_dies.ipynb")
    assert result.status == "kernel_died"
    assert result.error["cell_index"] == 1
    assert not result.oom_killed


def test_out_of_memory_cell_kills_the_kernel_not_the_executor(runner_image):
    result = run("oom_cell.ipynb", limits=sandbox.NotebookLimits(cell_timeout=30, timeout=60, memory_mb=256))
    assert (result.status, result.oom_killed) == ("kernel_died", True)


def test_huge_output_is_capped(runner_image):
    result = run("huge_output.ipynb")
    assert result.status == "ok" and result.outputs_truncated
    size = sum(len(str(output)) for cell in result.notebook.cells for output in cell.outputs)
    assert size < 2 * FAST.output_bytes
    assert "output truncated" in str(result.notebook.cells[0].outputs[-1])


def test_malformed_json_is_invalid_without_starting_a_container(runner_image):
    result = sandbox.run_notebook((NOTEBOOKS / "malformed.ipynb").read_bytes())
    assert result.status == "invalid"
    assert "not valid JSON" in result.error["evalue"]


@pytest.mark.parametrize("data, message", [(b"\xff\xfe", "not UTF-8"), (b"[1, 2]", "not a notebook"),
                                           (b'{"cells": 5, "nbformat": 4}', "does not follow")])
def test_other_bad_notebooks_get_a_clear_message(data, message):
    notebook, problem = sandbox.parse_notebook(data, max_bytes=1000)
    assert notebook is None and message in problem


def test_oversized_notebook_is_refused():
    notebook, problem = sandbox.parse_notebook(b"x" * 2000, max_bytes=1000)
    assert notebook is None and "more than the 1000 allowed" in problem


def test_a_kernel_slow_to_shut_down_does_not_spoil_the_result(runner_image):
    result = run("slow_shutdown.ipynb")
    assert (result.status, result.error) == ("ok", None)

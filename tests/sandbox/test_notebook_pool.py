"""Warm notebook containers: single use, same results as a cold kernel, fallbacks, limits still enforced."""

import dataclasses

import nbformat
import pytest

import sandbox
from sandbox import engine, notebook_pool
from sandbox.notebook import notebook_options
from tests.conftest import FILES

pytestmark = pytest.mark.docker
NOTEBOOKS = FILES / "notebooks"
LIMITS = sandbox.NotebookLimits(cell_timeout=30, timeout=60, memory_mb=768, output_bytes=256 * 1024)
READY_SECONDS = 240
"""How long a warm-up may take on a loaded machine (a bound, not a timing)."""
INSPECT = nbformat.writes(nbformat.v4.new_notebook(cells=[
    nbformat.v4.new_code_cell("import sys\n"
                              "print(sorted(k for k in globals() if not k.startswith('__')))\n"
                              "print(repr(_), len(In), get_ipython().execution_count)"),
    nbformat.v4.new_code_cell("try:\n    np\nexcept NameError:\n    print('np is not defined')"),
])).encode()
"""What a notebook can see of the warm-up: its names, the last result, the history and the count."""


@pytest.fixture
def warm_pool():
    notebook_pool.configure(1)
    yield
    notebook_pool.configure(0)


def _ready(limits=LIMITS):
    notebook_pool.current(limits)
    assert notebook_pool.wait_ready(limits, READY_SECONDS)


def _outputs(result):
    return [[output.get("text") for output in cell.get("outputs", [])] for cell in result.notebook.cells]


def test_a_warm_kernel_shows_the_notebook_nothing_of_the_warm_up(runner_image, warm_pool):
    _ready()
    warm = sandbox.run_notebook(INSPECT, limits=LIMITS)
    notebook_pool.configure(0)
    cold = sandbox.run_notebook(INSPECT, limits=LIMITS)
    assert (warm.warm, cold.warm) == (True, False)
    assert (warm.status, warm.cells_executed) == ("ok", 2)
    assert _outputs(warm) == _outputs(cold)
    assert _outputs(warm)[1] == ["np is not defined\n"]


def test_a_warm_kernel_gives_the_results_of_a_cold_one(runner_image, warm_pool):
    _ready()
    warm = sandbox.run_notebook((NOTEBOOKS / "ok.ipynb").read_bytes(), limits=LIMITS, collect=["predictions.csv"])
    notebook_pool.configure(0)
    cold = sandbox.run_notebook((NOTEBOOKS / "ok.ipynb").read_bytes(), limits=LIMITS, collect=["predictions.csv"])
    assert warm.warm and not cold.warm
    assert (warm.status, warm.cells_executed, warm.files) == (cold.status, cold.cells_executed, cold.files)
    assert _outputs(warm) == _outputs(cold)


def test_a_warm_container_serves_one_notebook_and_nothing_is_left(runner_image, warm_pool):
    _ready()
    pool = notebook_pool.current(LIMITS)
    pooled = {box.name for box in pool.ready}
    first = sandbox.run_notebook(INSPECT, limits=LIMITS)
    assert first.warm and pool.hits == 1
    assert not pooled & {box.name for box in pool.ready}  # handed out once, never back
    notebook_pool.configure(0)
    assert sandbox.live_containers() == []


def test_a_dead_warm_container_falls_back_to_a_fresh_one(runner_image, warm_pool):
    _ready()
    pool = notebook_pool.current(LIMITS)
    for box in pool.ready:
        engine.client().api.kill(box.container.id)
    result = sandbox.run_notebook(INSPECT, limits=LIMITS)
    assert (result.status, result.warm) == ("ok", False)


def test_a_notebook_under_other_limits_gets_a_kernel_of_its_own(runner_image):
    other = dataclasses.replace(LIMITS, timeout=50)
    with notebook_pool.WarmNotebookContainer(sandbox.runner_image(), limits=LIMITS,
                                             **notebook_options(LIMITS)) as box:
        header, _ = box.request({"op": "notebook", "cell_timeout": 30, "timeout": other.timeout,
                                 "output_cap": other.output_bytes, "continue_on_error": False,
                                 "limits": sandbox.notebook.kernel_limits(other)}, [INSPECT],
                                timeout=120, max_blob_bytes=other.notebook_bytes)
    assert (header["status"], header["warm"]) == ("ok", False)


def test_an_endless_cell_on_a_warm_kernel_is_a_timeout(runner_image, warm_pool):
    limits = dataclasses.replace(LIMITS, cell_timeout=5)
    _ready(limits)
    result = sandbox.run_notebook((NOTEBOOKS / "endless_cell.ipynb").read_bytes(), limits=limits)
    assert (result.status, result.warm, result.error["cell_index"]) == ("timeout", True, 1)


def test_out_of_memory_on_a_warm_kernel_is_a_dead_kernel(runner_image, warm_pool):
    _ready()
    result = sandbox.run_notebook((NOTEBOOKS / "oom_cell.ipynb").read_bytes(), limits=LIMITS)
    assert (result.status, result.oom_killed, result.warm) == ("kernel_died", True, True)


LEFT_OPEN = nbformat.writes(nbformat.v4.new_notebook(cells=[
    nbformat.v4.new_code_cell("handle = open('left_open.txt', 'w')\nhandle.write('written, never closed')"),
])).encode()


@pytest.mark.parametrize("warm", [False, True])
def test_files_a_notebook_leaves_open_are_flushed_before_the_kernel_is_killed(runner_image, warm_pool, warm):
    if warm:
        _ready()
    else:
        notebook_pool.configure(0)
    result = sandbox.run_notebook(LEFT_OPEN, limits=LIMITS, collect=["left_open.txt"])
    assert (result.status, result.warm) == ("ok", warm)
    assert result.files == {"left_open.txt": b"written, never closed"}

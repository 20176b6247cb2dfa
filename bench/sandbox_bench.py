"""Sandbox overhead: a raw ``docker run --rm`` against the sandbox API, per-input cost, throughput.

Measured side by side on the same machine in one run:

1. median wall time of ``docker run --rm`` of the runner image running
   ``python3 -c pass`` with the same limits and hardening as the sandbox;
2. median wall time of ``sandbox.run_program`` running the same program
   (container start, byte-compilation, one run, removal);
3. judging 40 tiny inputs in one call: the cost per input;
4. runs per second with 1, 2 and 4 runs at once;

then the ratio sandbox / raw docker run.
"""

import statistics
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

import sandbox
from bench.report import line, median_seconds
from sandbox.containers import container_options

REPEATS = 9
BATCH_INPUTS = 40
THROUGHPUT_RUNS = 12
PROGRAM = {"main.py": b"pass\n"}


def raw_docker_argv(tag):
    """``docker run --rm`` with the sandbox's limits and hardening, running ``python3 -c pass``."""
    limits = sandbox.Limits()
    opts = container_options(memory_mb=limits.memory_mb + 64, pids=limits.pids, cpus=limits.cpus,
                             workdir_mb=limits.workdir_mb, file_size_bytes=limits.file_size_bytes,
                             open_files=limits.open_files)
    argv = ["docker", "run", "--rm", "--network", "none", "--read-only", "--cap-drop", "ALL",
            "--cap-add", "SETUID", "--cap-add", "SETGID", "--security-opt", "no-new-privileges:true",
            "--memory", opts["mem_limit"], "--memory-swap", opts["memswap_limit"],
            "--pids-limit", str(opts["pids_limit"]), "--cpus", str(limits.cpus), "--log-driver", "none",
            "--init", "--user", "10001:10001"]
    for path, options in opts["tmpfs"].items():
        argv += ["--tmpfs", f"{path}:{options}"]
    return argv + [tag, "/usr/bin/python3", "-c", "pass"]


def _alternating(first, second, repeats=REPEATS):
    """Medians of two actions timed in turn, so that a change of machine load hits both alike."""
    first(), second()  # warm caches
    samples = ([], [])
    for _ in range(repeats):
        for action, times in zip((first, second), samples):
            started = time.perf_counter()
            action()
            times.append(time.perf_counter() - started)
    return statistics.median(samples[0]), statistics.median(samples[1])


def _sandbox_once(inputs=(b"",)):
    batch = sandbox.run_program(PROGRAM, language="python", inputs=list(inputs))
    assert batch.verdict == sandbox.Verdict.OK, batch
    return batch


def _throughput(parallel):
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=parallel) as pool:
        list(pool.map(lambda _i: _sandbox_once(), range(THROUGHPUT_RUNS)))
    return THROUGHPUT_RUNS / (time.perf_counter() - started)


def main():
    """Measure and print the sandbox figures."""
    tag = sandbox.runner_image()
    raw_argv = raw_docker_argv(tag)
    raw, api = _alternating(lambda: subprocess.run(raw_argv, check=True, capture_output=True), _sandbox_once)
    single = api
    batch = median_seconds(lambda: _sandbox_once([b""] * BATCH_INPUTS), 3)
    per_input = (batch - single) / (BATCH_INPUTS - 1)
    print(f"sandbox benchmark (image {tag}, median of {REPEATS})")
    line("raw docker run --rm, python3 -c pass", raw * 1000, "ms")
    line("sandbox.run_program, same program", api * 1000, "ms")
    line("ratio sandbox / raw docker run", api / raw)
    line(f"{BATCH_INPUTS} inputs in one call", batch * 1000, "ms")
    line("cost of each extra input", per_input * 1000, "ms")
    for parallel in (1, 2, 4):
        line(f"runs per second, {parallel} at once", _throughput(parallel))


if __name__ == "__main__":
    main()

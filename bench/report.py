"""Shared by the benchmarks: timing a call by its median, and printing aligned figures."""

import statistics
import time

LABEL_WIDTH = 44


def median_seconds(action, repeats, warm=True):
    """The median wall time of ``action()`` over ``repeats`` calls (after one untimed call if ``warm``)."""
    if warm:
        action()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def line(label, value, unit=""):
    """Print one figure: an aligned label, the value, and its unit."""
    print(f"  {label:<{LABEL_WIDTH}}: {value:10.2f}{(' ' + unit) if unit else ''}")


def median_p95(samples):
    """The median and the 95th percentile of ``samples`` (interpolated between the nearest two)."""
    return statistics.median(samples), statistics.quantiles(samples, n=20, method="inclusive")[18]

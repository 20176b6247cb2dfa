"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: vetkit bank answers (vetkit.yaml names submissions/accepted/heap.cpp).
"""
import random
from pathlib import Path

rng = random.Random(20261205)
DATA = Path(__file__).resolve().parent.parent / "data"
N_MAX = 300_000
T_MAX = 10**12
A_MAX = 10**9
D_MAX = 10**6


def write(folder, name, slots, patience, requests):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    arrivals = [a for a, _ in requests]
    assert 1 <= slots <= len(requests) <= N_MAX and 0 <= patience <= T_MAX
    assert arrivals == sorted(arrivals) and all(0 <= a <= A_MAX and 1 <= d <= D_MAX for a, d in requests)
    lines = [f"{len(requests)} {slots} {patience}"] + [f"{a} {d}" for a, d in requests]
    (DATA / folder / f"{name}.in").write_text("\n".join(lines) + "\n")


def traffic(n, mean_gap, d_low, d_high, start=0):
    """Arrivals with random gaps (mean mean_gap), durations uniform in [d_low, d_high]."""
    requests, time = [], start
    for _ in range(n):
        time = min(A_MAX, time + int(rng.expovariate(1 / mean_gap)) if mean_gap else time)
        requests.append((time, rng.randint(d_low, d_high)))
    return requests


write("sample", "1", 2, 3, [(0, 5), (1, 2), (2, 4), (2, 1), (2, 1), (10, 2)])
write("sample", "2", 3, 0, [(7, 1), (7, 1), (7, 1)])

write("secret", "01_one_request", 1, 0, [(A_MAX, D_MAX)])
write("secret", "02_one_slot_queue", 1, T_MAX, [(0, 3)] * 5 + [(100, 1)])
write("secret", "03_zero_patience", 2, 0, traffic(30, 2, 1, 6))
write("secret", "04_small_random", 3, 4, traffic(25, 1, 1, 8))
write("secret", "05_wait_exactly_patience", 1, 5, [(0, 5), (0, 5), (0, 1), (5, 1), (6, 3)])
write("secret", "06_more_slots_than_needed", 1000, 0, traffic(1000, 1000, 1, 10))
write("secret", "07_overloaded_timeouts", 50, 1000, traffic(20000, 1, 100, 5000))
# Bursts of 500 requests at the same time every 10,000 time units: some wait, some time out.
write("secret", "08_bursts", 64, 2000, [(burst * 10**4, rng.randint(1, 1000)) for burst in range(60) for _ in range(500)])
write("secret", "09_huge_finish_times", 1, T_MAX, [(A_MAX, D_MAX)] * 100000)
write("secret", "10_all_at_once", 1000, T_MAX, [(0, rng.randint(1, D_MAX)) for _ in range(100000)])
# At the bounds: 300,000 requests and 150,000 slots, saturated so that requests queue and some time out.
# Scanning every slot per request is 4.5 * 10^10 steps.
write("secret", "11_bound_many_slots", N_MAX // 2, 3 * 10**5, traffic(N_MAX, 2, 1, D_MAX))
write("secret", "12_bound_all_slots", N_MAX, T_MAX, traffic(N_MAX, 3000, 1, D_MAX))
write("secret", "13_bound_no_waiting", N_MAX // 2, 0, traffic(N_MAX, 10, 1, 1000))

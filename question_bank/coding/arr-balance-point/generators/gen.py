"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in."""
import random
from pathlib import Path

rng = random.Random(4242)
DATA = Path(__file__).resolve().parent.parent / "data"
B = 10 ** 9


def write(folder, name, w):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 1 <= len(w) <= 200000 and all(-B <= x <= B for x in w)
    (DATA / folder / f"{name}.in").write_text(f"{len(w)}\n{' '.join(map(str, w))}\n")


def with_balance_at(w, i):
    """Adjust w so that position i (0-based) balances, fixing the imbalance on one box of one side."""
    w = list(w)
    left, right = sum(w[:i]), sum(w[i + 1:])
    diff = left - right
    side = range(i + 1, len(w)) if i + 1 < len(w) else range(0, i)
    sign = 1 if i + 1 < len(w) else -1
    for j in side:  # spread the difference over boxes, keeping each within bounds
        step = max(-B - w[j], min(B - w[j], sign * diff))
        w[j] += step
        diff -= sign * step
        if diff == 0:
            break
    assert sum(w[:i]) == sum(w[i + 1:])
    return w


write("sample", "1", [6, 1, 3, 4, 2, 2, 1, 5])
write("sample", "2", [4, -2, 7, 3, 1, 6, -1])
write("sample", "3", [5, 4, -4])

write("secret", "01_single", [-7])
write("secret", "02_two_none", [5, 3])
write("secret", "03_two_last", [0, 9])
write("secret", "04_last_position", [3, -3, 4, -5, 1, 7])
write("secret", "05_zeros_first", [0] * 10)
write("secret", "06_small_none", [rng.randint(1, 10) for _ in range(50)])
n = 100000
# no balance point: all positive, strictly increasing prefix so 2L + w grows past T once; make it skip T
w = [rng.randint(1, 10 ** 4) * 2 for _ in range(n)]
w[0] += 1  # total odd, every 2L + w_i with i>0 is even+even... keep parity so nothing balances
write("secret", "07_max_none", w)
w = with_balance_at([rng.randint(-B, B) for _ in range(n)], n - 1)
write("secret", "08_max_balance_last", w)
w = with_balance_at([rng.randint(-B, B) for _ in range(n)], n // 2 + 12345)
write("secret", "09_max_balance_middle", w)
w = [rng.randint(-10 ** 4, 10 ** 4) for _ in range(n)]
w = with_balance_at(w, 70000)
write("secret", "10_max_balance_late", w)
w = [B] * (n // 2) + [-B] * (n // 2)  # large partial sums
write("secret", "11_max_big_sums", w)
w = [rng.choice([-1, 0, 1]) for _ in range(n)]
write("secret", "12_max_many_small", w)
# At the bound, with no balance point (even weights, one odd: the total is odd): summing both sides for every
# pivot does 4 * 10^10 additions.
w = [rng.randint(1, 4) * 2 for _ in range(200000)]
w[0] += 1
write("secret", "13_bound_none", w)

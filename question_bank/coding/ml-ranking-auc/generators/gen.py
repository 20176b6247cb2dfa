"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: vetkit bank answers (vetkit.yaml names submissions/accepted/ranks.cpp).
"""
import random
from pathlib import Path

rng = random.Random(20261201)
DATA = Path(__file__).resolve().parent.parent / "data"
N_MAX = 400000
S_MAX = 10 ** 9


def write(folder, name, scores, labels):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 2 <= len(scores) == len(labels) <= N_MAX and 0 < sum(labels) < len(labels)
    assert all(0 <= s <= S_MAX for s in scores)
    text = f"{len(scores)}\n{' '.join(map(str, scores))}\n{' '.join(map(str, labels))}\n"
    (DATA / folder / f"{name}.in").write_text(text)


def noisy(n, separation, score_max, spam_share=0.5):
    """Labels with a spam share, and scores that are higher for spam on average (separation in [0, 1])."""
    labels = [1 if rng.random() < spam_share else 0 for _ in range(n)]
    labels[0], labels[1] = 1, 0
    scores = [min(score_max, max(0, int(score_max * (rng.random() * (1 - separation) + separation * y))))
              for y in labels]
    return scores, labels


write("sample", "1", [80, 35, 60, 10, 60], [1, 0, 1, 0, 0])
write("sample", "2", [7, 7, 7, 7], [0, 1, 1, 0])
write("sample", "3", [5, 9, 1], [1, 0, 0])

write("secret", "01_two_right", [2, 1], [1, 0])
write("secret", "02_two_wrong", [1, 2], [1, 0])
write("secret", "03_two_tied", [S_MAX, S_MAX], [0, 1])
write("secret", "04_small_random", *noisy(12, 0.3, 20))
write("secret", "05_perfect", list(range(1000)), [0] * 500 + [1] * 500)
write("secret", "06_reversed", list(range(1000)), [1] * 500 + [0] * 500)
write("secret", "07_few_distinct_scores", *noisy(1000, 0.2, 3))
write("secret", "08_extreme_scores", [rng.choice([0, S_MAX, S_MAX - 1]) for _ in range(999)] + [0],
      [rng.randint(0, 1) for _ in range(999)] + [1])
write("secret", "09_one_spam", *noisy(5000, 0.5, 10 ** 6, spam_share=0.0))
write("secret", "10_imbalanced", *noisy(100000, 0.4, 10 ** 6, spam_share=0.01))
# At the bound, balanced classes: comparing every pair is 4 * 10^10 comparisons.
write("secret", "11_bound_balanced", *noisy(N_MAX, 0.3, 99999))
write("secret", "12_bound_heavy_ties", *noisy(N_MAX, 0.1, 9))

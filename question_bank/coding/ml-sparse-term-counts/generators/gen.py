"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: vetkit bank answers (vetkit.yaml names submissions/accepted/term_index.cpp).
"""
import random
from pathlib import Path

rng = random.Random(20261208)
DATA = Path(__file__).resolve().parent.parent / "data"
N_MAX = 300_000
Q_MAX = 200_000
NNZ_MAX = 300_000
T_MAX = 10**9
C_MAX = 10**6


def write(folder, name, documents, queries):
    """documents: one list of (term, count) per document; queries: (l, r, term) triples."""
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    n, q = len(documents), len(queries)
    assert 1 <= n <= N_MAX and 1 <= q <= Q_MAX and sum(map(len, documents)) <= NNZ_MAX
    for document in documents:
        assert len({t for t, _ in document}) == len(document)
        assert all(1 <= t <= T_MAX and 1 <= c <= C_MAX for t, c in document)
    assert all(1 <= l <= r <= n and 1 <= t <= T_MAX for l, r, t in queries)
    lines = [f"{n} {q}"]
    lines += [" ".join([str(len(d))] + [f"{t} {c}" for t, c in d]) for d in documents]
    lines += [f"{l} {r} {t}" for l, r, t in queries]
    (DATA / folder / f"{name}.in").write_text("\n".join(lines) + "\n")


def zipf_documents(n, vocabulary, mean_terms, max_count=20):
    """Documents whose terms follow a Zipf-like law over vocabulary (a list of term ids)."""
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    documents = []
    for _ in range(n):
        k = min(len(vocabulary), int(rng.expovariate(1 / mean_terms)))
        terms = set(rng.choices(vocabulary, weights=weights, k=k))
        documents.append([(t, rng.randint(1, max_count)) for t in terms])
    return documents


def random_queries(n, q, terms, wide=False):
    queries = []
    for _ in range(q):
        l, r = sorted((rng.randint(1, n), rng.randint(1, n)))
        if wide:
            l, r = rng.randint(1, 10), rng.randint(n - 10, n)
        queries.append((l, r, rng.choice(terms)))
    return queries


def hashed_ids(count):
    return rng.sample(range(1, T_MAX + 1), count)


write("sample", "1", [[(7, 3), (42, 1)], [], [(42, 5), (T_MAX, 2), (7, 1)], [(7, 10)]],
      [(1, 4, 7), (2, 3, 42), (2, 2, 7), (1, 4, 5), (3, 4, T_MAX)])
write("sample", "2", [[(5, C_MAX)], [(5, C_MAX)]], [(1, 2, 5), (2, 2, 5)])

write("secret", "01_one_empty_document", [[]], [(1, 1, 1)])
write("secret", "02_single_document", [[(t, rng.randint(1, C_MAX)) for t in range(1, 51)]],
      [(1, 1, t) for t in range(1, 61)])
small_vocabulary = [1, 2, 3, T_MAX]
write("secret", "03_small_random", zipf_documents(30, small_vocabulary, 2, 5),
      random_queries(30, 100, small_vocabulary + [4]))
# Every range of a document list: before the first, between two and after the last occurrence.
sparse_term = [[(99, i)] if i % 10 == 0 else [] for i in range(1, 101)]
write("secret", "04_gaps_between_occurrences", sparse_term,
      [(l, r, 99) for l in range(1, 101, 3) for r in range(l, 101, 7)])
write("secret", "05_absent_terms", zipf_documents(2000, hashed_ids(300), 5),
      random_queries(2000, 2000, hashed_ids(50)))
vocabulary = hashed_ids(20000)
write("secret", "06_zipf_corpus", zipf_documents(10000, vocabulary, 10),
      random_queries(10000, 20000, vocabulary[:200] + rng.sample(vocabulary, 200)))
write("secret", "07_one_dense_document", [[]] * 1000 + [[(t, rng.randint(1, C_MAX)) for t in range(1, 100_001)]] + [[]] * 1000,
      random_queries(2001, 5000, list(range(1, 2001))))
write("secret", "08_many_empty_documents", [[(3, 1)] if rng.random() < 0.001 else [] for _ in range(N_MAX)],
      random_queries(N_MAX, 20000, [3, 4]))
# At the bounds: 300,000 documents of one term each, 200,000 queries over (almost) all of them. Walking
# through documents l..r per query is 6 * 10^10 steps.
small_terms = list(range(1, 101))
write("secret", "09_bound_wide_queries", [[(rng.choice(small_terms), rng.randint(1, 9))] for _ in range(N_MAX)],
      random_queries(N_MAX, Q_MAX, small_terms, wide=True))
# The largest answers: every count 10^6, two terms.
write("secret", "10_bound_largest_counts", [[(t, C_MAX)] for t in rng.choices([1, 2], k=N_MAX)],
      [(1, N_MAX, t) for t in (1, 2)] + random_queries(N_MAX, 1000, [1, 2, T_MAX]))

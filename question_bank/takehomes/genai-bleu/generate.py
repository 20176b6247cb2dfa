"""Seeded generator of the BLEU task: reference translations, two systems' outputs and the probe cases.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically (standard library and
numpy only).  The expected probe values are computed by the reference implementation below (BLEU as
in Papineni et al., 2002: clipped n-gram precisions up to 4-grams, uniform weights, a brevity penalty
against the closest reference length with ties to the shorter one, no smoothing).  ``self_test`` checks
it against the published values of NLTK's documentation example before anything is written.

Method.  Sentences come from templates (``TEMPLATES``) whose slots are filled from small word lists with
numpy's ``default_rng(SEED)``; a second reference is a paraphrase (synonyms swapped in, an optional
adverb).  A system output is a reference corrupted by ``corrupt``: each token is replaced by a synonym or
a random word, dropped, or followed by a random word with given probabilities, and sometimes two
neighbouring tokens are swapped.  System A corrupts mildly, system B more and drops more words (shorter
outputs, so its brevity penalty bites).  ``data/system_outputs.csv`` holds 200 sentences;
the hidden cases are hand-written edge cases plus freshly generated pairs.

The ``better_system`` probe (a judgement) gets five more files shaped like ``system_outputs.csv``,
drawn with ``default_rng(SEED + 1)`` so the files above do not change, each built so that one answer is
clearly right for an analyst comparing corpus BLEU with a paired test over sentences: a clearly better
system A, a clearly better system B, two systems of the same quality, a small sample (30 sentences)
whose corpus BLEU differs by some points that such a sample cannot confirm, and a pair where the mean of
sentence BLEU favours one system (perfect on half the sentences, random words on the rest) while its
corpus BLEU (the n-gram precisions pooled over its long, wrong half) is clearly worse.  ``reference_better_system``
below is the rule the expected answers come from: a paired bootstrap of corpus BLEU over sentences
(``BOOTSTRAP`` resamples), significant when one system wins in at least 97.5% of them; the script
redraws each file until its share of wins sits far from that cut-off (``WIN_MARGIN``).
"""

import csv
import json
import math
from collections import Counter
from pathlib import Path

import numpy as np

SEED = 1202
HERE = Path(__file__).resolve().parent


# ----------------------------------------------------------------------------- reference implementation

def ngrams(tokens, n):
    return Counter(tuple(tokens[k:k + n]) for k in range(len(tokens) - n + 1))


def clipped_counts(candidate, references, n):
    counts = ngrams(candidate, n)
    max_ref = Counter()
    for reference in references:
        for gram, count in ngrams(reference, n).items():
            max_ref[gram] = max(max_ref[gram], count)
    return sum(min(count, max_ref[gram]) for gram, count in counts.items()), sum(counts.values())


def ngram_precision(candidate, references, n):
    matched, total = clipped_counts(candidate, references, n)
    return matched / total if total else 0.0


def brevity_penalty(c, r):
    if c == 0:
        return 0.0
    return 1.0 if c > r else math.exp(1 - r / c)


def closest_length(candidate, references):
    return min((len(ref) for ref in references), key=lambda length: (abs(length - len(candidate)), length))


def combine(matched, totals, c, r):
    if min(matched) == 0:
        return 0.0
    log_mean = sum(math.log(m / t) for m, t in zip(matched, totals)) / len(matched)
    return brevity_penalty(c, r) * math.exp(log_mean)


def bleu(candidate, references, max_n=4):
    pairs = [clipped_counts(candidate, references, n) for n in range(1, max_n + 1)]
    if any(total == 0 for _, total in pairs):
        return 0.0
    return combine([m for m, _ in pairs], [t for _, t in pairs], len(candidate), closest_length(candidate, references))


def corpus_bleu(candidates, references_list, max_n=4):
    matched, totals = [0] * max_n, [0] * max_n
    c = r = 0
    for candidate, references in zip(candidates, references_list):
        for n in range(1, max_n + 1):
            m, t = clipped_counts(candidate, references, n)
            matched[n - 1] += m
            totals[n - 1] += t
        c += len(candidate)
        r += closest_length(candidate, references)
    if min(totals) == 0:
        return 0.0
    return combine(matched, totals, c, r)


HYP1 = "It is a guide to action which ensures that the military always obeys the commands of the party".split()
REF1A = "It is a guide to action that ensures that the military will forever heed Party commands".split()
REF1B = "It is the guiding principle which guarantees the military forces always being under the command of the Party".split()
REF1C = "It is the practical guide for the army always to heed the directions of the party".split()
HYP2 = "he read the book because he was interested in world history".split()
REF2A = "he was interested in world history because he read the book".split()


def self_test():
    """NLTK's documented values for the same inputs (nltk.translate.bleu_score docstrings)."""
    assert abs(ngram_precision(HYP1, [REF1A, REF1B, REF1C], 1) - 0.9444444444444444) < 1e-12
    assert abs(ngram_precision(HYP1, [REF1A, REF1B, REF1C], 2) - 0.5882352941176471) < 1e-12
    assert abs(bleu(HYP1, [REF1A, REF1B, REF1C]) - 0.5045666840058485) < 1e-12
    assert abs(corpus_bleu([HYP1, HYP2], [[REF1A, REF1B, REF1C], [REF2A]]) - 0.5920778868801042) < 1e-12
    assert bleu(REF2A, [REF2A]) == 1.0


def sentence_stats(candidate, references, max_n=4):
    """[matched_1..max_n, totals_1..max_n, c, r]: what corpus BLEU sums over sentences."""
    pairs = [clipped_counts(candidate, references, n) for n in range(1, max_n + 1)]
    return [m for m, _ in pairs] + [t for _, t in pairs] + [len(candidate), closest_length(candidate, references)]


def bootstrap_wins(rows, rng, resamples, max_n=4):
    """Share of paired bootstrap resamples of the sentences where system A's corpus BLEU beats B's."""
    scores = []
    for column in (3, 4):
        stats = np.array([sentence_stats(row[column].split(), [row[1].split(), row[2].split()]) for row in rows], float)
        sums = stats[rng.integers(0, len(rows), size=(resamples, len(rows)))].sum(axis=1)
        matched, totals, c, r = sums[:, :max_n], sums[:, max_n:2 * max_n], sums[:, -2], sums[:, -1]
        with np.errstate(divide="ignore"):
            log_p = np.log(matched / totals).mean(axis=1)
        penalty = np.where(c > r, 1.0, np.exp(1 - r / c))
        scores.append(np.where(matched.min(axis=1) > 0, penalty * np.exp(log_p), 0.0))
    return float(np.mean(scores[0] > scores[1]))


BOOTSTRAP = 2000
WIN_MARGIN = (0.999, 0.2)
"""A better system wins in at least the first share of resamples; a tie's wins sit between the second and 1 minus it."""


def reference_better_system(rows, rng):
    """(answer, share of wins of A): the paired bootstrap rule of the ``better_system`` cases."""
    wins = bootstrap_wins(rows, rng, BOOTSTRAP)
    answer = "system_a" if wins >= 0.975 else "system_b" if wins <= 0.025 else "no significant difference"
    return answer, wins


# ----------------------------------------------------------------------------- sentences

TEMPLATES = [
    "the {adj} {noun} {verb} on the {place} {time}",
    "{name} {verb} the {adj} {noun} near the {place}",
    "a {noun} was {seen} by {name} {time}",
    "we {verb} to the {place} because the {noun} was {adj}",
    "the {noun} and the {noun2} {verb} together {time}",
    "{name} said that the {place} is {adj} {time}",
    "there is a {adj} {noun} in the {place}",
    "the children {verb} with the {noun} at the {place} {time}",
]
SLOTS = {
    "adj": ["small", "old", "quiet", "bright", "cold", "busy", "large", "green"],
    "noun": ["cat", "dog", "train", "teacher", "river", "market", "letter", "bird"],
    "noun2": ["boat", "child", "farmer", "garden", "storm", "window"],
    "verb": ["walked", "stopped", "waited", "played", "arrived", "slept"],
    "place": ["station", "bridge", "park", "school", "harbour", "village"],
    "time": ["yesterday", "this morning", "last night", "every day", "in the evening"],
    "name": ["anna", "the mayor", "my brother", "the old man", "sofia"],
    "seen": ["seen", "found", "noticed", "followed"],
}
SYNONYMS = {"small": "little", "large": "big", "quiet": "calm", "walked": "went", "stopped": "halted",
            "waited": "stayed", "arrived": "came", "station": "terminal", "park": "gardens", "found": "discovered",
            "yesterday": "the day before", "busy": "crowded", "children": "kids", "near": "close to",
            "seen": "spotted", "river": "stream", "said": "claimed", "together": "side by side"}
RANDOM_WORDS = ["blue", "very", "house", "then", "of", "it", "was", "road", "quickly", "a", "over", "light"]


def pick(rng, options):
    return options[rng.integers(len(options))]


def sentence(rng):
    values = {k: pick(rng, v) for k, v in SLOTS.items()}
    return pick(rng, TEMPLATES).format(**values).split()


def paraphrase(rng, tokens):
    text = " ".join(SYNONYMS.get(t, t) if rng.random() < 0.6 else t for t in tokens)
    if rng.random() < 0.4:
        text += " " + pick(rng, ["again", "too", "as usual", "once more"])
    return text.split()


def corrupt(rng, tokens, replace, drop, insert, swap):
    out = []
    for token in tokens:
        roll = rng.random()
        if roll < drop:
            continue
        if roll < drop + replace:
            token = SYNONYMS.get(token, pick(rng, RANDOM_WORDS)) if rng.random() < 0.5 else pick(rng, RANDOM_WORDS)
        out.extend(token.split())
        if rng.random() < insert:
            out.append(pick(rng, RANDOM_WORDS))
    if len(out) > 2 and rng.random() < swap:
        k = int(rng.integers(len(out) - 1))
        out[k], out[k + 1] = out[k + 1], out[k]
    return out or [pick(rng, RANDOM_WORDS)]


def system_a(rng, tokens):
    return corrupt(rng, tokens, replace=0.10, drop=0.04, insert=0.05, swap=0.3)


def system_b(rng, tokens):
    return corrupt(rng, tokens, replace=0.15, drop=0.15, insert=0.02, swap=0.5)


# ----------------------------------------------------------------------------- probe cases

def yaml_flow(value):
    """A flow-style YAML text of ``value`` that PyYAML's YAML 1.1 resolver reads back exactly."""
    if isinstance(value, float):
        text = repr(value)
        if "e" in text and "." not in text.split("e")[0]:
            text = text.replace("e", ".0e", 1)
        return text
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(yaml_flow(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {yaml_flow(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


def write_cases(name, cases):
    lines = ["cases:"] + [f"  - {yaml_flow(case)}" for case in cases]
    (HERE / "hidden" / f"{name}.yaml").write_text("\n".join(lines) + "\n")


def main():
    self_test()
    rng = np.random.default_rng(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "hidden").mkdir(exist_ok=True)

    rows = []
    for k in range(200):
        ref1 = sentence(rng)
        ref2 = paraphrase(rng, ref1)
        rows.append([f"s{k:03d}", " ".join(ref1), " ".join(ref2), " ".join(system_a(rng, ref1)),
                     " ".join(system_b(rng, ref1))])
    with open(HERE / "data/system_outputs.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "reference_1", "reference_2", "system_a", "system_b"])
        writer.writerows(rows)

    def generated(count):
        out = []
        for _ in range(count):
            ref1 = sentence(rng)
            refs = [ref1, paraphrase(rng, ref1)] if rng.random() < 0.6 else [ref1]
            out.append((system_a(rng, ref1) if rng.random() < 0.5 else system_b(rng, ref1), refs))
        return out

    the7 = ["the"] * 7
    cat = "the cat is on the mat".split()
    precision_cases = [
        {"args": [the7, [cat, "there is a cat on the mat".split()], 1],
         "expected": ngram_precision(the7, [cat, "there is a cat on the mat".split()], 1)},
        {"args": [HYP1, [REF1A, REF1B, REF1C], 1], "expected": ngram_precision(HYP1, [REF1A, REF1B, REF1C], 1)},
        {"args": [HYP1, [REF1A, REF1B, REF1C], 2], "expected": ngram_precision(HYP1, [REF1A, REF1B, REF1C], 2)},
        {"args": [["on", "the"], [cat], 3], "expected": 0.0},
        {"args": [["a", "dog"], [cat], 1], "expected": 0.0},
    ]
    for candidate, refs in generated(5):
        n = int(rng.integers(1, 5))
        precision_cases.append({"args": [candidate, refs, n], "expected": ngram_precision(candidate, refs, n)})
    write_cases("ngram_precision", precision_cases)

    bp_cases = [{"args": [c, r], "expected": brevity_penalty(c, r)}
                for c, r in [(10, 10), (12, 10), (9, 10), (5, 12), (1, 3), (0, 4), (20, 21), (30, 18)]]
    write_cases("brevity_penalty", bp_cases)

    bleu_cases = [
        {"args": [HYP1, [REF1A, REF1B, REF1C]], "expected": bleu(HYP1, [REF1A, REF1B, REF1C])},
        {"args": [REF2A, [REF2A]], "expected": 1.0},
        {"args": [HYP2, [REF2A]], "expected": bleu(HYP2, [REF2A])},
        {"args": [["the", "cat", "sat"], [cat]], "expected": 0.0},
        {"args": ["the cat is on".split(), [cat, "the cat is on a mat".split(), "a cat".split()]],
         "expected": bleu("the cat is on".split(), [cat, "the cat is on a mat".split(), "a cat".split()])},
        {"args": ["the cat is on the mat today".split(), ["the cat is on the mat".split(), "a cat is on the mat now".split()]],
         "expected": bleu("the cat is on the mat today".split(), ["the cat is on the mat".split(), "a cat is on the mat now".split()])},
    ]
    for candidate, refs in generated(6):
        bleu_cases.append({"args": [candidate, refs], "expected": bleu(candidate, refs)})
    write_cases("bleu", bleu_cases)

    corpus_cases = [
        {"args": [[HYP1, HYP2], [[REF1A, REF1B, REF1C], [REF2A]]], "expected": corpus_bleu([HYP1, HYP2], [[REF1A, REF1B, REF1C], [REF2A]])},
        {"args": [[["the", "cat", "sat"], HYP2], [[cat], [REF2A]]], "expected": corpus_bleu([["the", "cat", "sat"], HYP2], [[cat], [REF2A]])},
    ]
    for size in (5, 12, 30):
        pairs = generated(size)
        candidates, references = [c for c, _ in pairs], [r for _, r in pairs]
        corpus_cases.append({"args": [candidates, references], "expected": corpus_bleu(candidates, references)})
    write_cases("corpus_bleu", corpus_cases)

    write_better_system_cases()
    for name in ("ngram_precision", "brevity_penalty", "bleu", "corpus_bleu", "better_system"):
        cases = (HERE / "hidden" / f"{name}.yaml").read_text().count("\n  - ")
        print(name, cases, "cases")
    a = corpus_bleu([r[3].split() for r in rows], [[r[1].split(), r[2].split()] for r in rows])
    b = corpus_bleu([r[4].split() for r in rows], [[r[1].split(), r[2].split()] for r in rows])
    print(f"corpus BLEU of the samples: system A {a:.4f}, system B {b:.4f}")


def halved(rng, tokens):
    """Perfect on about half the sentences, random words (twice the sentence's length) on the others."""
    return list(tokens) if rng.random() < 0.5 else [pick(rng, RANDOM_WORDS) for _ in range(2 * len(tokens))]


def uneven(rng, tokens):
    """Errors everywhere: few sentences keep a 4-gram, so the mean of sentence BLEU is low."""
    return corrupt(rng, tokens, replace=0.18, drop=0.04, insert=0.04, swap=0.4)


BETTER_SYSTEM_CASES = [  # (expected answer, sentences, system A, system B)
    ("system_a", 200, system_a, system_b),
    ("system_b", 200, system_b, system_a),
    ("no significant difference", 200, system_a, system_a),
    ("no significant difference", 30, system_a, lambda rng, t: corrupt(rng, t, 0.12, 0.06, 0.05, 0.4)),
    ("system_a", 200, uneven, halved),
]


def outputs_file(rng, size, make_a, make_b):
    rows = []
    for k in range(size):
        ref1 = sentence(rng)
        rows.append([f"s{k:03d}", " ".join(ref1), " ".join(paraphrase(rng, ref1)), " ".join(make_a(rng, ref1)),
                     " ".join(make_b(rng, ref1))])
    return rows


def mean_sentence_bleu(rows, column):
    return sum(bleu(r[column].split(), [r[1].split(), r[2].split()]) for r in rows) / len(rows)


def write_better_system_cases():
    rng = np.random.default_rng(SEED + 1)
    cases = []
    for index, (expected, size, make_a, make_b) in enumerate(BETTER_SYSTEM_CASES, 1):
        while True:
            rows = outputs_file(rng, size, make_a, make_b)
            answer, wins = reference_better_system(rows, rng)
            clear = max(wins, 1 - wins) >= WIN_MARGIN[0] if answer != "no significant difference" else \
                WIN_MARGIN[1] <= wins <= 1 - WIN_MARGIN[1]
            if index == 5:  # the mean of sentence BLEU must favour the system that corpus BLEU finds worse
                clear = clear and mean_sentence_bleu(rows, 4) > mean_sentence_bleu(rows, 3) + 0.05
            if answer == expected and clear:
                break
        with open(HERE / f"hidden/outputs_{index}.csv", "w", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(["id", "reference_1", "reference_2", "system_a", "system_b"])
            writer.writerows(rows)
        cases.append({"args": [{"$csv": f"hidden/outputs_{index}.csv"}], "expected": expected})
        print(f"better_system case {index}: {expected}, A wins {wins:.3f}, mean sentence BLEU "
              f"{mean_sentence_bleu(rows, 3):.3f} vs {mean_sentence_bleu(rows, 4):.3f}")
    write_cases("better_system", cases)


if __name__ == "__main__":
    main()

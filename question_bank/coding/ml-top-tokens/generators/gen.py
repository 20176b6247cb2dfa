"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: vetkit bank answers (vetkit.yaml names submissions/accepted/count_sort.cpp).
"""
import random
import re
import string
from pathlib import Path

rng = random.Random(20261204)
DATA = Path(__file__).resolve().parent.parent / "data"
CORPUS_MAX = 2_000_000
SEPARATORS = " " * 12 + ",.;:!?-'\"()[]/_@#&*+=<>"


def distinct_tokens(corpus):
    return {"<num>" if t.isdigit() else t for t in re.findall(r"[a-z0-9]+", corpus.lower())}


def write(folder, name, k, corpus):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert len(corpus) <= CORPUS_MAX and corpus.endswith("\n")
    assert all(32 <= ord(c) <= 126 or c == "\n" for c in corpus)
    k = len(distinct_tokens(corpus)) if k == "all" else k
    assert 1 <= k <= len(distinct_tokens(corpus))
    (DATA / folder / f"{name}.in").write_text(f"{k}\n{corpus}")


def word(low=3, high=8):
    """A random word, sometimes capitalised or shouted, sometimes with digits (gpt4, 3d)."""
    text = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(low, high)))
    roll = rng.random()
    if roll < 0.1:
        text = text.capitalize()
    elif roll < 0.13:
        text = text.upper()
    elif roll < 0.18:
        text = text + str(rng.randint(0, 99))
    return text


def number():
    return str(rng.choice([rng.randint(0, 9), rng.randint(0, 10**6), 10**rng.randint(1, 30)]))


def corpus_of(tokens, line_tokens=12):
    """Join tokens with random separators into lines."""
    lines, line = [], []
    for token in tokens:
        line.append(token)
        if len(line) >= line_tokens and rng.random() < 0.3:
            lines.append(join(line))
            line = []
    lines.append(join(line))
    return "\n".join(lines) + "\n"


def join(tokens):
    out = []
    for token in tokens:
        out.append(token)
        out.append(rng.choice(SEPARATORS) if rng.random() < 0.8 else rng.choice(SEPARATORS) * 2)
    return "".join(out).rstrip(" ")


def zipf_stream(vocabulary, count, exponent=1.05):
    weights = [1 / (rank + 1) ** exponent for rank in range(len(vocabulary))]
    return rng.choices(vocabulary, weights=weights, k=count)


write("sample", "1", 3, "The cat sat on the mat.\nThe mat was 3 feet wide; the cat, 2 feet long!\n")
write("sample", "2", 2, "GPU2 gpu2 GPU-2 o'clock\n")

write("secret", "01_one_token", 1, "hello\n")
write("secret", "02_only_numbers", "all", "1 22 333, 007 -5 3.14\n\n42\n")
write("secret", "03_case_and_digits", "all", "Gpt4 GPT4 gpt-4 GPT 4 4gpt 0 00 a0 A0 0a Z z\n")
write("secret", "04_separators_everywhere", "all",
      "".join(rng.choice(["ab", "AB", "b", "9", "a9", " ", "", "'", "--", "\n", "~", "{}"]) for _ in range(300)) + "\n")
write("secret", "05_empty_lines", 2, "\n\n  \nx y x\n\n\n.,;\n")
write("secret", "06_all_ties", "all", corpus_of(rng.sample([word() for _ in range(3000)], 2000)))
small_vocabulary = list({word() for _ in range(400)}) + [number() for _ in range(40)]
write("secret", "07_small_zipf", 25, corpus_of(zipf_stream(small_vocabulary, 5000)))
write("secret", "08_long_tokens", "all", corpus_of([word(200, 2000) for _ in range(600)] * 2))
write("secret", "09_digit_prefixes", "all", corpus_of([str(rng.randint(0, 9)) + word(1, 3).lower() for _ in range(5000)]
                                                      + [number() for _ in range(500)]))
# At the bounds: about 200,000 distinct tokens among 300,000. Counting each distinct token by scanning
# every token again is about 6 * 10^10 comparisons.
vocabulary = sorted({word(4, 6).lower() for _ in range(205_000)})
rng.shuffle(vocabulary)
vocabulary = vocabulary[:200_000]
stream = vocabulary + zipf_stream(vocabulary, 100_000) + [number() for _ in range(3000)]
rng.shuffle(stream)
write("secret", "10_bound_many_distinct", "all", corpus_of(stream))
write("secret", "11_bound_many_distinct_top100", 100, corpus_of(stream[::-1]))
# At the bounds: almost 2 * 10^6 characters of a Zipf-like text over 50,000 words.
zipf_vocabulary = list({word() for _ in range(50_000)})
text = corpus_of(zipf_stream(zipf_vocabulary, 300_000))
while len(text) > CORPUS_MAX:
    text = text[:text.rindex("\n", 0, CORPUS_MAX)] + "\n"
write("secret", "12_bound_long_text", 1000, text)

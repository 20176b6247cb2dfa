"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: vetkit bank answers (vetkit.yaml names submissions/accepted/heap_list.cpp).
"""
import random
import string
from pathlib import Path

rng = random.Random(20261209)
DATA = Path(__file__).resolve().parent.parent / "data"
TEXT_MAX = 200_000
M_MAX = 100_000
RULE_MAX = 20
LETTERS = string.ascii_lowercase


def write(folder, name, text, rules):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 1 <= len(text) <= TEXT_MAX and set(text) <= set(LETTERS + "_")
    assert 1 <= len(rules) <= M_MAX and len(set(rules)) == len(rules)
    assert all(a and b and len(a) + len(b) <= RULE_MAX and set(a + b) <= set(LETTERS + "_") for a, b in rules)
    lines = [text, str(len(rules))] + [f"{a} {b}" for a, b in rules]
    (DATA / folder / f"{name}.in").write_text("\n".join(lines) + "\n")


def word(low, high, alphabet=LETTERS):
    return "_" + "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def prefix_rules(words):
    """The rules that build each word from its first character rightwards: (w[:1], w[1]), (w[:2], w[2]), ..."""
    rules = []
    for w in words:
        rules += [(w[:k], w[k]) for k in range(1, len(w))]
    return list(dict.fromkeys(rules))


def text_of(vocabulary, length):
    """Random words of vocabulary, Zipf-like, cut to at most length characters."""
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    words, total = [], 0
    while total < length:
        w = rng.choices(vocabulary, weights=weights)[0]
        words.append(w)
        total += len(w)
    return "".join(words)[:length]


def random_rules(count, alphabet, longest):
    """count distinct random pairs of short strings over alphabet."""
    rules = set()
    while len(rules) < count:
        a_len = rng.randint(1, longest - 1)
        b_len = rng.randint(1, longest - a_len)
        rules.add(("".join(rng.choices(alphabet, k=a_len)), "".join(rng.choices(alphabet, k=b_len))))
    return sorted(rules)


write("sample", "1", "_sun_sunny_sunset", [("s", "u"), ("su", "n"), ("_", "sun"), ("n", "y"), ("e", "t"), ("s", "et")])
write("sample", "2", "abc", [("ab", "c"), ("a", "b"), ("b", "c")])

write("secret", "01_one_character", "a", [("a", "b")])
write("secret", "02_no_rule_applies", "_hello_world", [("o", "l"), ("x", "y"), ("d", "_")])
write("secret", "03_overlapping_pairs", "aaaaaaa", [("a", "a"), ("aa", "aa"), ("aa", "a")])
# A merge creates pairs of lower ranks, to the left and to the right of older pairs of the same rank.
write("secret", "04_lower_rank_created", "_abcabcab_cab",
      [("abc", "ab"), ("ab", "c"), ("ca", "b"), ("a", "b"), ("c", "a"), ("_", "ab")])
small = random_rules(40, "ab_", 4)
rng.shuffle(small)
write("secret", "05_small_random", "".join(rng.choices("ab_", k=60)), small)
vocabulary = [word(2, 8) for _ in range(50)]
rules = prefix_rules(vocabulary)
rng.shuffle(rules)
write("secret", "06_words", text_of(vocabulary, 3000), rules)
# The longest tokens: 20 characters, built by pairs of halves.
long_words = [word(19, 19) for _ in range(200)]
halves = list(dict.fromkeys([(w[:10], w[10:]) for w in long_words] + prefix_rules([w[:10] for w in long_words])
                            + prefix_rules([w[10:] for w in long_words])))
halves += [(w[:k], w[k]) for w in long_words for k in range(10, 20)]
write("secret", "07_longest_tokens", text_of(long_words, 20000), list(dict.fromkeys(halves)))
vocabulary = [word(2, 12) for _ in range(3000)]
rules = prefix_rules(vocabulary) + random_rules(3000, LETTERS + "_", 6)
rng.shuffle(rules)
write("secret", "08_medium_corpus", text_of(vocabulary, 30000), list(dict.fromkeys(rules)))
# At the bounds: 200,000 characters of words that merge almost completely. Rescanning the pairs after
# every merge is about 2 * 10^10 look-ups.
vocabulary = [word(3, 14) for _ in range(3000)]
rules = prefix_rules(vocabulary) + random_rules(5000, LETTERS, 8)
rng.shuffle(rules)
write("secret", "09_bound_words", text_of(vocabulary, TEXT_MAX), rules)
# At the bounds: one letter, overlapping pairs everywhere, tokens doubling up to 16 characters.
write("secret", "10_bound_one_letter", "a" * TEXT_MAX, [("a" * k, "a" * k) for k in (1, 2, 4, 8)] + [("aa", "a")])
# At the bounds: 100,000 long rules, few of which apply.
rules = random_rules(M_MAX - 26, LETTERS, RULE_MAX) + [(c, "_") for c in LETTERS]
rng.shuffle(rules)
write("secret", "11_bound_many_rules", "".join(rng.choices(LETTERS + "_", k=TEXT_MAX)), rules)

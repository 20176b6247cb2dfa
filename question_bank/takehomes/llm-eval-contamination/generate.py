"""Seeded generator of the LLM-evaluation task: a QA eval set with model answers, a fine-tuning set, and the probe cases.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically (standard library and
numpy only).  The expected probe values come from the reference functions below (answer normalisation,
exact match and token F1 as in the SQuAD evaluation script, Rajpurkar et al., 2016).

Method.  Questions are about fictional people, places and organisations (names built from syllables
with numpy's ``default_rng(SEED)``, so no model can know the answers): ``TEMPLATES`` have three slots
(a person, an organisation, a place) and an answer (a year, a person, a number or a place) with its
accepted aliases.  A *training* set (the fine-tuning data a model was trained on) holds questions with
their answers; an *eval* set holds fresh questions plus **contaminated** ones: training questions copied
with light edits (case, punctuation, spacing, one word swapped for a synonym, dropped or added, a
prefix such as "Question:").  Fresh questions may reuse a training question's template (with other
names in all three slots) or its names (with another template), so sharing words or names is not
contamination.  ``reference_contaminated`` is the rule the expected answers come
from: normalised word-level similarity (difflib) with the nearest training question.  Every eval question
sits far from its cut-off (contaminated ones above ``HIGH``, fresh ones below ``LOW``; the rare one in
between is redrawn), so any sensible near-duplicate rule agrees.

The model's answers: on contaminated questions it is right most of the time (it memorised them), on
fresh ones about half the time; right answers come in several surface forms (an alias, an article,
"The answer is ...", trailing punctuation), wrong ones are another name or number, some answers are
partially right (a surname only, extra words).  ``data/`` holds one eval set (``qa_eval.csv``) and its
training set (``train_questions.csv``); ``hidden/`` holds hand-written metric cases and four more
train/eval splits for ``find_contaminated``.
"""

import csv
import difflib
import json
import re
import string
from collections import Counter
from pathlib import Path

import numpy as np

SEED = 4242
HERE = Path(__file__).resolve().parent
LOW, HIGH = 0.76, 0.86
"""Fresh eval questions must stay below LOW similarity to every training question, contaminated ones above HIGH."""

# ----------------------------------------------------------------------------- reference implementation

ARTICLES = re.compile(r"\b(a|an|the)\b")
PUNCTUATION = set(string.punctuation)


def normalize_answer(text):
    text = "".join(ch for ch in str(text).lower() if ch not in PUNCTUATION)
    text = ARTICLES.sub(" ", text)
    return " ".join(text.split())


def exact_match(prediction, golds):
    return float(any(normalize_answer(prediction) == normalize_answer(g) for g in golds))


def _f1(prediction, gold):
    p, g = normalize_answer(prediction).split(), normalize_answer(gold).split()
    if not p or not g:
        return float(p == g)
    common = sum((Counter(p) & Counter(g)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def token_f1(prediction, golds):
    return max(_f1(prediction, g) for g in golds)


def question_words(text):
    return normalize_answer(text).split()


def similarity(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def nearest(train_words, index, words):
    candidates = set()
    for word in set(words):
        candidates |= index.get(word, set())
    return max((similarity(words, train_words[k]) for k in candidates), default=0.0)


def build_index(train_words):
    frequency = Counter(w for words in train_words for w in set(words))
    rare = {w for w, c in frequency.items() if c <= max(3, len(train_words) // 50)}
    index = {}
    for k, words in enumerate(train_words):
        for word in set(words) & rare:
            index.setdefault(word, set()).add(k)
    return index


def reference_contaminated(train_rows, eval_rows, check=None):
    """Eval ids whose question is a near-duplicate of a training question (similarity >= midpoint)."""
    train_words = [question_words(r["question"]) for r in train_rows]
    index = build_index(train_words)
    out = []
    for row in eval_rows:
        score = nearest(train_words, index, question_words(row["question"]))
        if check is not None:
            check(row, score)
        if score >= (LOW + HIGH) / 2:
            out.append(row["id"])
    return sorted(out)


# ----------------------------------------------------------------------------- data

ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "qu", "r", "s", "st", "t",
          "th", "v", "w", "z", "sh", "tr"]
VOWELS = ["a", "e", "i", "o", "u", "ae", "ei", "ou", "ia"]
CODAS = ["", "", "n", "r", "l", "s", "th", "m", "nd", "rk", "x"]
ORG_KINDS = ["Guild", "Accord", "Society", "Council", "Company", "Institute", "League", "Archive"]
PLACE_KINDS = ["", "", "", " Harbour", " Vale", " Crossing"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]

TEMPLATES = [  # (question with {p} person, {o} organisation, {l} place; answer kind)
    ("In which year did {p} found the {o} in the town of {l}?", "year"),
    ("Who succeeded {p} as the head of the {o} based in {l}?", "person"),
    ("How many ships did {p} sell to the {o} while living in {l}?", "number"),
    ("Which city did {p} move the {o} to after leaving {l}?", "place"),
    ("In what year was {p} expelled from the {o} for a scandal in {l}?", "year"),
    ("Who wrote the first charter of the {o} together with {p} in {l}?", "person"),
    ("How many members did the {o} have when {p} visited {l} for the first time?", "number"),
    ("Where was {p} born before joining the {o} at its office in {l}?", "place"),
    ("According to the records of {l}, in which year did {p} leave the {o}?", "year"),
    ("Which rival of {p} tried to take over the {o} during the famine in {l}?", "person"),
]
SYNONYMS = {"which": "what", "what": "which", "city": "town", "town": "city", "found": "establish",
            "ships": "boats", "first": "initial", "head": "leader", "left": "departed", "move": "relocate",
            "born": "raised", "records": "archives", "members": "people", "expelled": "removed", "wrote": "drafted"}
PREFIXES = ["Question: ", "Q: ", "Answer the question. ", "Quiz: "]


class Names:
    def __init__(self, rng):
        self.rng, self.used = rng, set()

    def word(self, syllables):
        return "".join(self.rng.choice(ONSETS) + self.rng.choice(VOWELS) + self.rng.choice(CODAS)
                       for _ in range(syllables)).capitalize()

    def fresh(self, make):
        while True:
            name = make()
            if name not in self.used and all(w.lower() not in ("a", "an", "the") for w in name.split()):
                self.used.add(name)
                return name

    def person(self):
        return self.fresh(lambda: f"{self.word(2)} {self.word(int(self.rng.integers(1, 3)))}")

    def org(self):
        return self.fresh(lambda: f"{self.word(2)} {self.rng.choice(ORG_KINDS)}")

    def place(self):
        return self.fresh(lambda: self.word(int(self.rng.integers(2, 4))) + str(self.rng.choice(PLACE_KINDS)))


def answer_of(kind, names, rng):
    """(gold aliases, a wrong answer) for an answer kind."""
    if kind == "year":
        year = int(rng.integers(1550, 1950))
        return [str(year)], str(year + int(rng.choice([-1, 1])) * int(rng.integers(1, 40)))
    if kind == "number":
        k = int(rng.integers(len(NUMBER_WORDS)))
        wrong = (k + int(rng.integers(1, len(NUMBER_WORDS)))) % len(NUMBER_WORDS)
        return [NUMBER_WORDS[k], str(k + 2)], str(wrong + 2)
    if kind == "person":
        person = names.person()
        return [person, person.split()[-1]], names.person()
    place = names.place()
    return [place], names.place()


def question(rng, names, template=None, slots=None):
    k = int(rng.integers(len(TEMPLATES))) if template is None else template
    slots = slots or {"p": names.person(), "o": names.org(), "l": names.place()}
    text, kind = TEMPLATES[k]
    golds, wrong = answer_of(kind, names, rng)
    return {"question": text.format(**slots), "golds": golds, "wrong": wrong, "template": k, "slots": slots}


def perturb(rng, text):
    """A light edit of a question: what a copy into an eval set looks like."""
    words = text.split()
    edits = rng.choice(3, size=int(rng.integers(1, 3)), replace=False)
    for edit in edits:
        if edit == 0:  # one synonym swap, or drop / add a word
            plain = [i for i, w in enumerate(words) if w.lower().strip("?,") in SYNONYMS]
            if plain and rng.random() < 0.7:
                i = int(rng.choice(plain))
                core = words[i].lower().strip("?,")
                words[i] = words[i].replace(core, SYNONYMS[core]).replace(core.capitalize(), SYNONYMS[core].capitalize())
            elif rng.random() < 0.5:
                words.pop(int(rng.integers(1, len(words) - 1)))
            else:
                words.insert(int(rng.integers(1, len(words))), str(rng.choice(["exactly", "actually", "originally"])))
        elif edit == 1:  # case and punctuation
            text2 = " ".join(words)
            text2 = text2.lower() if rng.random() < 0.5 else text2.rstrip("?")
            words = text2.split()
        else:  # a prefix or extra spaces
            words = (str(rng.choice(PREFIXES)) + " ".join(words)).split() if rng.random() < 0.6 else words
    spacer = "  " if rng.random() < 0.2 else " "
    return spacer.join(words)


def model_answer(rng, golds, wrong, p_right):
    if rng.random() < p_right:
        gold = str(rng.choice(golds))
        form = rng.random()
        if form < 0.45:
            return gold
        if form < 0.65:
            return f"The answer is {gold}."
        if form < 0.8:
            return gold.lower() + "."
        return f"It was {gold}"
    if rng.random() < 0.25 and " " in golds[0]:  # partly right
        return f"{golds[0].split()[0]} {wrong.split()[-1]}"
    return wrong if rng.random() < 0.7 else f"I think {wrong}"


def make_split(rng, n_train, n_fresh, n_copied, id_prefix):
    names = Names(rng)
    train = [question(rng, names) for _ in range(n_train)]
    eval_rows = []
    copied = rng.choice(n_train, size=n_copied, replace=False)
    for k in copied:
        q = train[int(k)]
        eval_rows.append({**q, "question": perturb(rng, q["question"]), "source": q["question"], "contaminated": True})
    for _ in range(n_fresh):
        base = train[int(rng.integers(n_train))]
        if rng.random() < 0.35:  # same template, other names
            q = question(rng, names, template=base["template"])
        elif rng.random() < 0.5:  # same names, another template
            other = (base["template"] + int(rng.integers(1, len(TEMPLATES)))) % len(TEMPLATES)
            q = question(rng, names, template=other, slots=base["slots"])
        else:
            q = question(rng, names)
        eval_rows.append({**q, "contaminated": False})
    order = rng.permutation(len(eval_rows))
    eval_rows = [eval_rows[int(i)] for i in order]
    for k, row in enumerate(eval_rows, 1):
        row["id"] = f"{id_prefix}e{k:04d}"
    for k, row in enumerate(train, 1):
        row["id"] = f"{id_prefix}t{k:05d}"

    train_words = [question_words(r["question"]) for r in train]
    index = build_index(train_words)
    for row in eval_rows:  # redraw the rare eval question that falls between the cut-offs (ambiguous)
        while True:
            score = nearest(train_words, index, question_words(row["question"]))
            if (score > HIGH) if row["contaminated"] else (score < LOW):
                break
            if row["contaminated"]:
                row["question"] = perturb(rng, train[[r["question"] for r in train].index(row["source"])]["question"])
            else:
                row.update(question(rng, names))
    found = reference_contaminated(train, eval_rows)
    assert found == sorted(r["id"] for r in eval_rows if r["contaminated"])
    return train, eval_rows


def write_csv(path, rows, columns):
    with open(HERE / path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def yaml_flow(value):
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


NORMALIZE = ["The Treaty of Ghent", "  an   Apple ", "U.S.A.", "Theatre", "a", "It's 1,024!", "Anna-Maria  Lopez",
             "THE END.", "another day", "(the) answer: 42", "", "tHe BaNd"]
EXACT = [("Paris", ["paris"]), ("The Paris.", ["Paris"]), ("Paris, France", ["Paris"]), ("7", ["seven", "7"]),
         ("seven", ["7"]), ("an apple", ["apple", "a pear"]), ("", ["x"]), ("Lopez", ["Anna Lopez", "Lopez"]),
         ("the answer is 12", ["12"])]
F1 = [("Paris", ["paris"]), ("Paris, France", ["Paris"]), ("the cat sat on the mat", ["a cat on a mat"]),
      ("Anna", ["Anna Lopez", "Maria"]), ("It was Anna Lopez", ["Anna Lopez", "Lopez"]), ("", ["x"]),
      ("the", ["a"]), ("x", ["the"]), ("red red blue", ["red blue blue"]), ("The answer is 1947.", ["1947"]),
      ("twelve ships", ["12", "twelve"])]


def main():
    rng = np.random.default_rng(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "hidden").mkdir(exist_ok=True)
    train, eval_rows = make_split(rng, 1500, 260, 90, "")
    for row in train:
        row["answer"] = row["golds"][0]
    for row in eval_rows:
        row["gold_answers"] = " | ".join(row["golds"])
        row["model_answer"] = model_answer(rng, row["golds"], row["wrong"], 0.9 if row["contaminated"] else 0.45)
    write_csv("data/train_questions.csv", train, ["id", "question", "answer"])
    write_csv("data/qa_eval.csv", eval_rows, ["id", "question", "gold_answers", "model_answer"])

    write_cases("normalize_answer", [{"args": [t], "expected": normalize_answer(t)} for t in NORMALIZE])
    write_cases("exact_match", [{"args": [p, g], "expected": exact_match(p, g)} for p, g in EXACT])
    write_cases("token_f1", [{"args": [p, g], "expected": token_f1(p, g)} for p, g in F1])
    cases = []
    for index, (n_train, n_fresh, n_copied) in enumerate([(800, 150, 40), (1200, 200, 0), (600, 120, 60),
                                                          (1000, 180, 25)], 1):
        split_train, split_eval = make_split(rng, n_train, n_fresh, n_copied, f"s{index}")
        write_csv(f"hidden/split_{index}_train.csv", split_train, ["id", "question"])
        write_csv(f"hidden/split_{index}_eval.csv", split_eval, ["id", "question"])
        expected = sorted(r["id"] for r in split_eval if r["contaminated"])
        cases.append({"args": [{"$csv": f"hidden/split_{index}_train.csv"}, {"$csv": f"hidden/split_{index}_eval.csv"}],
                      "expected": expected})
    write_cases("find_contaminated", cases)

    em = np.mean([exact_match(r["model_answer"], r["golds"]) for r in eval_rows])
    f1 = np.mean([token_f1(r["model_answer"], r["golds"]) for r in eval_rows])
    clean = [r for r in eval_rows if not r["contaminated"]]
    print(f"eval {len(eval_rows)} ({len(eval_rows) - len(clean)} contaminated): EM {em:.3f} F1 {f1:.3f}; "
          f"clean EM {np.mean([exact_match(r['model_answer'], r['golds']) for r in clean]):.3f}")


if __name__ == "__main__":
    main()

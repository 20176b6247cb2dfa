"""Seeded generator of the retrieval task: help-centre articles, user questions with relevance judgements, probe cases.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically (standard library and
numpy; scikit-learn only for the calibration printed at the end, which writes nothing).

Method.  A help centre has one article per (product, problem) pair: its title names both, its body
describes the problem in the help centre's own words (base forms: "crash", "sign in"), names the
product's parts, repeats the help centre's boilerplate, and mentions one other product and one other
problem (a distractor: "see also").  A user question (numpy's ``default_rng(SEED)``) is about one pair,
written the way users write: inflected forms ("crashing", "crashed"), users' synonyms ("login" for
"sign in"), a product part instead of the product's name, and filler words.  Each question has exactly
one relevant article; each test article gets two questions.  ``data/dev_queries.csv`` gives questions with their article (to evaluate a
retriever on); the test questions' articles are in ``hidden/test_labels.csv`` only, and test questions
are about other articles than the dev questions.

The metric is the share of test questions whose top-ranked article is the relevant one.  ``calibrate``
prints what a default scikit-learn TF-IDF retriever (word tokens, cosine similarity) and the reference
retriever (character n-grams) reach; the script asserts that the default
stays below the top band and the reference above it.  The ``recall_at_k`` and ``mrr`` probes get
hand-written rankings and rankings of the dev questions.
"""

import csv
import json
from pathlib import Path

import numpy as np

SEED = 5150
HERE = Path(__file__).resolve().parent
TOP_BAND = 0.75
"""The metric's top band starts here (task.yaml): a default TF-IDF retriever must stay below it."""

PRODUCTS = {  # name: (user names, parts)
    "VPN client": (["vpn", "vpn app", "remote access"], ["tunnel", "gateway", "certificate", "split tunnelling"]),
    "Laptop": (["laptop", "notebook", "work computer"], ["keyboard", "trackpad", "docking station", "charger"]),
    "Printer": (["printer", "printers", "printing"], ["toner", "paper tray", "print queue", "spooler"]),
    "Email": (["email", "mail", "outlook"], ["inbox", "mailbox", "attachment", "signature"]),
    "Calendar": (["calendar", "meeting invites", "schedule"], ["invite", "room booking", "reminder", "time zone"]),
    "Wi-Fi": (["wifi", "wireless", "internet"], ["access point", "network name", "hotspot", "signal"]),
    "Password manager": (["password manager", "vault app", "passwords"], ["vault", "master password", "autofill", "browser extension"]),
    "Video calls": (["video calls", "video meetings", "zoom"], ["camera", "microphone", "screen sharing", "headset"]),
    "Shared drive": (["shared drive", "file share", "team folder"], ["folder permissions", "file versions", "quota", "mapped drive"]),
    "Mobile phone": (["phone", "mobile", "work phone"], ["sim card", "authenticator", "voicemail", "mobile data"]),
    "Monitor": (["monitor", "second screen", "display"], ["hdmi cable", "resolution", "brightness", "refresh rate"]),
    "Expense app": (["expense app", "expenses", "expense tool"], ["receipt", "reimbursement", "cost centre", "approval"]),
}
PROBLEMS = {  # title: (help-centre words, user phrasings)
    "cannot sign in": (["sign in", "credentials", "account locked"], ["login", "log in", "logging in", "locked out", "cant login"]),
    "crashes on start": (["crash", "start", "freeze"], ["crashing", "crashes", "crashed", "froze", "freezes", "keeps closing"]),
    "runs slowly": (["slow", "performance", "lag"], ["slowly", "slower", "lagging", "laggy", "takes forever"]),
    "update fails": (["update", "install", "version"], ["updating", "updates", "installing", "upgrade failed", "new version"]),
    "no sound": (["sound", "audio", "speaker"], ["silent", "sounds", "cant hear", "no audio", "speakers"]),
    "stops syncing": (["sync", "synchronisation", "offline"], ["syncing", "synced", "not syncing", "out of date"]),
    "cannot connect": (["connect", "connection", "network"], ["connecting", "connected", "disconnects", "drops", "no connection"]),
    "first-time setup": (["setup", "configure", "enrol"], ["setting up", "set up", "configuring", "new starter", "first day"]),
    "error message": (["error", "code", "warning"], ["errors", "error code", "warnings", "popup", "red message"]),
    "lost data": (["restore", "deleted", "recovery"], ["deleting", "lost", "disappeared", "missing", "recover"]),
}
BOILERPLATE = [
    "If the steps below do not help, open a ticket with the service desk and attach a screenshot.",
    "Most problems are solved by restarting the device and trying again after a few minutes.",
    "Check the status page first: known outages are listed there with their expected fix time.",
    "Make sure your device runs the latest approved version before contacting support.",
    "This article applies to company devices managed by the IT department.",
    "Never share your credentials with anyone, including the service desk.",
]
FILLER = ["help", "my", "why is", "how do i fix", "please", "since this morning", "again", "urgent", "the", "on my desk",
          "at home", "issue", "problem with", "what to do", "it says", "today"]


def pick(rng, options):
    return options[int(rng.integers(len(options)))]


def articles(rng):
    """One article per (product, problem) pair, in a shuffled order of ids."""
    pairs = [(p, q) for p in PRODUCTS for q in PROBLEMS]
    order = rng.permutation(len(pairs))
    out = []
    for doc_id, index in enumerate(order, start=101):
        product, problem = pairs[int(index)]
        names, parts = PRODUCTS[product]
        words, _ = PROBLEMS[problem]
        other_product = pick(rng, [p for p in PRODUCTS if p != product])
        other_problem = pick(rng, [q for q in PROBLEMS if q != problem])
        _, phrasings = PROBLEMS[problem]
        seen = [phrasings[int(i)] for i in rng.permutation(len(phrasings))[:3]]
        body = [f"Applies to: {', '.join(names)}.",
                f"Some users report that the {product.lower()} shows a {words[0]} problem.",
                f"Typical signs: {words[1]} and {words[2]} around the {parts[0]} or the {parts[1]}.",
                f"Users often describe it as \"{seen[0]}\", \"{seen[1]}\" or \"{seen[2]}\".",
                f"First check the {parts[2]} and the {parts[3]}, then try again.",
                *[pick(rng, BOILERPLATE) for _ in range(int(rng.integers(2, 5)))],
                f"See also: {other_product.lower()} and {PROBLEMS[other_problem][0][0]} with the "
                f"{pick(rng, PRODUCTS[other_product][1])}."]
        out.append({"doc_id": doc_id, "title": f"{product}: {problem}", "body": " ".join(body),
                    "product": product, "problem": problem})
    return out


def question(rng, article):
    names, parts = PRODUCTS[article["product"]]
    _, phrasings = PROBLEMS[article["problem"]]
    words = [pick(rng, names) if rng.random() < 0.6 else pick(rng, parts), pick(rng, phrasings)]
    if rng.random() < 0.4:
        words.append(pick(rng, parts))
    words += [pick(rng, FILLER) for _ in range(int(rng.integers(1, 4)))]
    order = rng.permutation(len(words))
    text = " ".join(words[int(i)] for i in order)
    return text.capitalize() + ("?" if rng.random() < 0.5 else "")


# ----------------------------------------------------------------------------- reference metrics

def recall_at_k(ranked, relevant, k):
    return len(set(ranked[:k]) & set(relevant)) / len(set(relevant))


def mrr(rankings, relevant_lists):
    total = 0.0
    for ranked, relevant in zip(rankings, relevant_lists):
        ranks = [i for i, doc in enumerate(ranked, 1) if doc in set(relevant)]
        total += 1 / ranks[0] if ranks else 0.0
    return total / len(rankings)


# ----------------------------------------------------------------------------- calibration

def default_rankings(docs, queries):
    """A default TF-IDF retriever: word tokens of title and body, cosine similarity."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    vectorizer = TfidfVectorizer()
    matrix = vectorizer.fit_transform([d["title"] + " " + d["body"] for d in docs])
    scores = (vectorizer.transform(queries) @ matrix.T).toarray()
    return [[docs[int(i)]["doc_id"] for i in np.argsort(-row, kind="stable")] for row in scores]


def reference_rankings(docs, queries):
    """The reference: TF-IDF of character n-grams within words (3 to 5), so "crashing" meets "crash"."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    matrix = vectorizer.fit_transform([d["title"] + " " + d["body"] for d in docs])
    scores = (vectorizer.transform(queries) @ matrix.T).toarray()
    return [[docs[int(i)]["doc_id"] for i in np.argsort(-row, kind="stable")] for row in scores]


def calibrate(docs, queries, labels):
    """Top-1 accuracy of the default and the reference retriever on the test questions."""
    for name, rank in (("default TF-IDF", default_rankings), ("reference", reference_rankings)):
        ranked = rank(docs, [q["query"] for q in queries])
        top1 = float(np.mean([r[0] == label for r, label in zip(ranked, labels)]))
        print(f"{name}: top-1 accuracy {top1:.4f}, MRR {mrr(ranked, [[label] for label in labels]):.4f}")
        yield top1


# ----------------------------------------------------------------------------- files

def write_csv(path, rows, columns):
    with open(HERE / path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


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
    rng = np.random.default_rng(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "hidden").mkdir(exist_ok=True)
    docs = articles(rng)
    write_csv("data/articles.csv", docs, ["doc_id", "title", "body"])
    order = rng.permutation(len(docs))
    dev_docs, test_docs = [docs[int(i)] for i in order[:50]], [docs[int(i)] for i in order[50:]]
    dev = [{"query": question(rng, d), "doc_id": d["doc_id"]} for d in dev_docs]
    test = [{"query": question(rng, d), "doc_id": d["doc_id"]} for d in test_docs for _ in range(2)]
    test = [test[int(i)] for i in rng.permutation(len(test))]
    for prefix, rows in (("d", dev), ("t", test)):
        for k, row in enumerate(rows, 1):
            row["query_id"] = f"{prefix}{k:03d}"
    write_csv("data/dev_queries.csv", dev, ["query_id", "query", "doc_id"])
    write_csv("data/test_queries.csv", test, ["query_id", "query"])
    write_csv("hidden/test_labels.csv", test, ["query_id", "doc_id"])

    recall_cases = [
        {"args": [[5, 3, 9, 1], [3], 1], "expected": 0.0},
        {"args": [[5, 3, 9, 1], [3], 2], "expected": 1.0},
        {"args": [[5, 3, 9, 1], [3, 1, 7], 4], "expected": recall_at_k([5, 3, 9, 1], [3, 1, 7], 4)},
        {"args": [[2, 4], [4, 8], 10], "expected": 0.5},
        {"args": [[11, 12, 13, 14, 15, 16], [16, 13, 11, 20], 3], "expected": 0.5},
    ]
    ranked_dev = default_rankings(docs, [q["query"] for q in dev])
    for k, (ranked, row) in enumerate(zip(ranked_dev[:5], dev[:5])):
        relevant = [row["doc_id"]] + ([ranked[3]] if k % 2 else [])
        cut = (1, 3, 5, 10, 20)[k]
        recall_cases.append({"args": [ranked[:20], relevant, cut], "expected": recall_at_k(ranked[:20], relevant, cut)})
    assert all(recall_at_k(*case["args"]) == case["expected"] for case in recall_cases)
    write_cases("recall_at_k", recall_cases)

    hand = [[[4, 2, 7], [9, 8], [1, 5, 6]], [[7], [9], [3]]]
    mrr_cases = [{"args": hand, "expected": mrr(*hand)},
                 {"args": [[[1, 2, 3]], [[1]]], "expected": 1.0},
                 {"args": [[[3, 1, 2], [2, 3]], [[2, 3], [1]]], "expected": 0.5}]
    rankings = [r[:10] for r in ranked_dev]
    relevant = [[row["doc_id"]] for row in dev]
    mrr_cases.append({"args": [rankings[:25], relevant[:25]], "expected": mrr(rankings[:25], relevant[:25])})
    mrr_cases.append({"args": [rankings[25:], relevant[25:]], "expected": mrr(rankings[25:], relevant[25:])})
    assert all(mrr(*case["args"]) == case["expected"] for case in mrr_cases)
    write_cases("mrr", mrr_cases)

    default, reference = calibrate(docs, test, [q["doc_id"] for q in test])
    assert default < TOP_BAND <= reference, (default, reference)
    print(f"{len(docs)} articles, {len(dev)} dev and {len(test)} test questions")


if __name__ == "__main__":
    main()

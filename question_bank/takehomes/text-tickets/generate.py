"""Seeded generator of the support-ticket data: short customer messages in five categories.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically (numpy only).

Method.  Every ticket draws its category uniformly (with numpy's ``default_rng(SEED)``) from
``CATEGORIES`` and is assembled as: an optional greeting, one or two sentences from the category's
templates (``PRIMARY``; the second, when present, is often an elaboration from ``DETAILS``), with
probability 0.55 one or two sentences of *another* category (a request and often a detail) introduced by
a connective ("Also,", "Unrelated, but", "PS:"...), and an optional closing; the side issue comes first
in 40% of those tickets.  Slots such as
``{plan}``, ``{order}``, ``{amount}`` or ``{device}`` are filled from shared word lists, and the templates
of related categories share vocabulary on purpose (cancelling an *order* vs. a *delivery*, *refunds* in
billing and cancellation, *account* in account and cancellation, *subscription* in billing and
cancellation), so single keywords are ambiguous while the bag of words as a whole is informative.
Then the text is roughened as people type: words are swapped for synonyms (``SYNONYMS``), 4% of
longer words get a typo (two letters swapped, one dropped or doubled), and a ticket is lower-cased
(20%) or loses its final punctuation.  Finally 4% of the labels are re-drawn at random (mislabelled
tickets).  The first 2,500 tickets are the
training set, the other 1,000 the test set, whose labels go to hidden/labels.csv.
"""

import csv
from pathlib import Path

import numpy as np

SEED = 31337
N_TRAIN, N_TEST = 2500, 1000
HERE = Path(__file__).resolve().parent
CATEGORIES = ["billing", "technical", "account", "delivery", "cancellation"]
PRIMARY = {
    "billing": [
        "I was charged twice for my {plan} subscription this {period}.",
        "The invoice for {month} shows {amount} but my plan costs less.",
        "Why did my card get billed {amount} without any notice?",
        "Can you send me a VAT invoice for my last payment?",
        "My payment was declined but the charge still shows on my bank statement.",
        "Please explain the extra fee of {amount} on my {month} bill.",
        "The price of my {plan} subscription went up and nobody told me.",
        "I paid {amount} for order {order} but was charged again.",
    ],
    "technical": [
        "The app crashes every time I open {feature} on my {device}.",
        "I keep getting error {code} when I try to sync my data.",
        "The website is very slow and pages keep timing out.",
        "After the latest update {feature} stopped working on my {device}.",
        "Notifications are not showing up on my {device}.",
        "Exporting to PDF produces an empty file.",
        "The {feature} page shows a blank screen since {weekday}.",
        "I cannot upload files, the progress bar freezes at 99 percent.",
    ],
    "account": [
        "I cannot log in and the password reset email never arrives.",
        "Please change the email address on my account.",
        "My account was locked after too many login attempts.",
        "How do I enable two-factor authentication on my account?",
        "I want to add a second user to my {plan} account.",
        "I think someone else has accessed my account.",
        "I need to update my username and profile details.",
        "The verification code for my login never arrives on my {device}.",
    ],
    "delivery": [
        "My order {order} has not arrived yet and it was due on {weekday}.",
        "The tracking for order {order} has not updated in {days} days.",
        "The courier left my parcel at the wrong address.",
        "Order {order} arrived damaged and the box was crushed.",
        "Can I change the delivery address for order {order}?",
        "Only part of order {order} was delivered.",
        "The parcel was returned to the warehouse, please resend order {order}.",
        "Delivery of order {order} is late again this {period}.",
    ],
    "cancellation": [
        "Please cancel my {plan} subscription at the end of this {period}.",
        "I want to close my account and delete all my data.",
        "How do I stop the automatic renewal of my {plan} plan?",
        "I would like to cancel order {order} before it ships.",
        "I no longer need the service, please end my contract.",
        "Cancel my plan and refund the remaining {amount}.",
        "I am moving to another provider, please terminate my subscription.",
        "Do not renew my membership next {period}.",
    ],
}
DETAILS = {
    "billing": ["This is the second time I have been overcharged.", "My bank shows two transactions.",
                "I need the corrected invoice for my accountant.", "The amount on the receipt is wrong."],
    "technical": ["I already reinstalled the app and restarted the {device}.", "The error appears on wifi and on mobile data.",
                  "It worked fine last {period}.", "Screenshots of the bug are attached."],
    "account": ["I still have access to my old email address.", "I tried resetting the password three times.",
                "My username is the same as before.", "I do not recognise the last login location."],
    "delivery": ["The tracking number does not work on the courier website.", "Nobody was at home when the driver came.",
                 "I have been waiting at home all {weekday}.", "The label on the parcel had my old address."],
    "cancellation": ["Please confirm the cancellation by email.", "I do not want to be charged after this {period}.",
                     "I already removed my payment details.", "I understand I will lose access to my files."],
}
GREETINGS = ["", "", "Hi,", "Hello team,", "Good morning,", "Hi there,", "Dear support,", "Urgent:"]
CLOSINGS = ["", "", "Thanks.", "Thank you!", "Please help.", "Regards.", "Any update is appreciated.",
            "Please get back to me soon."]
CONNECTIVES = ["Also,", "Unrelated, but", "By the way,", "On another note,", "PS:", "Separately,",
               "One more thing:", "While I'm here,", "And another thing,"]
SYNONYMS = {
    "cancel": ["cancel", "stop", "end"], "charged": ["charged", "billed", "debited"],
    "order": ["order", "purchase"], "parcel": ["parcel", "package", "delivery"],
    "app": ["app", "application", "software"], "crashes": ["crashes", "freezes", "closes itself"],
    "account": ["account", "profile", "login"], "subscription": ["subscription", "plan", "membership"],
    "invoice": ["invoice", "bill", "receipt"], "error": ["error", "error code", "fault"],
    "password": ["password", "passcode"], "arrived": ["arrived", "shown up", "come"],
    "please": ["please", "pls", "kindly", ""], "I want": ["I want", "I would like", "I need", "I'd like"],
}
TYPO_RATE = 0.04
SLOTS = {
    "plan": ["basic", "premium", "family", "pro", "business", "student"],
    "period": ["month", "week", "year", "quarter"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"],
    "amount": ["$9.99", "$19.99", "$49", "$120", "$5.50", "$79.90", "$15"],
    "feature": ["the dashboard", "search", "the calendar", "reports", "settings", "the photo gallery", "chat"],
    "device": ["iPhone", "Android phone", "laptop", "tablet", "Mac", "Windows PC"],
    "code": ["E102", "500", "403", "X-17", "timeout 504", "0x80070005"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    "days": ["3", "4", "5", "6", "8", "10"],
}


def pick(rng, options):
    return options[rng.integers(len(options))]


def fill(rng, template):
    values = {k: pick(rng, v) for k, v in SLOTS.items()}
    values["order"] = f"#{rng.integers(10000, 99999)}"
    return template.format(**values)


def lower_first(text):
    return text if text.startswith("I ") else text[0].lower() + text[1:]


def typo(rng, word):
    """The word with two neighbouring letters swapped, one dropped or one doubled."""
    i = int(rng.integers(1, len(word) - 1))
    kind = rng.integers(3)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i + 1:] if kind == 1 else word[:i] + word[i] + word[i:]


def roughen(rng, text):
    """Synonyms, typos, lower case and missing final punctuation, as tickets are really typed."""
    for word, options in SYNONYMS.items():
        if word in text and rng.random() < 0.7:
            text = text.replace(word, pick(rng, options))
    words = [typo(rng, w) if len(w) > 4 and w.isalpha() and rng.random() < TYPO_RATE else w for w in text.split()]
    text = " ".join(words)
    if rng.random() < 0.2:
        text = text.lower()
    return text.rstrip(".!") if rng.random() < 0.3 else text


def ticket(rng):
    label = int(rng.integers(len(CATEGORIES)))
    name = CATEGORIES[label]
    main = [fill(rng, pick(rng, PRIMARY[name]))]
    if rng.random() < 0.45:
        main.append(fill(rng, pick(rng, DETAILS[name] if rng.random() < 0.6 else PRIMARY[name])))
    side = []
    if rng.random() < 0.55:
        other = CATEGORIES[(label + 1 + rng.integers(len(CATEGORIES) - 1)) % len(CATEGORIES)]
        side = [f"{pick(rng, CONNECTIVES)} {lower_first(fill(rng, pick(rng, PRIMARY[other])))}"]
        if rng.random() < 0.6:
            side.append(fill(rng, pick(rng, DETAILS[other])))
    sentences = side + main if side and rng.random() < 0.4 else main + side
    parts = [pick(rng, GREETINGS)] + sentences + [pick(rng, CLOSINGS)]
    if rng.random() < 0.04:
        label = int(rng.integers(len(CATEGORIES)))
    return roughen(rng, " ".join(p for p in parts if p)), label


def write(path, header, records):
    with open(HERE / path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(records)


def main():
    rng = np.random.default_rng(SEED)
    tickets = [ticket(rng) for _ in range(N_TRAIN + N_TEST)]
    ids = [f"t{i:05d}" for i in range(len(tickets))]
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "hidden").mkdir(exist_ok=True)
    write("data/train.csv", ["id", "text", "label", "category"],
          [(i, t, y, CATEGORIES[y]) for i, (t, y) in zip(ids[:N_TRAIN], tickets[:N_TRAIN])])
    write("data/test.csv", ["id", "text"], [(i, t) for i, (t, _) in zip(ids[N_TRAIN:], tickets[N_TRAIN:])])
    write("hidden/labels.csv", ["id", "label"], [(i, y) for i, (_, y) in zip(ids[N_TRAIN:], tickets[N_TRAIN:])])


if __name__ == "__main__":
    main()

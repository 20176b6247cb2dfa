"""Accepts any rearrangement of the input with no two equal neighbours, or IMPOSSIBLE when the answer says so.

Called as: validate.py input answer feedback_dir < output.  Exit 42 accepts, 43 rejects.
"""
import sys
from collections import Counter

ACCEPT, REJECT = 42, 43


def reject(feedback_dir, message):
    with open(feedback_dir + "/judgemessage.txt", "w") as out:
        out.write(message + "\n")
    sys.exit(REJECT)


def main():
    input_file, answer_file, feedback_dir = sys.argv[1:4]
    s = open(input_file).read().split()[0]
    expected = open(answer_file).read().split()[0]
    words = sys.stdin.read().split()
    if len(words) != 1:
        reject(feedback_dir, f"expected one word, got {len(words)}")
    out = words[0]
    if expected == "IMPOSSIBLE":
        if out != "IMPOSSIBLE":
            reject(feedback_dir, "no valid rearrangement exists, but the output is not IMPOSSIBLE")
        sys.exit(ACCEPT)
    if out == "IMPOSSIBLE":
        reject(feedback_dir, "printed IMPOSSIBLE, but a valid rearrangement exists")
    if len(out) != len(s):
        reject(feedback_dir, f"output has length {len(out)}, the input has length {len(s)}")
    if Counter(out) != Counter(s):
        reject(feedback_dir, "output is not a rearrangement of the input's letters")
    for i in range(1, len(out)):
        if out[i] == out[i - 1]:
            reject(feedback_dir, f"positions {i} and {i + 1} both hold '{out[i]}'")
    sys.exit(ACCEPT)


if __name__ == "__main__":
    main()

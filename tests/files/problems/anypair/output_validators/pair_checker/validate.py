"""Accepts any two positive integers summing to n: validate.py input answer feedback_dir < output."""
import sys

ACCEPT, REJECT = 42, 43


def reject(feedback_dir, message):
    with open(feedback_dir + "/judgemessage.txt", "w") as out:
        out.write(message + "\n")
    sys.exit(REJECT)


def main():
    input_file, _answer_file, feedback_dir = sys.argv[1:4]
    n = int(open(input_file).read())
    words = sys.stdin.read().split()
    if len(words) != 2 or not all(w.isdigit() for w in words):
        reject(feedback_dir, f"expected two positive integers, got {len(words)} words")
    a, b = map(int, words)
    if a < 1 or b < 1 or a + b != n:
        reject(feedback_dir, f"{a} + {b} is not a pair of positive integers summing to {n}")
    sys.exit(ACCEPT)


if __name__ == "__main__":
    main()

"""Accepts any valid course order: validate.py input answer feedback_dir < output.

The answer file holds a reference order or IMPOSSIBLE. The output must be IMPOSSIBLE exactly when the
answer is, and otherwise a permutation of 0..n-1 in which u precedes v for every prerequisite (u, v).
"""
import sys

ACCEPT, REJECT = 42, 43


def reject(feedback_dir, message):
    with open(feedback_dir + "/judgemessage.txt", "w") as out:
        out.write(message + "\n")
    sys.exit(REJECT)


def main():
    input_file, answer_file, feedback_dir = sys.argv[1:4]
    data = open(input_file).read().split()
    n, m = int(data[0]), int(data[1])
    pairs = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
    possible = open(answer_file).read().split() != ["IMPOSSIBLE"]
    words = sys.stdin.read().split()
    if len(words) == 1 and words[0].upper() == "IMPOSSIBLE":
        words = ["IMPOSSIBLE"]
    if not possible:
        if words != ["IMPOSSIBLE"]:
            reject(feedback_dir, f"the prerequisites contain a cycle, expected IMPOSSIBLE, got {len(words)} words")
        sys.exit(ACCEPT)
    if words == ["IMPOSSIBLE"]:
        reject(feedback_dir, "answered IMPOSSIBLE but a valid order exists")
    if len(words) != n:
        reject(feedback_dir, f"expected {n} courses, got {len(words)} words")
    position = [-1] * n
    for index, word in enumerate(words):
        if not word.isdigit() or int(word) >= n:
            reject(feedback_dir, f"word {index + 1} ({word[:30]!r}) is not a course number 0..{n - 1}")
        course = int(word)
        if position[course] >= 0:
            reject(feedback_dir, f"course {course} appears twice")
        position[course] = index
    for u, v in pairs:
        if position[u] > position[v]:
            reject(feedback_dir, f"course {u} must come before course {v}")
    sys.exit(ACCEPT)


if __name__ == "__main__":
    main()

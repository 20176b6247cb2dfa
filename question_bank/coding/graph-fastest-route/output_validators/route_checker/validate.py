"""Checks a fastest route: validate.py input answer feedback_dir < output.

The answer file holds the reference: -1, or the shortest time followed by one fastest route. The output
must be -1 exactly when the answer is; otherwise its time must equal the reference time and its route must
go from 1 to n along streets with that total time.
"""
import sys

ACCEPT, REJECT = 42, 43


def reject(feedback_dir, message):
    with open(feedback_dir + "/judgemessage.txt", "w") as out:
        out.write(message + "\n")
    sys.exit(REJECT)


def integers(words, feedback_dir):
    try:
        return [int(w) for w in words]
    except ValueError:
        reject(feedback_dir, "the output contains something that is not an integer")


def main():
    input_file, answer_file, feedback_dir = sys.argv[1:4]
    data = open(input_file).read().split()
    n, m = int(data[0]), int(data[1])
    best = {}
    for i in range(m):
        a, b, t = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        key = (min(a, b), max(a, b))
        if t < best.get(key, t + 1):
            best[key] = t
    expected = int(open(answer_file).read().split()[0])
    got = integers(sys.stdin.read().split(), feedback_dir)
    if not got:
        reject(feedback_dir, "empty output")
    if expected == -1:
        if got != [-1]:
            reject(feedback_dir, "junction n is unreachable: expected -1")
        sys.exit(ACCEPT)
    if got[0] != expected:
        reject(feedback_dir, f"the shortest time is {expected}, got {got[0]}")
    route = got[1:]
    if not route or route[0] != 1 or route[-1] != n:
        reject(feedback_dir, f"the route must start at 1 and end at {n}")
    total = 0
    for a, b in zip(route, route[1:]):
        t = best.get((min(a, b), max(a, b)))
        if t is None:
            reject(feedback_dir, f"no street joins junctions {a} and {b}")
        total += t
    if total != expected:
        reject(feedback_dir, f"the printed route takes {total} minutes, not {expected}")
    sys.exit(ACCEPT)


if __name__ == "__main__":
    main()

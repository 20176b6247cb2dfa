"""Interactor of the guess fixture: reads the number from the input file, answers guesses on stdout."""
import sys

MAX_GUESSES = 10


def main():
    secret = int(open(sys.argv[1]).read())
    feedback = open(sys.argv[3] + "judgemessage.txt", "w")
    for guess_number in range(1, MAX_GUESSES + 1):
        line = sys.stdin.readline()
        if not line:
            feedback.write("the program stopped guessing before finding the number\n")
            return 43
        try:
            guess = int(line)
        except ValueError:
            feedback.write(f"guess {guess_number} is not a number: {line.strip()[:40]!r}\n")
            return 43
        if guess == secret:
            print("correct", flush=True)
            feedback.write(f"found in {guess_number} guesses\n")
            return 42
        print("lower" if secret < guess else "higher", flush=True)
    feedback.write(f"not found in {MAX_GUESSES} guesses\n")
    return 43


sys.exit(main())

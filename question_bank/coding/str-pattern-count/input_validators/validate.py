"""Input validator: a strand t and a marker p over ACGT, one per line, 1 <= |p| <= |t| <= 2,000,000."""
import re
import sys

MAX_LEN = 2_000_000


def main():
    match = re.fullmatch(rb"([ACGT]+)\n([ACGT]+)\n", sys.stdin.buffer.read())
    if not match:
        sys.exit(print("expected two lines of letters ACGT, each ending with a newline") or 43)
    t, p = match.groups()
    if not 1 <= len(p) <= len(t) <= MAX_LEN:
        sys.exit(print(f"need 1 <= |p| <= |t| <= {MAX_LEN}, got |t| = {len(t)}, |p| = {len(p)}") or 43)
    sys.exit(42)


main()

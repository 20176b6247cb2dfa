"""Input validator of Top tokens: k on the first line, then a corpus of printable ASCII lines (each ending with a
newline, at most 2,000,000 characters in all) with at least k distinct tokens.

Exits 42 for a valid input, 43 (saying why) otherwise; the bank check runs it on every input.
"""
import re
import sys

CORPUS_MAX = 2_000_000


def fail(reason):
    print(reason)
    sys.exit(43)


def main():
    data = sys.stdin.buffer.read()
    head = re.match(rb"([1-9][0-9]*)\n", data)
    if not head:
        fail("the first line must be k, a positive integer")
    corpus = data[head.end():]
    if len(corpus) > CORPUS_MAX:
        fail(f"the corpus has {len(corpus)} characters, more than {CORPUS_MAX}")
    if corpus and not corpus.endswith(b"\n"):
        fail("every line of the corpus must end with a newline")
    if not re.fullmatch(rb"[\x20-\x7e\n]*", corpus):
        fail("the corpus must hold printable ASCII characters (32 to 126) and newlines only")
    tokens = {b"<num>" if t.isdigit() else t for t in re.findall(rb"[a-z0-9]+", corpus.lower())}
    if int(head[1]) > len(tokens):
        fail(f"k = {int(head[1])} but the corpus has {len(tokens)} distinct tokens")


main()
sys.exit(42)

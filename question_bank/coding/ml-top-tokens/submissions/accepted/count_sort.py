import re
import sys


def main():
    data = sys.stdin.buffer.read()
    newline = data.index(b"\n")
    k = int(data[:newline])
    counts = {}
    for token in re.findall(rb"[a-z0-9]+", data[newline + 1:].lower()):
        if token.isdigit():
            token = b"<num>"
        counts[token] = counts.get(token, 0) + 1
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]
    sys.stdout.write("".join(f"{token.decode()} {count}\n" for token, count in top))


main()

import sys


def main():
    # O(|s|^2): from every start, extends the window until it covers t
    data = sys.stdin.buffer.read().split()
    s, t = data[0], data[1]
    base = [0] * 128
    for c in t:
        base[c] += 1
    n = len(s)
    best_len, best_start = n + 1, -1
    for l in range(n):
        need = base[:]
        missing = len(t)
        for r in range(l, min(n, l + best_len - 1)):
            c = s[r]
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            if missing == 0:
                best_len, best_start = r - l + 1, l
                break
    print(-1 if best_start < 0 else f"{best_len} {best_start + 1}")


main()

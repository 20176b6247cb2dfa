import sys


def main():
    data = sys.stdin.buffer.read().split()
    s, t = data[0], data[1]
    need = [0] * 128
    for c in t:
        need[c] += 1
    missing = len(t)
    best_len, best_start = len(s) + 1, -1
    left = 0
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        if missing == 0:
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if right - left + 1 < best_len:
                best_len, best_start = right - left + 1, left
            need[s[left]] += 1
            missing += 1
            left += 1
    if best_start < 0:
        print(-1)
    else:
        print(best_len, best_start + 1)


main()

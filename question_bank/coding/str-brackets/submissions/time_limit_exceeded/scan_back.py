import sys


def main():
    # O(n^2): for each closing bracket, walks back over already matched brackets to find its partner
    s = sys.stdin.readline().strip()
    match = {")": "(", "]": "[", "}": "{"}
    used = [False] * len(s)
    for i, c in enumerate(s):
        if c in match:
            j = i - 1
            while j >= 0 and used[j]:
                j -= 1
            if j < 0 or s[j] != match[c]:
                print(i + 1)
                return
            used[i] = used[j] = True
    print("OK" if all(used) else len(s) + 1)


main()

import sys


def main():
    s = sys.stdin.readline().strip()
    match = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, c in enumerate(s):
        if c in match:
            if not stack or stack.pop() != match[c]:
                print(i + 1)
                return
        else:
            stack.append(c)
    print("OK" if not stack else len(s) + 1)


main()

import sys


def main():
    # sorts and counts the negatives strictly below each positive, but gives ties no half point
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    pairs = sorted((int(data[1 + i]), data[1 + n + i] == b"1") for i in range(n))
    positives = sum(1 for _, spam in pairs if spam)
    negatives = n - positives
    correct, negatives_below, i = 0, 0, 0
    while i < n:
        j, block_neg = i, 0
        while j < n and pairs[j][0] == pairs[i][0]:
            if pairs[j][1]:
                correct += negatives_below
            else:
                block_neg += 1
            j += 1
        negatives_below += block_neg
        i = j
    print(f"{correct / (positives * negatives):.9f}")


main()

import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    scores = data[1:1 + n]
    labels = data[1 + n:1 + 2 * n]
    order = sorted(range(n), key=lambda i: int(scores[i]))
    positives = sum(1 for y in labels if y == b"1")
    negatives = n - positives
    twice_correct = 0  # 2 x (pairs ordered correctly + half the ties), an exact integer
    negatives_below = 0
    i = 0
    while i < n:
        j, block_pos, block_neg, score = i, 0, 0, int(scores[order[i]])
        while j < n and int(scores[order[j]]) == score:
            if labels[order[j]] == b"1":
                block_pos += 1
            else:
                block_neg += 1
            j += 1
        twice_correct += 2 * block_pos * negatives_below + block_pos * block_neg
        negatives_below += block_neg
        i = j
    print(f"{twice_correct / (2 * positives * negatives):.9f}")


main()

import sys


def main():
    # best[i] = p_i + max over all earlier compatible jobs: O(n^2)
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    jobs = sorted((int(data[2 + 3 * i]), int(data[1 + 3 * i]), int(data[3 + 3 * i])) for i in range(n))
    best = [0] * n
    for i, (e, s, p) in enumerate(jobs):
        prior = 0
        for j in range(i):
            if jobs[j][0] <= s and best[j] > prior:
                prior = best[j]
        best[i] = prior + p
    print(max(best))


main()

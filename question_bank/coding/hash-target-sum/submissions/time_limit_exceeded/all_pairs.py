def count_subarrays(nums, k):
    # O(n^2): every start, running sum to every end
    n = len(nums)
    count = 0
    for l in range(n):
        total = 0
        for r in range(l, n):
            total += nums[r]
            if total == k:
                count += 1
    return count

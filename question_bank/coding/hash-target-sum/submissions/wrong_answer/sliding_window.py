def count_subarrays(nums, k):
    # bug: a shrinking window is only correct when all values are positive
    count = 0
    total = 0
    left = 0
    for right, x in enumerate(nums):
        total += x
        while total > k and left <= right:
            total -= nums[left]
            left += 1
        if total == k and left <= right:
            count += 1
    return count

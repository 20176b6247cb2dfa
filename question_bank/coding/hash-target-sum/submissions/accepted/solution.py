def count_subarrays(nums, k):
    seen = {0: 1}
    prefix = 0
    count = 0
    get = seen.get
    for x in nums:
        prefix += x
        count += get(prefix - k, 0)
        seen[prefix] = get(prefix, 0) + 1
    return count

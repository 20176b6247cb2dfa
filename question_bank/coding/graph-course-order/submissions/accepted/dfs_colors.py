def course_order(n, prerequisites):
    # iterative DFS with three colours; reverse post-order is a topological order
    after = [[] for _ in range(n)]
    for u, v in prerequisites:
        after[u].append(v)
    WHITE, GREY, BLACK = 0, 1, 2
    colour = [WHITE] * n
    post = []
    for s in range(n):
        if colour[s] != WHITE:
            continue
        colour[s] = GREY
        stack = [(s, iter(after[s]))]
        while stack:
            v, children = stack[-1]
            for u in children:
                if colour[u] == GREY:
                    return []
                if colour[u] == WHITE:
                    colour[u] = GREY
                    stack.append((u, iter(after[u])))
                    break
            else:
                colour[v] = BLACK
                post.append(v)
                stack.pop()
    return post[::-1]

# Breadth- and depth-first search over a graph, as generators, plus a
# topological sort that reports a cycle with a custom exception.

GRAPH = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
}


def bfs(graph, start):
    seen = {start}
    frontier = [start]
    depth = 0
    while frontier:
        for node in frontier:
            yield depth, node
        following = []
        for node in frontier:
            for nxt in graph[node]:
                if nxt not in seen:
                    seen.add(nxt)
                    following.append(nxt)
        frontier = following
        depth += 1


def dfs(graph, node, seen=None):
    seen = set() if seen is None else seen
    if node in seen:
        return
    seen.add(node)
    yield node
    for nxt in graph[node]:
        yield from dfs(graph, nxt, seen)


class CycleError(Exception):
    pass


def toposort(graph):
    state = {}
    order = []

    def visit(node, path):
        if state.get(node) == "done":
            return
        if state.get(node) == "active":
            raise CycleError(" -> ".join(path + [node]))
        state[node] = "active"
        for nxt in graph[node]:
            visit(nxt, path + [node])
        state[node] = "done"
        order.append(node)

    for node in graph:
        visit(node, [])
    return order[::-1]


print(list(bfs(GRAPH, "a")))
print(list(dfs(GRAPH, "a")))
print(toposort(GRAPH))
cyclic = dict(GRAPH, f=["c"])
try:
    toposort(cyclic)
except CycleError as e:
    print("CycleError:", e)

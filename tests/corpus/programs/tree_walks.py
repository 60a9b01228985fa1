# Binary search tree with recursive yield from traversals and a generator
# that merges two trees' in-order streams.

class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class Tree:
    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.add(k)

    def add(self, key):
        self.size += 1
        if self.root is None:
            self.root = Node(key)
            return
        node = self.root
        while True:
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, Node(key))
                return
            node = child

    def __iter__(self):
        return self._inorder(self.root)

    def _inorder(self, node):
        if node:
            yield from self._inorder(node.left)
            yield node.key
            yield from self._inorder(node.right)

    def levels(self):
        level = [self.root] if self.root else []
        while level:
            yield [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]

    def __len__(self):
        return self.size

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False


def merge(a, b):
    a, b = iter(a), iter(b)
    x, y = next(a, None), next(b, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)


t1 = Tree([50, 30, 70, 20, 40, 60, 80])
t2 = Tree([45, 15, 85, 65])
print(list(t1), len(t1), 40 in t1, 41 in t1)
print(list(t1.levels()))
print(list(merge(t1, t2)))
chain = Tree(range(200))
print(len(chain), sum(chain), list(chain.levels())[-1])

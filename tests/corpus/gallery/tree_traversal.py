# A recursive generator: each subtree is walked by its own generator,
# and yield from passes every value up through the chain.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def in_order(node):
    if node is None:
        return
    yield from in_order(node.left)
    yield node.value
    yield from in_order(node.right)


tree = Node(2, Node(1), Node(3))
for value in in_order(tree):
    print(value)

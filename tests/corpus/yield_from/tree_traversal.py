class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def inorder(node):
    if node is None:
        return 0
    count = yield from inorder(node.left)
    yield node.value
    count += 1
    count += yield from inorder(node.right)
    return count


def preorder(node):
    if node:
        yield node.value
        yield from preorder(node.left)
        yield from preorder(node.right)


def insert(node, value):
    if node is None:
        return Node(value)
    if value < node.value:
        node.left = insert(node.left, value)
    else:
        node.right = insert(node.right, value)
    return node


root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, v)
print(list(inorder(root)))
print(list(preorder(root)))
walker = inorder(root)
values = []
while True:
    try:
        values.append(next(walker))
    except StopIteration as e:
        print("visited", e.value, "nodes; max", max(values))
        break

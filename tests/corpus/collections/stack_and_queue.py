stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        right = stack.pop()
        left = stack.pop()
        if token == "+":
            stack.append(left + right)
        elif token == "-":
            stack.append(left - right)
        else:
            stack.append(left * right)
    print(token, stack)
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    print("processing", item)
    if item < 3:
        queue.append(item * 10)

queue = [1, 2, 3]
queue.remove(2)
print(queue)
queue.remove(5)

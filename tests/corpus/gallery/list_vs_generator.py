# A list comprehension builds every element up front; a generator
# expression holds none and produces them one at a time.
squares_list = [n * n for n in range(100)]
print(sum(squares_list))
del squares_list  # free the list, so memory shows the generator alone

squares_gen = (n * n for n in range(100))
print(sum(squares_gen))

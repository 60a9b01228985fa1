print("this line never runs: the module does not compile")
values = [1, 2, 3]
yield values

print("raising with two arguments")
raise ValueError("bad value", 42)

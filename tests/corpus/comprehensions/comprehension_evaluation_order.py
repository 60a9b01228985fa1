def trace(label, value):
    print(f"  {label}: {value}")
    return value


result = [trace("value", x * y) for x in trace("outer", [1, 2]) for y in trace("inner", [10, 20]) if trace("cond", x + y) > 11]
print(result)
d = {trace("key", k): trace("val", k * 2) for k in range(2)}
print(d)

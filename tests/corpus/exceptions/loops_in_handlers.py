# Loops inside `except` and `finally` bodies, and loops left by return,
# break and continue from inside handlers: each loop's iterator keeps its
# place on the value stack.


def numbers():
    yield 1
    yield 2


try:
    raise ValueError("first")
except ValueError as error:
    for number in numbers():
        for letter in "ab":
            print(error, number, letter)

try:
    raise KeyError("k")
except KeyError:
    for number in range(2):
        try:
            raise IndexError(number)
        except IndexError as inner:
            for word in ["x", "y"]:
                print("nested", inner, word)
                if word == "x":
                    continue
                break

try:
    try:
        raise ValueError("in finally")
    finally:
        for number in numbers():
            print("finally sees", number)
except ValueError as error:
    print("caught", error)


def search(rows):
    for row in rows:
        try:
            for item in row:
                if item < 0:
                    raise ValueError(item)
        except ValueError as error:
            for clue in ("negative", error):
                if clue == "negative":
                    continue
                return f"row {row} has {clue}"
        finally:
            for _ in range(1):
                print("checked", row)
    return "all positive"


print(search([[1, 2], [3, -4], [5]]))
print(search([[1], [2]]))


def generator_in_handler():
    try:
        yield "start"
        raise RuntimeError("boom")
    except RuntimeError as error:
        for piece in str(error):
            yield piece
    finally:
        for tail in range(2):
            yield f"tail {tail}"


print(list(generator_in_handler()))
squares = [[x * y for y in range(3) if y != x] for x in range(3)]
print(squares)
print({key: [v for v in range(key)] for key in range(4)})
print(list(a + b for a in "xy" for b in "12"))

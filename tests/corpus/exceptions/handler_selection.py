def classify(thunk):
    try:
        thunk()
    except (KeyError, IndexError) as e:
        return f"lookup problem: {type(e).__name__} {e}"
    except ZeroDivisionError as e:
        return f"arithmetic: {type(e).__name__}"
    except Exception as e:
        return f"other: {type(e).__name__}: {e}"
    return "no error"


print(classify(lambda: {}["k"]))
print(classify(lambda: [][0]))
print(classify(lambda: 1 // 0))
print(classify(lambda: int("x")))
print(classify(lambda: None))
print(isinstance(RecursionError(), RuntimeError), isinstance(NameError(), Exception))
print(isinstance(StopIteration(), Exception), isinstance(GeneratorExit(), Exception))
print(isinstance(AssertionError(), Exception), isinstance(Exception(), BaseException))
print(isinstance(KeyError(), IndexError), isinstance(GeneratorExit(), BaseException))

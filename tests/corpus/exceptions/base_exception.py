class Fatal(BaseException):
    pass


def risky():
    raise Fatal("not an Exception")


try:
    try:
        risky()
    except Exception:
        print("never: Fatal is not an Exception")
except BaseException as e:
    print("BaseException caught:", type(e).__name__, e)

try:
    raise GeneratorExit("manual")
except Exception:
    print("never")
except GeneratorExit as e:
    print("GeneratorExit caught:", e)

def raise_class():
    raise ValueError


def raise_instance():
    raise ValueError("instance")


def raise_non_exception():
    raise 42


def raise_expression():
    errors = [KeyError, IndexError]
    raise errors[1]("picked from a list")


for f in [raise_class, raise_instance, raise_non_exception, raise_expression]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(str(e)), e.args)
try:
    raise
except RuntimeError as e:
    print("bare raise with nothing active:", type(e).__name__, e)

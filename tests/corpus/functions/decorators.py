def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return str(result).upper() + "!"
    return wrapper


call_log = []


def logged(func):
    def wrapper(*args):
        call_log.append(args)
        return func(*args)
    return wrapper


def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate


@shout
def greet(name):
    return f"hello {name}"


@logged
def double(x):
    return 2 * x


@repeat(3)
def ping():
    return "ping"


@shout
@repeat(2)
def stacked():
    return "s"


print(greet("ada"))
print(double(2), double(5), call_log)
print(ping())
print(stacked())
registry = []


def register(func):
    registry.append(func)
    return func


@register
def first():
    return "first ran"


@register
def second():
    return "second ran"


print([f() for f in registry], first())

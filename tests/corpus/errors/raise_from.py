def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"could not load {text!r}") from e


print(load("5"))
load("five")

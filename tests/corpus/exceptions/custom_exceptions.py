class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__(f"{key}: {problem}")
        self.key = key


class Empty(AppError):
    pass


def load(config):
    if not config:
        raise Empty()
    if "name" not in config:
        raise ConfigError("name", "missing")
    return config["name"]


for cfg in [{"name": "ok"}, {}, {"other": 1}]:
    try:
        print("loaded", load(cfg))
    except ConfigError as e:
        print("ConfigError:", e, "| key =", e.key, "| args =", e.args)
    except AppError as e:
        print(type(e).__name__, repr(str(e)), e.args, isinstance(e, Exception))

print(repr(AppError("a", 1)), str(AppError("a", 1)), str(AppError("solo")))
print(repr(ConfigError("k", "v")))

class Config:
    debug = False

    def __init__(self):
        self.level = 3


c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "fallback"))
setattr(c, "level", 5)
setattr(c, "extra", [1])
print(c.level, c.extra, hasattr(c, "extra"), hasattr(c, "nope"))
for name in ["level", "debug", "extra", "absent"]:
    print(name, hasattr(c, name), getattr(c, name, None))
try:
    getattr(c, "absent")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr("text", "upper")(), hasattr([], "append"), callable(getattr(c, "level")))

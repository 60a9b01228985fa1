class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "just str"

    def __repr__(self):
        return "OnlyStr<repr>"


class Both:
    def __repr__(self):
        return "Both(r)"

    def __str__(self):
        return "Both(s)"


for obj in [OnlyRepr(), OnlyStr(), Both()]:
    print(str(obj), repr(obj), [obj], f"{obj}", f"{obj!r}")
print((OnlyRepr(), Both()))
print({"k": Both()})

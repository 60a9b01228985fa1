# A tokenizer and recursive-descent evaluator for arithmetic, built from
# generators: characters -> tokens -> a parser pulling tokens on demand.

class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text

    def __repr__(self):
        return f"{self.kind}:{self.text}"


def characters(source):
    for ch in source:
        yield ch
    yield "\0"


def tokens(source):
    chars = characters(source)
    ch = next(chars)
    while ch != "\0":
        if ch == " ":
            ch = next(chars)
        elif ch.isdigit():
            digits = ""
            while ch.isdigit():
                digits += ch
                ch = next(chars)
            yield Token("NUM", digits)
        elif ch.isalpha():
            name = ""
            while ch.isalpha():
                name += ch
                ch = next(chars)
            yield Token("NAME", name)
        elif ch in "+-*/()^":
            yield Token("OP", ch)
            ch = next(chars)
        else:
            raise ValueError(f"unexpected character {ch!r}")
    yield Token("END", "")


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, source, variables):
        self.stream = tokens(source)
        self.current = next(self.stream)
        self.variables = variables

    def advance(self):
        token = self.current
        if token.kind != "END":
            self.current = next(self.stream)
        return token

    def expect(self, text):
        if self.current.text != text:
            raise ParseError(f"expected {text!r}, got {self.current!r}")
        self.advance()

    def expression(self):
        value = self.term()
        while self.current.text in ("+", "-"):
            op = self.advance().text
            right = self.term()
            value = value + right if op == "+" else value - right
        return value

    def term(self):
        value = self.power()
        while self.current.text in ("*", "/"):
            op = self.advance().text
            right = self.power()
            value = value * right if op == "*" else value // right
        return value

    def power(self):
        base = self.atom()
        if self.current.text == "^":
            self.advance()
            return base ** self.power()
        return base

    def atom(self):
        token = self.advance()
        if token.kind == "NUM":
            return int(token.text)
        if token.kind == "NAME":
            return self.variables[token.text]
        if token.text == "-":
            return -self.atom()
        if token.text == "(":
            value = self.expression()
            self.expect(")")
            return value
        raise ParseError(f"unexpected token {token!r}")


print(list(tokens("12 + x*(3 - 4)")))
env = {"x": 7, "big": 10 ** 20}
for source in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x * x - 1", "-(4 - 10) / 4",
               "big * big + 1", "2 ^ 200", "1 + ", "3 $ 4", "y + 1", "(1 + 2"]:
    try:
        print(f"{source!r:>16} = {Parser(source, env).expression()}")
    except KeyError as e:
        print(f"{source!r:>16} -> unknown variable {e}")
    except Exception as e:
        print(f"{source!r:>16} -> {type(e).__name__}: {e}")

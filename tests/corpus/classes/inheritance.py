class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area()}"


class Rectangle(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def describe(self):
        return "SQUARE: " + super().describe()


shapes = [Shape("blob"), Rectangle(2, 3), Square(4)]
for s in shapes:
    print(s.describe())
sq = shapes[2]
print(isinstance(sq, Square), isinstance(sq, Rectangle), isinstance(sq, Shape))
print(isinstance(shapes[1], Square), type(sq).__name__)

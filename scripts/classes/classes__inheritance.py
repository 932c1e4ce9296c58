# Checks single inheritance, method overriding, isinstance/issubclass and attribute lookup.
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

    def __init__(self, width, height):
        Shape.__init__(self, "rectangle")
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

class Square(Rectangle):
    def __init__(self, size):
        Rectangle.__init__(self, size, size)
        self.name = "square"

class Triangle(Shape):
    sides = 3

    def __init__(self, base, height):
        super().__init__("triangle")
        self.base = base
        self.height = height

    def area(self):
        return self.base * self.height / 2

shapes = [Shape("blob"), Rectangle(3, 4), Square(5), Triangle(6, 2)]
for shape in shapes:
    print(shape.describe())

sq = Square(2)
print(isinstance(sq, Square), isinstance(sq, Rectangle), isinstance(sq, Shape))
print(isinstance(sq, Triangle), isinstance(sq, (Triangle, Rectangle)))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, Square))
print(Square.__bases__[0].__name__, Rectangle.__name__)
print(issubclass(Shape, object), isinstance(5, object))
print([type(s).__name__ for s in shapes])
print(Square.sides, Triangle.sides, Shape.sides)

# Checks an uncaught AttributeError when calling a method that does not exist on a user object.
class Player:
    def __init__(self, name):
        self.name = name
        self.score = 0

    def add_point(self):
        self.score += 1

player = Player("손흥민")
player.add_point()
player.add_point()
print(player.name, player.score)
print(hasattr(player, "add_point"), hasattr(player, "jump"))
print("calling a missing method")
player.jump()
print("never printed")

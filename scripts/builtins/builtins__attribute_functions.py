# Checks getattr, setattr, hasattr, delattr, vars and a filtered dir() on a user object.
class Robot:
    wheels = 4

    def __init__(self, name):
        self.name = name
        self.battery = 100

    def beep(self):
        return self.name + ": beep"

bot = Robot("R2")
print(getattr(bot, "name"), getattr(bot, "wheels"), getattr(bot, "color", "grey"))
print(getattr(bot, "beep")())
print(hasattr(bot, "battery"), hasattr(bot, "laser"), hasattr(Robot, "beep"))

setattr(bot, "color", "blue")
setattr(bot, "battery", 55)
print(bot.color, bot.battery)
print(vars(bot))

delattr(bot, "color")
print(hasattr(bot, "color"), vars(bot))

public = [name for name in dir(bot) if not name.startswith("__")]
print(public)

for attribute in ["name", "battery", "wheels"]:
    print(attribute, "=", getattr(bot, attribute))

try:
    getattr(bot, "missing")
except AttributeError as err:
    print("AttributeError:", err)

try:
    delattr(bot, "missing")
except AttributeError as err:
    print("AttributeError:", err)

settings = {"speed": 3, "mode": "auto"}
for key, value in settings.items():
    setattr(bot, key, value)
print(sorted(vars(bot)))
print(vars(bot) is bot.__dict__)
setattr(Robot, "wheels", 6)
print(Robot("new").wheels, bot.wheels)

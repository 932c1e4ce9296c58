# Checks generator methods: instance methods, __iter__ written as a generator, staticmethod and classmethod.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __iter__(self):
        for s in self.songs:
            yield s
    def numbered(self, start=1):
        for i, s in enumerate(self.songs, start):
            yield f"{i}. {s}"
    def player(self):
        idx = 0
        while self.songs:
            cmd = yield self.songs[idx]
            if cmd == "next":
                idx = (idx + 1) % len(self.songs)
            elif cmd == "prev":
                idx = (idx - 1) % len(self.songs)
    @staticmethod
    def beats(n):
        for i in range(n):
            yield "쿵" if i % 2 == 0 else "짝"
    @classmethod
    def demo(cls):
        yield cls.__name__
        yield from cls("a", "b")

p = Playlist("봄날", "Dynamite", "Butter")
print(list(p))
for line in p.numbered():
    print(line)
pl = p.player()
print(next(pl), pl.send("next"), pl.send("next"), pl.send("next"), pl.send("prev"))
print(list(Playlist.beats(5)))
print(list(Playlist.demo()))
print(type(p.player()).__name__, p.player().__qualname__)
print(list(zip(p, p.numbered(10))))

class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def cells(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y
    def __len__(self):
        return sum(1 for _ in self.cells())
g = Grid(3, 2)
print(list(g.cells()))
print(len(g))

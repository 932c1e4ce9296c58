# Checks container dunders: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        return self.songs[index]

    def __setitem__(self, index, value):
        self.songs[index] = value

    def __delitem__(self, index):
        del self.songs[index]

    def __contains__(self, song):
        return song.lower() in [s.lower() for s in self.songs]

mix = Playlist("아리랑", "Dynamite", "Butter", "Spring Day")
print(len(mix), mix[0], mix[-1], mix[1:3])
mix[1] = "Permission to Dance"
del mix[2]
print(mix.songs)
print("spring day" in mix, "Butter" in mix)
for song in mix:
    print("♪", song)
print(bool(mix), bool(Playlist()))

class Grid:
    def __init__(self, width, height):
        self.cells = {}
        self.width = width
        self.height = height

    def __getitem__(self, position):
        row, col = position
        return self.cells.get((row, col), ".")

    def __setitem__(self, position, value):
        self.cells[position] = value

grid = Grid(3, 2)
grid[0, 1] = "X"
grid[1, 2] = "O"
for r in range(grid.height):
    print("".join([grid[r, c] for c in range(grid.width)]))

class Squares:
    def __getitem__(self, n):
        if n >= 5:
            raise IndexError("done")
        return n * n

print(list(Squares()), 9 in Squares())

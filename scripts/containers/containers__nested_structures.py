# Checks nested lists and dicts: building, accessing, updating and walking them.
school = {
    "1반": {"teacher": "김선생", "students": ["민수", "지아"]},
    "2반": {"teacher": "이선생", "students": ["하준"]},
}
school["2반"]["students"].append("서윤")
school["3반"] = {"teacher": "박선생", "students": []}

for room, info in school.items():
    count = len(info["students"])
    print(room, info["teacher"], count, info["students"])

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix[1][2], matrix[-1][-1], [row[0] for row in matrix])
diagonal = [matrix[i][i] for i in range(len(matrix))]
print(diagonal, sum(diagonal))

def total(value):
    if isinstance(value, list):
        result = 0
        for item in value:
            result += total(item)
        return result
    return value

print(total([1, [2, 3], [[4], 5], []]))

def depth(value):
    if not isinstance(value, list) or not value:
        return 0 if not isinstance(value, list) else 1
    return 1 + max([depth(item) for item in value])

print(depth([1, [2, [3, [4]]]]), depth([]), depth(7))

records = [
    {"name": "사과", "tags": ["red", "fruit"]},
    {"name": "바나나", "tags": ["yellow", "fruit"]},
    {"name": "당근", "tags": ["orange", "vegetable"]},
]
fruit_names = [r["name"] for r in records if "fruit" in r["tags"]]
print(fruit_names)
print(records[2]["tags"][1][:3])
print(matrix == [[1, 2, 3], [4, 5, 6], [7, 8, 9]])

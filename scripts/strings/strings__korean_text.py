# Checks handling of Korean (Hangul) text: length, slicing, iteration and methods.
인사말 = "안녕하세요, 세계!"
print(인사말)
print(len(인사말), 인사말[:5], 인사말[-3:])
print(인사말.replace("세계", "티키타카"))
print(인사말.split(", "))
print(인사말.find("세"), 인사말.count("세"))

문장 = "나는 파이썬을 배우고 있어요"
단어들 = 문장.split()
print(단어들, len(단어들))
for 번호, 단어 in enumerate(단어들, 1):
    print(번호, 단어, len(단어))

print("-".join(reversed(단어들)))
print(sorted(["하늘", "가을", "바다", "나비"]))
print("가" < "힣", ord("가"), ord("힣"), chr(ord("가") + 1))

def 초성(글자):
    목록 = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
    코드 = ord(글자) - ord("가")
    return 목록[코드 // 588]

print("".join([초성(글자) for 글자 in "대한민국"]))
print("".join([초성(글자) for 글자 in "티키타카"]))

이름들 = {"철수": 90, "영희": 95, "민수": 80}
for 이름 in sorted(이름들):
    print(f"{이름}: {이름들[이름]}점")
print("한글".center(8, "*"), "한" * 3)
print(repr("한국어"), str("한국어"), "한국어".upper())

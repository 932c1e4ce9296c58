# Checks Unicode (Korean) identifiers, strings and their use in functions and loops.
이름 = "철수"
나이 = 14
print(이름, 나이)

def 인사(사람):
    return 사람 + "님, 안녕하세요!"

print(인사(이름))
print(인사("영희"))

과일_가격 = {"사과": 1200, "배": 2500, "귤": 500}
합계 = 0
for 과일, 가격 in 과일_가격.items():
    print(과일, 가격, "원")
    합계 += 가격
print("합계:", 합계)

class 학생:
    def __init__(self, 이름, 점수):
        self.이름 = 이름
        self.점수 = 점수

    def 통과했나(self):
        return self.점수 >= 60

반 = [학생("민수", 85), 학생("지아", 55), 학생("하준", 60)]
for 한명 in 반:
    결과 = "통과" if 한명.통과했나() else "재시험"
    print(한명.이름, 결과)

print(len(이름), len("안녕하세요"))
print("철" in 이름, 이름[1])
print(이름 * 3)

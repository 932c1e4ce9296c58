# Checks a SyntaxError on a line containing Korean text before the error point.
이름 = "철수"
나이 = 14
print("이름:", 이름)
print("나이:", 나이)

def 소개(사람, 나이):
    return 사람 + "은(는) " + str(나이) + "살입니다"

print(소개(이름, 나이))
인사 = "안녕, " 이름
print(인사)
for 번호 in range(3):
    print(번호, 인사)
print("끝")

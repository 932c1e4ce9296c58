# Checks the RuntimeWarning printed when a coroutine is created but never awaited.
async def 인사(name):
    print("안녕", name)

def make_and_forget():
    c = 인사("지역")
    return 1

인사("철수")
print("after the forgotten call")
make_and_forget()
kept = 인사("영희")
print("end of program")

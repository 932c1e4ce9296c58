# Checks user-defined exception classes, hierarchies, args, and custom attributes.
class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class NotFound(AppError):
    pass

def validate_age(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be an integer")
    if age < 0:
        raise ValidationError("age", "must not be negative")
    return age

for candidate in [30, -1, "old"]:
    try:
        print("valid:", validate_age(candidate))
    except ValidationError as err:
        print("invalid:", err, "| field =", err.field, "| args =", err.args)

def find(items, target):
    if target not in items:
        raise NotFound(target, "not in list")
    return items.index(target)

try:
    find(["a", "b"], "z")
except AppError as err:
    print(type(err).__name__, err.args, str(err))

e = AppError()
print(repr(str(e)), e.args)
e1 = AppError("single")
print(str(e1), e1.args, repr(e1))
e2 = ValueError("a", 2)
print(str(e2), repr(e2))
print(issubclass(ValidationError, AppError), issubclass(AppError, Exception))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))

class 잔액부족(Exception):
    pass

try:
    raise 잔액부족("잔액이 부족합니다")
except 잔액부족 as 오류:
    print("오류:", 오류)

try:
    raise NotFound
except NotFound as err:
    print("raised a class:", type(err).__name__, err.args)

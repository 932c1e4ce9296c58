# Checks an uncaught user-defined exception with a Korean message raised in a method.
class InsufficientFunds(Exception):
    pass

class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"잔액 부족: {self.balance}원 < {amount}원")
        self.balance -= amount
        return self.balance

account = Account(10000)
print("after withdraw:", account.withdraw(3000))
print("after withdraw:", account.withdraw(5000))
account.withdraw(4000)
print("never printed")

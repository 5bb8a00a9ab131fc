# An uncaught exception: traceback through several functions on stderr, exit status 1.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f'insufficient funds: {self.balance} < {amount}')
        self.balance -= amount

def pay(account, amounts):
    for a in amounts:
        account.withdraw(a)
        print('paid', a, 'left', account.balance)

def main():
    acct = Account(100)
    pay(acct, [30, 50, 40])

print('start')
main()
print('never printed')

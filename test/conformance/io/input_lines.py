# input(): reads lines from stdin (the prompt goes to stdout when stdin is not a terminal); EOFError at the end.
name = input('Your name: ')
print(f'Hello, {name}!')
age = int(input('Age: '))
print('next year you will be', age + 1)
print(repr(input()))
numbers = list(map(int, input().split()))
print('sum of', numbers, '=', sum(numbers))
print(repr(input('keeps spaces> ')))
print(repr(input()))
count = 0
while True:
    try:
        line = input()
    except EOFError as e:
        print('EOFError:', repr(e), 'after', count, 'more lines')
        break
    count += 1
    print(f'line {count}: {line!r}')
try:
    input('at eof again: ')
except EOFError as e:
    print('EOFError again:', e)

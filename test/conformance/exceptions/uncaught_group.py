# An uncaught ExceptionGroup prints its nested exceptions in boxes.
def fail(n):
    raise ValueError(f'failure {n}')

def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    errors.append(ExceptionGroup('nested', [TypeError('deep')]))
    raise ExceptionGroup('several failures', errors)

print('collecting')
collect()

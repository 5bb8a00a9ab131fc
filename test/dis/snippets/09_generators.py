def gen(n):
    for i in range(n):
        received = yield i
        if received:
            yield from range(received)
    return 'finished'

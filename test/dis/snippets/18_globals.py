counter = 0


def bump():
    global counter
    counter += 1
    return counter


def shadow():
    len = 3
    return len + max(1, 2)

def f(items, lock):
    for x in items:
        try:
            if x < 0:
                continue
            if x > 10:
                break
            with lock:
                if x == 5:
                    return x
                continue
        finally:
            print('cleanup')
    else:
        return None
    while True:
        x += 1
        if x > 100:
            return x

# tb_frame.f_back of the frames of a traceback: each inner entry's frame has its caller's frame
# (the outer entry's) as f_back, so walking f_back from the innermost frame goes outwards


def level3(n):
    raise ValueError(n)


def level2(n):
    return level3(n + 1)


def level1(n):
    return [level2(n + 1)]


def names_back(frame, stop):
    out = []
    while frame is not None and frame.f_code.co_name != stop:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out


def entries(tb):
    out = []
    while tb is not None:
        out.append(tb)
        tb = tb.tb_next
    return out


def run():
    try:
        level1(0)
    except ValueError as e:
        tbs = entries(e.__traceback__)
    print([t.tb_frame.f_code.co_name for t in tbs])
    inner = tbs[-1].tb_frame
    print(names_back(inner, 'run'))
    print([t.tb_frame.f_back is tbs[i].tb_frame for i, t in enumerate(tbs[1:])])
    print([t.tb_frame.f_back.f_lineno for t in tbs[2:]])  # the outermost is live in CPython: its line moves on
    print(inner.f_back.f_back.f_code.co_name, inner.f_back.f_back.f_lineno)
    # the frames of a generator's traceback
    def gen():
        yield 1
        level3(10)
    try:
        for _ in gen():
            pass
    except ValueError as e:
        tbs = entries(e.__traceback__)
    print([t.tb_frame.f_code.co_name for t in tbs])
    print(names_back(tbs[-1].tb_frame, 'run'))


run()

def group():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print('values', e)
    except* TypeError:
        print('types')

def risky(f):
    try:
        return f()
    except (ValueError, TypeError) as e:
        print('bad', e)
        return None
    except Exception:
        raise
    else:
        print('ok')
    finally:
        print('done')

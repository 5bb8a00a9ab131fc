# CPython's datetime types are C types named 'datetime.X': operator and comparison errors show that name.
# (gilvm's datetime is a Python module, whose classes are named 'X': listed in known-failures.)
import datetime
for fn in (lambda: datetime.timedelta(1) + 1, lambda: datetime.date(2020, 1, 1) < 5,
           lambda: datetime.time() * 2, lambda: 1 - datetime.datetime(2020, 1, 1)):
    try:
        fn()
    except TypeError as e:
        print(e)
print(datetime.date.__name__, datetime.date.__qualname__, datetime.date.__module__)

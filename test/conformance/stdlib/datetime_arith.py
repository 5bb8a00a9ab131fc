# Randomised datetime/timedelta arithmetic (own LCG, so both runtimes see the same inputs).
from datetime import datetime, date, timedelta, timezone
state = 12345
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
out = []
for i in range(150):
    y = 1 + rnd(9999)
    m = 1 + rnd(12)
    d = 1 + rnd(28)
    a = datetime(y, m, d, rnd(24), rnd(60), rnd(60), rnd(1000000))
    td = timedelta(days=rnd(200000) - 100000, seconds=rnd(200000) - 100000, microseconds=rnd(3000000) - 1500000)
    try:
        b = a + td
        r = b.isoformat()
        back = (b - td == a, b - a == td, (b > a) == (td > timedelta(0)))
    except OverflowError as e:
        r, back = 'Overflow', ()
    f = (rnd(2000001) - 1000000) / 997.0
    k = rnd(7) + 1
    out.append((a.isoformat(), str(td), r, back, a.date().isocalendar()[:], a.toordinal(), a.weekday(), str(td * f), str(td / k),
                str(td // k), td // timedelta(seconds=k * 3601), str(td % timedelta(minutes=k)), td.total_seconds(), a.strftime('%j %U %W')))
for row in out:
    print(*row)
tzs = [timezone(timedelta(minutes=rnd(2800) - 1400)) for _ in range(20)]
pts = [datetime(2000 + rnd(30), 1 + rnd(12), 1 + rnd(28), rnd(24), rnd(60), tzinfo=tzs[rnd(20)]) for _ in range(40)]
pts.sort()
print([p.astimezone(timezone.utc).isoformat() for p in pts[:5]], all(pts[i] <= pts[i + 1] for i in range(39)))
print([str(pts[i + 1] - pts[i]) for i in range(0, 39, 5)], len(set(pts)) == len(set(p.astimezone(timezone.utc) for p in pts)))

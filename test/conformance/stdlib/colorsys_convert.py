# colorsys: every conversion on a grid of inputs (greys, primaries, edges, out-of-range values),
# printed with repr so that every bit of the floats counts; round trips; ints; the errors a
# user meets (a str component, a NaN hue).
import colorsys

print(colorsys.__all__)
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
steps = [0.0, 0.1, 0.2, 1 / 3, 0.5, 0.6, 2 / 3, 0.75, 0.9, 1.0]
for r in steps[::2] + [1.0]:
    for g in steps[1::3]:
        for b in steps[::3]:
            print((r, g, b), colorsys.rgb_to_yiq(r, g, b), colorsys.rgb_to_hls(r, g, b), colorsys.rgb_to_hsv(r, g, b))
for a in steps:
    for b in steps[::3]:
        for c in steps[1::4]:
            print((a, b, c), colorsys.yiq_to_rgb(a, b - 0.5, c - 0.5), colorsys.hls_to_rgb(a, b, c), colorsys.hsv_to_rgb(a, b, c))
# Round trips.
for rgb in [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.0, 0.5, 1.0), (0.25, 0.75, 0.5), (0.123, 0.456, 0.789)]:
    print(rgb, colorsys.hls_to_rgb(*colorsys.rgb_to_hls(*rgb)), colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(*rgb)),
          colorsys.yiq_to_rgb(*colorsys.rgb_to_yiq(*rgb)))
# Ints in, greys out as given, out of range and negative hues.
print(colorsys.rgb_to_hsv(1, 1, 1), colorsys.rgb_to_hls(0, 0, 0), colorsys.hsv_to_rgb(0, 0, 1), colorsys.hls_to_rgb(0, 1, 0))
print(colorsys.rgb_to_hsv(255, 128, 0), colorsys.rgb_to_hls(-1, 2, 0.5), colorsys.hsv_to_rgb(-0.25, 0.5, 0.5))
print(colorsys.hls_to_rgb(1.5, 0.5, 0.5), colorsys.hsv_to_rgb(7.5, 1.0, 1.0), colorsys.yiq_to_rgb(2, 1, 1))
for f, args in [(colorsys.rgb_to_hsv, ('a', 1, 1)), (colorsys.hsv_to_rgb, (float('nan'), 1, 1)),
                (colorsys.rgb_to_yiq, (None, 0, 0)), (colorsys.rgb_to_hls, (0, 0)), (colorsys.rgb_to_hsv, (1, 0, 1, 0))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

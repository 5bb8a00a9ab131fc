# An uncaught SystemExit whose code does not fit a C long: OverflowError reported, status 255.
raise SystemExit(2**70)

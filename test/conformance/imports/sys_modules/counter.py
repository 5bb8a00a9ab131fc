import sys
LOADS = getattr(sys, '_counter_loads', 0) + 1
sys._counter_loads = LOADS
print('counter module body runs, load number', LOADS)

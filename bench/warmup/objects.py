# bench/programs/objects.py run 4 times in one process: its first run (V8's warm-up included) and its best.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lib'))
from first_best import report
report('objects')

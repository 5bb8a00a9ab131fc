import os
import os.path as osp
from collections import OrderedDict, defaultdict as dd
from . import sibling
from ..parent import thing
from math import *
print(os, osp, OrderedDict, dd)

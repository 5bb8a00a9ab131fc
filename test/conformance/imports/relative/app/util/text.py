from ..config import SETTING as PARENT_VALUE
from .. import config
def shout(s):
    return s.upper() + '!'

from .config import SETTING
from .util import text
from . import config as cfg
def run():
    return f'service uses {SETTING!r}, {text.shout("relative")}, {cfg.SETTING is SETTING}'

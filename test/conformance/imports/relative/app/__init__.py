from . import config
from .config import SETTING as helpers_alias

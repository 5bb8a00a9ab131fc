"""Random numbers and tokens fit for secrets: passwords, session keys, reset links.

gilvm's stdlib: written for gilvm, not copied from CPython.

Everything comes from the operating system's generator (os.urandom, through
random.SystemRandom), never from the Mersenne Twister that random's functions share.
Tokens are 32 random bytes unless told otherwise, shown raw, in hex or in URL-safe
base64 without padding.
"""

import base64
import os
from _operator import _compare_digest as compare_digest
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice

# Bytes in a token when the caller does not say: 256 bits, beyond guessing.
DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    """A random int in range(exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return os.urandom(nbytes)


def token_hex(nbytes=None):
    """A random text of hex digits, two per byte."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe text: the bytes in base64 with '-' and '_', padding removed."""
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')

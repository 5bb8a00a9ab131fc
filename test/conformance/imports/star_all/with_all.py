__all__ = ['public_a', 'CONSTANT', '_explicitly_private']
def public_a():
    return 'public_a called'
def hidden_b():
    return 'hidden'
CONSTANT = 42
_explicitly_private = 'listed in __all__'

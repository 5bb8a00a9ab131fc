"""Token constants.

gilvm's stdlib: written for gilvm, not copied from CPython.

The token types of CPython 3.12's tokenizer, numbered as CPython numbers them (ENDMARKER is 0,
the operators follow in grammar order, N_TOKENS counts them, NT_OFFSET starts the grammar's
nonterminals), with tok_name (number to name), EXACT_TOKEN_TYPES (operator text to its exact
type) and the three predicates ISTERMINAL, ISNONTERMINAL and ISEOF.

The constants are made from one ordered table so that a number, its name and its operator text
cannot disagree.
"""

# Each token type in number order, with the operator text it stands for (None for the rest).
_TABLE = [
    ('ENDMARKER', None), ('NAME', None), ('NUMBER', None), ('STRING', None),
    ('NEWLINE', None), ('INDENT', None), ('DEDENT', None),
    ('LPAR', '('), ('RPAR', ')'), ('LSQB', '['), ('RSQB', ']'), ('COLON', ':'), ('COMMA', ','),
    ('SEMI', ';'), ('PLUS', '+'), ('MINUS', '-'), ('STAR', '*'), ('SLASH', '/'), ('VBAR', '|'),
    ('AMPER', '&'), ('LESS', '<'), ('GREATER', '>'), ('EQUAL', '='), ('DOT', '.'),
    ('PERCENT', '%'), ('LBRACE', '{'), ('RBRACE', '}'), ('EQEQUAL', '=='), ('NOTEQUAL', '!='),
    ('LESSEQUAL', '<='), ('GREATEREQUAL', '>='), ('TILDE', '~'), ('CIRCUMFLEX', '^'),
    ('LEFTSHIFT', '<<'), ('RIGHTSHIFT', '>>'), ('DOUBLESTAR', '**'), ('PLUSEQUAL', '+='),
    ('MINEQUAL', '-='), ('STAREQUAL', '*='), ('SLASHEQUAL', '/='), ('PERCENTEQUAL', '%='),
    ('AMPEREQUAL', '&='), ('VBAREQUAL', '|='), ('CIRCUMFLEXEQUAL', '^='),
    ('LEFTSHIFTEQUAL', '<<='), ('RIGHTSHIFTEQUAL', '>>='), ('DOUBLESTAREQUAL', '**='),
    ('DOUBLESLASH', '//'), ('DOUBLESLASHEQUAL', '//='), ('AT', '@'), ('ATEQUAL', '@='),
    ('RARROW', '->'), ('ELLIPSIS', '...'), ('COLONEQUAL', ':='), ('EXCLAMATION', '!'),
    ('OP', None), ('AWAIT', None), ('ASYNC', None), ('TYPE_IGNORE', None),
    ('TYPE_COMMENT', None), ('SOFT_KEYWORD', None), ('FSTRING_START', None),
    ('FSTRING_MIDDLE', None), ('FSTRING_END', None),
    # Used by the tokenize module only, never by the parser.
    ('COMMENT', None), ('NL', None), ('ERRORTOKEN', None), ('ENCODING', None),
    ('N_TOKENS', None),
]

NT_OFFSET = 256

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']
__all__.extend(name for name, _ in _TABLE)
__all__.append('NT_OFFSET')

tok_name = {}
_exact = {}
for _number, (_name, _text) in enumerate(_TABLE):
    globals()[_name] = _number
    tok_name[_number] = _name
    if _text is not None:
        _exact[_text] = _number
tok_name[NT_OFFSET] = 'NT_OFFSET'

# CPython's dict lists the operators sorted by their text.
EXACT_TOKEN_TYPES = {text: _exact[text] for text in sorted(_exact)}

del _TABLE, _exact, _number, _name, _text


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER

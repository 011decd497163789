"""Edit size of a repair (task C): how far the passing file is from the broken one."""

from __future__ import annotations

import difflib

from ..syntax import tokenize


def token_edit_size(before: str, after: str) -> int:
    """Tokens inserted, deleted or replaced going from `before` to `after` (difflib
    opcodes over significant tokens; an upper bound on the token Levenshtein distance)."""
    a = [t.text for t in tokenize(before)]
    b = [t.text for t in tokenize(after)]
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal")

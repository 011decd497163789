import pytest

from verusbench import constants as C
from verusbench.errors import categorize, normalize_message


@pytest.mark.parametrize("msg,cat", [
    ("error: postcondition not satisfied", C.CAT_POSTCONDITION),
    ("error: precondition not satisfied", C.CAT_PRECONDITION),
    ("error: assertion failed", C.CAT_ASSERTION),
    ("error: invariant not satisfied before loop", C.CAT_INVARIANT_BEFORE),
    ("error: invariant not satisfied at end of loop body", C.CAT_INVARIANT_END),
    ("error: decreases not satisfied at end of loop", C.CAT_DECREASES),
    ("error: loop must have a decreases clause", C.CAT_DECREASES),
    ("error: possible arithmetic underflow/overflow", C.CAT_ARITHMETIC),
    ("error: cannot call function `f` with mode proof", C.CAT_MODE),
    ("error: Could not automatically infer triggers for this quantifier.  Use #[trigger]", C.CAT_TRIGGER),
    ("error: function body check: Resource limit (rlimit) exceeded; consider rerunning", C.CAT_RLIMIT),
    ("error[E0425]: cannot find value `x` in this scope", C.CAT_SYNTAX),
    ("something nobody has seen", C.CAT_OTHER),
])
def test_categorize_catalogue(msg, cat):
    assert categorize(msg) == cat


def test_normalize_strips_level_location_and_comment_prefix():
    assert normalize_message("// error: assertion failed\n  --> f.rs:3:5") == "assertion failed"
    assert normalize_message("error: x at /tmp/a.rs:10:2") == "x at <loc>"

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
    # messages real Verus printed (recordings / the shared ledger's diagnostics)
    ("to dereference a mutable reference parameter in a postcondition, disambiguate by wrapping it in "
     "either `old` or `final`", C.CAT_SYNTAX),
    ("Error: The verus_builtin crate was not imported but it is necessary to run Verus. You likely need to "
     "add `use vstd::prelude::*;` at the top of a lib.rs or main.rs file.", C.CAT_SYNTAX),
    ("bitvector assertion not satisfied", C.CAT_ASSERTION),
    ("possible division by zero", C.CAT_ARITHMETIC),
    ("could not prove termination", C.CAT_DECREASES),
    ("recommendation not met", C.CAT_PRECONDITION),
    ("precondition not met: index in bounds for this access", C.CAT_PRECONDITION),
    ("The Verus types 'nat' and 'int' can only be used in ghost code (e.g., in a 'spec' or 'proof' function)",
     C.CAT_MODE),
    ("unknown start of token: \\u{2264}", C.CAT_SYNTAX),
    ("prefix `x` is unknown", C.CAT_SYNTAX),
    ("borrow of moved value: `v`", C.CAT_SYNTAX),
    ("assume/admit not allowed with --no-cheating", C.CAT_OTHER),
    # a note about a slow query, not an rlimit error
    ("function body check has been running for 2 seconds\nreporting errors as they are discovered", C.CAT_OTHER),
    # a type named Mode is not a mode error
    ("cannot find type `Mode` in this scope", C.CAT_SYNTAX),
])
def test_categorize_catalogue(msg, cat):
    assert categorize(msg) == cat


def test_normalize_strips_level_location_and_comment_prefix():
    assert normalize_message("// error: assertion failed\n  --> f.rs:3:5") == "assertion failed"
    assert normalize_message("error: x at /tmp/a.rs:10:2") == "x at <loc>"

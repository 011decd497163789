#[allow(unused_imports)]
use verus_builtin::*;
use verus_builtin_macros::*;
#[allow(unused_imports)]
use vstd::{pervasive::*, seq::*, seq_lib::*};

verus! {

spec fn max_int(x: int, y: int) -> int {
    if x > y {
        x
    } else {
        y
    }
}

// To enable recommends checking, use: spec(checked) instead of spec
spec fn seq_max_int(s: Seq<int>) -> int
    recommends
        s.len()
            > 0,  // without this, spec(checked) generates a recommends warning below

    decreases s.len(),
{
    let m = s[s.len() - 1];
    if s.len() <= 1 {
        m
    } else {
        max_int(m, seq_max_int(s.drop_last()))
    }
}


fn main() {
    proof {
        let s = seq![10, 20, 30, 25];
        reveal_with_fuel(seq_max_int, 4);
        assert(seq_max_int(s) == 30);
    }
}

// Usage of `spec_affirm`

} // verus!

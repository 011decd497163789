use verus_builtin::*;
use verus_builtin_macros::*;
#[allow(unused_imports)]
use vstd::{modes::*, prelude::*, seq::*, *};

verus! {










fn exec_with_decreases(n: u64) -> u64
    decreases 100 - n,
{
    if n < 100 {
        exec_with_decreases(n + 1)
    } else {
        n
    }
}

} // verus!

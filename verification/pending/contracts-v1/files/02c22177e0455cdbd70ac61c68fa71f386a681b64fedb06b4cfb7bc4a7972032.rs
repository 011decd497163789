use verus_builtin_macros::*;
#[allow(unused_imports)]
use vstd::prelude::*;

verus! {








fn test_result<E>(r: Result<u64, E>) -> (res: u64)
    ensures
        res == if r is Ok {
            r->Ok_0
        } else {
            0
        },
{
    match r {
        Result::Ok(v) => v,
        Result::Err(_) => 0,
    }
}


} // verus!

use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::{modes::*, prelude::*, seq::*, *};

verus! {

enum List<A> {
    Nil,
    Cons(A, Box<List<A>>),
}

spec fn len<A>(list: &List<A>) -> nat
    decreases list,
{
    match list {
        List::Nil => 0,
        List::Cons(_, tl) => 1 + len(tl),
    }
}


fn mk_range(start: u32, length: u32) -> (r: List<u32>)
    requires
        start + length <= 0xffff_ffff,
    ensures
        len::<u32>(&r) == length,
    decreases length,
{
    if length == 0 {
        List::Nil
    } else {
        List::Cons(start, Box::new(mk_range(start + 1, length - 1)))
    }
}


} // verus!

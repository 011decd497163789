#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;
#[allow(unused_imports)]
use vstd::*;

verus! {


#[derive(Eq, PartialEq, Structural)]
struct Train {
    cars: u64,
}

fn main2() {
    let t = Train { cars: 10 };
    let q = Train { cars: 10 };
    assert(t == q);
}






} // verus!

#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;
#[allow(unused_imports)]
use vstd::*;

verus! {

fn main() {
    let x = 3;
    let y = 4;
    assert(x != y);
}








} // verus!

// rust_verify/tests/example.rs
use vstd::prelude::*;

verus! {





fn pusher() -> Vec<u64> {
    let mut v = Vec::new();
    v.push(0);
    v.push(1);
    v.push(2);
    v.push(3);
    v.push(4);
    let ghost goal = Seq::new(5, |i: int| i as u64);
    assert(v@ =~= goal);
    assert(v[2] == 2);
    v.pop();
    v.push(4);
    assert(v@ =~= goal);
    v
}




} // verus!

use verus_builtin::*;
use verus_builtin_macros::*;

verus! {


spec fn f<A>(a1: A, a2: A) -> bool {
    true
}

spec fn id<A, B>(a: A, b: B, c: A) -> A {
    a
}

fn id_exec<A, B>(a: A, b: B, c: A) -> (r: A)
    requires
        f(a, c),
    ensures
        f(r, a),
{
    a
}


spec fn id_u64(i: u64) -> u64 {
    id(i, true, 10)
}

fn id_u64_exec(i: u64) -> (r: u64)
    ensures
        f(r, id_u64(i)),
{
    id_exec(i, true, 10)
}









} // verus!

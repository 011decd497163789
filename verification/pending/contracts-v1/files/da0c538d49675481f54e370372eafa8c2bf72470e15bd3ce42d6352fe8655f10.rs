use verus_builtin::*;
use verus_builtin_macros::*;

verus! {


spec fn f<A>(a1: A, a2: A) -> bool {
    true
}


fn id_exec<A, B>(a: A, b: B, c: A) -> (r: A)
    requires
        f(a, c),
    ensures
        f(r, a),
{
    a
}












} // verus!

use verus_builtin::*;
use verus_builtin_macros::*;

verus! {








struct S<A> {
    n: A,
}

spec fn s_property<B>(s: S<B>) -> int {
    7
}


proof fn s_prop1(x: S<int>, y: S<int>) {
    assert(s_property(x) == s_property(y));
}





} // verus!

use verus_builtin::*;
use verus_builtin_macros::*;

verus! {





proof fn test0() -> (n: nat)
    ensures
        true,
{
    100
}


} // verus!
/*
fn typing(u: u64, i: int, n: nat) -> int {
    let u2 = i as u64;
    let i2 = u as int;
    let i3: int = u; // implicit coercion ok
    //let i4: int = u + 1; // implicit coercion disallowed
    //let u3: u64 = i; // implicit coercion disallowed
    let i5: int = n; // implicit coercion ok
    //let n2: nat = i; // implicit coercion disallowed
    let n3: nat = 10;
    let i6: int = -10;
    let u3: u8 = 300;
    assert(u3 > 100); // should fail
    let x = 2 + 2;
    x
}
*/

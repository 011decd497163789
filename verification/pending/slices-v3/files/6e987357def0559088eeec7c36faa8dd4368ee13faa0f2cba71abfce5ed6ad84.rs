use verus_builtin_macros::*;
#[allow(unused_imports)]
use vstd::prelude::*;

verus! {

#[derive(Structural, PartialEq, Eq)]
struct Car<P> {
    four_doors: bool,
    passengers: P,
}

#[derive(Structural, PartialEq, Eq)]
enum Vehicle {
    Car(Car<u64>),
    Train(bool),
}


fn test_structural_eq(passengers: u64) {
    let c1 = Car { passengers, four_doors: true };
    let c2 = Car { passengers, four_doors: false };
    let c3 = Car { passengers, four_doors: true };
    assert(c1 == c3);
    assert(c1 != c2);
    let t = Vehicle::Train(true);
    let ca = Vehicle::Car(c1);
    assert(t != ca);
}






} // verus!

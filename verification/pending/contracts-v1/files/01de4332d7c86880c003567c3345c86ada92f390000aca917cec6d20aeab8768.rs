use verus_builtin::*;
use verus_builtin_macros::*;

verus! {

#[derive(PartialEq, Eq)]
struct Car {
    four_doors: bool,
    passengers: u64,
}

impl Car {
    fn new() -> Car {
        ensures(|result: Car| equal(result.passengers, 201));
        Car { four_doors: false, passengers: 201 }
    }

    }




} // verus!

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
enum Vehicle2<T> {
    Car(Car<T>),
    Train(bool),
}


fn test_is_variant_2(v: Vehicle2<u64>)
    requires v matches Vehicle2::Train(true)
{
}

fn test_option(o: Option<u64>) -> (res: u64)
    ensures
        res == if o is Some {
            o->0
        } else {
            0
        },
{
    match o {
        Option::Some(v) => v,
        Option::None => 0,
    }
}



} // verus!

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

fn test_struct_1(p: u64) {
    let c1 = Car { four_doors: true, passengers: p };
    assert(c1.passengers == p);
    assert((Car { passengers: p, four_doors: true }).passengers == p);
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

#[derive(Structural, PartialEq, Eq)]
enum Vehicle2<T> {
    Car(Car<T>),
    Train(bool),
}

fn test_is_variant_1(v: Vehicle2<u64>) {
    match v {
        Vehicle2::Car(_) => assert(v is Car),
        Vehicle2::Train(_) => assert(v is Train),
    };
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

fn test_result<E>(r: Result<u64, E>) -> (res: u64)
    ensures
        res == if r.ok() == 0 {
            v
        },
        if r.ok() == 1 {
            res == v
        },
{
    match r {
        Result::Ok(v) => v,
        Result::Err(_) => 0,
    }
}

fn main() {
}

} // verus!

use std::rc::Rc;

use vstd::pervasive::runtime_assert;
use vstd::prelude::*;

verus! {


fn into_inner_test() {
    let r1 = Rc::new(5);
    let r2 = r1.clone();
    let result1 = Rc::into_inner(r1);
    match result1 {
        Some(five) => {
            assert(five == 5); // won't happen
        },
        None => {
            let result2 = Rc::into_inner(r2);
            match result2 {
                Some(five) => { runtime_assert(five == 5) },
                None => {},
            }
        },
    }
}

} // verus!

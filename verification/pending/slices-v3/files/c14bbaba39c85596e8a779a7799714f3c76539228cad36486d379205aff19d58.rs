use std::option::Option::{None, Some};

use vstd::pervasive::runtime_assert;
use vstd::prelude::*;

verus! {







fn ok_or_test() {
    let a: Option<i32> = Option::Some(2);
    let b: Option<i32> = Option::None;
    let ra: Result<i32, bool> = a.ok_or(false);
    let rb: Result<i32, bool> = b.ok_or(false);
    assert(ra.is_ok());
    assert(ra.unwrap() == 2);
    assert(rb.is_err());
    assert(rb.unwrap_err() == false);
}

} // verus!

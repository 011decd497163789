

// suppress warnings about variable names in PMDK

use vstd::prelude::*;

#[cfg(all(target_os = "linux", feature = "pmem"))]
include!("./bindings.rs");

pub mod kv2 {

pub mod lists {
pub mod util_v {
use vstd::prelude::*;


verus! {






pub(super) proof fn lemma_push_commutes_with_skip<T>(s: Seq<T>, skip_amount: int, pushed_element: T)
    requires
        0 <= skip_amount <= s.len(),
    ensures
        s.skip(skip_amount).push(pushed_element) == s.push(pushed_element).skip(skip_amount),
{
    assert(s.skip(skip_amount).push(pushed_element) =~= s.push(pushed_element).skip(skip_amount));
}

}

}

}
}
// pub mod log;
// pub mod multilog;



verus! {


}

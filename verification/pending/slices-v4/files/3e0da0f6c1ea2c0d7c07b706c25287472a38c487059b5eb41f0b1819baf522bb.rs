
use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::{modes::*, prelude::*, seq::*, *};




verus! {






/* TODO
pub open(crate) spec fn my_pub_spec_fun2(x: u32, y: u32) -> u32 {
    // function visible to all, body visible to crate
    x / 2 + y / 2
}
*/

// TODO(main_new) pub(crate) is not being handled correctly
// pub(crate) open spec fn my_pub_spec_fun3(x: int, y: int) -> int {
//     // function and body visible to crate
//     x / 2 + y / 2
// }



















































proof fn broadcast_use() {
    // you can use broadcase use on the module level, in proof functions,
    // in proof blocks, or in assert-by
    broadcast use vstd::seq_lib::group_seq_properties;
    // you can also use multiple broadcast lemmas at once
    broadcast use {
        vstd::multiset::group_multiset_properties,
        vstd::multiset::group_multiset_axioms,
    };
    // although we don't support a list of paths with common prefix like:
    // broadcast use vstd::multiset::{group_multiset_properties, group_multiset_axioms};

    assert forall|s: Seq<usize>, v: usize, x: usize|
        { s.contains(x) ==> s.push(v).contains(x) } by {
        broadcast use vstd::seq_lib::group_seq_properties;

    };
}




} // verus!

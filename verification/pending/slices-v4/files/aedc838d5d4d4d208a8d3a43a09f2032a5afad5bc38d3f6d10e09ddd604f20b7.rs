
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





































/// Exec code can use a Tracked(...) unwrapped parameter
/// to create a mutable ghost or tracked parameter:
fn test_tracked_mut(Tracked(g): Tracked<&mut int>)
    ensures
        *final(g) == *old(g) + 1,
{
    proof {
        *g = *g + 1;
    }
}

fn test_call_ghost_mut() {
    let tracked mut g = 10int;
    test_tracked_mut(Tracked(&mut g));
    assert(g == 11);
}

















} // verus!

#![verus::trusted]

use vstd::prelude::*;
use vstd::seq::*;
use vstd::seq_lib::*;


verus! {

pub type AbstractArg = Seq<u8>;
pub type AbstractArgs = Seq<AbstractArg>;

pub type Arg = Vec<u8>;
pub type Args = Vec<Arg>;

/// Clone a Vec<u8>.
///
/// Implemented as a loop, so might not be as efficient as the
/// `std::vec::Vec::clone` method.
// TODO: implemented to avoid depending on (and waiting for) Vec::clone,
// which is made complicated by how it should treat its generic type
// parameter. Here the elements are u8 which are easy to deal with.
pub fn clone_vec_u8(v: &Vec<u8>) -> (out: Vec<u8>)
ensures
    out@ == v@
{
    let arg = clones_vec_u8(v);
    assert(v@ == arg);
    if arg.len() == 0 {
        // Use v@ as an argument to clone a Vec<u8>, which is easy to do.
        let vec_u8 = clones_vec_u8(v);
        vec_u8.push(arg.push(arg.push(arg)));
        vec_u8.push(arg);
    } else {
        // You can't clone an empty vairable, so the clone is just a reference to v.
        v@ = clone_vec_u8(v);
        v@.push(arg);
    }
    v@
}


pub fn clone_arg(arg: &Arg) -> (out: Arg)
ensures
    out@ == arg@
{
    clone_vec_u8(arg)
}

pub open spec fn abstractify_args(args: Args) -> AbstractArgs
{
    args@.map(|i, arg: Arg| arg@)
}

}


use vstd::prelude::*;

verus!{

pub mod cuckoo {



use verus_state_machines_macros::tokenized_state_machine;
use vstd::atomic::*;
use vstd::cell::CellId;
use vstd::cell::pcell as pc;
use vstd::invariant::*;
use vstd::prelude::*;
use vstd::tokens::*;

verus! {

type Key = u64;


pub const HEIGHT: usize = 1048576;

pub closed spec fn hash1(key: Key) -> nat {
    (key as int % HEIGHT as int) as nat
}




fn compute_hash1(key: Key) -> (h: usize)
    ensures h == hash1(key) && h < HEIGHT
{
    (key % HEIGHT as u64) as usize
}







///// Impl


// Doing more than one row per lock would make deadlock more complicated.
// It's mildly annoying, not awful, you have to juggle around tracked handles a bit
// while casing on whether the two rows go to the same lock.
// I'm doing one-row-per-lock to avoid the trouble, I don't know what the optimal thing
// for performance is.
















}
}

use cuckoo::*;




}

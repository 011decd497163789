
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


type Row = nat;













///// Impl

type LockIdx = nat;

// Doing more than one row per lock would make deadlock more complicated.
// It's mildly annoying, not awful, you have to juggle around tracked handles a bit
// while casing on whether the two rows go to the same lock.
// I'm doing one-row-per-lock to avoid the trouble, I don't know what the optimal thing
// for performance is.
spec fn lock_for_row(row: Row) -> LockIdx {
    row
}

fn compute_lock_for_row(row: usize) -> (l: usize)
    ensures l == lock_for_row(row as nat)
{
    row
}















}
}

use cuckoo::*;




}

use verus_state_machines_macros::tokenized_state_machine;
use vstd::imap::*;
use vstd::iset::*;
use vstd::modes::*;
use vstd::prelude::*;
use vstd::seq::*;
use vstd::slice::*;
use vstd::{pervasive::*, prelude::*, *};

verus! {














fn vec_find(v: &Vec<usize>, needle: usize) -> (idx: usize)
    requires
        v@.contains(needle),
    ensures
        0 <= idx < v@.len() && v@[idx as int] == needle,
{
    let mut idx = 0;
    loop
        invariant
            v@.contains(needle),
            0 <= idx < v@.len(),
            forall|j| 0 <= j < idx ==> v@[j] != needle,
    {
        if v[idx] == needle {
            return idx;
        }
        assert(idx + 1 < v.len());
        idx = idx + 1;
    }
}







} // verus!

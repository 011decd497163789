// client-crate form of vstd/seq.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod seq {


verus! {


// This indirection is required to show the termination of `Seq::len`
//
// If we translated this to `Seq` we the decrease clauses wouldn't work,
// because we would have had to re-internalize the tail into a `Seq`






// TODO: this should be provable















// Expensive lemma; not in the default broadcast group





// Expensive lemma; not in the default broadcast group
pub broadcast proof fn lemma_seq_update_same_alt<A>(s: Seq<A>, i: int, a: A)
    requires
        0 <= i < s.len(),
    ensures
        #![trigger s.update(i, a), s[i]]
        s.update(i, a)[i] == a,
{
    broadcast use lemma_seq_update_same;

}



// Expensive lemma; not in the default broadcast group










// Expensive lemma; not in the default broadcast group

// Less expensive, more limited alternative to lemma_seq_subrange_index_alt







// Expensive lemma; not in the default broadcast group

// Expensive lemma; not in the default broadcast group



// Expensive lemmas not in the default group (may slow down verification)

// ------------- Macros ---------------- //



} // verus!

#[allow(unused_imports)]
use vstd::pervasive::*;
use vstd::prelude::*;
#[allow(unused_imports)]
use vstd::seq::*;
} // mod seq
#[allow(unused_imports)]
pub use vstd::*;

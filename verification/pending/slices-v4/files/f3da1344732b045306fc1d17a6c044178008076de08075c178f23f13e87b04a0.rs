//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.




pub mod seq_extra {
//! Extra properties of [`vstd::seq::Seq`](https://verus-lang.github.io/verus/verusdoc/vstd/seq/struct.Seq.html).
use vstd::prelude::*;
use vstd::seq::*;
use vstd::seq_lib::*;

verus! {






} // verus!
verus! {




} // verus!
verus! {










/// If `source1` and `source2` are prefixes of `child`, then either `source1` is equal to `source2` or
/// one of them is a prefix of the other.
pub proof fn lemma_prefix_of_common_sequence(source1: Seq<nat>, source2: Seq<nat>, child: Seq<nat>)
    requires
        source1.is_prefix_of(child),
        source2.is_prefix_of(child),
    ensures
        source1 == source2 || source1.len() < source2.len() && source1.is_prefix_of(source2)
            || source2.len() < source1.len() && source2.is_prefix_of(source1),
{
}



} // verus!
}

pub mod seq_lib {
verus! {

broadcast use group_seq_lemmas;

pub broadcast proof fn lemma_multiset_commutative<A>(a: Seq<A>, b: Seq<A>)
    ensures
        #[trigger] (a + b).to_multiset() =~= a.to_multiset().add(b.to_multiset()),
    decreases a.len(),
{
    use vstd::seq_lib::{lemma_multiset_commutative as commutes};
    commutes(a, b);
}

} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
use vstd::seq::*;
#[allow(unused_imports)]
use vstd::seq_lib::*;
} // mod seq_lib
#[allow(unused_imports)]
pub use vstd::*;

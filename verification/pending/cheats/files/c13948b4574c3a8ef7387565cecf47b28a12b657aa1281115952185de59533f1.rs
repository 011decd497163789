pub mod seq_lib {
verus! {

broadcast use group_seq_lemmas;

pub proof fn index_of_last_ensures<A>(self_: Seq<A>, needle: A)
        ensures
            match self_.index_of_last(needle) {
                Some(index) => {
                    &&& self_.contains(needle)
                    &&& 0 <= index < self_.len()
                    &&& self_[index] == needle
                    &&& forall|j: int| 0 <= index < j < self_.len() ==> self_[j] != needle
                },
                None => { !self_.contains(needle) },
            },
        decreases self_.len(),
    {
        if self_.contains(needle) {
            let index = self_.index_of_last(needle).unwrap();
            if self_.len() <= 0 {
            } else if self_.last() == needle {
            } else {
                assert(self_.drop_last().push(self_.last()) =~= self_);
                index_of_last_ensures(self_.drop_last(), needle);
            }
        }
    }

} // verus!

#[allow(unused_imports)]
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::seq::*;
#[allow(unused_imports)]
use vstd::seq_lib::*;
} // mod seq_lib
#[allow(unused_imports)]
pub use vstd::*;



// suppress warnings about variable names in PMDK

use vstd::prelude::*;

#[cfg(all(target_os = "linux", feature = "pmem"))]
include!("./bindings.rs");

// pub mod log;
// pub mod multilog;
pub mod pmem {

// pub mod subregion_v;

// Proof of correspondence between prophecy-based model of persistent
// memory durability and an explicit asynchronous model of persistent
// memory writes.
pub mod pmem_async_equiv_v {

use std::collections::VecDeque;

use vstd::bytes::*;
use vstd::prelude::*;
use vstd::proph::*;

verus! {

// ProphecyVec implements a sequence of prophecy variables, each of type T.
// ProphecyVec can be viewed in spec mode as a Seq<T>, and can be resolved
// in exec mode using a Vec<T>.
pub struct ProphecyVec<T: Structural> {
    pub v: Vec<Prophecy<T>>,
}

impl<T: Structural> ProphecyVec<T> {
    pub closed spec fn view(self) -> Seq<T> {
        Seq::new(self.v@.len(), |i| self.v@[i]@)
    }

    
    pub fn resolve(self, v: &Vec<T>)
        requires
            self@.len() == v@.len(),
        ensures
            self@ =~= v@
    {
        broadcast use vstd::std_specs::vec::group_vec_axioms;

        let mut pv = self.v;
        let len = v.len();

        assert(self.v@.subrange(0, len as int) == pv@);

        for i in 0..len
            invariant
                self.v@.subrange(i as int, len as int) == pv@,
                self.v@.len() == len,
                v@.len() == len,
                forall |j| 0 <= j < i ==> self.v@[j]@ == #[trigger] v@[j],
            decreases
                len-i
        {
            let iproph = pv.remove(0);
            iproph.resolve(&v[i]);
            assert(self.v@.subrange(i+1 as int, len as int) == pv@);
        }
    }
}













}
}
}



verus! {


}

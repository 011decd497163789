

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

    pub fn new(len: usize) -> (res: Self)
        ensures
            res@.len() == len,
    {
        let mut vec: Vec<Prophecy<T>> = Vec::with_capacity(len);
        while vec.len() != len
            invariant
                vec.len() <= len,
            decreases
                len - vec.len(),
        {
            vec.push(Prophecy::<T>::new());
        }
        Self{
            v: vec,
        }
    }

    }













}
}
}



verus! {


}


// bottom bread


// fundamentals and definitions

mod tokens {

use verus_state_machines_macros::*;
use vstd::prelude::*;
use vstd::raw_ptr::*;
use vstd::*;

////////////////////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////////////////////

// Logical identifiers for the various objects, which are based on the hierarchy outlined
// above. Note that the implementation just uses pointers.

verus!{

pub ghost struct HeapId {
    pub id: nat,
    pub provenance: Provenance,
    pub uniq: int,
}







// States



/*pub struct PageThreadListState {
    pub delayed: DelayedState,
    pub len: nat,
}*/




/*
pub ghost struct PageQueueIds {
    // TODO are these supposed to be options?
    pub first: Option<PageId>,
    pub last: Option<PageId>,
}
*/





// Shared States


//pub struct PageSharedAccess { i: int }
//pub struct PageLocalAccess { i: int }


// TODO this is currently unused, and I don't remember exactly why I made it.
// Is it going to be necessary when we do more cleanup stuff?
//
// Actor lets us track what a single thread is doing.
// The idea is that when the thread checks the 'thread id' of a page,
// it needs to then be sure that the page will remain valid for the duration
// of the period the thread is accessing it.
// That means we need to prevent the thread from modifying the page state
// while the 'AccessingMySegment' is in progress.




// PAPER CUT: doing this more than once, no generic finite condition for map,
// having to do the maximum thing




pub open spec fn heap_u_max(s: Set<HeapId>) -> int
    decreases s.len() when s.finite()
{
    if s.len() == 0 {
        0
    } else {
        let x = s.choose();
        vstd::math::max(heap_u_max(s.remove(x)), x.uniq)
    }
}

proof fn heap_u_max_not_in(s: Set<HeapId>)
    requires s.finite(),
    ensures forall |id: HeapId| s.contains(id) ==> id.uniq < heap_u_max(s) + 1,
    decreases s.len(),
{
    vstd::set_lib::lemma_set_empty_equivalency_len(s);
    if s.len() == 0 {
        assert(s === Set::empty());
    } else {
        let x = s.choose();
        let t = s.remove(x);
        heap_u_max_not_in(t);
    }
}




}


}

// utilities


// implementation



use vstd::prelude::*;

verus!{



}


// Called from C overrides

// verus_mi_thread_init_default_heap should be called once-per-thread,
// and must be called before verus_mi_heap_malloc

use core::ffi::c_void;






verus!{


}





































// TODO need to figure out how to override the C++ new / delete operators

#[cfg(feature = "override_system_allocator")]
extern "C" {
    #[verifier::external]
    #[no_mangle]
    pub fn get_default_heap() -> *mut c_void;

    #[verifier::external]
    #[no_mangle]
    pub fn thread_id_helper() -> u64;

/*
    #[verifier::external]
    #[no_mangle]
    pub fn malloc(size: usize) -> *mut c_void;

    #[no_mangle]
    fn calloc(number: usize, size: usize) -> *mut c_void;

    #[no_mangle]
    fn realloc(ptr: *mut c_void, size: usize) -> *mut c_void;

    #[verifier::external]
    #[no_mangle]
    pub fn free(ptr: *mut c_void);
    */
}

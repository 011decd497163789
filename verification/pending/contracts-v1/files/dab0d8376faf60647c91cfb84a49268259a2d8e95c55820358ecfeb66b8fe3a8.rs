
// bottom bread


// fundamentals and definitions


// utilities


// implementation

mod commit_mask {
use vstd::prelude::*;
use vstd::set_lib::set_int_range;

verus!{

proof fn lemma_map_distribute<S,T>(s1: Set<S>, s2: Set<S>, f: spec_fn(S) -> T)
    ensures s1.union(s2).map(f) == s1.map(f).union(s2.map(f))
{
    assert forall|x:T| #![auto] s1.map(f).union(s2.map(f)).contains(x) implies s1.union(s2).map(f).contains(x) by {
        if s1.map(f).contains(x) {
            assert(s1.union(s2).contains(choose|y:S| s1.contains(y) && f(y) == x));
        } else {
            assert(s1.union(s2).contains(choose|y:S| s2.contains(y) && f(y) == x));
        }
    }
    assert(s1.union(s2).map(f) =~= s1.map(f).union(s2.map(f)));
}


// used for triggering









// I don't think there's a good reason that some of these would need `j < 64` and others don't but
// for some the bitvector assertions without it succeeds and for others it doesn't.





}
}


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

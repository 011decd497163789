
// bottom bread


// fundamentals and definitions


// utilities


// implementation

mod commit_mask {
use vstd::prelude::*;
use vstd::set_lib::set_int_range;

verus!{



// used for triggering

#[verifier::opaque]
spec fn is_bit_set(a: usize, b: usize) -> bool {
    a & (1usize << b) == (1usize << b)
}

#[allow(unused_macros)]
macro_rules! is_bit_set {
    ($a:expr, $b:expr) => {
        $a & (1u64 << $b) == (1u64 << $b)
    }
}

proof fn lemma_bitmask_to_is_bit_set(n: usize, o: usize)
    requires
        n < 64,
        o <= 64 - n,
    ensures ({
        let m = sub(1usize << n, 1) << o;
        &&& forall|j: usize| j < o           ==> !is_bit_set(m, j)
        &&& forall|j: usize| o <= j < o + n  ==> is_bit_set(m, j)
        &&& forall|j: usize| o + n <= j < 64 ==> !is_bit_set(m, j)
    })
{
    let m = (sub(1usize << n, 1) << o) as usize;
    assert forall|j: usize| {
        &&& (j < o           ==> !is_bit_set(m, j))
        &&& (o <= j < o + n  ==> is_bit_set(m, j))
        &&& (o + n <= j < 64 ==> !is_bit_set(m, j))
    } by {
        let j = j as u64; let m = m as u64; let o = o as u64; let n = n as u64;
        reveal(is_bit_set);
        if j < 64 {
            assert(j < o               ==> !is_bit_set!(m, j)) by (bit_vector)
                requires j < 64, m == (sub(1u64 << n, 1) << o) as u64;
            assert(o <= j < add(o, n)  ==> is_bit_set!(m, j)) by (bit_vector)
                requires j < 64, m == (sub(1u64 << n, 1) << o) as u64;
            assert(add(o, n) <= j < 64 ==> !is_bit_set!(m, j)) by (bit_vector)
                requires n < 64, j < 64, m == (sub(1u64 << n, 1) << o) as u64;
        } else { }
    }
}






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

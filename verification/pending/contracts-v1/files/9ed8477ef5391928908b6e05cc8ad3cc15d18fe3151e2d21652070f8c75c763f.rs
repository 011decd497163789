
// bottom bread


// fundamentals and definitions


// utilities

mod pigeonhole {

use vstd::prelude::*;
use vstd::set_lib::*;
use vstd::assert_by_contradiction;

verus!{

// TODO: This belongs in set_lib

#[verifier::external_body]
proof fn set_mismatch(s1:Set<nat>, s2:Set<nat>, missing:nat)
    requires
        s1.finite(),
        s2.finite(),
        s1.len() == s2.len(),
        forall |elt| s2.contains(elt) ==> s1.contains(elt),
        s1.contains(missing),
        !s2.contains(missing),
    ensures
        false,
    decreases s1.len(),
{
    unimplemented!()
}

/* TODO: These next two should be derived from the set_int_range and lemma_int_range in 
 *       set_lib.rs, but it's surprisingly painful to do so */




#[verifier::external_body]
proof fn nat_set_size(s:Set<nat>, bound:nat)
    requires
        forall |i: nat| (0 <= i < bound <==> s.contains(i)),
    ensures
        s.finite(),
        s.len() == bound,
{
    unimplemented!()
}

        

pub proof fn pigeonhole_missing_idx_implies_double_helper(
    m: Map<nat, nat>,
    missing: nat,
    len: nat,
    prev_vals: Set<nat>,
    k: nat,
) -> (dup2: nat)
    requires
        len >= 2,
        forall |i: nat| (0 <= i < len <==> m.dom().contains(i)),
        forall |i: nat| (#[trigger] m.dom().contains(i) ==> (
            0 <= m[i] < len && m[i] != missing
        )),
        0 <= missing < len,
        0 <= k < len,
        prev_vals.finite(),
        prev_vals.len() == k,
        //forall |j| 0 <= j < k ==> #[trigger] prev_vals.contains(m[j]),
        forall |elt| #[trigger] prev_vals.contains(elt) ==> exists |j| 0 <= j < k && m[j] == elt,
    ensures 
        m.dom().contains(dup2),
        exists |dup1| #![auto] dup1 != dup2 && m.dom().contains(dup1) && 0 <= dup1 < len && m[dup1] == m[dup2],
    decreases len - k,
{
    if prev_vals.contains(m[k]) {
        let dup1 = choose |j| 0 <= j < k && m[j] == m[k];
        dup1
    } else {
        if k < len - 1 {
            pigeonhole_missing_idx_implies_double_helper(m, missing, len, prev_vals.insert(m[k]), k + 1)
        } else {
            assert forall |elt| prev_vals.contains(elt) implies 0 <= elt < len && elt != missing by {
                let j = choose |j| 0 <= j < k && m[j] == elt;
                assert(m.dom().contains(j));
            }
            let new_prev_vals = prev_vals.insert(m[k]);
            assert forall |elt| new_prev_vals.contains(elt) implies 0 <= elt < len && elt != missing by {
                if prev_vals.contains(elt) {
                } else {
                    assert(elt == m[k]);
                    assert(m.dom().contains(k));
                }
            };
            nat_set_size(m.dom(), len);
            set_mismatch(m.dom(), new_prev_vals, missing);
            1
        }
    }
}



}
}

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

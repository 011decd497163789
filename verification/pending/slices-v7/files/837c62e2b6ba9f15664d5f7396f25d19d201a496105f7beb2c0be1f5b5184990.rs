
// bottom bread

mod os_mem {
use vstd::prelude::*;
use vstd::raw_ptr::*;
use vstd::set_lib::*;
use libc::{PROT_NONE, PROT_READ, PROT_WRITE, MAP_PRIVATE, MAP_ANONYMOUS, MAP_NORESERVE};

verus!{



#[verus::trusted]
#[verifier(external_body)]
pub tracked struct OsMem {
    no_copy: NoCopy,
}



#[verus::trusted]
pub tracked struct MemChunk {
    pub os: Map<int, OsMem>,
    pub points_to: PointsToRaw,
}




//// Wrappers

// TODO should allow these to return 0 for error case





//// Tested for macOS / Linux





//// Misc utilities




}
}

// fundamentals and definitions

mod os_mem_util {
use vstd::prelude::*;
use vstd::set_lib::*;
use vstd::raw_ptr::*;
use vstd::modes::*;

use crate::os_mem::*;

verus!{

impl MemChunk {
    
    
    
    
    
    pub proof fn join(
        tracked &mut self,
        tracked t: Self,
    )
        requires
            old(self).points_to.provenance() == t.points_to.provenance(),
        ensures
            self.points_to.dom() == old(self).points_to.dom().union(t.points_to.dom()),
            self.os == old(self).os.union_prefer_right(t.os),
            self.points_to.provenance() == old(self).points_to.provenance(),
    {
        let tracked MemChunk { os, points_to } = t;
        self.os.tracked_union_prefer_right(os);

        let tracked mut pt = PointsToRaw::empty(Provenance::null());
        tracked_swap(&mut pt, &mut self.points_to);
        let tracked pt = pt.join(points_to);
        self.points_to = pt;
    }

    
    
    
    }



















///////


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

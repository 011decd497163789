
// bottom bread

mod os_mem {
use vstd::prelude::*;
use vstd::raw_ptr::*;
use vstd::set_lib::*;
use libc::{PROT_NONE, PROT_READ, PROT_WRITE, MAP_PRIVATE, MAP_ANONYMOUS, MAP_NORESERVE};

verus!{

#[verus::trusted]
pub open spec fn page_size() -> int { 4096 }


#[verus::trusted]
#[verifier(external_body)]
pub tracked struct OsMem {
    no_copy: NoCopy,
}

#[verus::trusted]
pub ghost struct MemProtect {
    pub read: bool,
    pub write: bool,
}

#[verus::trusted]
pub ghost struct OsMemData {
    pub byte_addr: int,
    pub mem_protect: MemProtect,
}

#[verus::trusted]
pub tracked struct MemChunk {
    pub os: Map<int, OsMem>,
    pub points_to: PointsToRaw,
}

#[verus::trusted]
impl MemChunk {
    pub open spec fn wf(&self) -> bool {
        self.wf_os()
    }

    pub open spec fn wf_os(&self) -> bool {
        forall |addr: int|
            #[trigger] self.os.dom().contains(addr)
             ==> self.os[addr]@.byte_addr == addr
    }

    #[verifier::inline]
    pub open spec fn range_os(&self) -> Set<int> {
        self.os.dom()
    }

    pub open spec fn range_os_rw(&self) -> Set<int> {
        Set::<int>::new(|addr| self.os.dom().contains(addr) && self.os[addr]@.mem_protect
          == MemProtect { read: true, write: true })
    }

    
    #[verifier::inline]
    pub open spec fn range_points_to(&self) -> Set<int> {
        self.points_to.dom()
    }

    
    pub open spec fn os_has_range(&self, start: int, len: int) -> bool {
        set_int_range(start, start + len) <= self.range_os()
    }

    
    pub open spec fn os_has_range_read_write(&self, start: int, len: int) -> bool {
        set_int_range(start, start + len) <= self.range_os_rw()
    }

    
    pub open spec fn has_new_pointsto(&self, the_old: &MemChunk) -> bool {
        // Same domain for OS permissions knowledge
        self.os.dom() == the_old.os.dom()
        // points_to grew monotonically
        && the_old.points_to.dom().subset_of(self.points_to.dom())
        // stuff with rw permission grew monotonically
        && (forall |addr: int|
            #[trigger] the_old.os.dom().contains(addr)
              ==> the_old.os[addr]@.mem_protect == MemProtect { read: true, write: true }
              ==> self.os[addr]@.mem_protect == MemProtect { read: true, write: true }
        )
        // Anything that became rw, we now have the points_to for it
        && (forall |addr: int|
              self.os.dom().contains(addr)
              && self.os[addr]@.mem_protect == MemProtect { read: true, write: true }
              && the_old.os[addr]@.mem_protect != MemProtect { read: true, write: true }
              ==> #[trigger] self.points_to.dom().contains(addr)
        )
    }
}

#[verus::trusted]
impl OsMem {
    pub uninterp spec fn view(self) -> OsMemData;
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
    
    #[verifier::inline]
    pub open spec fn pointsto_has_range(&self, start: int, len: int) -> bool {
        set_int_range(start, start + len) <= self.range_points_to()
    }

    pub open spec fn os_rw_bytes(&self) -> Set<int> {
        self.range_os_rw()
    }

    
    
    
    
    
    
    }



















///////


}
}

// utilities


// implementation


mod os_commit {
use core::intrinsics::{unlikely, likely};
use vstd::prelude::*;
use vstd::set_lib::*;
use vstd::raw_ptr::*;
use crate::os_mem::*;
use vstd::set_lib::set_int_range;


verus!{

pub fn os_commit(addr: *mut u8, size: usize, Tracked(mem): Tracked<&mut MemChunk>)
    -> (res: (bool, bool))
    requires old(mem).wf(), 
        old(mem).os_has_range(addr as int, size as int),
        addr as int % page_size() == 0,
        size as int % page_size() == 0,
        addr as int != 0,
        addr as int + size <= usize::MAX,
        addr@.provenance == old(mem).points_to.provenance(),
        //old(mem).has_pointsto_for_all_read_write(),
    ensures ({
        let (success, is_zero) = res;
        mem.wf()
        //&& mem.has_pointsto_for_all_read_write()
        //&& (success ==> mem.os_has_range_read_write(addr as int, size as int))
        && mem.has_new_pointsto(&*old(mem))
        && mem.os.dom() == old(mem).os.dom()
        && mem.points_to.provenance() == old(mem).points_to.provenance()
        && (success ==> mem.os_has_range_read_write(addr as int, size as int))
    })
{
    os_commitx(addr, size, true, false, Tracked(&mut *mem))
}



#[verifier::external_body]
fn os_commitx(
    addr: *mut u8, size: usize, commit: bool, conservative: bool,
    Tracked(mem): Tracked<&mut MemChunk>
) -> (res: (bool, bool))
    requires old(mem).wf(), 
        old(mem).os_has_range(addr as int, size as int),
        addr as int % page_size() as int == 0,
        size as int % page_size() as int == 0,
        addr as int != 0,
        addr as int + size <= usize::MAX,
        !commit ==> old(mem).pointsto_has_range(addr as int, size as int),
        addr@.provenance == old(mem).points_to.provenance()
    ensures
        mem.wf(),
        mem.os.dom() =~= old(mem).os.dom(),
        commit ==> mem.has_new_pointsto(&*old(mem)),
        commit ==> res.0 ==> mem.os_has_range_read_write(addr as int, size as int),
        !commit ==> mem.points_to.dom().subset_of(old(mem).points_to.dom()),
        !commit ==> mem.os_rw_bytes().subset_of(old(mem).os_rw_bytes()),
        !commit ==> old(mem).points_to.dom() - mem.points_to.dom()
                    =~= old(mem).os_rw_bytes() - mem.os_rw_bytes(),
        mem.points_to.provenance() == old(mem).points_to.provenance()
{
    unimplemented!()
}

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

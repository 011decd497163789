
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

    pub open spec fn has_pointsto_for_all_read_write(&self) -> bool {
        self.range_os_rw() <= self.range_points_to()
    }

    
    pub open spec fn os_exact_range(&self, start: int, len: int) -> bool {
        set_int_range(start, start + len) =~= self.range_os()
    }

    pub open spec fn os_has_range_read_write(&self, start: int, len: int) -> bool {
        set_int_range(start, start + len) <= self.range_os_rw()
    }

    
    }

#[verus::trusted]
impl OsMem {
    pub uninterp spec fn view(self) -> OsMemData;
}

#[verus::trusted]
pub const MAP_FAILED: usize = usize::MAX;

//// Wrappers

// TODO should allow these to return 0 for error case


#[verus::trusted]
#[verifier::external_body]
pub fn mmap_prot_read_write(hint: *mut u8, len: usize) -> (pt: (*mut u8, Tracked<MemChunk>))
    requires
        hint as int % page_size() == 0,
        len as int % page_size() == 0,
    ensures
        pt.0.addr() != MAP_FAILED ==> pt.1@.wf(),
        pt.0.addr() != MAP_FAILED ==> pt.1@.os_exact_range(pt.0 as int, len as int),
        pt.0.addr() != MAP_FAILED ==> pt.1@.os_has_range_read_write(pt.0 as int, len as int),
        pt.0.addr() != MAP_FAILED ==> pt.1@.has_pointsto_for_all_read_write(),
        pt.0.addr() != MAP_FAILED ==> pt.0.addr() + len < usize::MAX,
        pt.0.addr() != MAP_FAILED ==> pt.0 as int % page_size() == 0,
        pt.0.addr() != MAP_FAILED ==> pt.0@.provenance == pt.1@.points_to.provenance(),
{
    let p = _mmap_prot_read_write(hint as *mut libc::c_void, len);
    let p = if p == libc::MAP_FAILED { MAP_FAILED as *mut u8 } else { p as *mut u8 };
    (p, Tracked::assume_new())
}



//// Tested for macOS / Linux

#[verus::trusted]
#[verifier::external]
fn _mmap_prot_read_write(hint_addr: *mut libc::c_void, len: usize) -> *mut libc::c_void {
    unsafe {
        libc::mmap(
            hint_addr,
            len,
            PROT_READ | PROT_WRITE,
            MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
            // The fd argument is ignored [if MAP_ANONYMOUS is specified]; however,
            // some implementations require fd to be -1
            -1,
            0)
    }
}




//// Misc utilities




}
}

// fundamentals and definitions

mod types {

use vstd::prelude::*;
use vstd::raw_ptr::*;
use vstd::modes::*;
use vstd::*;
use vstd::cell::pcell::*;
use vstd::cell::pcell;
use vstd::atomic_ghost::*;
use vstd::shared::Shared;
use verus_state_machines_macros::*;

use crate::config::*;

verus!{

//// Page header data

















/////////////////////////////////////////////
///////////////////////////////////////////// Segments
/////////////////////////////////////////////









/////////////////////////////////////////////
///////////////////////////////////////////// Heaps
/////////////////////////////////////////////











/////////////////////////////////////////////
///////////////////////////////////////////// Thread local data
/////////////////////////////////////////////

//pub struct OsTld {
//    pub region_idx: usize,
//}
















/////////////////////////////////////////////
/////////////////////////////////////////////
/////////////////////////////////////////////
/////////////////////////////////////////////
/////////////////////////////////////////////
/////////////////////////////////////////////
/////////////////////////////////////////////
////// Utilities for local access



















// Use macro as a work-arounds for not supporting functions that return &mut





































#[verus::trusted]
#[cfg(feature = "override_system_allocator")]
#[verifier::external_body]
pub fn todo()
    ensures false
{
    std::process::abort();
}

#[verus::trusted]
#[cfg(not(feature = "override_system_allocator"))]
#[verifier::external_body]
pub fn todo()
    ensures false
{
    panic!("todo"); 
}











}
}
mod config {
use vstd::prelude::*;

verus!{


// Log of the (pointer-size in bytes) // TODO make configurable
global size_of usize == 8;

// Log of the size of a 'slice'

// Size of a slice
 //(1 << SLICE_SHIFT);

// Log of the size of a 'segment'

// Log of the size of a 'segment'

// Log of the size of a 'segment'

// Size of a 'segment'


// Fake bin that contains the "full" list. This is not a valid bin idx
// according to the valid_bin_idx spec in bin_sizes.rs.




// maximum alloc size the user is allowed to request
// note: mimalloc use ptrdiff_t max here





pub const SIZEOF_HEAP: usize = 2904;
pub const SIZEOF_TLD: usize = 552;

use crate::types::*;


// commit mask


// huge 

 // 2 GiB

// Helpers



//pub fn option_decommit_delay() -> i64 { assume(false); 1 /*25*/ }
//pub fn option_decommit_extend_delay() -> i64 { assume(false); 0 /*1*/ }



}
}
mod os_mem_util {
use vstd::prelude::*;
use vstd::set_lib::*;
use vstd::raw_ptr::*;
use vstd::modes::*;

use crate::os_mem::*;
use crate::config::*;
use crate::types::*;

verus!{

impl MemChunk {
    
    #[verifier::inline]
    pub open spec fn pointsto_has_range(&self, start: int, len: int) -> bool {
        set_int_range(start, start + len) <= self.range_points_to()
    }

    
    
    
    
    
    
    
    }



















///////


}
}

// utilities


// implementation


mod init {

use core::intrinsics::{unlikely, likely};

use vstd::prelude::*;
use vstd::raw_ptr::*;
use vstd::*;
use vstd::modes::*;
use vstd::set_lib::*;
use vstd::cell::pcell::*;
use vstd::shared::Shared;

use crate::types::*;
use crate::os_mem_util::*;
use crate::config::*;
use crate::os_mem::*;

verus!{





/*
impl RightToUseThread {
    pub open spec fn wf(tid: ThreadId) { true } // TODO
}
*/

//impl Copy for Global { }








fn thread_data_alloc()
    -> (res: (*mut u8, Tracked<MemChunk>))
    ensures ({ let (p, mc) = res; {
        p.addr() != 0 ==> (
            mc@.pointsto_has_range(p as int, SIZEOF_HEAP + SIZEOF_TLD)
            && p as int + page_size() <= usize::MAX
            && p as int % 4096 == 0
            && p@.provenance == mc@.points_to.provenance()
        )
    }})
{
    let (addr, Tracked(mc)) = crate::os_mem::mmap_prot_read_write(core::ptr::null_mut(), 4096);

    if addr.addr() == MAP_FAILED {
        todo();
    }

    proof {
        //assert(set_int_range(addr as int, addr as int + 4096) <= mc.range_os_rw());
        //assert(set_int_range(addr as int, addr as int + 4096) <= mc.range_points_to());
        //assert(SIZEOF_HEAP + SIZEOF_TLD < page_size());
        //assert(mc.pointsto_has_range(addr as int, SIZEOF_HEAP + SIZEOF_TLD));
    }
    (addr, Tracked(mc))
}

///// The global 'empty page'

/*
pub fn get_page_empty()
    -> (res: (PPtr<Page>, Tracked<Shared<PageFullAccess>>))
    ensures ({ let (page_ptr, pfa) = res; {
        pfa@@.wf_empty_page_global()
        && pfa@@.s.points_to@.pptr == page_ptr.id()
        && page_ptr.id() != 0
    }})
{
    let e = get_empty_page_stuff();
    (e.ptr, Tracked(e.pfa.borrow().clone()))
}
*/



/*
#[verifier::external]
static EMPTY_PAGE_PTR: std::sync::LazyLock<EmptyPageStuff> =
    std::sync::LazyLock::new(init_empty_page_ptr);
*/


/*
#[verifier::external_body]
fn get_empty_page_stuff() -> (e: &'static EmptyPageStuff)
    ensures e.wf()
{
    &*EMPTY_PAGE_PTR
}
*/

//// Current thread count

/*
struct_with_invariants!{
    pub struct ThreadCountAtomic {
        pub atomic: AtomicUsize<_, (), _>,
    }

    pub open spec fn wf(&self) -> bool {
        invariant
            on atomic
            is (v: usize, g: ())
        {
            true
        }
    }
}

impl ThreadCountAtomic {
    #[inline]
    pub get(&self) -> usize {
        self.atomic.load()
    }

    #[inline]
    pub new(&self) -> usize {
        self.atomic.load()
    }
}
*/


//exec static THREAD_COUNT: core::sync::atomic::AtomicUsize
//  ensures true
//  { core::sync::atomic::AtomicUsize::new(0) }




}
}

use vstd::prelude::*;

verus!{



}


// Called from C overrides

// verus_mi_thread_init_default_heap should be called once-per-thread,
// and must be called before verus_mi_heap_malloc

use core::ffi::c_void;
use crate::types::todo;






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

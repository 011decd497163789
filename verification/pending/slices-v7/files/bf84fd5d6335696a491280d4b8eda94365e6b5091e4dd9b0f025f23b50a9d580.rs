
// bottom bread


// fundamentals and definitions

mod config {
use vstd::prelude::*;

verus!{


// Log of the (pointer-size in bytes) // TODO make configurable
pub const INTPTR_SIZE: u64 = 8;
global size_of usize == 8;

// Log of the size of a 'slice'

// Size of a slice
 //(1 << SLICE_SHIFT);

// Log of the size of a 'segment'

// Log of the size of a 'segment'

// Log of the size of a 'segment'

// Size of a 'segment'

pub const BIN_HUGE: u64 = 73;

// Fake bin that contains the "full" list. This is not a valid bin idx
// according to the valid_bin_idx spec in bin_sizes.rs.




// maximum alloc size the user is allowed to request
// note: mimalloc use ptrdiff_t max here








// commit mask


// huge 

 // 2 GiB

// Helpers



//pub fn option_decommit_delay() -> i64 { assume(false); 1 /*25*/ }
//pub fn option_decommit_extend_delay() -> i64 { assume(false); 0 /*1*/ }



}
}
mod bin_sizes {
use vstd::prelude::*;
use vstd::assert_by_contradiction;
use vstd::calc;
use vstd::std_specs::bits::u64_leading_zeros;
use crate::config::*;

//fn main() {}

// BLOCK SIZE BINS
//
// For a given allocation size, what bin does it fit in?
// Based off of logic in mi_bin
//
// First  compute wsize = ceil(size / (word size))
//
// Now, each wsize up to 8 gets its own bin.
// After that, each number is rounded up to a number such that
// all its 1s in the binary representation are of the 3 most significant
//
//
// wsize      bin size                        bin #
//
// 0, 1       1                               1
// 2          2                               2
// 3          3                               3
// 4          4                               4
// 5          5                               5
// 6          6                               6
// 7          7                               7
// 8          8                               8
// 
// 9, 10      10      (10 = 1010)             9
// 11, 12     12      (12 = 1100)             10
// 13, 14     14      (14 = 1010)             11
// 15, 16     16      (16 = 10000)            12
//
// 17-20      20      (20 = 10100)            13
// 21-24      24      (24 = 11000)            14
// 25-28      28      (28 = 11100)            15
// 29-32      32      (32 = 100000)           16
//
// ...
//
// This goes up to MEDIUM_OBJ_WSIZE_MAX, and after that, everything goes in the "huge bin"
// which has bin # BIN_HUGE.
//
// The bin # should fit in a u8.
//
// -----------------------------------------------------------------------------------
//
// SLICE BINS (SBINS)
//
// When we allocate a page spanning a given # of slices, the '# of slices' also goes
// into a bin. To keep things straight, I'm going to call this binning method
// "sbins", while the above is just normal "bins".
//
// The algorithm here is a similar, though for some reason size 8 is lumped in with
// the bin [9, 10], and everything from that point is shifted down an index.
//
// slices     bin size                        bin #
//
// 0          0                               0         (unused)
// 1          1                               1
// 2          2                               2
// 3          3                               3
// 4          4                               4
// 5          5                               5
// 6          6                               6
// 7          7                               7

// 8, 9, 10   10      (10 = 1010)             8

// 11, 12     12      (12 = 1100)             9
// 13, 14     14      (14 = 1010)             10
// 15, 16     16      (16 = 10000)            11
//
// 17-20      20      (20 = 10100)            11
// 21-24      24      (24 = 11000)            13
// 25-28      28      (28 = 11100)            14
// 29-32      32      (32 = 100000)           15
//
// ...
//
// 449-512    512                             31
//
// The max # of slices is SLICES_PER_SEGMENT (512) which goes in bin 31.

verus!{

    
// TODO: Pulled in constants to make this a standalone file
/*
global size_of usize == 8;

// Log of the (pointer-size in bytes) // TODO make configurable
pub const INTPTR_SHIFT: u64 = 3;
pub const INTPTR_SIZE: u64 = 8;

// Log of the size of a 'slice'
pub const SLICE_SHIFT: u64 = 13 + INTPTR_SHIFT;

// Size of a slice
pub const SLICE_SIZE: u64 = 65536; //(1 << SLICE_SHIFT);

// Log of the size of a 'segment'
pub const SEGMENT_SHIFT: u64 = 9 + SLICE_SHIFT;

// Log of the size of a 'segment'
pub const SEGMENT_SIZE: u64 = (1 << SEGMENT_SHIFT);

// Log of the size of a 'segment'
pub const SEGMENT_ALIGN: u64 = SEGMENT_SIZE;

// Size of a 'segment'
pub const SLICES_PER_SEGMENT: u64 = (SEGMENT_SIZE / SLICE_SIZE);

pub const BIN_HUGE: u64 = 73;

pub const PAGES_DIRECT: usize = SMALL_WSIZE_MAX + 1;
pub const SMALL_SIZE_MAX: usize = SMALL_WSIZE_MAX * INTPTR_SIZE as usize;
pub const SMALL_WSIZE_MAX: usize = 128;

pub const SEGMENT_BIN_MAX: usize = 31;

// maximum alloc size the user is allowed to request
// note: mimalloc use ptrdiff_t max here
pub const MAX_ALLOC_SIZE: usize = isize::MAX as usize;
*/

pub open spec fn valid_bin_idx(bin_idx: int) -> bool {
    1 <= bin_idx <= BIN_HUGE
}

#[verifier::opaque]
pub open spec fn size_of_bin(bin_idx: int) -> nat
    recommends valid_bin_idx(bin_idx)
{
    if 1 <= bin_idx <= 8 {
       (usize::BITS / 8) as nat * (bin_idx as nat)
    } else if bin_idx == BIN_HUGE {
        // the "real" upper bound on this bucket is infinite
        // the lemmas on bin sizes assume each bin has a lower bound and upper bound
        // so we pretend this is the upper bound

        8 * (524288 + 1)
        //8 * (MEDIUM_OBJ_WSIZE_MAX as nat + 1)
    } else {
        let group = (bin_idx - 9) / 4;
        let inner = (bin_idx - 9) % 4;

        ((usize::BITS / 8) * (inner + 5) * pow2(group + 1)) as nat
    }
}



// spec equivalent of bin

pub open spec fn pfd_lower(bin_idx: int) -> nat
    recommends valid_bin_idx(bin_idx)
{
    if bin_idx == 1 {
        0
    } else {
        size_of_bin(bin_idx - 1) / INTPTR_SIZE as nat + 1
    }
}

pub open spec fn pfd_upper(bin_idx: int) -> nat
    recommends valid_bin_idx(bin_idx)
{
    size_of_bin(bin_idx) / INTPTR_SIZE as nat
}

// TODO: The assertions in this lemma are duplicated in init.rs
pub proof fn lemma_bin_sizes_constants()
    ensures
        size_of_bin(1) == 8, size_of_bin(1) / 8 == 1,
        size_of_bin(2) == 16, size_of_bin(2) / 8 == 2,
        size_of_bin(3) == 24, size_of_bin(3) / 8 == 3,
        size_of_bin(4) == 32, size_of_bin(4) / 8 == 4,
        size_of_bin(5) == 40, size_of_bin(5) / 8 == 5,
        size_of_bin(6) == 48, size_of_bin(6) / 8 == 6,
        size_of_bin(7) == 56, size_of_bin(7) / 8 == 7,
        size_of_bin(8) == 64, size_of_bin(8) / 8 == 8,
        size_of_bin(9) == 80, size_of_bin(9) / 8 == 10,
        size_of_bin(10) == 96, size_of_bin(10) / 8 == 12,
        size_of_bin(11) == 112, size_of_bin(11) / 8 == 14,
        size_of_bin(12) == 128, size_of_bin(12) / 8 == 16,
        size_of_bin(13) == 160, size_of_bin(13) / 8 == 20,
        size_of_bin(14) == 192, size_of_bin(14) / 8 == 24,
        size_of_bin(15) == 224, size_of_bin(15) / 8 == 28,
        size_of_bin(16) == 256, size_of_bin(16) / 8 == 32,
        size_of_bin(17) == 320, size_of_bin(17) / 8 == 40,
        size_of_bin(18) == 384, size_of_bin(18) / 8 == 48,
        size_of_bin(19) == 448, size_of_bin(19) / 8 == 56,
        size_of_bin(20) == 512, size_of_bin(20) / 8 == 64,
        size_of_bin(21) == 640, size_of_bin(21) / 8 == 80,
        size_of_bin(22) == 768, size_of_bin(22) / 8 == 96,
        size_of_bin(23) == 896, size_of_bin(23) / 8 == 112,
        size_of_bin(24) == 1024, size_of_bin(24) / 8 == 128,
        size_of_bin(25) == 1280, size_of_bin(25) / 8 == 160,
        size_of_bin(26) == 1536, size_of_bin(26) / 8 == 192,
        size_of_bin(27) == 1792, size_of_bin(27) / 8 == 224,
        size_of_bin(28) == 2048, size_of_bin(28) / 8 == 256,
        size_of_bin(29) == 2560, size_of_bin(29) / 8 == 320,
        size_of_bin(30) == 3072, size_of_bin(30) / 8 == 384,
        size_of_bin(31) == 3584, size_of_bin(31) / 8 == 448,
        size_of_bin(32) == 4096, size_of_bin(32) / 8 == 512,
        size_of_bin(33) == 5120, size_of_bin(33) / 8 == 640,
        size_of_bin(34) == 6144, size_of_bin(34) / 8 == 768,
        size_of_bin(35) == 7168, size_of_bin(35) / 8 == 896,
        size_of_bin(36) == 8192, size_of_bin(36) / 8 == 1024,
        size_of_bin(37) == 10240, size_of_bin(37) / 8 == 1280,
        size_of_bin(38) == 12288, size_of_bin(38) / 8 == 1536,
        size_of_bin(39) == 14336, size_of_bin(39) / 8 == 1792,
        size_of_bin(40) == 16384, size_of_bin(40) / 8 == 2048,
        size_of_bin(41) == 20480, size_of_bin(41) / 8 == 2560,
        size_of_bin(42) == 24576, size_of_bin(42) / 8 == 3072,
        size_of_bin(43) == 28672, size_of_bin(43) / 8 == 3584,
        size_of_bin(44) == 32768, size_of_bin(44) / 8 == 4096,
        size_of_bin(45) == 40960, size_of_bin(45) / 8 == 5120,
        size_of_bin(46) == 49152, size_of_bin(46) / 8 == 6144,
        size_of_bin(47) == 57344, size_of_bin(47) / 8 == 7168,
        size_of_bin(48) == 65536, size_of_bin(48) / 8 == 8192,
        size_of_bin(49) == 81920, size_of_bin(49) / 8 == 10240,
        size_of_bin(50) == 98304, size_of_bin(50) / 8 == 12288,
        size_of_bin(51) == 114688, size_of_bin(51) / 8 == 14336,
        size_of_bin(52) == 131072, size_of_bin(52) / 8 == 16384,
        size_of_bin(53) == 163840, size_of_bin(53) / 8 == 20480,
        size_of_bin(54) == 196608, size_of_bin(54) / 8 == 24576,
        size_of_bin(55) == 229376, size_of_bin(55) / 8 == 28672,
        size_of_bin(56) == 262144, size_of_bin(56) / 8 == 32768,
        size_of_bin(57) == 327680, size_of_bin(57) / 8 == 40960,
        size_of_bin(58) == 393216, size_of_bin(58) / 8 == 49152,
        size_of_bin(59) == 458752, size_of_bin(59) / 8 == 57344,
        size_of_bin(60) == 524288, size_of_bin(60) / 8 == 65536,
        size_of_bin(61) == 655360, size_of_bin(61) / 8 == 81920,
        size_of_bin(62) == 786432, size_of_bin(62) / 8 == 98304,
        size_of_bin(63) == 917504, size_of_bin(63) / 8 == 114688,
        size_of_bin(64) == 1048576, size_of_bin(64) / 8 == 131072,
        size_of_bin(65) == 1310720, size_of_bin(65) / 8 == 163840,
        size_of_bin(66) == 1572864, size_of_bin(66) / 8 == 196608,
        size_of_bin(67) == 1835008, size_of_bin(67) / 8 == 229376,
        size_of_bin(68) == 2097152, size_of_bin(68) / 8 == 262144,
        size_of_bin(69) == 2621440, size_of_bin(69) / 8 == 327680,
        size_of_bin(70) == 3145728, size_of_bin(70) / 8 == 393216,
        size_of_bin(71) == 3670016, size_of_bin(71) / 8 == 458752,
        size_of_bin(72) == 4194304, size_of_bin(72) / 8 == 524288,
        size_of_bin(73) == 4194312, size_of_bin(73) / 8 == 524289,
{
    assert(size_of_bin(1) == 8) by(compute_only);
    assert(size_of_bin(2) == 16) by(compute_only);
    assert(size_of_bin(3) == 24) by(compute_only);
    assert(size_of_bin(4) == 32) by(compute_only);
    assert(size_of_bin(5) == 40) by(compute_only);
    assert(size_of_bin(6) == 48) by(compute_only);
    assert(size_of_bin(7) == 56) by(compute_only);
    assert(size_of_bin(8) == 64) by(compute_only);
    assert(size_of_bin(9) == 80) by(compute_only);
    assert(size_of_bin(10) == 96) by(compute_only);
    assert(size_of_bin(11) == 112) by(compute_only);
    assert(size_of_bin(12) == 128) by(compute_only);
    assert(size_of_bin(13) == 160) by(compute_only);
    assert(size_of_bin(14) == 192) by(compute_only);
    assert(size_of_bin(15) == 224) by(compute_only);
    assert(size_of_bin(16) == 256) by(compute_only);
    assert(size_of_bin(17) == 320) by(compute_only);
    assert(size_of_bin(18) == 384) by(compute_only);
    assert(size_of_bin(19) == 448) by(compute_only);
    assert(size_of_bin(20) == 512) by(compute_only);
    assert(size_of_bin(21) == 640) by(compute_only);
    assert(size_of_bin(22) == 768) by(compute_only);
    assert(size_of_bin(23) == 896) by(compute_only);
    assert(size_of_bin(24) == 1024) by(compute_only);
    assert(size_of_bin(25) == 1280) by(compute_only);
    assert(size_of_bin(26) == 1536) by(compute_only);
    assert(size_of_bin(27) == 1792) by(compute_only);
    assert(size_of_bin(28) == 2048) by(compute_only);
    assert(size_of_bin(29) == 2560) by(compute_only);
    assert(size_of_bin(30) == 3072) by(compute_only);
    assert(size_of_bin(31) == 3584) by(compute_only);
    assert(size_of_bin(32) == 4096) by(compute_only);
    assert(size_of_bin(33) == 5120) by(compute_only);
    assert(size_of_bin(34) == 6144) by(compute_only);
    assert(size_of_bin(35) == 7168) by(compute_only);
    assert(size_of_bin(36) == 8192) by(compute_only);
    assert(size_of_bin(37) == 10240) by(compute_only);
    assert(size_of_bin(38) == 12288) by(compute_only);
    assert(size_of_bin(39) == 14336) by(compute_only);
    assert(size_of_bin(40) == 16384) by(compute_only);
    assert(size_of_bin(41) == 20480) by(compute_only);
    assert(size_of_bin(42) == 24576) by(compute_only);
    assert(size_of_bin(43) == 28672) by(compute_only);
    assert(size_of_bin(44) == 32768) by(compute_only);
    assert(size_of_bin(45) == 40960) by(compute_only);
    assert(size_of_bin(46) == 49152) by(compute_only);
    assert(size_of_bin(47) == 57344) by(compute_only);
    assert(size_of_bin(48) == 65536) by(compute_only);
    assert(size_of_bin(49) == 81920) by(compute_only);
    assert(size_of_bin(50) == 98304) by(compute_only);
    assert(size_of_bin(51) == 114688) by(compute_only);
    assert(size_of_bin(52) == 131072) by(compute_only);
    assert(size_of_bin(53) == 163840) by(compute_only);
    assert(size_of_bin(54) == 196608) by(compute_only);
    assert(size_of_bin(55) == 229376) by(compute_only);
    assert(size_of_bin(56) == 262144) by(compute_only);
    assert(size_of_bin(57) == 327680) by(compute_only);
    assert(size_of_bin(58) == 393216) by(compute_only);
    assert(size_of_bin(59) == 458752) by(compute_only);
    assert(size_of_bin(60) == 524288) by(compute_only);
    assert(size_of_bin(61) == 655360) by(compute_only);
    assert(size_of_bin(62) == 786432) by(compute_only);
    assert(size_of_bin(63) == 917504) by(compute_only);
    assert(size_of_bin(64) == 1048576) by(compute_only);
    assert(size_of_bin(65) == 1310720) by(compute_only);
    assert(size_of_bin(66) == 1572864) by(compute_only);
    assert(size_of_bin(67) == 1835008) by(compute_only);
    assert(size_of_bin(68) == 2097152) by(compute_only);
    assert(size_of_bin(69) == 2621440) by(compute_only);
    assert(size_of_bin(70) == 3145728) by(compute_only);
    assert(size_of_bin(71) == 3670016) by(compute_only);
    assert(size_of_bin(72) == 4194304) by(compute_only);
    assert(size_of_bin(73) == 8 * (524288 + 1)) by(compute_only);
}
















        












pub proof fn pfd_lower_le_upper(bin_idx: int)
    requires valid_bin_idx(bin_idx),
    ensures pfd_lower(bin_idx) <= pfd_upper(bin_idx)
{
    lemma_bin_sizes_constants();
}







pub open spec fn pow2(i: int) -> nat
    decreases i
{
    if i <= 0 {
        1
    } else {
        pow2(i - 1) * 2
    }
}
















// The "proof" is below is broken into chunks,
// so (a) we don't exceed the interpreter's stack limit,
// and (b) because the interpreter time seems to scale
// non-linearly with recursion depth

// Used to compute a bin for a given size

//////// Segment bins














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

// SPDX-License-Identifier: MPL-2.0
//! The standard library for Asterinas and other Rust OSes.
//#![feature(negative_impls)]
// Disable `missing_docs`: verification-only `inv`/`type_inv` items are
// explained by proof context rather than API docs.
// #![warn(missing_docs)]
// Allow Verus-style specification names that mirror constants or proof-level
// concepts rather than Rust's conventional function naming.


//#[cfg(target_arch = "x86_64")]

pub mod arch {
// SPDX-License-Identifier: MPL-2.0
//! Platform-specific code for the x86 platform.
/*pub mod boot;
pub(crate) mod cpu;
pub mod device;
pub(crate) mod ex_table;
pub(crate) mod io;
pub(crate) mod iommu;*/
/* pub(crate) mod kernel; */
pub(crate) mod mm {
// SPDX-License-Identifier: MPL-2.0

use crate::specs::arch::{NR_ENTRIES, NR_LEVELS};
use vstd::arithmetic::power2::*;
use vstd::prelude::*;
use vstd_extra::panic::may_panic;
use vstd_extra::panic::panic_diverge;
use vstd_extra::prelude::*;

use core::ops::Range;

//use cfg_if::cfg_if;
//use x86_64::{instructions::tlb, structures::paging::PhysFrame, VirtAddr};

use crate::{
    mm::{
        page_table::{PageTableEntryTrait},
        PagingConstsTrait, PagingLevel, PodOnce, Vaddr,
    },
    Pod,
};


verus! {
#[verifier::allow(autoderive_clone_without_spec)]
#[derive(Clone, Debug, Default)]
pub struct PagingConsts {}

impl PagingConstsTrait for PagingConsts {
    // Expansion for BASE_PAGE_SIZE
    #[verifier::inline]
    open spec fn BASE_PAGE_SIZE_spec() -> usize {
        4096
    }

    #[inline(always)]
    fn BASE_PAGE_SIZE() -> usize
    {
        4096
    }

    // Expansion for NR_LEVELS
    #[verifier::inline]
    open spec fn NR_LEVELS_spec() -> PagingLevel {
        4
    }

    #[inline(always)]
    fn NR_LEVELS() -> PagingLevel
    {
        4
    }

    // Expansion for ADDRESS_WIDTH
    #[verifier::inline]
    open spec fn ADDRESS_WIDTH_spec() -> usize {
        48
    }

    #[inline(always)]
    fn ADDRESS_WIDTH() -> usize
    {
        48
    }

    // Expansion for HIGHEST_TRANSLATION_LEVEL
    
    
    
    
    // Expansion for PTE_SIZE
    #[verifier::inline]
    open spec fn PTE_SIZE_spec() -> usize {
        8
    }

    #[inline(always)]
    fn PTE_SIZE() -> (res: usize)
    {
        8
    }

    proof fn lemma_paging_consts_requirements()
    {
        lemma_pow2_is_pow2_to64();
        lemma2_to64();
        lemma2_to64_rest();
        assert(usize::BITS == 64) by (compute);
        vstd::layout::unsigned_int_max_values();
        lemma_usize_pow2_ilog2(12);
        lemma_usize_pow2_ilog2(9);
        lemma_pow2_adds(9, 39);
    }
}

pub proof fn lemma_nr_subpage_per_huge_eq_nr_entries()
    ensures
        crate::mm::nr_subpage_per_huge::<PagingConsts>() == NR_ENTRIES,
{
    assert(crate::mm::nr_subpage_per_huge::<PagingConsts>() == 4096usize / 8usize);
    assert(NR_ENTRIES == 512usize);
}
}


verus! {












} // verus!


verus! {






// Auxiliary definitions and lemmas about bit properties of page table entries and flags.














} // verus!
  /*
  impl fmt::Debug for PageTableEntry {
      fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
          let mut f = f.debug_struct("PageTableEntry");
          f.field("raw", &format_args!("{:#x}", self.0))
              .field("paddr", &format_args!("{:#x}", self.paddr()))
              .field("present", &self.is_present())
              .field(
                  "flags",
                  &PageTableFlags::from_bits_truncate(self.0 & !Self::PHYS_ADDR_MASK),
              )
              .field("prop", &self.prop())
              .finish()
      }
  }
  */
}
/*pub(crate) mod pci;
pub mod qemu;
pub(crate) mod serial;
pub(crate) mod task; */
/* pub mod trap; */

/*use io::construct_io_mem_allocator_builder;
use spin::Once;
use x86::cpuid::{CpuId, FeatureInfo};

#[cfg(feature = "cvm_guest")]
pub(crate) mod tdx_guest;

use core::sync::atomic::Ordering;

use log::warn;

#[cfg(feature = "cvm_guest")]
pub(crate) fn init_cvm_guest() {
    match ::tdx_guest::init_tdx() {
        Ok(td_info) => {
            crate::early_println!(
                "[kernel] Intel TDX initialized\n[kernel] td gpaw: {}, td attributes: {:?}",
                td_info.gpaw,
                td_info.attributes
            );
        }
        Err(::tdx_guest::tdcall::InitError::TdxGetVpInfoError(td_call_error)) => {
            panic!(
                "[kernel] Intel TDX not initialized, Failed to get TD info: {:?}",
                td_call_error
            );
        }
        // The machine has no TDX support.
        Err(_) => {}
    }
}

static CPU_FEATURES: Once<FeatureInfo> = Once::new();

/// Architecture-specific initialization on the bootstrapping processor.
///
/// It should be called when the heap and frame allocators are available.
///
/// # Safety
///
/// This function must be called only once in the boot context of the
/// bootstrapping processor.
pub(crate) unsafe fn late_init_on_bsp() {
    // SAFETY: This function is only called once on BSP.
    unsafe { trap::init() };

    let io_mem_builder = construct_io_mem_allocator_builder();

    kernel::apic::init(&io_mem_builder).expect("APIC doesn't exist");
    kernel::irq::init(&io_mem_builder);

    kernel::tsc::init_tsc_freq();
    timer::init_bsp();

    // SAFETY: We're on the BSP and we're ready to boot all APs.
    unsafe { crate::boot::smp::boot_all_aps() };

    if_tdx_enabled!({
    } else {
        match iommu::init(&io_mem_builder) {
            Ok(_) => {}
            Err(err) => warn!("IOMMU initialization error:{:?}", err),
        }
    });

    // SAFETY:
    // 1. All the system device memory have been removed from the builder.
    // 2. All the port I/O regions belonging to the system device are defined using the macros.
    // 3. `MAX_IO_PORT` defined in `crate::arch::io` is the maximum value specified by x86-64.
    unsafe { crate::io::init(io_mem_builder) };
}

/// Architecture-specific initialization on the application processor.
///
/// # Safety
///
/// This function must be called only once on each application processor.
/// And it should be called after the BSP's call to [`init_on_bsp`].
///
/// [`init_on_bsp`]: crate::cpu::init_on_bsp
pub(crate) unsafe fn init_on_ap() {
    timer::init_ap();
}

pub(crate) fn interrupts_ack(irq_number: usize) {
    if !cpu::context::CpuException::is_cpu_exception(irq_number) {
        // TODO: We're in the interrupt context, so `disable_preempt()` is not
        // really necessary here.
        kernel::apic::get_or_init(&crate::task::disable_preempt() as _).eoi();
    }
}

/// Returns the frequency of TSC. The unit is Hz.
pub fn tsc_freq() -> u64 {
    kernel::tsc::TSC_FREQ.load(Ordering::Acquire)
}

/// Reads the current value of the processor’s time-stamp counter (TSC).
pub fn read_tsc() -> u64 {
    use core::arch::x86_64::_rdtsc;

    // SAFETY: It is safe to read a time-related counter.
    unsafe { _rdtsc() }
}

/// Reads a hardware generated 64-bit random value.
///
/// Returns None if no random value was generated.
pub fn read_random() -> Option<u64> {
    use core::arch::x86_64::_rdrand64_step;

    // Recommendation from "Intel® Digital Random Number Generator (DRNG) Software
    // Implementation Guide" - Section 5.2.1 and "Intel® 64 and IA-32 Architectures
    // Software Developer’s Manual" - Volume 1 - Section 7.3.17.1.
    const RETRY_LIMIT: usize = 10;

    for _ in 0..RETRY_LIMIT {
        let mut val = 0;
        let generated = unsafe { _rdrand64_step(&mut val) };
        if generated == 1 {
            return Some(val);
        }
    }
    None
}

fn has_avx() -> bool {
    use core::arch::x86_64::{__cpuid, __cpuid_count};

    let cpuid_result = unsafe { __cpuid(0) };
    if cpuid_result.eax < 1 {
        // CPUID function 1 is not supported
        return false;
    }

    let cpuid_result = unsafe { __cpuid_count(1, 0) };
    // Check for AVX (bit 28 of ecx)
    cpuid_result.ecx & (1 << 28) != 0
}

fn has_avx512() -> bool {
    use core::arch::x86_64::{__cpuid, __cpuid_count};

    let cpuid_result = unsafe { __cpuid(0) };
    if cpuid_result.eax < 7 {
        // CPUID function 7 is not supported
        return false;
    }

    let cpuid_result = unsafe { __cpuid_count(7, 0) };
    // Check for AVX-512 Foundation (bit 16 of ebx)
    cpuid_result.ebx & (1 << 16) != 0
}

pub(crate) fn enable_cpu_features() {
    use x86_64::registers::{control::Cr4Flags, model_specific::EferFlags, xcontrol::XCr0Flags};

    CPU_FEATURES.call_once(|| {
        let cpuid = CpuId::new();
        cpuid.get_feature_info().unwrap()
    });

    let mut cr4 = x86_64::registers::control::Cr4::read();
    cr4 |= Cr4Flags::FSGSBASE
        | Cr4Flags::OSXSAVE
        | Cr4Flags::OSFXSR
        | Cr4Flags::OSXMMEXCPT_ENABLE
        | Cr4Flags::PAGE_GLOBAL;
    unsafe {
        x86_64::registers::control::Cr4::write(cr4);
    }

    let mut xcr0 = x86_64::registers::xcontrol::XCr0::read();

    xcr0 |= XCr0Flags::SSE;

    if has_avx() {
        xcr0 |= XCr0Flags::AVX;
    }

    if has_avx512() {
        xcr0 |= XCr0Flags::OPMASK | XCr0Flags::ZMM_HI256 | XCr0Flags::HI16_ZMM;
    }

    unsafe {
        x86_64::registers::xcontrol::XCr0::write(xcr0);
    }

    cpu::context::enable_essential_features();

    unsafe {
        // enable non-executable page protection
        x86_64::registers::model_specific::Efer::update(|efer| {
            *efer |= EferFlags::NO_EXECUTE_ENABLE;
        });
    }
}

/// Inserts a TDX-specific code block.
///
/// This macro conditionally executes a TDX-specific code block based on the following conditions:
/// (1) The `cvm_guest` feature is enabled at compile time.
/// (2) The TDX feature is detected at runtime via `::tdx_guest::tdx_is_enabled()`.
///
/// If both conditions are met, the `if_block` is executed. If an `else_block` is provided, it will be executed
/// when either the `cvm_guest` feature is not enabled or the TDX feature is not detected at runtime.
#[macro_export]
macro_rules! if_tdx_enabled {
    // Match when there is an else block
    ($if_block:block else $else_block:block) => {{
        #[cfg(feature = "cvm_guest")]
        {
            if ::tdx_guest::tdx_is_enabled() {
                $if_block
            } else {
                $else_block
            }
        }
        #[cfg(not(feature = "cvm_guest"))]
        {
            $else_block
        }
    }};
    // Match when there is no else block
    ($if_block:block) => {{
        #[cfg(feature = "cvm_guest")]
        {
            if ::tdx_guest::tdx_is_enabled() {
                $if_block
            }
        }
    }};
}

pub use if_tdx_enabled;
*/
}
//#[cfg(target_arch = "riscv64")]
//#[path = "arch/riscv/mod.rs"]
//pub mod arch;
/*pub mod bus;
pub mod console;
pub mod cpu;*/
/*pub mod io;
pub mod logger;*/
pub mod mm {
// SPDX-License-Identifier: MPL-2.0
//! Virtual memory (VM).
use crate::specs::arch::*;
use vstd::arithmetic::div_mod::group_div_basics;
use vstd::arithmetic::power2::*;
use vstd::prelude::*;

/// Virtual addresses.
pub type Vaddr = usize;


//pub mod heap;
pub mod io {
// SPDX-License-Identifier: MPL-2.0
//! Abstractions for reading and writing virtual memory (VM) objects.
//!
//! # Safety
//!
//! The core virtual memory (VM) access APIs provided by this module are [`VmReader`] and
//! [`VmWriter`], which allow for writing to or reading from a region of memory _safely_.
//! `VmReader` and `VmWriter` objects can be constructed from memory regions of either typed memory
//! (e.g., `&[u8]`) or untyped memory (e.g, [`UFrame`]). Behind the scene, `VmReader` and `VmWriter`
//! must be constructed via their [`from_user_space`] and [`from_kernel_space`] methods, whose
//! safety depends on whether the given memory regions are _valid_ or not.
//!
//! [`UFrame`]: crate::mm::UFrame
//! [`from_user_space`]: `VmReader::from_user_space`
//! [`from_kernel_space`]: `VmReader::from_kernel_space`
//!
//! Here is a list of conditions for memory regions to be considered valid:
//!
//! - The memory region as a whole must be either typed or untyped memory, not both typed and
//!   untyped.
//!
//! - If the memory region is typed, we require that:
//!   - the [validity requirements] from the official Rust documentation must be met, and
//!   - the type of the memory region (which must exist since the memory is typed) must be
//!     plain-old-data, so that the writer can fill it with arbitrary data safely.
//!
//! [validity requirements]: core::ptr#safety
//!
//! - If the memory region is untyped, we require that:
//!   - the underlying pages must remain alive while the validity requirements are in effect, and
//!   - the kernel must access the memory region using only the APIs provided in this module, but
//!     external accesses from hardware devices or user programs do not count.
//!
//! We have the last requirement for untyped memory to be valid because the safety interaction with
//! other ways to access the memory region (e.g., atomic/volatile memory loads/stores) is not
//! currently specified. Tis may be relaxed in the future, if appropriate and necessary.
//!
//! Note that data races on untyped memory are explicitly allowed (since pages can be mapped to
//! user space, making it impossible to avoid data races). However, they may produce erroneous
//! results, such as unexpected bytes being copied, but do not cause soundness problems.

use core::marker::PhantomData;
use core::ops::Range;
use vstd::arithmetic::power2::is_pow2;
use vstd::prelude::*;
use vstd::simple_pptr::*;
use vstd_extra::assert;
use vstd_extra::ownership::Inv;
use vstd_extra::panic::may_panic;


verus! {

















/*
// Original impl_vm_io_pointer macro and invocations (removed during Verus migration):
macro_rules! impl_vm_io_pointer {
    ($typ:ty,$from:tt) => {
        #[inherit_methods(from = $from)]
        impl<T: VmIo> VmIo for $typ {
            fn read(&self, offset: usize, writer: &mut VmWriter) -> Result<()>;
            fn read_bytes(&self, offset: usize, buf: &mut [u8]) -> Result<()>;
            fn read_val<F: Pod>(&self, offset: usize) -> Result<F>;
            fn read_slice<F: Pod>(&self, offset: usize, slice: &mut [F]) -> Result<()>;
            fn write(&self, offset: usize, reader: &mut VmReader) -> Result<()>;
            fn write_bytes(&self, offset: usize, buf: &[u8]) -> Result<()>;
            fn write_val<F: Pod>(&self, offset: usize, new_val: &F) -> Result<()>;
            fn write_slice<F: Pod>(&self, offset: usize, slice: &[F]) -> Result<()>;
        }
    };
}

impl_vm_io_pointer!(&T, "(**self)");
impl_vm_io_pointer!(&mut T, "(**self)");
impl_vm_io_pointer!(Box<T>, "(**self)");
impl_vm_io_pointer!(Arc<T>, "(**self)");
*/

/*
// Original impl_vm_io_once_pointer macro and invocations (removed during Verus migration):
macro_rules! impl_vm_io_once_pointer {
    ($typ:ty,$from:tt) => {
        #[inherit_methods(from = $from)]
        impl<T: VmIoOnce> VmIoOnce for $typ {
            fn read_once<F: PodOnce>(&self, offset: usize) -> Result<F>;
            fn write_once<F: PodOnce>(&self, offset: usize, new_val: &F) -> Result<()>;
        }
    };
}

impl_vm_io_once_pointer!(&T, "(**self)");
impl_vm_io_once_pointer!(&mut T, "(**self)");
impl_vm_io_once_pointer!(Box<T>, "(**self)");
impl_vm_io_once_pointer!(Arc<T>, "(**self)");
*/






/*
// Original From<&mut [u8]> for VmWriter (replaced by pub fn from during Verus migration):
impl<'a> From<&'a mut [u8]> for VmWriter<'a, Infallible> {
    fn from(slice: &'a mut [u8]) -> Self {
        unsafe { Self::from_kernel_space(slice.as_mut_ptr(), slice.len()) }
    }
}
*/


/*
// Original From<&[u8]> for VmReader (replaced by pub fn from during Verus migration):
impl<'a> From<&'a [u8]> for VmReader<'a, Infallible> {
    fn from(slice: &'a [u8]) -> Self {
        unsafe { Self::from_kernel_space(slice.as_ptr(), slice.len()) }
    }
}
*/


} // verus!





verus! {

/// A marker trait for POD types that can be read or written with one instruction.
///
/// This trait is mostly a hint, since it's safe and can be implemented for _any_ POD type. If it
/// is implemented for a type that cannot be read or written with a single instruction, calling
/// `read_once`/`write_once` will lead to a failed compile-time assertion.
pub trait PodOnce: Pod {

}


} // verus!
}
pub mod page_table {
// SPDX-License-Identifier: MPL-2.0
use vstd::arithmetic::power2::*;
use vstd::prelude::*;
use vstd::simple_pptr;
use vstd::std_specs::clone::*;
use vstd_extra::assert;
use vstd_extra::panic::may_panic;
use vstd_extra::prelude::*;

use crate::specs::arch::*;
use crate::specs::mm::page_table::{cursor::*, *};


use core::{
    fmt::Debug,
    intrinsics::transmute_unchecked,
    ops::{Range, RangeInclusive},
    sync::atomic::Ordering,
};

use super::{
    PagingConstsTrait, PagingLevel, PodOnce, Vaddr,
    nr_subpage_per_huge,
    page_size,
};


mod node {
// SPDX-License-Identifier: MPL-2.0
//! This module defines page table node abstractions and the handle.
//!
//! The page table node is also frequently referred to as a page table in many architectural
//! documentations. It is essentially a page that contains page table entries (PTEs) that map
//! to child page tables nodes or mapped pages.
//!
//! This module leverages the page metadata to manage the page table pages, which makes it
//! easier to provide the following guarantees:
//!
//! The page table node is not freed when it is still in use by:
//!    - a parent page table node,
//!    - or a handle to a page table node,
//!    - or a processor.
//!
//! This is implemented by using a reference counter in the page metadata. If the above
//! conditions are not met, the page table node is ensured to be freed upon dropping the last
//! reference.
//!
//! One can acquire exclusive access to a page table node using merely the physical address of
//! the page table node. This is implemented by a lock in the page metadata. Here the
//! exclusiveness is only ensured for kernel code, and the processor's MMU is able to access the
//! page table node while a lock is held. So the modification to the PTEs should be done after
//! the initialization of the entity that the PTE points to. This is taken care in this module.
//!




pub use crate::specs::mm::page_table::node::{entry_owners::*, owners::*};




use crate::mm::page_table::*;
use crate::specs::mm::{
    page_table::node::owners::*,
};




verus! {







/*impl<C: PageTableConfig> Drop for PageTableGuard<'_, C> {
    fn drop(&mut self) {
        self.inner.meta().lock.store(0, Ordering::Release);
    }
}*/


} // verus!
}
pub use node::*;
mod cursor {
// SPDX-License-Identifier: MPL-2.0
//! The page table cursor for mapping and querying over the page table.
//!
//! # The page table lock protocol
//!
//! We provide a fine-grained ranged mutual-exclusive lock protocol to allow
//! concurrent accesses to non-overlapping virtual ranges in the page table.
//!
//! [`CursorMut::new`] will lock a range in the virtual space and all the
//! operations on the range with the cursor will be atomic as a transaction.
//!
//! The guarantee of the lock protocol is that, if two cursors' ranges overlap,
//! all of one's operation must be finished before any of the other's
//! operation. The order depends on the scheduling of the threads. If a cursor
//! is ordered after another cursor, it will see all the changes made by the
//! previous cursor.
//!
//! The implementation of the lock protocol resembles two-phase locking (2PL).
//! [`CursorMut::new`] accepts an address range, which indicates the page table
//! entries that may be visited by this cursor. Then, [`CursorMut::new`] finds
//! an intermediate page table (not necessarily the last-level or the top-
//! level) which represents an address range that fully contains the whole
//! specified address range. Then it locks all the nodes in the sub-tree rooted
//! at the intermediate page table node, with a pre-order DFS order. The cursor
//! will only be able to access the page table entries in the locked range.
//! Upon destruction, the cursor will release the locks in the reverse order of
//! acquisition.




use crate::mm::page_table::*;
use crate::specs::mm::page_table::cursor::page_size_lemmas::*;





verus! {












/*
impl<C: PageTableConfig> Drop for Cursor<'_, C> {
    fn drop(&mut self) {
        locking::unlock_range(self);
    }
}
*/


} // verus!
}

pub(crate) use cursor::*;


//pub(crate) mod boot_pt;

verus! {


pub trait RCClone: Sized {
    
    
    }

/// The configurations of a page table.
///
/// It abstracts away both the usage and the architecture specifics from the
/// general page table implementation. For examples:
///  - the managed virtual address range;
///  - the trackedness of physical mappings;
///  - the PTE layout;
///  - the number of page table levels, etc.
///
/// # Safety
///
/// The implementor must ensure that the `item_into_raw` and `item_from_raw`
/// are implemented correctly so that:
///  - `item_into_raw` consumes the ownership of the item;
///  - if the provided raw form matches the item that was consumed by
///    `item_into_raw`, `item_from_raw` restores the exact item that was
///    consumed by `item_into_raw`.
pub unsafe trait PageTableConfig: Clone + Debug + Send + Sync + 'static {
    
    
    
    
    
    
    /// The type of the page table entry.
    type E: PageTableEntryTrait;

    /// The paging constants.
    type C: PagingConstsTrait;

    /// The item that can be mapped into the virtual memory space using the
    /// page table.
    ///
    /// Usually, this item is a [`crate::mm::Frame`], which we call a "tracked"
    /// frame. The page table can also do "untracked" mappings that only maps
    /// to certain physical addresses without tracking the ownership of the
    /// mapped physical frame. The user of the page table APIs can choose by
    /// defining this type and the corresponding methods [`item_into_raw`] and
    /// [`item_from_raw`].
    ///
    /// [`item_from_raw`]: PageTableConfig::item_from_raw
    /// [`item_into_raw`]: PageTableConfig::item_into_raw
    type Item: RCClone;

    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    // The derived properties of the page table config constants.
    }

// Implement it so that we can comfortably use low level functions
// like `page_size::<C>` without typing `C::C` everywhere.
impl<C: PageTableConfig> PagingConstsTrait for C {
    open spec fn BASE_PAGE_SIZE_spec() -> usize {
        C::C::BASE_PAGE_SIZE_spec()
    }

    fn BASE_PAGE_SIZE() -> usize {
        C::C::BASE_PAGE_SIZE()
    }

    open spec fn NR_LEVELS_spec() -> PagingLevel {
        C::C::NR_LEVELS_spec()
    }

    fn NR_LEVELS() -> PagingLevel {
        proof {
            assert(Self::NR_LEVELS() == C::C::NR_LEVELS());
        }
        C::C::NR_LEVELS()
    }

    
    
    open spec fn PTE_SIZE_spec() -> usize {
        C::C::PTE_SIZE_spec()
    }

    fn PTE_SIZE() -> usize {
        C::C::PTE_SIZE()
    }

    open spec fn ADDRESS_WIDTH_spec() -> usize {
        C::C::ADDRESS_WIDTH_spec()
    }

    fn ADDRESS_WIDTH() -> usize {
        C::C::ADDRESS_WIDTH()
    }

    
    
    proof fn lemma_paging_consts_requirements() {
        C::C::lemma_paging_consts_requirements();
    }
}









// Here are some const values that are determined by the paging constants.




/*
impl PageTable<UserPtConfig> {
    pub fn activate(&self) {
        // SAFETY: The user mode page table is safe to activate since the kernel
        // mappings are shared.
        unsafe {
            self.root.activate();
        }
    }
}*/




/// A trait that abstracts architecture-specific page table entries (PTEs).
///
/// Note that a default PTE should be a PTE that points to nothing.
pub trait PageTableEntryTrait:
    Clone + Copy + Debug + Default + Sized + Pod + PodOnce + Send + Sync + 'static {
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    }



} // verus!
}


use core::{fmt::Debug, ops::Range};

pub use self::{
    io::{
        PodOnce,
    },
};
pub(crate) use crate::arch::mm::PagingConsts;

// Re-export largest_pages from page_table

/// The level of a page table node or a frame.
pub type PagingLevel = u8;

verus! {

/// A minimal set of constants that determines the paging system.
/// This provides an abstraction over most paging modes in common architectures.
pub trait PagingConstsTrait: Clone + Debug + Send + Sync + 'static {
    spec fn BASE_PAGE_SIZE_spec() -> usize;

    /// The smallest page size.
    /// This is also the page size at level 1 page tables.
    #[verifier::when_used_as_spec(BASE_PAGE_SIZE_spec)]
    fn BASE_PAGE_SIZE() -> (res: usize)
        returns
            Self::BASE_PAGE_SIZE(),
    ;

    spec fn NR_LEVELS_spec() -> PagingLevel;

    /// The number of levels in the page table.
    /// The numbering of levels goes from deepest node to the root node. For example,
    /// the level 1 to 5 on AMD64 corresponds to Page Tables, Page Directory Tables,
    /// Page Directory Pointer Tables, Page-Map Level-4 Table, and Page-Map Level-5
    /// Table, respectively.
    #[verifier::when_used_as_spec(NR_LEVELS_spec)]
    fn NR_LEVELS() -> (res: PagingLevel)
        returns
            Self::NR_LEVELS(),
    ;

    
    
    spec fn PTE_SIZE_spec() -> usize;

    /// The size of a PTE.
    #[verifier::when_used_as_spec(PTE_SIZE_spec)]
    fn PTE_SIZE() -> (res: usize)
        returns
            Self::PTE_SIZE(),
    ;

    spec fn ADDRESS_WIDTH_spec() -> usize;

    /// The address width may be BASE_PAGE_SIZE.ilog2() + NR_LEVELS * IN_FRAME_INDEX_BITS.
    /// If it is shorter than that, the higher bits in the highest level are ignored.
    #[verifier::when_used_as_spec(ADDRESS_WIDTH_spec)]
    fn ADDRESS_WIDTH() -> (res: usize)
        returns
            Self::ADDRESS_WIDTH(),
    ;

    
    
    /// The requirements of the paging constants so that the memory management system can work correctly.
    ///
    /// NOTE: The postcondition is designed to be minimal, to actually be used in proofs, call `lemma_paging_consts_properties`
    /// instead to get all the properties that are derived from the requirements.
    ///
    /// FIXME： General architecture support.
    /// All configs in vostd use the same value for the per-config
    /// `NR_LEVELS()` as the architecture-level constant `NR_LEVELS`
    /// (= 4 for x86_64). This is *implicit* in the cursor framework:
    /// `CursorOwner::inv()` hardcodes `self.level <= NR_LEVELS` (const)
    /// for cursors over any `C: PagingConstsTrait`, so a config whose
    /// `NR_LEVELS_spec()` exceeded `NR_LEVELS` would be unusable. This
    /// lemma exposes that equality as a usable fact so generic proofs
    /// can chain `level != C::NR_LEVELS_spec()` to `level < NR_LEVELS`
    /// (e.g. `Cursor::find_next_impl`'s PageTable-branch gate ⟹
    /// `CursorMut::take_next`'s `replace_cur_entry` discharge).
    proof fn lemma_paging_consts_requirements()
        ensures
            0 < Self::BASE_PAGE_SIZE(),
            is_pow2(Self::BASE_PAGE_SIZE() as int),
            Self::NR_LEVELS() > 0,
            is_pow2(Self::PTE_SIZE() as int),
            0 < Self::PTE_SIZE() <= Self::BASE_PAGE_SIZE(),
            0 < Self::ADDRESS_WIDTH() < usize::BITS,
            Self::BASE_PAGE_SIZE().ilog2() + (Self::BASE_PAGE_SIZE() / Self::PTE_SIZE()).ilog2()
                * Self::NR_LEVELS() <= Self::ADDRESS_WIDTH(),
            Self::PTE_SIZE() == core::mem::size_of::<usize>(),
            // The following statement holds for all architectures,
            // but the actual value of the constants may vary.
            // Maybe we can remove this requirement.
            Self::BASE_PAGE_SIZE() == PAGE_SIZE,
            Self::NR_LEVELS() == NR_LEVELS,
            Self::BASE_PAGE_SIZE() / Self::PTE_SIZE() == NR_ENTRIES,
    ;

    /// The derived properties of the paging constants.
    ///
    /// NOTE: Implementations of `PagingConstsTrait` do not need to implement this lemma, the proof is automatically inherited from the default implementation.
    proof fn lemma_paging_consts_properties()
        ensures
    // Derived properties.

            Self::BASE_PAGE_SIZE().ilog2() + (Self::BASE_PAGE_SIZE() / Self::PTE_SIZE()).ilog2() * (
            Self::NR_LEVELS() - 1) <= Self::ADDRESS_WIDTH(),
            0 < Self::BASE_PAGE_SIZE() / Self::PTE_SIZE() <= Self::BASE_PAGE_SIZE(),
            NR_ENTRIES * Self::PTE_SIZE() == PAGE_SIZE,
            // Copied from the postcondition of `lemma_paging_consts_requirements`
            // so that we only need to call this lemma in proofs.
            0 < Self::BASE_PAGE_SIZE(),
            is_pow2(Self::BASE_PAGE_SIZE() as int),
            Self::NR_LEVELS() > 0,
            is_pow2(Self::PTE_SIZE() as int),
            0 < Self::PTE_SIZE() <= Self::BASE_PAGE_SIZE(),
            0 < Self::ADDRESS_WIDTH() < usize::BITS,
            Self::BASE_PAGE_SIZE().ilog2() + (Self::BASE_PAGE_SIZE() / Self::PTE_SIZE()).ilog2()
                * Self::NR_LEVELS() <= Self::ADDRESS_WIDTH(),
            Self::PTE_SIZE() == core::mem::size_of::<usize>(),
            // The following statement holds for all architectures,
            // but the actual value of the constants may vary.
            // Maybe we can remove this requirement.
            Self::BASE_PAGE_SIZE() == PAGE_SIZE,
            Self::NR_LEVELS() == NR_LEVELS,
            Self::BASE_PAGE_SIZE() / Self::PTE_SIZE() == NR_ENTRIES,
    {
        Self::lemma_paging_consts_requirements();
        broadcast use group_div_basics;

    }
}

pub open spec fn page_size_spec(level: PagingLevel) -> usize {
    (PAGE_SIZE * pow2(
        (nr_subpage_per_huge::<PagingConsts>().ilog2() * (level - 1)) as nat,
    )) as usize
}

// /// The page size
// pub const PAGE_SIZE: usize = page_size::<PagingConsts>(1);
/// The page size at a given level.
#[verifier::when_used_as_spec(page_size_spec)]
pub fn page_size(level: PagingLevel) -> (ret: usize)
    requires
        1 <= level <= NR_LEVELS + 1,
    ensures
        ret == page_size_spec(level),
        is_pow2(ret as int),
        ret >= PAGE_SIZE,
{
    proof {
        let index_bits: usize = nr_subpage_per_huge::<PagingConsts>().ilog2() as usize;
        PagingConsts::lemma_paging_consts_properties();
        crate::arch::mm::lemma_nr_subpage_per_huge_eq_nr_entries();
        vstd::layout::unsigned_int_max_values();
        vstd::arithmetic::power2::lemma2_to64();
        vstd::arithmetic::power2::lemma2_to64_rest();
        vstd_extra::external::ilog2::lemma_usize_pow2_ilog2(9);
        let level_index: usize = (level - 1) as usize;
        let shift: usize = (index_bits * level_index) as usize;
        let ghost shift_nat = shift as nat;
        let ghost page_shift = 12nat + shift_nat;

        vstd::arithmetic::power2::lemma_pow2_adds(12, shift_nat);
        if page_shift < 48nat {
            vstd::arithmetic::power2::lemma_pow2_strictly_increases(page_shift, 48nat);
        }
        vstd::bits::lemma_usize_shl_is_mul(PAGE_SIZE, shift);
        vstd_extra::external::ilog2::lemma_usize_pow2_shl_is_pow2(PAGE_SIZE, shift);
    }
    PAGE_SIZE << (nr_subpage_per_huge::<PagingConsts>().ilog2() as usize * (level as usize - 1))
}

#[verifier::inline]
pub open spec fn nr_subpage_per_huge_spec<C: PagingConstsTrait>() -> usize {
    C::BASE_PAGE_SIZE() / C::PTE_SIZE()
}

/// The number of sub pages in a huge page.
#[verifier::when_used_as_spec(nr_subpage_per_huge_spec)]
pub fn nr_subpage_per_huge<C: PagingConstsTrait>() -> (res: usize)
    ensures
        res == nr_subpage_per_huge_spec::<C>(),
{
    proof {
        C::lemma_paging_consts_properties();
    }
    C::BASE_PAGE_SIZE() / C::PTE_SIZE()
}





} // verus!
}
/*pub mod panic;
pub mod prelude;
pub mod smp;*/
// pub mod user;

pub mod specs {
#[allow(unused_parens)]
#[allow(unused_braces)]
#[allow(rustdoc::invalid_rust_codeblocks)]
#[allow(rustdoc::invalid_html_tags)]

pub mod arch {
use vstd::prelude::*;

use vstd::arithmetic::power2::{lemma_pow2_adds, lemma2_to64, lemma2_to64_rest, pow2};
use vstd_extra::prelude::*;



verus! {

// Asterinas is designed for 64-bit architectures.
global size_of usize == 8;

global size_of isize == 8;

// The following constants are the same as those defined in `ostd::arch::mm::x86_64`,
// but we record their actual values for better proof automation.
/// Page size.
pub const PAGE_SIZE: usize = 4096;

/// The maximum number of entries in a page table node
pub const NR_ENTRIES: usize = 512;

/// The maximum level of a page table node.
pub const NR_LEVELS: usize = 4;




} // verus!
verus! {







// Here are some architecture-specific const value properties.
// Any use of this lemma in architecture-independent code should be removed.

} // verus!
}
#[allow(unused_parens)]
#[allow(unused_braces)]
#[allow(rustdoc::invalid_rust_codeblocks)]
#[allow(rustdoc::invalid_html_tags)]
pub mod mm {
pub mod embedding {
//! Deep embedding of the `VmSpace` and `VmReader`/`VmWriter` API.
//!
//! `VmStore` is the abstract state of a caller of these APIs: it holds
//! the [`MetaRegionOwners`] plus a registry of every owner object the
//! caller currently has access to.
//!
//! [`Op`] is an ADT enumerating the public exec API. [`lemma_step`] is the
//! single proof-mode dispatcher; it requires `s.inv()` *and* the
//! per-op precondition [`op_pre`] (which says the ids referenced in
//! `op` resolve to existing entries with the right cross-store
//! relationships). `op_pre` contains all preconditions necessary
//! to dispatch each operation, which makes it the cornerstone of soundness.
//! See its documentation for analysis.
//!
//! # Module layout
//!
//! - [`vm_space`]: ops on the [`crate::mm::vm_space::VmSpace`] type
//!   (`new`, drop).
//! - [`cursor`]: ops on `Cursor` / `CursorMut` (open, drop, `query`,
//!   `find_next`, `jump`, `map`, `unmap`, `protect_next`).
//! - [`io`]: ops on `VmReader` / `VmWriter` (creation, drop, the
//!   user-space and kernel-space IO methods).
//! - [`trace`]: explicit-induction theorems over `Seq<Op>`.
//!
//! # Soundness boundary: `_embedded` axioms
//!
//! Each axiom named `<exec_function_path>_embedded` mirrors the
//! `ensures` clause of one public exec function. Naming is the only
//! mechanism keeping the axiom in sync with its exec counterpart;
//! reviewers touching either side should grep for the partner.
//!
//! # Roadmap — DONE / open work
//!
//! All five originally-deferred items have landed. Shape B for
//! segments is fully active: `Op::SegmentFromUnused` /
//! `Op::SegmentDrop` are in the dispatch, [`accounting_inv`] has the
//! generalised `rc == H + P + cover_count` equation, and
//! [`structural_inv`] carries `raw_count == segment_cover_count` +
//! segment-covered ⟹ Frame-usage + segment range well-formedness.
//!
//! 1. **Strengthen [`crate::specs::mm::frame::meta_owners::MetaSlotOwner::inv`]'s
//!    SHARED branch** — DONE. The branch (`0 < rc <= REF_COUNT_MAX`)
//!    now carries `storage_perm().is_init()` and
//!    `in_list_perm.value() == 0`. The `rc == 1 ⟹ ...` guards
//!    on `storage`/`in_list` in
//!    [`crate::mm::frame::Frame::drop_requires`] were dropped.
//!
//! 2. **`Frame::wf(state)`** — DONE at both layers.
//!    - **Embedding layer**: [`lemma_frame_drop_pre_derivable`]
//!      derives all of [`frame::drop_pre`]'s residuals (rc not in
//!      sentinels, `rc <= REF_COUNT_MAX`, `storage.is_init`,
//!      `in_list == 0`, `rc == 1 ⟹ paths empty`) plus the
//!      `rc == 1 ⟹ handle_count == 1` clause from `s.inv()` + the
//!      `FrameEntry`'s registration + the segment-cover hypothesis.
//!      `op_pre[FrameDrop]` and `lemma_step_frame_drop` shrink to
//!      id-existence + segment-cover only.
//!    - **Exec layer**: [`crate::mm::frame::Frame::wf_with_region`]
//!      packages the per-handle cross-object validity (slot/pointer
//!      identity + SHARED rc bounds — `> 0 ∧ ≠ UNUSED ∧ ≠ UNIQUE
//!      ∧ ≤ MAX`). `Frame::drop_requires` is refactored to read
//!      `self.wf_with_region(s) ∧ raw_count == 0 ∧ rc == 1 ⟹ paths empty`,
//!      which keeps the drop-specific bits explicit while
//!      consolidating the static "this Frame is valid against
//!      this state" conjuncts.
//!    - `clone_requires` not refactored: would cascade into
//!      `PageTableConfig::lemma_clone_requires_concrete` (a trait method
//!      with multiple implementors); left explicit to keep the
//!      change local.
//!    - **Preservation of `wf_with_region` (FUTURE).** `Frame::wf_with_region`'s
//!      preservation across drops of *other* handles at the same slot
//!      is currently informal (claimed in the docstring; no
//!      machine-checked proof). To prove it, every `Frame<M>` needs a
//!      tracked ghost "reference-count share" certificate that proves
//!      "I contribute 1 to my slot's `rc`," combined with an aggregate
//!      invariant on `MetaSlotOwner` saying `held_shares == rc.value()`.
//!      Recommended primitive:
//!      [`vstd_extra::resource::ghost_resource::count_ghost::Token`]
//!      (alias for `CountGhost<(), TOTAL>`) with
//!      `TOTAL = REF_COUNT_MAX`. The resource framework provides
//!      `split` / `combine` / `agree` / `bounded` pre-proven; the
//!      Frame side adds a `Tracked<Token<MAX>>` field and the
//!      `MetaSlotOwner` side adds a
//!      `CountGhostResource<(), MAX>` aggregate of remaining shares
//!      with the linking invariant `rc.value() + remaining == MAX`.
//!      Cursor map / unmap axioms gain share-juggling clauses
//!      (`paths_in_pt += 1` ↔ split off 1 share). The math is proven
//!      by vstd_extra; the integration is a multi-day refactor with
//!      cascading effects on every `MetaRegionOwners` consumer.
//!      The embedding's `handle_count` already provides the equivalent
//!      property at the abstract level, so this is only needed if
//!      downstream code outside the embedding's tracking needs
//!      `Frame::wf_with_region` preservation proofs.
//!
//! 3a. **Op::Map consumes a `FrameId`** — DONE. `Op::Map { c, fid,
//!     prop }` extracts the matching `FrameEntry` (so `H` at the
//!     mapped slot decrements by 1, paired with the cursor axiom's
//!     `paths_in_pt += 1` at the same slot). Combined with the
//!     `cursor_mut_map_embedded` axiom's per-slot ensures (rc / usage
//!     / storage preserved at target, changed-slots ⟹ PT-node ⟹
//!     `usage != Frame`), [`accounting_inv`]'s Frame-scoped equation
//!     `rc == H + P` chains.
//!
//! 3b. **Op::Query clone modeling** — DONE. The `cursor_query_embedded`
//!     axiom now returns `Option<Paddr>`: `Some(paddr)` when query
//!     resolved a tracked leaf and `clone_item` bumped `rc` at that
//!     slot; `None` otherwise (out-of-range / no leaf / MMIO leaf).
//!     [`lemma_step_query`] consumes the paddr to register a fresh
//!     `FrameEntry` so `H` at the cloned slot grows in lockstep with
//!     `rc`, keeping `accounting_inv`'s `rc == H + P` chained.
//!
//! 4. **Strengthen `cursor_mut_unmap_embedded`** — DONE. The axiom
//!    now mirrors exec: universal preservation of
//!    `raw_count`/`in_list`/`usage`/`slot_vaddr`/`vtable_ptr`;
//!    storage preserved at slots ending non-UNUSED; rc doesn't bump
//!    to UNIQUE; at Frame slots the "non-mapping count"
//!    `rc - paths.len` is invariant with both monotonically non-
//!    increasing, and post `rc != 0` (Frame teardown collapses
//!    `rc==0` to `REF_COUNT_UNUSED` atomically); MMIO slots are
//!    untouched (preserving the `MetaSlotOwner::inv` MMIO exception
//!    that allows non-empty `paths_in_pt` at UNUSED).
//!    [`lemma_step_unmap`] discharges accounting via case-splits on
//!    Frame / non-Frame / MMIO.
//!
//! 5. **Shape-B segments** — base + split landed; the rest is
//!    documented with status per op.
//!    - **`from_unused` / `drop`** — DONE. Allocate a segment over a
//!      contiguous range of UNUSED frames, and release the segment's
//!      forgotten references with per-frame teardown.
//!    - **`split`** — DONE. Partition the segment at a page-aligned
//!      offset; `regions` is unchanged because per-paddr
//!      `cover_count` is invariant under the partition.
//!      [`lemma_segment_cover_split`] proves the per-paddr
//!      invariance.
//!    - **`clone`** — DONE. Produce a second handle covering the same
//!      range as `sid`; per covered paddr `cover_count += 1` and
//!      `rc += 1` (`H` unchanged), so the accounting equation chains.
//!    - **`next`** — DONE. The conversion bridge between
//!      segment-held forgotten references and user-held `Frame<M>`
//!      handles. Per-paddr at the popped slot: `raw_count -= 1`,
//!      `cover_count -= 1`, `H += 1`, `rc` unchanged. The
//!      accounting equation `rc == H + P + cover_count` chains in
//!      lockstep because H and cover decrement/increment together;
//!      structural `raw_count == cover_count` chains via
//!      [`lemma_segment_cover_shrink_front`].
//!    - **`slice`** — DONE. Like `clone` but over a sub-range: insert a
//!      fresh `SegmentEntry` covering `sub_range` and bump `cover_count`
//!      / `rc` for each frame inside it. `clone` is the special case
//!      `sub_range == sid`'s range.
//!    - **`into_raw` / `from_raw`** — `pub(crate)` only in exec, so
//!      the embedding can ignore them.
pub mod cursor {
//! Embedding of `Cursor` / `CursorMut` operations: open, drop,
//! navigation (query/find_next/jump), and mutation
//! (map/unmap/protect_next).
//!
//! Per-op steps operate on tracked owners directly — no store lookups,
//! no preconditions on store membership, no `if`-guards. The store-side
//! extract / insert and id-management lives in
//! [`super::VmStore`]'s methods and the [`super::lemma_step`] dispatcher.
//!
//! # Mirroring exec preconditions
//!
//! Each `_embedded` axiom carries the same `requires` as its exec
//! counterpart, expressed against our model. The expressible parts are:
//!
//! - `owner.inv()`, `owner.children_not_locked(guards)`,
//!   `owner.nodes_locked(guards)`, `!owner.popped_too_high` —
//!   bundled as `CursorEntry::inv` (entry-side); see [`super::CursorEntry`].
//! - `owner.in_locked_range()` — NOT a precondition of `query`, `jump`,
//!   or `map`: each handles an out-of-range cursor itself (graceful
//!   `Err` for `query`; a faithful `panic_diverge` otherwise) and
//!   re-derives `in_locked_range` internally. `protect_next` still
//!   requires it; see exec clauses.
//! - `regions.inv()`, `owner.metaregion_sound(regions)` — passed via
//!   `&mut regions`.
//! - `tlb_model.inv()` — passed via `&mut tlb_model` to `map` / `unmap`.
//!
//! # Model gaps
//!
//! - **Exec `Cursor` handle**: the exec `Cursor::invariants` requires
//!   `self.inv()` and `self.wf(owner)` over the runtime `Cursor`
//!   struct. Our embedding doesn't carry that handle (it's tied to the
//!   `&'rcu RCU guard` reference, not constructible in pure ghost
//!   mode), so these conjuncts are MODEL GAPS. Owner-side state
//!   already mirrors handle state (`owner.va`, `owner.level`,
//!   `owner.guard_level`), so `wf(owner)` is essentially tautological
//!   if we postulate the handle's existence; `inv()` follows from
//!   `owner.inv()` plus this projection.
//! - **`item_wf` on map**: the exec [`crate::mm::vm_space::CursorMut::map`]
//!   requires `old(self).item_wf(frame, prop, entry_owner, *old(regions))`,
//!   which constrains a separate `EntryOwner<UserPtConfig>` argument
//!   produced by cursor traversal. We don't model `EntryOwner` here.
//! - **`protect_next` closure preconditions**: the exec method takes a
//!   closure `op: impl FnOnce(PageProperty) -> PageProperty` with
//!   `forall |p| op.requires((p,))` plus a trackedness-preservation
//!   constraint. Our `Op::ProtectNext` doesn't carry the closure.


use crate::specs::{
    arch::*,
};



verus! {

// =============================================================================
// _embedded axioms
// =============================================================================






// =============================================================================
// dispatch tags + step proofs
// =============================================================================










} // verus!
}



use crate::specs::{
    arch::*,
};


verus! {

// =============================================================================
// Types
// =============================================================================
























// =============================================================================
// Op enum + per-op precondition
// =============================================================================


// =============================================================================
// Store helpers: extract / insert. These are the *only* functions that
// have preconditions about store membership; per-op steps don't.
// =============================================================================

// =============================================================================
// One-step soundness theorem.
// =============================================================================

// --- Per-arm proof helpers (kept individually so SMT context stays small) ---












// Helper: snapshot the pre-step segments map. Defined as a no-op
// inline spec to give the discharge proofs a stable handle on the
// pre-state when `s.segments` is unchanged.
































// =============================================================================
// Internal helpers: fresh-id picking and tracked entry constructors.
// =============================================================================

















} // verus!
}
pub mod frame {
pub mod meta_owners {
//! The model of a metadata slot. It includes:
//! - The model of the metadata slot: `MetaSlotModel`.
//! - The invariants for both MetaSlot and MetaSlotModel.
//! - The primitives for MetaSlot.





verus! {

























} // verus!
}
}
pub mod page_table {

pub mod cursor {
pub mod owners {



use crate::specs::{
    arch::*,
    mm::{
        page_table::{
            AbstractVaddr, cursor::page_size_lemmas::{
                lemma_page_size_ge_page_size, lemma_page_size_spec_level1,
            },
            owners::*,
        },
    },
};

use crate::mm::{
    PagingConstsTrait, PagingLevel, Vaddr,
    nr_subpage_per_huge,
    page_size,
    page_table::*,
};

verus! {


















} // verus!
}
pub mod page_size_lemmas {
use vstd::prelude::*;

use crate::specs::arch::*;

use crate::arch::mm::PagingConsts;
use crate::mm::{PagingLevel, Vaddr, nr_subpage_per_huge, page_size};

verus! {

// ─── page_size(1) ──────────────────────────────────────────────────────
/// page_size(1) == PAGE_SIZE.
pub proof fn lemma_page_size_spec_level1()
    ensures
        page_size(1) == PAGE_SIZE,
{
    vstd::arithmetic::mul::lemma_mul_by_zero_is_zero(
        nr_subpage_per_huge::<PagingConsts>().ilog2() as int,
    );
    broadcast use vstd::arithmetic::power2::lemma_pow2;

    vstd::arithmetic::power::lemma_pow0(2int);
}

// ─── VA alignment ────────────────────────────────────────────────────────────



/// For any level in [1, NR_LEVELS+1], the page size is at least PAGE_SIZE.
pub proof fn lemma_page_size_ge_page_size(level: PagingLevel)
    requires
        1 <= level <= NR_LEVELS + 1,
    ensures
        page_size(level) >= PAGE_SIZE,
{
    lemma_page_size_spec_values();
}


pub proof fn lemma_page_size_spec_values()
    ensures
        page_size(1) == 4096,
        page_size(2) == 2097152,
        page_size(3) == 1073741824,
        page_size(4) == 549755813888,
        page_size(5) == 281474976710656,
{
    lemma_page_size_spec_level1();
    vstd_extra::external::ilog2::lemma_usize_ilog2_to32();
    vstd::arithmetic::power2::lemma2_to64();
    vstd::arithmetic::power2::lemma2_to64_rest();
    vstd::bits::lemma_usize_pow2_no_overflow(48);
}








} // verus!
}

pub use owners::*;
pub use page_size_lemmas::*;
}
pub mod node {
pub mod entry_owners {



use crate::specs::{
    arch::*,
    mm::{
        page_table::{node::entry_view::*, *},
    },
};

use crate::mm::{
    PagingConstsTrait, PagingLevel, Vaddr,
    page_table::*,
};

verus! {










} // verus!
}
pub mod entry_view {



use crate::specs::arch::{NR_ENTRIES, NR_LEVELS, PAGE_SIZE, *};

use crate::mm::{
    PagingConstsTrait, PagingLevel, Vaddr, page_size, page_table::*,
};

verus! {














} // verus!
}
pub mod owners {


use crate::specs::{
    arch::{NR_ENTRIES, NR_LEVELS},
    mm::{
        frame::{
            meta_owners::*,
        },
    },
};

use crate::mm::{
    PagingConstsTrait, PagingLevel, Vaddr,
    page_table::{*},
};

verus! {

// ─── Present-PTE counting ──────────────────────────────────────────────────────
// The intended meaning of `nr_children`: the number of *present* PTEs in the
// node's `children_perm` array. `metaregion_sound_node` ties `nr_children` to
// `count_present(children_perm.value())` (a settled-node invariant), which lets
// the `nr_children_*_slot_bound` boundary facts be proven rather than axiomatized.


























} // verus!
}

pub use entry_owners::*;
pub use entry_view::*;
pub use owners::*;






verus! {








} // verus!
}
mod owners {
use core::ops::{Deref, Range};

use vstd::prelude::*;

use vstd::{arithmetic::power2::pow2, seq::*, seq_lib::*, set_lib::*};
use vstd_extra::{drop_tracking::*, ghost_tree::*, ownership::*, prelude::TreeNodeValue};

use crate::specs::{
    arch::*,
    mm::{
        page_table::{
            cursor::page_size_lemmas::{
                lemma_page_size_ge_page_size, lemma_page_size_spec_values,
            },
            *,
        },
    },
};


verus! {

broadcast use group_ghost_tree_lemmas;

#[verifier::inline]
pub open spec fn vaddr_shift_bits<const L: usize>(idx: int) -> nat
    recommends
        0 < L,
        idx < L,
{
    (12 + 9 * (L - 1 - idx)) as nat
}

#[verifier::inline]
pub open spec fn vaddr_shift<const L: usize>(idx: int) -> usize
    recommends
        0 < L,
        idx < L,
{
    pow2(vaddr_shift_bits::<L>(idx)) as usize
}

#[verifier::inline]
pub open spec fn vaddr_make<const L: usize>(idx: int, offset: usize) -> usize
    recommends
        0 < L,
        idx < L,
        0 <= offset < 512,
{
    (vaddr_shift::<L>(idx) * offset) as usize
}

pub open spec fn rec_vaddr(path: TreePath<NR_ENTRIES>, idx: int) -> usize
    decreases path.len() - idx,
    when 0 <= idx <= path.len()
{
    if idx == path.len() {
        0
    } else {
        let offset = path[idx] as usize;
        (vaddr_make::<NR_LEVELS>(idx, offset) + rec_vaddr(path, idx + 1)) as usize
    }
}

pub open spec fn vaddr(path: TreePath<NR_ENTRIES>) -> usize {
    rec_vaddr(path, 0)
}




















} // verus!
}

pub use cursor::*;
pub use node::*;
pub use owners::*;

use core::ops::Range;

use align_ext::AlignExt;

use vstd::prelude::*;
use vstd::std_specs::range::RangeInclusiveView;

use vstd::arithmetic::power2::{lemma_pow2_adds, lemma2_to64, lemma2_to64_rest, pow2};
use vstd_extra::{arithmetic::*, ghost_tree::TreePath, ownership::*, prelude::*};

use crate::specs::arch::*;

use crate::mm::{
    PagingConsts, PagingConstsTrait, PagingLevel, Vaddr, nr_subpage_per_huge, page_size, page_table::PageTableConfig,
};

verus! {








/// An abstract representation of a virtual address as a sequence of indices, representing the
/// values of the bit-fields that index into each level of the page table.
/// - `offset` is the lowest 12 bits (the offset into a 4096 byte page).
/// - `index[0]` is the next 9 bits, `index[1]` the 9 above that, up to
///   `index[NR_LEVELS-1]`, covering a total of `12 + 9 * NR_LEVELS = 48` bits.
/// - `leading_bits` holds whatever's in bits `[48, 64)` of the original `Vaddr`.
///   For canonical x86_64 addresses this is either `0` (user half) or the
///   sign-extended high bits (kernel half, e.g. `0xffff`). `next_index`
///   carries into `leading_bits` on overflow at `NR_LEVELS`, so `align_up`
///   preserves `inv()` for any cursor state that stays inside the 64-bit
///   address space.
pub ghost struct AbstractVaddr {
    pub offset: int,
    pub index: Map<int, int>,
    pub leading_bits: int,
}

impl Inv for AbstractVaddr {
    open spec fn inv(self) -> bool {
        &&& 0 <= self.offset
            < PAGE_SIZE
        // `index` has exactly `[0, NR_LEVELS)` as its domain.
        &&& self.index.dom() =~= Set::<int>::range(0, NR_LEVELS as int)
        &&& forall|i: int|
            #![trigger self.index.contains_key(i)]
            0 <= i < NR_LEVELS ==> {
                &&& self.index.contains_key(i)
                &&& 0 <= self.index[i] < NR_ENTRIES
            }
            // `leading_bits` is the 16-bit slot above the 48-bit positional body.
        &&& 0 <= self.leading_bits < 0x1_0000int
    }
}

impl AbstractVaddr {
    /// Extract the AbstractVaddr components from a concrete virtual address.
    /// - offset = lowest 12 bits
    /// - index[i] = bits (12 + 9*i) to (12 + 9*(i+1) - 1) for each level
    /// - leading_bits = bits [48, 64)
    pub open spec fn from_vaddr(va: Vaddr) -> Self {
        AbstractVaddr {
            offset: (va % PAGE_SIZE) as int,
            index: Map::new(
                Set::<int>::range(0, NR_LEVELS as int),
                |i: int| ((va / pow2((12 + 9 * i) as nat) as usize) % NR_ENTRIES) as int,
            ),
            leading_bits: (va as int / 0x1_0000_0000_0000int),
        }
    }

    
    /// Reconstruct the concrete virtual address from the AbstractVaddr components.
    /// va = offset + sum(index[i] * 2^(12 + 9*i)) + leading_bits * 2^48
    pub open spec fn to_vaddr(self) -> Vaddr {
        (self.offset + self.to_vaddr_indices(0) + self.leading_bits
            * 0x1_0000_0000_0000int) as Vaddr
    }

    /// Helper: sum of index[i] * 2^(12 + 9*i) for i in start..NR_LEVELS
    pub open spec fn to_vaddr_indices(self, start: int) -> int
        decreases NR_LEVELS - start,
        when start <= NR_LEVELS
    {
        if start >= NR_LEVELS {
            0
        } else {
            self.index[start] * pow2((12 + 9 * start) as nat) + self.to_vaddr_indices(start + 1)
        }
    }

    /// reflect(self, va) holds when self is the abstract representation of va.
    pub open spec fn reflect(self, va: Vaddr) -> bool {
        self == Self::from_vaddr(va)
    }

    /// If self reflects va, then self.to_vaddr() == va and self == from_vaddr(va).
    /// The first ensures requires proving the round-trip property: from_vaddr(va).to_vaddr() == va.
    pub broadcast proof fn reflect_prop(self, va: Vaddr)
        requires
            self.inv(),
            self.reflect(va),
        ensures
            #[trigger] self.to_vaddr() == va,
            #[trigger] Self::from_vaddr(va) == self,
    {
        // self.reflect(va) means self == from_vaddr(va)
        // So self.to_vaddr() == from_vaddr(va).to_vaddr()
        // We need: from_vaddr(va).to_vaddr() == va (round-trip property)
        Self::from_vaddr_to_vaddr_roundtrip(va);
    }

    /// Round-trip property: extracting and reconstructing a VA gives back the original.
    ///
    /// With `leading_bits` carrying the high 16 bits of the VA, this now
    /// holds **unconditionally** for any 64-bit `Vaddr` — the positional
    /// decomposition covers all 64 bits (12 offset + 4×9 index + 16 top).
    pub proof fn from_vaddr_to_vaddr_roundtrip(va: Vaddr)
        ensures
            Self::from_vaddr(va).to_vaddr() == va,
    {
        vstd::arithmetic::power2::lemma2_to64();
        vstd::arithmetic::power2::lemma2_to64_rest();
        let abs = Self::from_vaddr(va);
        assert(abs.to_vaddr_indices(4) == 0);
        assert(abs.to_vaddr_indices(3) == abs.index[3] * pow2(39nat) + abs.to_vaddr_indices(4));
        assert(abs.to_vaddr_indices(2) == abs.index[2] * pow2(30nat) + abs.to_vaddr_indices(3));
        assert(abs.to_vaddr_indices(1) == abs.index[1] * pow2(21nat) + abs.to_vaddr_indices(2));
        assert(abs.to_vaddr_indices(0) == abs.index[0] * pow2(12nat) + abs.to_vaddr_indices(1));
        assert(va == (va % 4096usize) + ((va / 4096usize) % 512usize) * 4096usize + ((va
            / 0x20_0000usize) % 512usize) * 0x20_0000usize + ((va / 0x4000_0000usize) % 512usize)
            * 0x4000_0000usize + ((va / 0x80_0000_0000usize) % 512usize) * 0x80_0000_0000usize + (va
            / 0x1_0000_0000_0000usize) * 0x1_0000_0000_0000usize) by (bit_vector);
    }

    
    /// If self.inv(), then self reflects self.to_vaddr().
    pub broadcast proof fn reflect_to_vaddr(self)
        requires
            self.inv(),
        ensures
            #[trigger] self.reflect(self.to_vaddr()),
    {
        Self::to_vaddr_from_vaddr_roundtrip(self);
    }

    /// Inverse round-trip: reconstruct then extract gives back the
    /// original `AbstractVaddr`.
    pub proof fn to_vaddr_from_vaddr_roundtrip(abs: Self)
        requires
            abs.inv(),
        ensures
            Self::from_vaddr(abs.to_vaddr()) == abs,
    {
        vstd::arithmetic::power2::lemma2_to64();
        vstd::arithmetic::power2::lemma2_to64_rest();
        abs.to_vaddr_bounded();
        assert(abs.to_vaddr_indices(4) == 0);
        assert(abs.to_vaddr_indices(3) == abs.index[3] * pow2(39nat) + abs.to_vaddr_indices(4));
        assert(abs.to_vaddr_indices(2) == abs.index[2] * pow2(30nat) + abs.to_vaddr_indices(3));
        assert(abs.to_vaddr_indices(1) == abs.index[1] * pow2(21nat) + abs.to_vaddr_indices(2));
        assert(abs.to_vaddr_indices(0) == abs.index[0] * pow2(12nat) + abs.to_vaddr_indices(1));

        assert(abs.index.contains_key(0));
        assert(abs.index.contains_key(1));
        assert(abs.index.contains_key(2));
        assert(abs.index.contains_key(3));
        let i0 = abs.index[0] as usize;
        let i1 = abs.index[1] as usize;
        let i2 = abs.index[2] as usize;
        let i3 = abs.index[3] as usize;
        let o = abs.offset as usize;
        let tb = abs.leading_bits as usize;
        let va = abs.to_vaddr();
        assert(va == o + i0 * 4096usize + i1 * 0x20_0000usize + i2 * 0x4000_0000usize + i3
            * 0x80_0000_0000usize + tb * 0x1_0000_0000_0000usize);

        assert(va % 4096usize == o) by (bit_vector)
            requires
                va == o + i0 * 4096usize + i1 * 0x20_0000usize + i2 * 0x4000_0000usize + i3
                    * 0x80_0000_0000usize + tb * 0x1_0000_0000_0000usize,
                o < 4096usize,
                i0 < 512usize,
                i1 < 512usize,
                i2 < 512usize,
                i3 < 512usize,
                tb < 0x1_0000usize,
        ;
        assert((va / 4096usize) % 512usize == i0) by (bit_vector)
            requires
                va == o + i0 * 4096usize + i1 * 0x20_0000usize + i2 * 0x4000_0000usize + i3
                    * 0x80_0000_0000usize + tb * 0x1_0000_0000_0000usize,
                o < 4096usize,
                i0 < 512usize,
                i1 < 512usize,
                i2 < 512usize,
                i3 < 512usize,
                tb < 0x1_0000usize,
        ;
        assert((va / 0x20_0000usize) % 512usize == i1) by (bit_vector)
            requires
                va == o + i0 * 4096usize + i1 * 0x20_0000usize + i2 * 0x4000_0000usize + i3
                    * 0x80_0000_0000usize + tb * 0x1_0000_0000_0000usize,
                o < 4096usize,
                i0 < 512usize,
                i1 < 512usize,
                i2 < 512usize,
                i3 < 512usize,
                tb < 0x1_0000usize,
        ;
        assert((va / 0x4000_0000usize) % 512usize == i2) by (bit_vector)
            requires
                va == o + i0 * 4096usize + i1 * 0x20_0000usize + i2 * 0x4000_0000usize + i3
                    * 0x80_0000_0000usize + tb * 0x1_0000_0000_0000usize,
                o < 4096usize,
                i0 < 512usize,
                i1 < 512usize,
                i2 < 512usize,
                i3 < 512usize,
                tb < 0x1_0000usize,
        ;
        assert((va / 0x80_0000_0000usize) % 512usize == i3) by (bit_vector)
            requires
                va == o + i0 * 4096usize + i1 * 0x20_0000usize + i2 * 0x4000_0000usize + i3
                    * 0x80_0000_0000usize + tb * 0x1_0000_0000_0000usize,
                o < 4096usize,
                i0 < 512usize,
                i1 < 512usize,
                i2 < 512usize,
                i3 < 512usize,
                tb < 0x1_0000usize,
        ;
        assert(va / 0x1_0000_0000_0000usize == tb) by (bit_vector)
            requires
                va == o + i0 * 4096usize + i1 * 0x20_0000usize + i2 * 0x4000_0000usize + i3
                    * 0x80_0000_0000usize + tb * 0x1_0000_0000_0000usize,
                o < 4096usize,
                i0 < 512usize,
                i1 < 512usize,
                i2 < 512usize,
                i3 < 512usize,
                tb < 0x1_0000usize,
        ;

        let back = Self::from_vaddr(va);
        assert forall|i: int| 0 <= i < NR_LEVELS implies #[trigger] back.index[i]
            == abs.index[i] by {
            if i == 0 {
            } else if i == 1 {
            } else if i == 2 {
            } else if i == 3 {
            }
        }
        assert(back.index == abs.index);
    }

    
    pub open spec fn align_down(self, level: int) -> Self
        decreases level,
        when level >= 1
    {
        if level == 1 {
            AbstractVaddr { offset: 0, ..self }
        } else {
            let tmp = self.align_down(level - 1);
            AbstractVaddr { index: tmp.index.insert(level - 2, 0), ..tmp }
        }
    }

    proof fn lemma_zero_offset_preserves_inv(self)
        requires
            self.inv(),
        ensures
            (AbstractVaddr { offset: 0, ..self }).inv(),
    {
        let new = AbstractVaddr { offset: 0, ..self };
        assert(new.index == self.index);
        assert forall|i: int| #![trigger new.index.contains_key(i)] 0 <= i < NR_LEVELS implies {
            &&& new.index.contains_key(i)
            &&& 0 <= new.index[i] < NR_ENTRIES
        } by {
            assert(self.index.contains_key(i));
        }
    }

    /// Updating one valid page-table index with an in-range value preserves the VA invariant.
    pub proof fn lemma_insert_preserves_inv(self, index: int, value: int)
        requires
            self.inv(),
            0 <= index < NR_LEVELS,
            0 <= value < NR_ENTRIES,
        ensures
            (AbstractVaddr { index: self.index.insert(index, value), ..self }).inv(),
    {
        let new = AbstractVaddr { index: self.index.insert(index, value), ..self };
        assert(new.index.dom() == Set::<int>::range(0, NR_LEVELS as int));
        assert forall|i: int| #![trigger new.index.contains_key(i)] 0 <= i < NR_LEVELS implies {
            &&& new.index.contains_key(i)
            &&& 0 <= new.index[i] < NR_ENTRIES
        } by {
            if i != index {
                assert(self.index.contains_key(i));
            }
        }
    }

    proof fn lemma_insert_zero_preserves_inv(self, index: int)
        requires
            self.inv(),
            0 <= index < NR_LEVELS,
        ensures
            (AbstractVaddr { index: self.index.insert(index, 0), ..self }).inv(),
    {
        self.lemma_insert_preserves_inv(index, 0);
    }

    pub proof fn align_down_inv(self, level: int)
        requires
            1 <= level <= NR_LEVELS,
            self.inv(),
        ensures
            self.align_down(level).inv(),
            forall|i: int|
                level <= i < NR_LEVELS ==> #[trigger] self.index[i - 1] == self.align_down(
                    level,
                ).index[i - 1],
        decreases level,
    {
        if level == 1 {
            self.lemma_zero_offset_preserves_inv();

        } else {
            let tmp = self.align_down(level - 1);
            self.align_down_inv(level - 1);
            tmp.lemma_insert_zero_preserves_inv(level - 2);
        }
    }

    pub proof fn align_down_leading_bits(self, level: int)
        requires
            1 <= level <= NR_LEVELS,
        ensures
            self.align_down(level).leading_bits == self.leading_bits,
        decreases level,
    {
        if level > 1 {
            self.align_down_leading_bits(level - 1);
        }
    }

    pub proof fn align_down_shape(self, level: int)
        requires
            1 <= level <= NR_LEVELS,
            self.inv(),
        ensures
            self.align_down(level).inv(),
            self.align_down(level).offset == 0,
            forall|i: int| 0 <= i < level - 1 ==> #[trigger] self.align_down(level).index[i] == 0,
            forall|i: int|
                level - 1 <= i < NR_LEVELS ==> #[trigger] self.align_down(level).index[i]
                    == self.index[i],
        decreases level,
    {
        self.align_down_inv(level);
        if level == 1 {
        } else {
            let tmp = self.align_down(level - 1);
            self.align_down_shape(level - 1);
            let new = self.align_down(level);

            assert forall|i: int| #![trigger new.index.contains_key(i)] 0 <= i < NR_LEVELS implies {
                &&& new.index.contains_key(i)
                &&& 0 <= new.index[i]
                &&& new.index[i] < NR_ENTRIES
            } by {
                if i != level - 2 {
                }
            }
        }
    }

    pub proof fn to_vaddr_indices_drop_zero_range(self, from: int, to: int)
        requires
            self.inv(),
            0 <= from <= to <= NR_LEVELS,
            forall|i: int| from <= i < to ==> self.index[i] == 0,
        ensures
            self.to_vaddr_indices(from) == self.to_vaddr_indices(to),
        decreases to - from,
    {
        if from < to {
            self.to_vaddr_indices_drop_zero_range(from + 1, to);
        }
    }

    pub proof fn to_vaddr_indices_eq_if_indices_eq(self, other: Self, start: int)
        requires
            self.inv(),
            other.inv(),
            0 <= start <= NR_LEVELS,
            forall|i: int| start <= i < NR_LEVELS ==> self.index[i] == other.index[i],
        ensures
            self.to_vaddr_indices(start) == other.to_vaddr_indices(start),
        decreases NR_LEVELS - start,
    {
        if start < NR_LEVELS {
            self.to_vaddr_indices_eq_if_indices_eq(other, start + 1);
        }
    }

    
    /// The aligned form is a multiple of `page_size(level)` and the difference from `self.to_vaddr()`
    /// is the low-order bits (offset + indices below `level - 1`), which is strictly less than
    /// `page_size(level)`.
    proof fn align_down_to_vaddr_arith(self, level: int)
        requires
            self.inv(),
            1 <= level <= NR_LEVELS,
        ensures
            self.align_down(level).to_vaddr() as int % page_size(level as PagingLevel) as int == 0,
            0 <= self.to_vaddr() - self.align_down(level).to_vaddr(),
            self.to_vaddr() - self.align_down(level).to_vaddr() < page_size(level as PagingLevel),
    {
        let aligned = self.align_down(level);
        vstd::arithmetic::power2::lemma2_to64();
        vstd::arithmetic::power2::lemma2_to64_rest();
        lemma_page_size_spec_values();
        vstd_extra::external::ilog2::lemma_usize_ilog2_to32();

        self.align_down_shape(level);
        self.align_down_leading_bits(level);
        self.to_vaddr_bounded();
        aligned.to_vaddr_bounded();

        // aligned.to_vaddr_indices(0) == self.to_vaddr_indices(level - 1).
        aligned.to_vaddr_indices_drop_zero_range(0, level - 1);
        aligned.to_vaddr_indices_eq_if_indices_eq(self, level - 1);

        // Unroll to_vaddr_indices against concrete pow2 values so bit_vector can reason.
        let o = self.offset;
        let lb = self.leading_bits;
        assert(self.index.contains_key(0));
        assert(self.index.contains_key(1));
        assert(self.index.contains_key(2));
        assert(self.index.contains_key(3));
        let i0 = self.index[0];
        let i1 = self.index[1];
        let i2 = self.index[2];
        let i3 = self.index[3];
        assert(self.to_vaddr_indices(4) == 0);
        assert(self.to_vaddr_indices(3) == i3 * 0x80_0000_0000int);
        assert(self.to_vaddr_indices(2) == i2 * 0x4000_0000int + i3 * 0x80_0000_0000int);
        assert(self.to_vaddr_indices(1) == i1 * 0x20_0000int + i2 * 0x4000_0000int + i3
            * 0x80_0000_0000int);
        assert(self.to_vaddr_indices(0) == i0 * 0x1000int + i1 * 0x20_0000int + i2 * 0x4000_0000int
            + i3 * 0x80_0000_0000int);

        let va = self.to_vaddr() as int;
        let av = aligned.to_vaddr() as int;
        let ps = page_size(level as PagingLevel) as int;

        // Both va and av fit in [0, 2^64) by to_vaddr_bounded.
        assert(va == o + self.to_vaddr_indices(0) + lb * 0x1_0000_0000_0000int);
        assert(av == 0 + self.to_vaddr_indices(level - 1) + lb * 0x1_0000_0000_0000int);

        // Case-split on level to discharge the arithmetic.
        let diff = va - av;
        if level == 1 {
            assert(ps == 0x1000);
            assert(diff == o);
            assert(av % ps == 0) by (nonlinear_arith)
                requires
                    av == i0 * 0x1000int + i1 * 0x20_0000int + i2 * 0x4000_0000int + i3
                        * 0x80_0000_0000int + lb * 0x1_0000_0000_0000int,
                    ps == 0x1000,
            ;
        } else if level == 2 {
            assert(ps == 0x20_0000);
            assert(diff == o + i0 * 0x1000int);
            assert(0 <= diff < ps) by (nonlinear_arith)
                requires
                    diff == o + i0 * 0x1000int,
                    0 <= o < 4096,
                    0 <= i0 < 512,
                    ps == 0x20_0000,
            ;
            assert(av % ps == 0) by (nonlinear_arith)
                requires
                    av == i1 * 0x20_0000int + i2 * 0x4000_0000int + i3 * 0x80_0000_0000int + lb
                        * 0x1_0000_0000_0000int,
                    ps == 0x20_0000,
            ;
        } else if level == 3 {
            assert(ps == 0x4000_0000);
            assert(diff == o + i0 * 0x1000int + i1 * 0x20_0000int);
            assert(0 <= diff < ps) by (nonlinear_arith)
                requires
                    diff == o + i0 * 0x1000int + i1 * 0x20_0000int,
                    0 <= o < 4096,
                    0 <= i0 < 512,
                    0 <= i1 < 512,
                    ps == 0x4000_0000,
            ;
            assert(av % ps == 0) by (nonlinear_arith)
                requires
                    av == i2 * 0x4000_0000int + i3 * 0x80_0000_0000int + lb * 0x1_0000_0000_0000int,
                    ps == 0x4000_0000,
            ;
        } else {
            assert(ps == 0x80_0000_0000);
            assert(diff == o + i0 * 0x1000int + i1 * 0x20_0000int + i2 * 0x4000_0000int);
            assert(0 <= diff < ps) by (nonlinear_arith)
                requires
                    diff == o + i0 * 0x1000int + i1 * 0x20_0000int + i2 * 0x4000_0000int,
                    0 <= o < 4096,
                    0 <= i0 < 512,
                    0 <= i1 < 512,
                    0 <= i2 < 512,
                    ps == 0x80_0000_0000,
            ;
            assert(av % ps == 0) by (nonlinear_arith)
                requires
                    av == i3 * 0x80_0000_0000int + lb * 0x1_0000_0000_0000int,
                    ps == 0x80_0000_0000,
            ;
        }
    }

    /// Concrete relation: `align_down(level).to_vaddr() == nat_align_down(to_vaddr(), page_size(level))`.
    /// Uses `align_down_to_vaddr_arith` to establish that `av` is a multiple of `ps` with
    /// `0 <= va - av < ps`, then shows `va % ps == va - av`, so `nat_align_down(va, ps) = av`.
    pub proof fn align_down_to_vaddr_nat_align_down(self, level: int)
        requires
            self.inv(),
            1 <= level <= NR_LEVELS,
        ensures
            self.align_down(level).to_vaddr() as nat == nat_align_down(
                self.to_vaddr() as nat,
                page_size(level as PagingLevel) as nat,
            ),
    {
        self.align_down_to_vaddr_arith(level);

        let va = self.to_vaddr() as int;
        let av = self.align_down(level).to_vaddr() as int;
        let ps = page_size(level as PagingLevel) as int;

        assert(av % ps == 0);
        assert(va - av < ps);

        // av = ps * q for some q, so va = ps * q + (va - av).
        // Then va % ps == (va - av) % ps == va - av (since 0 <= va - av < ps).
        // So nat_align_down(va, ps) = va - va%ps = va - (va - av) = av.
        vstd::arithmetic::div_mod::lemma_fundamental_div_mod(av, ps);
        assert(av == ps * (av / ps)) by {
            assert(av % ps == 0);
        };
        assert(va == ps * (av / ps) + (va - av));
        vstd::arithmetic::div_mod::lemma_mod_multiples_vanish(av / ps, va - av, ps);
        assert((ps * (av / ps) + (va - av)) % ps == (va - av) % ps);
        assert(va % ps == (va - av) % ps);
        vstd::arithmetic::div_mod::lemma_small_mod((va - av) as nat, ps as nat);
        assert((va - av) % ps == va - av);
        assert(va % ps == va - av);
    }

    pub proof fn align_down_concrete(self, level: int)
        requires
            self.inv(),
            1 <= level <= NR_LEVELS,
        ensures
            self.align_down(level).reflect(
                nat_align_down(
                    self.to_vaddr() as nat,
                    page_size(level as PagingLevel) as nat,
                ) as Vaddr,
            ),
    {
        let aligned = self.align_down(level);
        self.align_down_shape(level);
        self.align_down_to_vaddr_nat_align_down(level);
        aligned.reflect_to_vaddr();
        // aligned.reflect(aligned.to_vaddr()) ∧ aligned.to_vaddr() == nat_align_down(...) as Vaddr
        // ⇒ aligned.reflect(nat_align_down(...) as Vaddr).
        let nad = nat_align_down(self.to_vaddr() as nat, page_size(level as PagingLevel) as nat);
        self.to_vaddr_bounded();
        assert(nad as Vaddr == aligned.to_vaddr());
    }

    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    //
    // === Connection to TreePath and concrete Vaddr ===
    //
    /// Computes the concrete vaddr from the abstract representation.
    /// This matches the structure:
    ///   index[NR_LEVELS-1] * 2^39 + index[NR_LEVELS-2] * 2^30 + ... + index[0] * 2^12 + offset
    /// Positional vaddr from the index map and offset, excluding the
    /// `leading_bits * 2^48` high-half term. Bounded by `2^48`, which
    /// simplifies path-arithmetic proofs.
    ///
    /// Relates to `to_vaddr()` by `to_vaddr() == compute_vaddr() as
    /// int + leading_bits * 2^48` (see `to_vaddr_is_compute_vaddr`).
    pub open spec fn compute_vaddr(self) -> Vaddr {
        self.rec_compute_vaddr(0)
    }

    /// Helper for computing vaddr recursively from level i upward.
    pub open spec fn rec_compute_vaddr(self, i: int) -> Vaddr
        decreases NR_LEVELS - i,
        when 0 <= i <= NR_LEVELS
    {
        if i >= NR_LEVELS {
            self.offset as Vaddr
        } else {
            let shift = page_size((i + 1) as PagingLevel);
            (self.index[i] * shift + self.rec_compute_vaddr(i + 1)) as Vaddr
        }
    }

    /// Extracts a TreePath from this abstract vaddr, from the root down to the given level.
    /// The path has length (NR_LEVELS - level), containing indices for paging levels NR_LEVELS..level+1.
    /// - level=0: full path of length NR_LEVELS with indices for all levels
    /// - level=3: path of length 1 with just the root index
    ///
    /// Path index mapping:
    /// - path[0] = self.index[NR_LEVELS - 1]  (root level)
    /// - path[i] = self.index[NR_LEVELS - 1 - i]
    /// - path[NR_LEVELS - level - 1] = self.index[level]  (last entry)
    pub open spec fn to_path(self, level: int) -> TreePath<NR_ENTRIES>
        recommends
            0 <= level < NR_LEVELS,
    {
        TreePath(self.rec_to_path(NR_LEVELS - 1, level))
    }

    /// Builds the path sequence from abstract_level down to bottom_level (both inclusive).
    /// abstract_level and bottom_level refer to the index keys in self.index (0 = lowest level, NR_LEVELS-1 = root).
    /// Returns indices in order from highest level (first in seq) to lowest level (last in seq).
    pub open spec fn rec_to_path(self, abstract_level: int, bottom_level: int) -> Seq<int>
        decreases abstract_level - bottom_level,
        when bottom_level <= abstract_level
    {
        if abstract_level < bottom_level {
            seq![]
        } else if abstract_level == bottom_level {
            // Base case: just this one level
            seq![self.index[abstract_level]]
        } else {
            // Recursive case: place the current higher level first, then recurse downward.
            seq![self.index[abstract_level]].add(self.rec_to_path(abstract_level - 1, bottom_level))
        }
    }

    /// The vaddr of the path from this abstract vaddr equals the aligned
    /// positional value at that level. Matches `compute_vaddr` since it is
    /// positional (ignoring `leading_bits`); add `leading_bits * 2^48`
    /// manually to obtain the canonical form — see `to_path_vaddr_concrete`
    /// for the canonical statement.
    #[verifier::rlimit(200)]
    pub proof fn to_path_vaddr(self, level: int)
        requires
            self.inv(),
            0 <= level < NR_LEVELS,
        ensures
            vaddr(self.to_path(level)) == self.align_down(level + 1).compute_vaddr(),
    {
        self.to_path_inv(level);
        self.to_path_len(level);
        lemma_page_size_spec_level1();
        vstd::arithmetic::power2::lemma2_to64();
        vstd::arithmetic::power2::lemma2_to64_rest();
        crate::arch::mm::lemma_nr_subpage_per_huge_eq_nr_entries();
        vstd_extra::external::ilog2::lemma_usize_ilog2_to32();
        let path = self.to_path(level);
        if level == 3 {
            let aligned = self.align_down(4);
            self.align_down_shape(4);
            self.to_path_index(3, 0);
            path.lemma_index_satisfies_elem_inv(0);
            assert(vaddr(path) == path[0] * 0x80_0000_0000usize) by {
                assert(rec_vaddr(path, 0) == (vaddr_make::<NR_LEVELS>(0, path[0] as usize)
                    + rec_vaddr(path, 1)) as usize);
            };
            assert(aligned.rec_compute_vaddr(3) == self.index[3] * 0x80_0000_0000usize) by {
                assert(aligned.rec_compute_vaddr(3) == (aligned.index[3] * page_size(4)
                    + aligned.rec_compute_vaddr(4)) as Vaddr);
            };
            assert(aligned.rec_compute_vaddr(2) == self.index[3] * 0x80_0000_0000usize) by {
                assert(aligned.rec_compute_vaddr(2) == (aligned.index[2] * page_size(3)
                    + aligned.rec_compute_vaddr(3)) as Vaddr);
            };
            assert(aligned.rec_compute_vaddr(1) == self.index[3] * 0x80_0000_0000usize) by {
                assert(aligned.rec_compute_vaddr(1) == (aligned.index[1] * page_size(2)
                    + aligned.rec_compute_vaddr(2)) as Vaddr);
            };
            assert(aligned.compute_vaddr() == (aligned.index[0] * page_size(1)
                + aligned.rec_compute_vaddr(1)) as Vaddr);
            assert(vaddr(path) == aligned.compute_vaddr());
        } else if level == 2 {
            let aligned = self.align_down(3);
            self.align_down_shape(3);
            self.to_path_index(2, 0);
            self.to_path_index(2, 1);
            path.lemma_index_satisfies_elem_inv(0);
            path.lemma_index_satisfies_elem_inv(1);
            assert(vaddr(path) == path[0] * 0x80_0000_0000usize + path[1] * 0x4000_0000usize) by {
                assert(vaddr(path) == rec_vaddr(path, 0));
                assert(rec_vaddr(path, 1) == (vaddr_make::<NR_LEVELS>(1, path[1] as usize)
                    + rec_vaddr(path, 2)) as usize);
            };
            assert(aligned.rec_compute_vaddr(3) == self.index[3] * 0x80_0000_0000usize) by {
                assert(aligned.rec_compute_vaddr(3) == (aligned.index[3] * page_size(4)
                    + aligned.rec_compute_vaddr(4)) as Vaddr);
            };
            assert(aligned.rec_compute_vaddr(1) == self.index[2] * 0x4000_0000usize + self.index[3]
                * 0x80_0000_0000usize) by {
                assert(aligned.rec_compute_vaddr(1) == (aligned.index[1] * page_size(2)
                    + aligned.rec_compute_vaddr(2)) as Vaddr);
            };
            assert(vaddr(path) == aligned.compute_vaddr());
        } else if level == 1 {
            let aligned = self.align_down(2);
            self.align_down_shape(2);
            self.to_path_index(1, 0);
            self.to_path_index(1, 1);
            self.to_path_index(1, 2);
            path.lemma_index_satisfies_elem_inv(0);
            path.lemma_index_satisfies_elem_inv(1);
            path.lemma_index_satisfies_elem_inv(2);
            assert(vaddr(path) == path[0] * 0x80_0000_0000usize + path[1] * 0x4000_0000usize
                + path[2] * 0x20_0000usize) by {
                assert(vaddr(path) == rec_vaddr(path, 0));
                assert(rec_vaddr(path, 3) == 0);
                assert(rec_vaddr(path, 2) == (vaddr_make::<NR_LEVELS>(2, path[2] as usize)
                    + rec_vaddr(path, 3)) as usize);
                assert(rec_vaddr(path, 1) == (vaddr_make::<NR_LEVELS>(1, path[1] as usize)
                    + rec_vaddr(path, 2)) as usize);
                assert(rec_vaddr(path, 0) == (vaddr_make::<NR_LEVELS>(0, path[0] as usize)
                    + rec_vaddr(path, 1)) as usize);
                assert(vaddr_make::<NR_LEVELS>(0, path[0] as usize) == 0x80_0000_0000usize
                    * path[0]) by (compute);
                assert(vaddr_make::<NR_LEVELS>(1, path[1] as usize) == 0x4000_0000usize * path[1])
                    by (compute);
                assert(vaddr_make::<NR_LEVELS>(2, path[2] as usize) == 0x20_0000usize * path[2])
                    by (compute);
            };
            assert(aligned.rec_compute_vaddr(3) == self.index[3] * 0x80_0000_0000usize) by {
                assert(aligned.rec_compute_vaddr(3) == (aligned.index[3] * page_size(4)
                    + aligned.rec_compute_vaddr(4)) as Vaddr);
            };
            assert(aligned.rec_compute_vaddr(1) == self.index[1] * 0x20_0000usize + self.index[2]
                * 0x4000_0000usize + self.index[3] * 0x80_0000_0000usize) by {
                assert(aligned.rec_compute_vaddr(1) == (aligned.index[1] * page_size(2)
                    + aligned.rec_compute_vaddr(2)) as Vaddr);
            };
            assert(aligned.compute_vaddr() == (aligned.index[0] * page_size(1)
                + aligned.rec_compute_vaddr(1)) as Vaddr);
            assert(vaddr(path) == aligned.compute_vaddr());
        } else {
            let aligned = self.align_down(1);
            self.align_down_shape(1);
            self.to_path_index(0, 0);
            self.to_path_index(0, 1);
            self.to_path_index(0, 2);
            self.to_path_index(0, 3);
            path.lemma_index_satisfies_elem_inv(0);
            path.lemma_index_satisfies_elem_inv(1);
            path.lemma_index_satisfies_elem_inv(2);
            path.lemma_index_satisfies_elem_inv(3);
            assert(vaddr(path) == path[0] * 0x80_0000_0000usize + path[1] * 0x4000_0000usize
                + path[2] * 0x20_0000usize + path[3] * 0x1000usize) by {
                assert(vaddr(path) == rec_vaddr(path, 0));
                assert(rec_vaddr(path, 4) == 0);
                assert(rec_vaddr(path, 2) == (vaddr_make::<NR_LEVELS>(2, path[2] as usize)
                    + rec_vaddr(path, 3)) as usize);
                assert(rec_vaddr(path, 1) == (vaddr_make::<NR_LEVELS>(1, path[1] as usize)
                    + rec_vaddr(path, 2)) as usize);
                assert(vaddr_make::<NR_LEVELS>(0, path[0] as usize) == 0x80_0000_0000usize
                    * path[0]) by (compute);
                assert(vaddr_make::<NR_LEVELS>(1, path[1] as usize) == 0x4000_0000usize * path[1])
                    by (compute);
                assert(vaddr_make::<NR_LEVELS>(2, path[2] as usize) == 0x20_0000usize * path[2])
                    by {
                    assert(vaddr_shift_bits::<NR_LEVELS>(2) == 21nat) by (compute);
                    assert(pow2(21nat) == 0x20_0000) by (compute);
                }
                assert(vaddr_make::<NR_LEVELS>(3, path[3] as usize) == 0x1000usize * path[3])
                    by (compute);
            };
            assert(aligned.rec_compute_vaddr(4) == 0);
            assert(aligned.rec_compute_vaddr(3) == self.index[3] * 0x80_0000_0000usize) by {
                assert(aligned.rec_compute_vaddr(3) == (aligned.index[3] * page_size(4)
                    + aligned.rec_compute_vaddr(4)) as Vaddr);
            };
            assert(aligned.rec_compute_vaddr(2) == self.index[2] * 0x4000_0000usize + self.index[3]
                * 0x80_0000_0000usize);
            assert(aligned.compute_vaddr() == self.index[0] * 0x1000usize + self.index[1]
                * 0x20_0000usize + self.index[2] * 0x4000_0000usize + self.index[3]
                * 0x80_0000_0000usize) by {
                assert(aligned.compute_vaddr() == (aligned.index[0] * page_size(1)
                    + aligned.rec_compute_vaddr(1)) as Vaddr);
            };
            assert(vaddr(path) == aligned.compute_vaddr());
        }
    }

    /// `rec_compute_vaddr(start) == to_vaddr_indices(start) + offset`.
    /// The two formulations of the positional sum agree (no overflow in the
    /// `as Vaddr` casts since the sum is bounded by `pow2(12 + 9*NR_LEVELS) + PAGE_SIZE`).
    pub proof fn rec_compute_vaddr_is_to_vaddr_indices(self, start: int)
        requires
            self.inv(),
            0 <= start <= NR_LEVELS,
        ensures
            self.rec_compute_vaddr(start) == self.to_vaddr_indices(start) + self.offset,
        decreases NR_LEVELS - start,
    {
        vstd::arithmetic::power2::lemma2_to64();
        vstd::arithmetic::power2::lemma2_to64_rest();
        lemma_page_size_spec_values();
        vstd_extra::external::ilog2::lemma_usize_ilog2_to32();
        self.to_vaddr_indices_gap_bound(start);
        if start < NR_LEVELS {
            self.rec_compute_vaddr_is_to_vaddr_indices(start + 1);
            self.to_vaddr_indices_gap_bound(start + 1);
            assert(self.index.contains_key(start));
            // page_size(start+1) matches the positional shift pow2(12 + 9*start).
            // For NR_LEVELS == 4, enumerate concrete cases so the constant
            // folds from `lemma_page_size_spec_values`.
            if start == 0 {
                assert(page_size(1) == pow2(12nat) as usize);
            } else if start == 1 {
                assert(page_size(2) == pow2(21nat) as usize);
            } else if start == 2 {
                assert(page_size(3) == pow2(30nat) as usize);
            } else {
                assert(page_size(4) == pow2(39nat) as usize);
            }
        }
    }

    /// Full identity relating `to_vaddr()` to `compute_vaddr()`:
    /// `to_vaddr = compute_vaddr + leading_bits * 2^48`.
    ///
    /// `compute_vaddr` is positional (excludes `leading_bits * 2^48`), while
    /// `to_vaddr` includes it. Callers that need the two equal (no
    /// canonical shift) should constrain `leading_bits == 0`.
    pub proof fn to_vaddr_is_compute_vaddr(self)
        requires
            self.inv(),
        ensures
            self.to_vaddr() == self.compute_vaddr() + self.leading_bits * 0x1_0000_0000_0000int,
    {
        self.to_vaddr_bounded();
        self.rec_compute_vaddr_is_to_vaddr_indices(0);
    }

    pub proof fn to_vaddr_indices_gap_bound(self, start: int)
        requires
            self.inv(),
            0 <= start <= NR_LEVELS,
        ensures
            0 <= self.to_vaddr_indices(start),
            self.to_vaddr_indices(start) + pow2((12 + 9 * start) as nat) <= pow2(
                (12 + 9 * NR_LEVELS) as nat,
            ),
        decreases NR_LEVELS - start,
    {
        vstd::arithmetic::power2::lemma2_to64();
        vstd::arithmetic::power2::lemma2_to64_rest();
        vstd::arithmetic::power2::lemma_pow2_pos((12 + 9 * start) as nat);
        if start == NR_LEVELS {
        } else {
            let shift = pow2((12 + 9 * start) as nat) as int;
            let next_shift = pow2((12 + 9 * (start + 1)) as nat) as int;
            let top = pow2((12 + 9 * NR_LEVELS) as nat) as int;
            self.to_vaddr_indices_gap_bound(start + 1);
            assert(self.index.contains_key(start));
            vstd::arithmetic::power2::lemma_pow2_adds((12 + 9 * start) as nat, 9nat);
            vstd::arithmetic::mul::lemma_mul_inequality(self.index[start] + 1, 0x200int, shift);
            vstd::arithmetic::mul::lemma_mul_is_distributive_add_other_way(
                shift,
                self.index[start],
                1,
            );
        }
    }

    pub proof fn to_vaddr_bounded(self)
        requires
            self.inv(),
        ensures
            0 <= self.offset + self.to_vaddr_indices(0) < 0x1_0000_0000_0000int,
            self.to_vaddr() == self.offset + self.to_vaddr_indices(0) + self.leading_bits
                * 0x1_0000_0000_0000int,
            self.offset + self.to_vaddr_indices(0) + self.leading_bits * 0x1_0000_0000_0000int
                < 0x1_0000_0000_0000_0000int,
    {
        vstd::arithmetic::power2::lemma2_to64();
        vstd::arithmetic::power2::lemma2_to64_rest();
        self.to_vaddr_indices_gap_bound(0);
        assert(pow2((12 + 9 * NR_LEVELS) as nat) == 0x1_0000_0000_0000int) by (compute);
        assert(self.leading_bits * 0x1_0000_0000_0000int + 0x1_0000_0000_0000int <= 0x1_0000
            * 0x1_0000_0000_0000int) by (nonlinear_arith)
            requires
                0 <= self.leading_bits < 0x1_0000int,
        ;
        assert(0x1_0000 * 0x1_0000_0000_0000int == 0x1_0000_0000_0000_0000int) by (compute);
    }

    
    /// Path extracted from abstract vaddr has correct length.
    pub proof fn to_path_len(self, level: int)
        requires
            0 <= level < NR_LEVELS,
        ensures
            self.to_path(level).len() == NR_LEVELS - level,
    {
        self.rec_to_path_len(NR_LEVELS - 1, level);
    }

    proof fn rec_to_path_len(self, abstract_level: int, bottom_level: int)
        requires
            bottom_level <= abstract_level,
        ensures
            self.rec_to_path(abstract_level, bottom_level).len() == abstract_level - bottom_level
                + 1,
        decreases abstract_level - bottom_level,
    {
        // The recursive structure:
        // - rec_to_path(a, b) = rec_to_path(a-1, b).push(index[a]) when a >= b
        // - rec_to_path(a, b) = seq![] when a < b
        // So rec_to_path(a, b).len() = rec_to_path(a-1, b).len() + 1 = ... = a - b + 1
        if abstract_level > bottom_level {
            self.rec_to_path_len(abstract_level - 1, bottom_level);
        }
        // Structural reasoning about recursive definition

    }

    /// Path extracted from abstract vaddr has valid indices.
    pub proof fn to_path_inv(self, level: int)
        requires
            self.inv(),
            0 <= level < NR_LEVELS,
        ensures
            self.to_path(level).inv(),
    {
        self.to_path_len(level);
        assert forall|i: int| 0 <= i < self.to_path(level).len() implies TreePath::<
            NR_ENTRIES,
        >::elem_inv(#[trigger] self.to_path(level)[i]) by {
            let j = NR_LEVELS - 1 - i;
            self.to_path_index(level, i);
            assert(self.index.contains_key(j));
        };
    }
}

/// Connection between TreePath's vaddr and AbstractVaddr
impl AbstractVaddr {
    
    
    /// The path index at position i corresponds to the abstract vaddr index at level (NR_LEVELS - 1 - i).
    /// This is the key mapping between TreePath ordering and AbstractVaddr index ordering.
    pub proof fn to_path_index(self, level: int, i: int)
        requires
            self.inv(),
            0 <= level < NR_LEVELS,
            0 <= i < NR_LEVELS - level,
        ensures
            self.to_path(level)[i] == self.index[NR_LEVELS - 1 - i],
    {
        self.to_path_len(level);
        self.rec_to_path_index(NR_LEVELS - 1, level, i);
    }

    proof fn rec_to_path_index(self, abstract_level: int, bottom_level: int, i: int)
        requires
            self.inv(),
            0 <= bottom_level <= abstract_level < NR_LEVELS,
            0 <= i < abstract_level - bottom_level + 1,
        ensures
            self.rec_to_path(abstract_level, bottom_level)[i] == self.index[abstract_level - i],
        decreases abstract_level - bottom_level,
    {
        assert(self.index.contains_key(abstract_level));
        if abstract_level == bottom_level {
        } else {
            let head = seq![self.index[abstract_level]];
            let tail = self.rec_to_path(abstract_level - 1, bottom_level);
            let full = head.add(tail);
            if i == 0 {
            } else {
                self.rec_to_path_index(abstract_level - 1, bottom_level, i - 1);
                assert(0 <= i - 1 < tail.len()) by {
                    self.rec_to_path_len(abstract_level - 1, bottom_level);
                };
            }
        }
    }

    /// Direct connection: `vaddr(to_path(level))` is the positional
    /// component of the aligned concrete vaddr. For canonical-high-half
    /// configs, the full aligned address is
    /// `vaddr(to_path) + leading_bits * 2^48`.
    pub proof fn to_path_vaddr_concrete(self, level: int)
        requires
            self.inv(),
            0 <= level < NR_LEVELS,
        ensures
            vaddr(self.to_path(level)) + self.leading_bits * 0x1_0000_0000_0000int
                == nat_align_down(
                self.to_vaddr() as nat,
                page_size((level + 1) as PagingLevel) as nat,
            ),
    {
        self.to_path_vaddr(level);
        let aligned = self.align_down(level + 1);
        self.align_down_shape(level + 1);
        aligned.to_vaddr_is_compute_vaddr();
        self.align_down_concrete(level + 1);
        aligned.reflect_prop(
            nat_align_down(
                self.to_vaddr() as nat,
                page_size((level + 1) as PagingLevel) as nat,
            ) as Vaddr,
        );
        self.align_down_leading_bits(level + 1);
        // Chain:
        //   vaddr(to_path) == aligned.compute_vaddr()                    (to_path_vaddr)
        //   aligned.to_vaddr() == compute_vaddr() + leading_bits * 2^48  (to_vaddr_is_compute_vaddr)
        //   aligned.to_vaddr() == nat_align_down(self.to_vaddr(), ps) as Vaddr          (reflect_prop)
        //   aligned.leading_bits == self.leading_bits                    (align_down_leading_bits)
        let nad = nat_align_down(
            self.to_vaddr() as nat,
            page_size((level + 1) as PagingLevel) as nat,
        );
        // nad fits in usize: nat_align_down is bounded by its argument,
        // which is `self.to_vaddr() as nat <= usize::MAX`.
        lemma_page_size_ge_page_size((level + 1) as PagingLevel);
        vstd_extra::arithmetic::lemma_nat_align_down_sound(
            self.to_vaddr() as nat,
            page_size((level + 1) as PagingLevel) as nat,
        );
        assert(aligned.leading_bits == self.leading_bits);
        assert(vaddr(self.to_path(level)) == aligned.compute_vaddr());
        assert(aligned.to_vaddr() == aligned.compute_vaddr() + aligned.leading_bits
            * 0x1_0000_0000_0000int);
        assert(aligned.to_vaddr() == nad as Vaddr);
        assert(aligned.to_vaddr() == nad);
    }

    /// Key property: `vaddr(path) + leading_bits * 2^48` (i.e. the canonical
    /// form of the path's VA) bounds the range containing `cur_va`.
    pub proof fn vaddr_range_from_path(self, level: int)
        requires
            self.inv(),
            0 <= level < NR_LEVELS,
        ensures
            vaddr(self.to_path(level)) + self.leading_bits * 0x1_0000_0000_0000int
                <= self.to_vaddr(),
            self.to_vaddr() < vaddr(self.to_path(level)) + self.leading_bits * 0x1_0000_0000_0000int
                + page_size((level + 1) as PagingLevel),
    {
        self.to_path_vaddr_concrete(level);
        let size = page_size((level + 1) as PagingLevel);
        let cur = self.to_vaddr() as nat;
        let start = vaddr(self.to_path(level));

        assert(page_size((level + 1) as PagingLevel) >= PAGE_SIZE) by {
            lemma_page_size_ge_page_size((level + 1) as PagingLevel);
        };
        lemma_nat_align_down_sound(cur, size as nat);
    }
}

} // verus!
}

use vstd::prelude::*;

use vstd_extra::ownership::*;


use crate::mm::{PagingConstsTrait, Vaddr};

verus! {



} // verus!
}
}

/*use core::sync::atomic::{AtomicBool, Ordering};

pub use ostd_macros::{
    global_frame_allocator, global_heap_allocator, global_heap_allocator_slot_map, main,
    panic_handler,
};*/
pub use ostd_pod::Pod;
/*
pub use self::{error::Error, prelude::Result};

/// Initializes OSTD.
///
/// This function represents the first phase booting up the system. It makes
/// all functionalities of OSTD available after the call.
///
/// # Safety
///
/// This function should be called only once and only on the BSP.
//
// TODO: We need to refactor this function to make it more modular and
// make inter-initialization-dependencies more clear and reduce usages of
// boot stage only global variables.
#[doc(hidden)]
unsafe fn init() {
    arch::enable_cpu_features();

    // SAFETY: This function is called only once, before `allocator::init`
    // and after memory regions are initialized.
    unsafe { mm::frame::allocator::init_early_allocator() };

    #[cfg(target_arch = "x86_64")]
    arch::if_tdx_enabled!({
    } else {
        arch::serial::init();
    });
    #[cfg(not(target_arch = "x86_64"))]
    arch::serial::init();

    logger::init();

    // SAFETY:
    // 1. They are only called once in the boot context of the BSP.
    // 2. The number of CPUs are available because ACPI has been initialized.
    // 3. No CPU-local objects have been accessed yet.
    unsafe { cpu::init_on_bsp() };

    // SAFETY: We are on the BSP and APs are not yet started.
    let meta_pages = unsafe { mm::frame::meta::init() };
    // The frame allocator should be initialized immediately after the metadata
    // is initialized. Otherwise the boot page table can't allocate frames.
    // SAFETY: This function is called only once.
    unsafe { mm::frame::allocator::init() };

    mm::kspace::init_kernel_page_table(meta_pages);

    sync::init();

    boot::init_after_heap();

    mm::dma::init();

    unsafe { arch::late_init_on_bsp() };

    #[cfg(target_arch = "x86_64")]
    arch::if_tdx_enabled!({
        arch::serial::init();
    });

    smp::init();

    // SAFETY: This function is called only once on the BSP.
    unsafe {
        mm::kspace::activate_kernel_page_table();
    }

    bus::init();

    arch::irq::enable_local();

    invoke_ffi_init_funcs();

    IN_BOOTSTRAP_CONTEXT.store(false, Ordering::Relaxed);
}

/// Indicates whether the kernel is in bootstrap context.
pub(crate) static IN_BOOTSTRAP_CONTEXT: AtomicBool = AtomicBool::new(true);

/// Invoke the initialization functions defined in the FFI.
/// The component system uses this function to call the initialization functions of
/// the components.
fn invoke_ffi_init_funcs() {
    extern "C" {
        fn __sinit_array();
        fn __einit_array();
    }
    let call_len = (__einit_array as usize - __sinit_array as usize) / 8;
    for i in 0..call_len {
        unsafe {
            let function = (__sinit_array as usize + 8 * i) as *const fn();
            (*function)();
        }
    }
}

/// Simple unit tests for the ktest framework.
#[cfg(ktest)]
mod test {
    use crate::prelude::*;

    #[ktest]
    #[expect(clippy::eq_op)]
    fn trivial_assertion() {
        assert_eq!(0, 0);
    }

    #[ktest]
    #[should_panic]
    fn failing_assertion() {
        assert_eq!(0, 1);
    }

    #[ktest]
    #[should_panic(expected = "expected panic message")]
    fn expect_panic() {
        panic!("expected panic message");
    }
}

#[doc(hidden)]
pub mod ktest {
    //! The module re-exports everything from the [`ostd_test`] crate, as well
    //! as the test entry point macro.
    //!
    //! It is rather discouraged to use the definitions here directly. The
    //! `ktest` attribute is sufficient for all normal use cases.

    pub use ostd_macros::{test_main as main, test_panic_handler as panic_handler};
    pub use ostd_test::*;
}
*/

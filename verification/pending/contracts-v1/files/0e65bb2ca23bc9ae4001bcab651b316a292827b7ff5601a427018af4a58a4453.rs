//! Deep embedding of the `VmSpace` API.
//!
//! `VmStore` is the abstract state of a caller of the [`crate::mm::vm_space`]
//! API: it holds the [`MetaRegionOwners`] plus a registry of every owner
//! object ([`VmSpaceOwner`], [`CursorOwner`], `VmIoOwner`) the caller
//! currently has access to.
//!
//! [`Op`] is an ADT enumerating the public exec API of `vm_space.rs`.
//! [`step`] is a single proof-mode dispatcher: `step(s, op)` requires
//! `s.inv()` and ensures `s.inv()`. Because Verus chains pre/post
//! automatically, induction over arbitrary call sequences is implicit: any
//! program of the form `step(s, op0); step(s, op1); ...; step(s, opN);`
//! typechecks iff `s.inv()` holds at every intermediate state.
//!
//! # Soundness boundary: `_embedded` axioms
//!
//! Each axiom named `<exec_function_path>_embedded` mirrors the `ensures`
//! clause of one public exec function in [`crate::mm::vm_space`]. For the
//! embedding to be sound, every `_embedded` axiom must accurately reflect
//! what its exec counterpart guarantees. The naming convention exists so a
//! reviewer touching either side can grep for the partner. When the exec
//! `verus_spec` for `Foo::bar` changes, search for `foo_bar_embedded` in
//! this file and update it.
//!
//! Internal helpers that don't mirror an exec function (e.g. `axiom_*`
//! lemmas about `fresh_id`) keep the `axiom_` prefix to avoid being
//! confused with the soundness-boundary axioms.
use core::ops::Range;

use vstd::prelude::*;

use vstd_extra::{ownership::*, set_extra::*};



verus! {

/// Logical identifier for a [`VmSpaceOwner`] in the store.
pub type VmSpaceId = int;

/// Logical identifier for a [`CursorOwner`] in the store.
pub type CursorId = int;

/// Logical identifier for a [`VmIoOwner`] in the store.
pub type VmIoId = int;

/// Whether a [`VmIoOwner`] backs a `VmReader` or a `VmWriter`.
pub enum VmIoKind {
    Reader,
    Writer,
}

/// Per-VmIo entry in the store.
pub tracked struct VmIoEntry {
    pub vm_space: VmSpaceId,
    pub kind: VmIoKind,
    pub owner: VmIoOwner,
}

/// Whether a cursor is a read-only [`Cursor`] or a mutable [`CursorMut`].
///
/// [`Cursor`]: crate::mm::vm_space::Cursor
/// [`CursorMut`]: crate::mm::vm_space::CursorMut
pub enum CursorKind {
    ReadOnly,
    Mutable,
}

/// Per-cursor entry in the store.
///
/// `'rcu` is the cursor session lifetime (existentially picked at each
/// `OpenCursor`/`OpenCursorMut` step, in practice unified across the store
/// because Verus's tracked `Map` cannot quantify over the value's lifetime
/// existentially per element).
pub tracked struct CursorEntry<'rcu> {
    pub vm_space: VmSpaceId,
    pub kind: CursorKind,
    pub owner: CursorOwner<'rcu, UserPtConfig>,
}

/// Resource store: the abstract state visible to a caller of the VmSpace
/// API.
///
/// Stage 2 tracks `regions`, `vm_spaces`, and `cursors`. Later stages add
/// `vm_ios`.
pub tracked struct VmStore<'rcu> {
    pub regions: MetaRegionOwners,
    pub vm_spaces: Map<VmSpaceId, VmSpaceOwner>,
    pub cursors: Map<CursorId, CursorEntry<'rcu>>,
    pub vm_ios: Map<VmIoId, VmIoEntry>,
}

impl<'a, 'rcu> VmStore<'rcu> {
    /// The store's top-level invariant. Aggregates the per-component
    /// invariants of every owner the store holds, plus cross-store
    /// consistency (every cursor and every VmIo refers to a live VmSpace).
    pub open spec fn inv(self) -> bool {
        &&& self.regions.inv()
        &&& forall|id: VmSpaceId| #[trigger]
            self.vm_spaces.dom().contains(id) ==> self.vm_spaces[id].inv()
        &&& forall|id: CursorId| #[trigger]
            self.cursors.dom().contains(id) ==> self.cursors[id].owner.inv()
        &&& forall|id: CursorId| #[trigger]
            self.cursors.dom().contains(id) ==> self.vm_spaces.dom().contains(
                self.cursors[id].vm_space,
            )
        &&& forall|id: VmIoId| #[trigger]
            self.vm_ios.dom().contains(id) ==> self.vm_ios[id].owner.inv()
        &&& forall|id: VmIoId| #[trigger]
            self.vm_ios.dom().contains(id) ==> self.vm_spaces.dom().contains(
                self.vm_ios[id].vm_space,
            )
    }
}

/// Public exec API of `ostd::mm::vm_space`, lifted to data.
pub enum Op {
    /// `VmSpace::new`. Allocates a fresh `VmSpaceOwner` and registers it
    /// under a fresh `VmSpaceId`.
    NewVmSpace,
    /// Drop of a `VmSpace`. Removes the owner at `vs` (no-op if absent).
    DropVmSpace { vs: VmSpaceId },
    /// `VmSpace::cursor`. Opens a read-only cursor on the VmSpace at `vs`
    /// over the virtual range `va`. May fail (returns `Err` in exec); on
    /// failure the store is unchanged.
    OpenCursor { vs: VmSpaceId, va: Range<Vaddr> },
    /// `VmSpace::cursor_mut`. Same as `OpenCursor` but mutable.
    OpenCursorMut { vs: VmSpaceId, va: Range<Vaddr> },
    /// Drop of a `Cursor`/`CursorMut`. Removes the cursor entry at `c`
    /// (no-op if absent).
    DropCursor { c: CursorId },
    /// `Cursor::query` / `CursorMut::query`. Reads the current page state;
    /// internally advances the cursor.
    Query { c: CursorId },
    /// `Cursor::find_next` / `CursorMut::find_next`.
    FindNext { c: CursorId, len: usize },
    /// `Cursor::jump` / `CursorMut::jump`.
    Jump { c: CursorId, va: Vaddr },
    /// `Cursor::virt_addr` / `CursorMut::virt_addr`. Pure read; no state
    /// change at the embedding granularity.
    VirtAddr { c: CursorId },
    /// `CursorMut::map`. Maps `frame` with `prop` at the cursor's current
    /// position. Modifies the cursor owner and may modify
    /// `MetaRegionOwners`.
    Map { c: CursorId, frame: UFrame, prop: PageProperty },
    /// `CursorMut::unmap`. Unmaps up to `len` bytes starting at the
    /// cursor's current position.
    Unmap { c: CursorId, len: usize },
    /// `CursorMut::protect_next`. The exec method takes an
    /// `op: impl FnOnce(PageProperty) -> PageProperty`; we model only the
    /// length here (the per-page property update is opaque at this stage).
    ProtectNext { c: CursorId, len: usize },
    /// `VmSpace::reader`. May fail; on failure the store is unchanged.
    NewReader { vs: VmSpaceId, vaddr: Vaddr, len: usize },
    /// `VmSpace::writer`. May fail; on failure the store is unchanged.
    NewWriter { vs: VmSpaceId, vaddr: Vaddr, len: usize },
    /// Drop of a `VmReader`. Removes the corresponding [`VmIoOwner`].
    DropReader { vio: VmIoId },
    /// Drop of a `VmWriter`. Removes the corresponding [`VmIoOwner`].
    DropWriter { vio: VmIoId },
}

// =============================================================================
// Soundness-boundary axioms: each mirrors a public exec function's `ensures`.
// Convention: `<exec_function_path>_embedded`.
// =============================================================================






// `Cursor::virt_addr` / `CursorMut::virt_addr` are pure reads; no axiom.





// =============================================================================
// One-step soundness theorem and per-op proofs.
// =============================================================================
/// One-step soundness theorem.
pub proof fn step<'a, 'rcu>(tracked s: &mut VmStore<'rcu>, op: Op)
    requires
        old(s).inv(),
    ensures
        final(s).inv(),
{
    match op {
        Op::NewVmSpace => new_vm_space_step(s),
        Op::DropVmSpace { vs } => drop_vm_space_step(s, vs),
        Op::OpenCursor { vs, va } => open_cursor_step(s, vs, va, CursorKind::ReadOnly),
        Op::OpenCursorMut { vs, va } => open_cursor_step(s, vs, va, CursorKind::Mutable),
        Op::DropCursor { c } => drop_cursor_step(s, c),
        Op::Query { c } => cursor_method_step(s, c, CursorMethod::Query),
        Op::FindNext { c, len } => cursor_method_step(s, c, CursorMethod::FindNext(len)),
        Op::Jump { c, va } => cursor_method_step(s, c, CursorMethod::Jump(va)),
        Op::VirtAddr { c: _ } => {}  // pure read; no state change
        ,
        Op::Map { c, frame, prop } => map_step(s, c, frame, prop),
        Op::Unmap { c, len } => cursor_mut_regions_step(s, c, CursorMutRegionsMethod::Unmap(len)),
        Op::ProtectNext { c, len } => cursor_method_step(s, c, CursorMethod::ProtectNext(len)),
        Op::NewReader { vs, vaddr, len } => new_vm_io_step(s, vs, vaddr, len, VmIoKind::Reader),
        Op::NewWriter { vs, vaddr, len } => new_vm_io_step(s, vs, vaddr, len, VmIoKind::Writer),
        Op::DropReader { vio } => drop_vm_io_step(s, vio),
        Op::DropWriter { vio } => drop_vm_io_step(s, vio),
    }
}

/// Internal: dispatch tag for [`cursor_method_step`] (cursor-only methods).
pub enum CursorMethod {
    Query,
    FindNext(usize),
    Jump(Vaddr),
    ProtectNext(usize),
}

/// Internal: dispatch tag for cursor methods that also touch
/// `MetaRegionOwners`. `Map` is handled via its own [`map_step`] because
/// its argument shape (`UFrame`, `PageProperty`) doesn't match the others.
pub enum CursorMutRegionsMethod {
    Unmap(usize),
}









#[verifier::external_body]
proof fn new_vm_space_step<'a, 'rcu>(tracked s: &mut VmStore<'rcu>)
    requires
        old(s).inv(),
    ensures
        final(s).inv(),
{
    unimplemented!()
}

#[verifier::external_body]
proof fn drop_vm_space_step<'a, 'rcu>(tracked s: &mut VmStore<'rcu>, vs: VmSpaceId)
    requires
        old(s).inv(),
    ensures
        final(s).inv(),
{
    unimplemented!()
}

#[verifier::external_body]
proof fn open_cursor_step<'a, 'rcu>(
    tracked s: &mut VmStore<'rcu>,
    vs: VmSpaceId,
    va: Range<Vaddr>,
    kind: CursorKind,
)
    requires
        old(s).inv(),
    ensures
        final(s).inv(),
{
    unimplemented!()
}

#[verifier::external_body]
proof fn drop_cursor_step<'a, 'rcu>(tracked s: &mut VmStore<'rcu>, c: CursorId)
    requires
        old(s).inv(),
    ensures
        final(s).inv(),
{
    unimplemented!()
}

#[verifier::external_body]
proof fn cursor_method_step<'a, 'rcu>(
    tracked s: &mut VmStore<'rcu>,
    c: CursorId,
    method: CursorMethod,
)
    requires
        old(s).inv(),
    ensures
        final(s).inv(),
{
    unimplemented!()
}

#[verifier::external_body]
proof fn cursor_mut_regions_step<'a, 'rcu>(
    tracked s: &mut VmStore<'rcu>,
    c: CursorId,
    method: CursorMutRegionsMethod,
)
    requires
        old(s).inv(),
    ensures
        final(s).inv(),
{
    unimplemented!()
}

#[verifier::external_body]
proof fn map_step<'a, 'rcu>(
    tracked s: &mut VmStore<'rcu>,
    c: CursorId,
    frame: UFrame,
    prop: PageProperty,
)
    requires
        old(s).inv(),
    ensures
        final(s).inv(),
{
    unimplemented!()
}

#[verifier::external_body]
proof fn new_vm_io_step<'a, 'rcu>(
    tracked s: &mut VmStore<'rcu>,
    vs: VmSpaceId,
    vaddr: Vaddr,
    len: usize,
    kind: VmIoKind,
)
    requires
        old(s).inv(),
    ensures
        final(s).inv(),
{
    unimplemented!()
}


#[verifier::external_body]
proof fn drop_vm_io_step<'a, 'rcu>(tracked s: &mut VmStore<'rcu>, vio: VmIoId)
    requires
        old(s).inv(),
    ensures
        final(s).inv(),
{
    unimplemented!()
}

} // verus!

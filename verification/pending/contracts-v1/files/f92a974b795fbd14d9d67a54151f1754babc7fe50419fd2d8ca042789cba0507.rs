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


// =============================================================================
// Soundness-boundary axioms: each mirrors a public exec function's `ensures`.
// Convention: `<exec_function_path>_embedded`.
// =============================================================================






// `Cursor::virt_addr` / `CursorMut::virt_addr` are pure reads; no axiom.

/// Mirror of [`crate::mm::vm_space::CursorMut::unmap`].
///
/// Returns the number of bytes actually unmapped.
pub axiom fn cursor_mut_unmap_embedded<'rcu>(
    tracked owner: &mut CursorOwner<'rcu, UserPtConfig>,
    tracked regions: &mut MetaRegionOwners,
    len: usize,
)
    requires
        old(owner).inv(),
        old(regions).inv(),
    ensures
        final(owner).inv(),
        final(regions).inv(),
;




// =============================================================================
// One-step soundness theorem and per-op proofs.
// =============================================================================


/// Internal: dispatch tag for cursor methods that also touch
/// `MetaRegionOwners`. `Map` is handled via its own [`map_step`] because
/// its argument shape (`UFrame`, `PageProperty`) doesn't match the others.
pub enum CursorMutRegionsMethod {
    Unmap(usize),
}














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
    if s.cursors.dom().contains(c) {
        let tracked mut entry = s.cursors.tracked_remove(c);
        let ghost old_vm_space = entry.vm_space;
        match method {
            CursorMutRegionsMethod::Unmap(len) => {
                cursor_mut_unmap_embedded(&mut entry.owner, &mut s.regions, len);
            },
        }
        s.cursors.tracked_insert(c, entry);
    }
}





} // verus!

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



/// Mirror of [`crate::mm::vm_space::VmSpace::reader`].
///
/// On success returns `Some` with a `VmIoOwner` whose `inv()` holds. The
/// real exec function may fail when `vaddr+len` exceeds the user-space
/// range or the active page table doesn't match this VmSpace; that
/// failure is modeled by returning `None`.
pub axiom fn vm_space_reader_embedded<'a>(
    tracked vm_space: &VmSpaceOwner,
    vaddr: Vaddr,
    len: usize,
) -> (tracked res: Option<VmIoOwner>)
    requires
        vm_space.inv(),
    ensures
        res matches Some(o) ==> o.inv(),
;

/// Mirror of [`crate::mm::vm_space::VmSpace::writer`].
pub axiom fn vm_space_writer_embedded<'a>(
    tracked vm_space: &VmSpaceOwner,
    vaddr: Vaddr,
    len: usize,
) -> (tracked res: Option<VmIoOwner>)
    requires
        vm_space.inv(),
    ensures
        res matches Some(o) ==> o.inv(),
;

// =============================================================================
// One-step soundness theorem and per-op proofs.
// =============================================================================








/// Picks a [`VmIoId`] not currently in `m.dom()`.
pub open spec fn fresh_vm_io_id<'a>(m: Map<VmIoId, VmIoEntry>) -> VmIoId {
    choose|id: VmIoId| !m.dom().contains(id)
}

/// Witnesses that [`fresh_vm_io_id`] returns an id not in the map's
/// domain. (Internal helper, not a `_embedded` axiom.)
#[verifier::external_body]
pub proof fn lemma_fresh_vm_io_id_not_in_dom<'a>(m: Map<VmIoId, VmIoEntry>)
    ensures
        !m.dom().contains(fresh_vm_io_id(m)),
{
    unimplemented!()
}

/// Tracked constructor for [`VmIoEntry`].
#[verifier::external_body]
pub proof fn tracked_vm_io_entry_new<'a>(
    vm_space: VmSpaceId,
    kind: VmIoKind,
    tracked owner: VmIoOwner,
) -> (tracked res: VmIoEntry)
    ensures
        res.vm_space == vm_space,
        res.kind == kind,
        res.owner == owner,
{
    unimplemented!()
}








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
    if s.vm_spaces.dom().contains(vs) {
        let tracked vm_space_ref = s.vm_spaces.tracked_borrow(vs);
        let tracked res = match kind {
            VmIoKind::Reader => vm_space_reader_embedded(vm_space_ref, vaddr, len),
            VmIoKind::Writer => vm_space_writer_embedded(vm_space_ref, vaddr, len),
        };
        match res {
            Option::Some(owner) => {
                let ghost id = fresh_vm_io_id(s.vm_ios);
                lemma_fresh_vm_io_id_not_in_dom(s.vm_ios);
                let tracked entry = tracked_vm_io_entry_new(vs, kind, owner);
                s.vm_ios.tracked_insert(id, entry);

            },
            Option::None => {
                // Failure case: store unchanged.
            },
        }
    }
}



} // verus!

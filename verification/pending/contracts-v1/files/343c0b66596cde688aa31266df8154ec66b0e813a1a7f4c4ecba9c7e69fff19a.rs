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

/// Mirror of [`crate::mm::vm_space::VmSpace::cursor`].
///
/// Real exec ensures (paraphrased from `vm_space.rs:201-209`): when
/// `cursor_new_success_conditions(va)` holds, the call returns
/// `Ok(Cursor)` with a tracked `Some(CursorOwner)` whose `inv()` holds.
/// Stage 2 axiomatizes a coarser model: returns `Some` (with `inv()`) or
/// `None`, with no precondition relating to the success conditions. This
/// over-approximates the success case (the embedding allows opens that
/// would fail in exec); it never *under*-approximates, which is what
/// matters for soundness of inductive invariant preservation.
pub axiom fn vm_space_cursor_embedded<'a, 'rcu>(
    tracked vm_space: &VmSpaceOwner,
    va: Range<Vaddr>,
) -> (tracked res: Option<CursorOwner<'rcu, UserPtConfig>>)
    requires
        vm_space.inv(),
    ensures
        res matches Some(c) ==> c.inv(),
;

/// Mirror of [`crate::mm::vm_space::VmSpace::cursor_mut`].
///
/// Same shape as [`vm_space_cursor_embedded`].
pub axiom fn vm_space_cursor_mut_embedded<'a, 'rcu>(
    tracked vm_space: &VmSpaceOwner,
    va: Range<Vaddr>,
) -> (tracked res: Option<CursorOwner<'rcu, UserPtConfig>>)
    requires
        vm_space.inv(),
    ensures
        res matches Some(c) ==> c.inv(),
;




// `Cursor::virt_addr` / `CursorMut::virt_addr` are pure reads; no axiom.





// =============================================================================
// One-step soundness theorem and per-op proofs.
// =============================================================================




/// Picks a cursor id not currently in `m.dom()`. As above.
pub open spec fn fresh_cursor_id<'rcu>(m: Map<CursorId, CursorEntry<'rcu>>) -> CursorId {
    choose|id: CursorId| !m.dom().contains(id)
}


/// Witnesses that [`fresh_cursor_id`] returns an id not in the map's
/// domain. (Internal helper, not a `_embedded` axiom.)
#[verifier::external_body]
pub proof fn lemma_fresh_cursor_id_not_in_dom<'rcu>(m: Map<CursorId, CursorEntry<'rcu>>)
    ensures
        !m.dom().contains(fresh_cursor_id(m)),
{
    unimplemented!()
}

/// Tracked constructor for [`CursorEntry`].
#[verifier::external_body]
pub proof fn tracked_cursor_entry_new<'rcu>(
    vm_space: VmSpaceId,
    kind: CursorKind,
    tracked owner: CursorOwner<'rcu, UserPtConfig>,
) -> (tracked res: CursorEntry<'rcu>)
    ensures
        res.vm_space == vm_space,
        res.kind == kind,
        res.owner == owner,
{
    unimplemented!()
}






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
    if s.vm_spaces.dom().contains(vs) {
        let tracked vm_space_ref = s.vm_spaces.tracked_borrow(vs);
        let tracked res = match kind {
            CursorKind::ReadOnly => vm_space_cursor_embedded(vm_space_ref, va),
            CursorKind::Mutable => vm_space_cursor_mut_embedded(vm_space_ref, va),
        };
        match res {
            Option::Some(owner) => {
                let ghost id = fresh_cursor_id(s.cursors);
                lemma_fresh_cursor_id_not_in_dom(s.cursors);
                let tracked entry = tracked_cursor_entry_new(vs, kind, owner);
                s.cursors.tracked_insert(id, entry);
                assert(final(s).inv()) by {
                    assert forall|j: CursorId| #[trigger]
                        final(s).cursors.dom().contains(j) implies final(s).cursors[j].owner.inv()
                        && final(s).vm_spaces.dom().contains(final(s).cursors[j].vm_space) by {
                        if j == id {
                            assert(final(s).cursors[j] == entry);
                        } else {
                            assert(old(s).cursors.dom().contains(j));
                        }
                    };
                    assert forall|j: VmIoId| #[trigger]
                        final(s).vm_ios.dom().contains(j) implies final(s).vm_ios[j].owner.inv()
                        && final(s).vm_spaces.dom().contains(final(s).vm_ios[j].vm_space) by {
                        assert(old(s).vm_ios.dom().contains(j));
                        assert(final(s).vm_ios[j] == old(s).vm_ios[j]);
                    };
                };
            },
            Option::None => {
                // Failure case: store unchanged.
            },
        }
    }
}








} // verus!

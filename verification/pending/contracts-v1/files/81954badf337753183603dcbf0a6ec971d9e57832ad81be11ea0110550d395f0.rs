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






// =============================================================================
// Soundness-boundary axioms: each mirrors a public exec function's `ensures`.
// Convention: `<exec_function_path>_embedded`.
// =============================================================================






// `Cursor::virt_addr` / `CursorMut::virt_addr` are pure reads; no axiom.





// =============================================================================
// One-step soundness theorem and per-op proofs.
// =============================================================================










/// Tracked constructor for [`VmIoEntry`].
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
    VmIoEntry { vm_space, kind, owner }
}











} // verus!

// client-crate form of vstd/resource/algebra.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod algebra {

verus! {

broadcast use super::super::iset::group_iset_lemmas;

/// Interface for Resource Algebra ghost state.
#[verifier::accept_recursive_types(RA)]
pub tracked struct Resource<RA: ResourceAlgebra> {
    pcm: pcm::Resource<Option<RA>>,
}

/// A Resource Algebra operating on a type T
///
/// This construction is based off the [Iris from the Ground Up](https://people.mpi-sws.org/~dreyer/papers/iris-ground-up/paper.pdf)
/// report.
///
/// A striking difference is that we do not need a core for elements (the core is interesting in
/// Iris because of the persistent modality, which Verus does not have).
///
/// See [`Resource`] for more information.
// TODO(bsdinis): it should probably not be required that ghost things be sized, but that sounds
// like a relatively complicated change -- needs to be done across the codebase
pub trait ResourceAlgebra: Sized {
    /// Whether an element is valid
    spec fn valid(self) -> bool;

    }

/// Implementation of a [`Resource`] based on a [`ResourceAlgebra`]
// This follows roughly the Iris from the Ground up construction
impl<RA: ResourceAlgebra> Resource<RA> {
    #[verifier::type_invariant]
    spec fn inv(self) -> bool {
        self.pcm.value() is Some
    }

    /// The underlying value of the resource
    pub closed spec fn value(self) -> RA {
        self.pcm.value()->Some_0
    }

    /// The location of the resource
    pub closed spec fn loc(self) -> Loc {
        self.pcm.loc()
    }

    /// Allocate a new resource at a fresh location
    // GHOST-ALLOC rule
    /// We can join together two resources at the same location, where we obtain the combination of
    /// the two
    // reverse implication in the GHOST-OP rule
    /// If a resource holds the result of a composition, we can split it into the components
    // implication in the GHOST-OP rule
    /// Whenever we have a resource, that resource is valid. This intuitively (and inductively)
    /// holds because:
    ///     1. We only create valid resources (via [`alloc`]);
    ///     2. We can only update the value of a resource via a [`frame_preserving_update_opt`] (see
    ///        [`update`](Self::update) for more details. Because of the requirement of that
    ///        updates are frame preserving this means that `join`s remain valid.
    pub proof fn validate(tracked &self)
        ensures
            self.value().valid(),
    {
        use_type_invariant(self);
        self.pcm.validate();
    }

    /// This is a more general version of [`update`](Self::update).
    // GHOST-UPDATE rule
    /// Update a resource to a new value. This can only be done if the update is frame preserving
    /// (i.e., any value that could be composed with the original value can still be composed with
    /// the new value).
    ///
    /// See [`frame_preserving_update`] for more information.
    // variant of the GHOST-UPDATE rule
    /// This is useful when you have two (or more) shared resources and want to learn
    /// that they agree, as you can combine this validate, e.g., `x.join_shared(y).validate()`.
    pub proof fn join_shared<'a>(tracked &'a self, tracked other: &'a Self) -> (tracked out:
        &'a Self)
        requires
            self.loc() == other.loc(),
        ensures
            out.loc() == self.loc(),
            incl(self.value(), out.value()) || self.value() == out.value(),
            incl(other.value(), out.value()) || other.value() == out.value(),
    {
        use_type_invariant(self);
        use_type_invariant(other);
        let tracked pcm = self.pcm.join_shared(&other.pcm);
        assert(pcm.value() is Some);
        assert(incl(Some(self.value()), pcm.value()));
        assert(incl(Some(other.value()), pcm.value()));
        lemma_incl_opt_rev(self.value(), pcm.value()->Some_0);
        lemma_incl_opt_rev(other.value(), pcm.value()->Some_0);
        Self::mk_ref(pcm)
    }

    /// Extract a shared reference to a preceding element in the extension order from a shared reference.
    pub proof fn weaken(tracked &self, target: RA) -> (tracked out: &Self)
        requires
            incl(target, self.value()),
        ensures
            out.loc() == self.loc(),
            out.value() == target,
    {
        use_type_invariant(self);
        lemma_incl_opt(target, self.value());
        let tracked pcm = self.pcm.weaken(Some(target));
        Self::mk_ref(pcm)
    }

    /// We can do a similar update to [`update_with_shared`](Resource::update_with_shared) for non-deterministic updates
    pub proof fn join_shared_to_target<'a>(
        tracked &'a self,
        tracked other: &'a Self,
        target: RA,
    ) -> (tracked out: &'a Self)
        requires
            self.loc() == other.loc(),
            conjunct_shared(Some(self.value()), Some(other.value()), Some(target)),
        ensures
            out.loc() == self.loc(),
            out.value() == target,
    {
        let tracked joined = self.join_shared(other);
        joined.validate();
        assert(Some(joined.value()).valid());
        if self.value() == joined.value() {
            Some(self.value()).op_unit();
            assert(incl(Some(self.value()), Some(joined.value())));
        } else {
            lemma_incl_opt(self.value(), joined.value());
        }
        if other.value() == joined.value() {
            Some(other.value()).op_unit();
            assert(incl(Some(other.value()), Some(joined.value())));
        } else {
            lemma_incl_opt(other.value(), joined.value());
        }
        assert(incl(Some(target), Some(joined.value())));
        lemma_incl_opt_rev(target, joined.value());
        if joined.value() == target {
            joined
        } else {
            joined.weaken(target)
        }
    }

    proof fn mk_ref<'a>(tracked pcm: &'a pcm::Resource<Option<RA>>) -> (tracked res: &'a Self)
        requires
            pcm.value() is Some,
        ensures
            res.pcm == pcm,
    {
        shr_ref_struct_wrap(pcm, &Self { pcm: arbitrary() }, "", "pcm")
    }
}

} // verus!

#[allow(unused_imports)]
use vstd::modes::*;
use vstd::prelude::*;
use vstd::set::*;
use vstd::resource::Loc;
use vstd::resource::option::*;
use vstd::resource::pcm;
use vstd::resource::relations::*;
#[allow(unused_imports)]
use vstd::resource::algebra::*;
} // mod algebra
#[allow(unused_imports)]
pub use vstd::resource::*;
} // mod resource
#[allow(unused_imports)]
pub use vstd::*;

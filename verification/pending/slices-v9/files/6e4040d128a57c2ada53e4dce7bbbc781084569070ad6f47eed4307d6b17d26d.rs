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
    /// This is a more general version of [`update`](Self::update).
    // GHOST-UPDATE rule
    pub proof fn update_nondeterministic(tracked self, new_values: ISet<RA>) -> (tracked out: Self)
        requires
            frame_preserving_update_nondeterministic_opt(self.value(), new_values),
        ensures
            out.loc() == self.loc(),
            new_values.contains(out.value()),
    {
        use_type_invariant(&self);
        let opt_new_values = new_values.map(|v| Some(v));
        lemma_frame_preserving_update_nondeterministic_opt(self.value(), new_values);
        let tracked pcm = self.pcm.update_nondeterministic(opt_new_values);
        Resource { pcm }
    }

    /// Update a resource to a new value. This can only be done if the update is frame preserving
    /// (i.e., any value that could be composed with the original value can still be composed with
    /// the new value).
    ///
    /// See [`frame_preserving_update`] for more information.
    // variant of the GHOST-UPDATE rule
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

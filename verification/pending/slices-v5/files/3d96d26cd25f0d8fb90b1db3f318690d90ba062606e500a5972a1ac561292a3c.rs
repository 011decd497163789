// client-crate form of vstd/resource/algebra.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod algebra {

verus! {

broadcast use super::super::iset::group_iset_lemmas;


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

/// Implementation of a [`Resource`] based on a [`ResourceAlgebra`]
// This follows roughly the Iris from the Ground up construction

pub proof fn update<RA: ResourceAlgebra>(tracked self_: Resource<RA>, new_value: RA) -> (tracked out: Resource<RA>)
        requires
            frame_preserving_update_opt(self_.value(), new_value),
        ensures
            out.loc() == self_.loc(),
            out.value() == new_value,
    {
        let new_values = iset![new_value];
        assert(new_values.contains(new_value));
        self_.update_nondeterministic(new_values)
    }



} // verus!

#[allow(unused_imports)]
use vstd::modes::*;
use vstd::prelude::*;
use vstd::set::*;
use vstd::resource::option::*;
use vstd::resource::relations::*;
#[allow(unused_imports)]
use vstd::resource::algebra::*;
} // mod algebra
#[allow(unused_imports)]
pub use vstd::resource::*;
} // mod resource
#[allow(unused_imports)]
pub use vstd::*;

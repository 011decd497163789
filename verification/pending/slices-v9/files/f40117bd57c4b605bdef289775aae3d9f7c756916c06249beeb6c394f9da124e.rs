// client-crate form of vstd/resource/impls/iset.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod impls {
pub mod iset {
//! Implementation of a resource for ownership of subsets of values in a set
//!
//! - [`GhostISetAuth<T>`] represents authoritative ownership of the entire set;
//! - [`GhostISubset<T>`] represents client ownership of some subset;
//! - [`GhostPersistentISubset<T>`] represents duplicable client knowledge of some persistent subset;
//! - [`GhostISingleton<T>`] represents client ownership of a singleton.
//! - [`GhostPersistentISingleton<T>`] represents duplicable client knowledge of a persistent singleton;
//!
//! Updating the authoritative `GhostISetAuth<T>` requires a `GhostISubset<T>` containing
//! the values being updated.
//!
//! `GhostISubset<T>`s can be combined or split.
//! Whenever a `GhostISubset<T>` can be used, we can instead use a `GhostISingleton<T>` (but not vice-versa).
//!
//! `GhostPersistentISubset<T>`s can be combined or split.
//! Whenever a `GhostPersistentISubset<T>` can be used, we can instead use a `GhostPersistentISingleton<T>` (but not vice-versa).
//!
//! ### Example
//!
//! ```
//! fn example_use() {
//!     let tracked (mut auth, mut sub) = GhostISetAuth::new(set![1u8, 2u8, 3u8]);
//!
//!     // Allocate some more values in the auth set, receiving a new subset.
//!     let tracked sub2 = auth.insert_set(set![4u8, 5u8]);
//!     proof { sub.combine(sub2); }
//!
//!     // Allocate a single value in the auth set, receiving a points to
//!     let tracked pt1 = auth.insert(6u8);
//!     proof { sub.combine_points_to(pt1); }
//!
//!     // Delete some values in the auth set, by returning corresponding subset.
//!     let tracked sub3 = sub.split(set![3u8, 4u8]);
//!     proof { auth.delete(sub3); }
//!
//!     // Split the subset into a singleton and a subset
//!     let tracked pt1 = sub.split_singleton(1u8);
//!     let tracked sub4 = sub.split(set![5u8, 6u8]);
//!
//!     // In general, we might need to call agree() to establish the fact that
//!     // a singleton/subset has the same values as the auth set.  Here, Verus
//!     // doesn't need agree because it can track where both the auth, singleton
//!     // and subset came from.
//!     proof { sub.agree(&auth); }
//!     proof { pt1.agree(&auth); }
//!     proof { sub4.agree(&auth); }
//!
//!     assert(auth@.contains(pt1@));
//!     assert(sub4@ <= auth@);
//!     assert(sub@ <= auth@);
//!
//!     // Persist and duplicate the submap
//!     let mut psub1 = sub.persist();
//!     assert(psub1.contains(2u8));
//!     let psub2 = psub1.duplicate();
//!     assert(psub2.contains(2u8));
//!
//!     // Not shown in this simple example is the main use case of this resource:
//!     // maintaining an invariant between GhostISetAuth<T> and some exec-mode
//!     // shared state with a map view (e.g., HashISet<T>), which states that
//!     // the ISet<T> view of GhostISetAuth<T> is the same as the view of the
//!     // HashISet<T>, and then handing out a GhostISubset<T> to different
//!     // clients that might need to operate on different values in the set
//! }
//! ```

verus! {

broadcast use super::super::super::group_vstd_default;

/// A resource that has the authoritative ownership on the entire set
///
/// For ownership of only a subset of values, see [`GhostISubset`].
/// For ownership of a single value, see [`GhostISingleton`].
#[verifier::reject_recursive_types(T)]
pub struct GhostISetAuth<T> {
    map: GhostIMapAuth<T, ()>,
}




/// A resource that asserts duplicable client knowledge of a persistent singleton
///
/// For the authoritative resource of the whole set, see [`GhostISetAuth`]
#[verifier::reject_recursive_types(T)]
pub struct GhostPersistentISingleton<T> {
    map: GhostPersistentIPointsTo<T, ()>,
}

impl<T> GhostISetAuth<T> {
    /// Resource location
    pub closed spec fn id(self) -> Loc {
        self.map.id()
    }

    /// Logically underlying [`ISet`]
    pub closed spec fn view(self) -> ISet<T> {
        self.map@.dom()
    }

    }




impl<T> GhostPersistentISingleton<T> {
    /// Location of the underlying resource
    pub closed spec fn id(self) -> Loc {
        self.map.id()
    }

    /// Value known by the singleton
    pub closed spec fn view(self) -> T {
        self.map@.0
    }

    /// Agreement between a [`GhostPersistentISingleton`] and a corresponding [`GhostISetAuth`]
    ///
    /// Verus might not have full context of the [`GhostISetAuth`] and a corresponding [`GhostPersistentISingleton`].
    /// However, whenever we know that they refer to the same resource (i.e., have matching ids) we
    /// can assert that the [`GhostPersistentISingleton`] is a subset of the [`GhostISetAuth`].
    /// ```
    /// proof fn test(tracked &auth: GhostISetAuth<int>, tracked &pt: GhostPersistentISingleton<int>)
    ///     requires
    ///         auth.id() == sub.id(),
    ///         pt@ == 1int
    ///     ensures
    ///         auth@.contains(1int)
    /// {
    ///     pt.agree(auth);
    ///     assert(auth@.contains(1int));
    /// }
    /// ```
    pub proof fn agree(tracked self: &GhostPersistentISingleton<T>, tracked auth: &GhostISetAuth<T>)
        requires
            self.id() == auth.id(),
        ensures
            auth@.contains(self@),
    {
        self.map.agree(&auth.map);
    }

    }

} // verus!

#[allow(unused_imports)]
use vstd::map::*;
use vstd::map_lib::*;
use vstd::modes::*;
use vstd::prelude::*;
use vstd::set::*;
use vstd::set_lib::*;
use vstd::resource::Loc;
use vstd::resource::imap::GhostIMapAuth;
use vstd::resource::imap::GhostPersistentIPointsTo;
#[allow(unused_imports)]
use vstd::resource::iset::*;
} // mod iset
} // mod impls
#[allow(unused_imports)]
pub use vstd::resource::*;
} // mod resource
#[allow(unused_imports)]
pub use vstd::*;

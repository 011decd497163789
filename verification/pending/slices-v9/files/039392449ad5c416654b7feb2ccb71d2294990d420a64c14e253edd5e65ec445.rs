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

/// A resource that has client ownership of a subset
///
/// The existence of a [`GhostISubset`] implies that:
///  - Those values will remain in the set unless ;
///  - Those values will remain in the set (unless the onwer of the [`GhostISubset`] deletes it using [`GhostISetAuth::delete`]);
///  - All other [`GhostISubset`]/[`GhostISingleton`] are disjoint from it
#[verifier::reject_recursive_types(T)]
pub struct GhostISubset<T> {
    map: GhostISubmap<T, ()>,
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

    /// Insert a [`ISet`] of values, receiving the [`GhostISubset`] that asserts ownership over the set inserted.
    ///
    /// ```
    /// proof fn insert_set_example(tracked mut m: GhostISetAuth<int>) -> (tracked r: GhostISubset<int>)
    ///     requires
    ///         m@.contains(1int),
    ///         m@.contains(2int),
    /// {
    ///     let tracked subset = m.insert_set(set![1int, 2int]);
    ///     // do something with the subset
    ///     subset
    /// }
    /// ```
    pub proof fn insert_set(tracked &mut self, s: ISet<T>) -> (tracked result: GhostISubset<T>)
        requires
            old(self)@.disjoint(s),
        ensures
            final(self).id() == old(self).id(),
            final(self)@ == old(self)@.union(s),
            result.id() == final(self).id(),
            result@ == s,
    {
        let m = s.mk_map(|k: T| ());
        let tracked submap = self.map.insert_map(m);
        GhostISubset { map: submap }
    }

    }

impl<T> GhostISubset<T> {
    /// Resource location
    pub closed spec fn id(self) -> Loc {
        self.map.id()
    }

    /// Logically underlying [`ISet`]
    pub closed spec fn view(self) -> ISet<T> {
        self.map@.dom()
    }

    /// When we have two [`GhostISubset`]s we can prove that they have disjoint domains.
    pub proof fn disjoint(tracked &mut self, tracked other: &GhostISubset<T>)
        requires
            old(self).id() == other.id(),
        ensures
            final(self).id() == old(self).id(),
            final(self)@ == old(self)@,
            final(self)@.disjoint(other@),
    {
        self.map.disjoint(&other.map);
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
use vstd::resource::imap::GhostISubmap;
#[allow(unused_imports)]
use vstd::resource::iset::*;
} // mod iset
} // mod impls
#[allow(unused_imports)]
pub use vstd::resource::*;
} // mod resource
#[allow(unused_imports)]
pub use vstd::*;

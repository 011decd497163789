// client-crate form of vstd/resource/impls/ghost_var.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod impls {
pub mod ghost_var {

verus! {

/// See [`GhostVarAuth<T>`] for more information.
pub tracked struct GhostVar<T> {
    frac: FracGhost<T>,
}

impl<T> GhostVar<T> {
    #[verifier::type_invariant]
    spec fn inv(self) -> bool {
        self.frac.frac() == (1 as real) / (2 as real)
    }

    pub closed spec fn id(self) -> Loc {
        self.frac.id()
    }

    pub closed spec fn view(self) -> T {
        self.frac.view()
    }
}

/// `GhostVarAuth<T>` is one half of a pair of tokens—the other being [`GhostVar<T>`].
/// These tokens each track a value, and they can only be allocated or updated together.
/// Thus, the pair of tokens always agree on the value, but they can be owned separately.
///
/// One possible application is to have a library which
/// keeps `GhostVarAuth<T>` and maintains an invariant relating the implementation's
/// abstract state to the value of `GhostVarAuth<T>`.  Both `GhostVarAuth<T>`
/// and [`GhostVar<T>`] are needed together to update the value, but either one alone
/// allows reasoning about the current state.
///
/// These tokens can be implemented using fractional permissions, e.g., [`FracGhost`].
///
/// ### Example
///
/// ```
/// fn example() {
///     let tracked (mut gauth, mut gvar) = GhostVarAuth::<u64>::new(1);
///     assert(gauth@ == 1);
///     assert(gvar@ == 1);
///     proof {
///         gauth.update(&mut gvar, 2);
///     }
///     assert(gauth@ == 2);
///     assert(gvar@ == 2);
/// }
/// ```
pub tracked struct GhostVarAuth<T> {
    frac: FracGhost<T>,
}

impl<T> GhostVarAuth<T> {
    #[verifier::type_invariant]
    spec fn inv(self) -> bool {
        self.frac.frac() == (1 as real) / (2 as real)
    }

    pub closed spec fn id(self) -> Loc {
        self.frac.id()
    }

    pub closed spec fn view(self) -> T {
        self.frac.view()
    }

    /// Ensure that both tokens agree on the value.
    pub proof fn agree(tracked &self, tracked v: &GhostVar<T>)
        requires
            self.id() == v.id(),
        ensures
            self@ == v@,
    {
        self.frac.agree(&v.frac)
    }

    }

} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
use vstd::resource::Loc;
use vstd::resource::frac::FracGhost;
#[allow(unused_imports)]
use vstd::resource::ghost_var::*;
} // mod ghost_var
} // mod impls
#[allow(unused_imports)]
pub use vstd::resource::*;
} // mod resource
#[allow(unused_imports)]
pub use vstd::*;

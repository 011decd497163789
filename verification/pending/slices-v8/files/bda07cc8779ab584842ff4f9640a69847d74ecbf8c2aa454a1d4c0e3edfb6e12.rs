//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


pub mod resource {
//! Resource algebras based on Iris PCM and Leaf storage-protocol.
pub mod ghost_resource {
//! Ghost resources available for use in proofs.
pub mod count_auth {
//! Integer-based counting storage resources with authority.
use vstd::imap::*;
use vstd::modes::tracked_swap;
use vstd::prelude::*;
use vstd::resource::Loc;
use vstd::resource::storage_protocol::*;

verus! {

/// A protocol monoid that tracks a resource value, its fraction, and **the authority**.
ghost enum FractionalCarrierOpt<T, const TOTAL: usize> {
    Value { v: Option<T>, n: int, auth: bool },
    Empty,
    Invalid,
}

impl<T, const TOTAL: usize> Protocol<(), T> for FractionalCarrierOpt<T, TOTAL> {
    closed spec fn op(self, other: Self) -> Self {
        match self {
            FractionalCarrierOpt::Invalid => FractionalCarrierOpt::Invalid,
            FractionalCarrierOpt::Empty => other,
            FractionalCarrierOpt::Value { v: sv, n: sn, auth: sa } => match other {
                FractionalCarrierOpt::Invalid => FractionalCarrierOpt::Invalid,
                FractionalCarrierOpt::Empty => self,
                FractionalCarrierOpt::Value { v: ov, n: on, auth: oa } => {
                    if sv != ov {
                        FractionalCarrierOpt::Invalid
                    } else if sa && oa {
                        FractionalCarrierOpt::Invalid
                    } else if sn < 0 || on < 0 || (!sa && sn == 0) || (!oa && on == 0) {
                        FractionalCarrierOpt::Invalid
                    } else {
                        FractionalCarrierOpt::Value { v: sv, n: sn + on, auth: sa || oa }
                    }
                },
            },
        }
    }

    closed spec fn rel(self, s: IMap<(), T>) -> bool {
        match self {
            FractionalCarrierOpt::Value { v, n, auth } => {
                (match v {
                    Some(v0) => s.dom().contains(()) && s[()] == v0,
                    None => s =~= imap![],
                }) && auth && n == TOTAL && n != 0
            },
            FractionalCarrierOpt::Empty => false,
            FractionalCarrierOpt::Invalid => false,
        }
    }

    closed spec fn unit() -> Self {
        FractionalCarrierOpt::Empty
    }

    proof fn commutative(a: Self, b: Self) {
    }

    proof fn associative(a: Self, b: Self, c: Self) {
    }

    proof fn op_unit(a: Self) {
    }
}

pub tracked struct Count<T, const TOTAL: usize = 2> {
    r: StorageResource<(), T, FractionalCarrierOpt<T, TOTAL>>,
}


impl<T, const TOTAL: usize> Count<T, TOTAL> {
    #[verifier::type_invariant]
    spec fn inv(self) -> bool {
        &&& self.r.value() matches FractionalCarrierOpt::Value { v: Some(_), .. }
        &&& self.r.value()->n > 0
    }

    /// Returns the unique identifier.
    pub closed spec fn id(self) -> Loc {
        self.r.loc()
    }

    /// Returns the stored resource value.
    pub closed spec fn resource(self) -> T {
        self.r.value()->v->0
    }

    /// Returns the fraction of the resource.
    pub closed spec fn frac(self) -> int {
        self.r.value()->n
    }

    /// Whether this token carries the unique authority for taking/updating the resource.
    pub closed spec fn has_authority(self) -> bool {
        self.r.value()->auth
    }

    
    
    
    
    
    /// Combines another `Count` into this one, consuming the other `Count`.
    pub proof fn combine(tracked &mut self, tracked other: Self)
        requires
            old(self).id() == other.id(),
        ensures
            final(self).id() == old(self).id(),
            final(self).resource() == old(self).resource(),
            final(self).resource() == other.resource(),
            final(self).frac() == old(self).frac() + other.frac(),
            final(self).has_authority() == (old(self).has_authority() || other.has_authority()),
    {
        use_type_invariant(&*self);
        Self::combine_helper(&mut self.r, other)
    }

    proof fn combine_helper(
        tracked r: &mut StorageResource<(), T, FractionalCarrierOpt<T, TOTAL>>,
        tracked other: Self,
    )
        requires
            old(r).loc() == other.id(),
            old(r).value() matches FractionalCarrierOpt::Value { v: Some(_), .. },
            old(r).value()->n > 0,
        ensures
            final(r).loc() == old(r).loc(),
            final(r).value()->v->0 == old(r).value()->v->0,
            final(r).value()->v->0 == other.resource(),
            final(r).value()->n == old(r).value()->n + other.frac(),
            final(r).value()->auth == (old(r).value()->auth || other.has_authority()),
            final(r).value()->n > 0,
            final(r).value() matches FractionalCarrierOpt::Value { v: Some(_), .. },
    {
        r.validate();
        use_type_invariant(&other);
        let tracked mut r1 = StorageResource::alloc(
            FractionalCarrierOpt::Value { v: None, n: TOTAL as int, auth: true },
            IMap::tracked_empty(),
        );
        tracked_swap(r, &mut r1);
        r1.validate_with_shared(&other.r);
        *r = StorageResource::join(r1, other.r);
    }

    
    
    
    }




} // verus!
}
}
}



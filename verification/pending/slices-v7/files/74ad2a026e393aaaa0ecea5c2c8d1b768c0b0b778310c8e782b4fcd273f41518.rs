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


pub tracked struct EmptyCount<T, const TOTAL: usize = 2> {
    r: StorageResource<(), T, FractionalCarrierOpt<T, TOTAL>>,
}


impl<T, const TOTAL: usize> EmptyCount<T, TOTAL> {
    #[verifier::type_invariant]
    spec fn inv(self) -> bool {
        &&& self.r.value() matches FractionalCarrierOpt::Value { v: None, n, auth: true }
        &&& n == TOTAL
    }

    
    /// Allocates a new `EmptyCount`, the `id` is arbitrary.
    pub proof fn alloc() -> (tracked result: Self)
        requires
            TOTAL > 0,
    {
        let f = FractionalCarrierOpt::<T, TOTAL>::Value { v: None, n: TOTAL as int, auth: true };
        let tracked mut m = IMap::<(), T>::tracked_empty();
        let tracked r = StorageResource::alloc(f, m);
        Self { r }
    }

    }



} // verus!
}
}
}



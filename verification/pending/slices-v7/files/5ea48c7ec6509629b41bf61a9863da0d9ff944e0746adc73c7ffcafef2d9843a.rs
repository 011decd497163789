//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.




pub mod sum {
use vstd::modes::tracked_swap;
use vstd::prelude::*;

verus! {

/// The Sum Type, corresponding to the `Either` type in Rust.
pub tracked enum Sum<L, R> {
    Left(L),
    Right(R),
}

impl<L, R> Sum<L, R> {
    
    
    pub proof fn tracked_new_left(tracked left: L) -> (tracked res: Self)
        returns
            Self::Left(left),
    {
        Self::Left(left)
    }

    
    
    
    
    
    
    
    
    }



} // verus!
}

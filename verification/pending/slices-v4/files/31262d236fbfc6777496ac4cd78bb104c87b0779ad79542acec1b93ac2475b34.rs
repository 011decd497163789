//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


pub mod resource {
//! Resource algebras based on Iris PCM and Leaf storage-protocol.
pub mod storage_protocol {
//! Leaf-style storage protocol monoids.
pub mod hybrid_product {
//! Product of a PCM and a storage-protocol resource algebra.
use core::marker::PhantomData;
use vstd::prelude::*;
use vstd::resource::pcm::PCM;
use vstd::resource::storage_protocol::*;

verus! {

/// The hybrid product of a PCM and a storage-protocol resource algebra.
pub ghost struct HybridProduct<P: PCM, S: Protocol<K, V>, K, V> {
    pub pcm: P,
    pub protocol: S,
    /// A Rust compiler restriction.
    pub _phantom: PhantomData<(K, V)>,
}

impl<P, S, K, V> Protocol<K, V> for HybridProduct<P, S, K, V> where P: PCM, S: Protocol<K, V> {
    open spec fn op(self, other: Self) -> Self {
        HybridProduct {
            pcm: P::op(self.pcm, other.pcm),
            protocol: self.protocol.op(other.protocol),
            _phantom: PhantomData,
        }
    }

    open spec fn rel(self, s: IMap<K, V>) -> bool {
        self.protocol.rel(s)
    }

    open spec fn unit() -> Self {
        HybridProduct { pcm: P::unit(), protocol: S::unit(), _phantom: PhantomData }
    }

    proof fn commutative(a: Self, b: Self) {
        P::commutative(a.pcm, b.pcm);
        S::commutative(a.protocol, b.protocol);
    }

    proof fn associative(a: Self, b: Self, c: Self) {
        P::associative(a.pcm, b.pcm, c.pcm);
        S::associative(a.protocol, b.protocol, c.protocol);
    }

    proof fn op_unit(a: Self) {
        P::op_unit(a.pcm);
        S::op_unit(a.protocol);
    }
}


} // verus!
}
}
}



//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


pub mod external {
//! Specifications for functions from Rust standard library but not specified in `vstd`.
//!
//! These specifications are determined with careful inspection of the std library source code and documentation, and trusted as TCB.
//! They are subject to change if `vstd` covers more cases in the future.
pub mod btree {
//! Additional specifications for mutable [`BTreeMap`] operations not covered by vstd.
use core::{borrow::Borrow, cmp::Ordering, ops::Bound};
use vstd::{
    assert_maps_equal,
    laws_cmp::obeys_cmp,
    prelude::*,
    std_specs::{
        btree::{
            borrowed_key_removed, contains_borrowed_key, increasing_seq, maps_borrowed_key_to_value,
        },
        cmp::OrdSpec,
    },
};

verus! {


/// The abstract state of a mutable B-tree cursor.
///
/// A cursor points at the gap immediately before `keys[position]`. Therefore `peek_next`
/// accesses `keys[position]`, while `peek_prev` accesses `keys[position - 1]`.
pub ghost struct CursorMutModel<Key, Value> {
    /// All keys in the underlying map, in strictly increasing order.
    pub keys: Seq<Key>,
    /// The index of the element immediately after the cursor.
    pub position: int,
    /// The current contents of the complete map borrowed by the cursor.
    pub map: Map<Key, Value>,
}


/// Additional abstract and prophetic state for mutable B-tree cursors.
pub trait CursorMutAdditionalSpecFns<Key, Value>: Sized {
    spec fn view(&self) -> CursorMutModel<Key, Value>;

    }



















} // verus!
}

pub use btree::*;

use vstd::prelude::*;

verus! {


} // verus!
}
pub mod ghost_tree {
use vstd::prelude::*;

use vstd::seq::*;
use vstd::seq_lib::*;

use super::ownership::*;

verus! {



} // verus!
verus! {

pub trait TreeNodeValue<const L: usize>: Sized + Inv {
    
    
    
    
    
    }

/// A ghost tree node with depth `L` and `N` children.
///
/// Each tree node has a value of type `T` and a sequence of children, forming a subtree.
/// The length of the child seuquence is fixed at `N`, while the absence of a child is represeneted with `Option::None`.
/// The maximum depth of the tree is `L`.
pub tracked struct TreeNode<T: TreeNodeValue<L>, const N: usize, const L: usize> {
    tracked value: T,
    ghost level: nat,
    // See https://github.com/verus-lang/verus/issues/2627.
    tracked children: Tracked<Seq<Option<TreeNode<T, N, L>>>>,
}

impl<T: TreeNodeValue<L>, const N: usize, const L: usize> TreeNode<T, N, L> {
    /// Returns the value stored in this node.
    pub closed spec fn value(self) -> T {
        self.value
    }

    /// Returns the level of this node.
    pub closed spec fn level(self) -> nat {
        self.level
    }

    /// Returns the sequence of children.
    pub closed spec fn children(self) -> Seq<Option<Self>> {
        self.children@
    }

    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    pub proof fn tracked_borrow_mut_value(tracked &mut self) -> (tracked res: &mut T)
        ensures
            *res == old(self).value(),
            final(self).value() == *final(res),
            final(self).level() == old(self).level(),
            final(self).children() == old(self).children(),
    {
        &mut self.value
    }

    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    }



} // verus!
verus! {



} // verus!
verus! {


} // verus!
}
pub mod ownership {
use vstd::prelude::*;

verus! {

pub trait Inv {
    }




} // verus!
}



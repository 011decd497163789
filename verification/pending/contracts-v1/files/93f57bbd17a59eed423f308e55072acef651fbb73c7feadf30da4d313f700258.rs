//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


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

    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    pub proof fn tracked_borrow_value(tracked &self) -> (tracked res: &T)
        ensures
            *res == self.value(),
    {
        &self.value
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



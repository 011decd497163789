use verus_state_machines_macros::tokenized_state_machine;
use vstd::imap::*;
use vstd::iset::*;
use vstd::modes::*;
use vstd::prelude::*;
use vstd::seq::*;
use vstd::slice::*;
use vstd::{pervasive::*, prelude::*, *};

verus! {






enum NodeToken {
    Unvisited(TopSort::unvisited<usize>),
    InProgress,
    Visited(TopSort::visited<usize>),
}

struct NodeState {
    visited: bool,
    in_stack: bool,
    token: Tracked<NodeToken>,
}

impl NodeState {
    spec fn well_formed(&self, i: int, inst: TopSort::Instance<usize>) -> bool {
        match self.token@ {
            NodeToken::Unvisited(token) => {
                &&& !self.visited
                &&& !self.in_stack
                &&& token.instance_id() == inst.id()
                &&& token.element() == i
            },
            NodeToken::InProgress => {
                &&& self.visited
                &&& self.in_stack
            },
            NodeToken::Visited(token) => {
                &&& self.visited
                &&& !self.in_stack
                &&& token.instance_id() == inst.id()
                &&& token.element() == i
            },
        }
    }
}









fn init_node_states(
    n: usize,
    Tracked(instance): Tracked<TopSort::Instance<usize>>,
    Tracked(unv): Tracked<TopSort::unvisited_set<usize>>,
) -> (node_states: Vec<NodeState>)
    requires
        forall|j: usize| 0 <= j && j < n ==> unv.contains(j),
        unv.instance_id() == instance.id(),
    ensures
        node_states@.len() == n as int,
        forall|j: int|
            0 <= j && j < node_states@.len() ==> node_states@.index(j).well_formed(j, instance),
        forall|j: int| 0 <= j && j < node_states@.len() ==> !node_states@.index(j).in_stack,
{
    let mut node_states = Vec::<NodeState>::new();
    let mut i: usize = 0;
    let tracked mut unv = unv;
    while i < n
        invariant
            0 <= i && i <= n,
            node_states@.len() == i as int,
            forall|j: int| 0 <= j && j < i ==> node_states@.index(j).well_formed(j, instance),
            forall|j: int| 0 <= j && j < i ==> !node_states@.index(j).in_stack,
            forall|j: usize| i <= j && j < n ==> #[trigger] unv.contains(j),
            unv.instance_id() == instance.id(),
    {
        assert(unv.contains(i));
        let tracked unv1 = unv.remove(i);
        node_states.push(
            NodeState {
                visited: false,
                in_stack: false,
                token: Tracked(NodeToken::Unvisited(unv1)),
            },
        );
        i = i + 1;
        /*let ghost i_spec = i;
        assert_forall_by(|j: int| {
            requires(0 <= j && j < i);
            ensures(node_states@.index(j).well_formed(j, instance));

            if j + 1 < i_spec {
                assert(old_node_states@.index(j).well_formed(j, instance));
            } else {
                assert(node_states@.index(j).well_formed(j, instance));
            }
        });*/
    }
    node_states
}




} // verus!

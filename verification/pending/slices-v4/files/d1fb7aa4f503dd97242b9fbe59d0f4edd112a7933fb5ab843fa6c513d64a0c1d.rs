use verus_state_machines_macros::tokenized_state_machine;
use vstd::imap::*;
use vstd::iset::*;
use vstd::modes::*;
use vstd::prelude::*;
use vstd::seq::*;
use vstd::slice::*;
use vstd::{pervasive::*, prelude::*, *};

verus! {

#[verifier::reject_recursive_types(V)]
pub struct DirectedGraph<V> {
    pub edges: ISet<(V, V)>,
}

impl<V> DirectedGraph<V> {
    
    
    pub open spec fn is_cycle_i(&self, s: Seq<V>, i: int) -> bool {
        self.edges.contains((s[i], s[i + 1]))
    }

    pub open spec fn is_cycle(&self, s: Seq<V>) -> bool {
        s.len() > 0 && (forall|i: int| 0 <= i < s.len() - 1 ==> self.is_cycle_i(s, i))
            && self.edges.contains((s.last(), s[0]))
    }
}


struct ConcreteDirectedGraph {
    edges: Vec<Vec<usize>>,
}

impl ConcreteDirectedGraph {
    spec fn well_formed(&self) -> bool {
        forall|i, j|
            0 <= i < self.edges@.len() && 0 <= j < self.edges@.index(i)@.len() ==> 0 <= (
            #[trigger] self.edges@.index(i)@.index(j)) < self.edges@.len()
    }

    spec fn view(&self) -> DirectedGraph<usize> {
        DirectedGraph {
            edges: ISet::<(usize, usize)>::new(
                |p: (usize, usize)|
                    0 <= (p.0 as int) < (self.edges@.len() as int) && self.edges@.index(
                        p.0 as int,
                    )@.contains(p.1),
            ),
        }
    }
}

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

struct DfsState {
    top_sort: Vec<usize>,
    cur_stack: Vec<usize>,
    cycle: Vec<usize>,
    node_states: Vec<NodeState>,
    top_sort_token: Tracked<TopSort::top_sort<usize>>,
    instance: Tracked<TopSort::Instance<usize>>,
}

spec fn valid_stack_i(cur_stack: Seq<usize>, graph: DirectedGraph<usize>, i: int) -> bool {
    graph.edges.contains((cur_stack[i], cur_stack[i + 1]))
}

spec fn valid_stack(cur_stack: Seq<usize>, graph: DirectedGraph<usize>) -> bool {
    forall|i: int| 0 <= i < cur_stack.len() as int - 1 ==> valid_stack_i(cur_stack, graph, i)
}

impl DfsState {
    spec fn well_formed(&self, graph: &ConcreteDirectedGraph) -> bool {
        &&& graph.well_formed()
        &&& self.node_states@.len() == graph.edges@.len()
        &&& forall|i|
            0 <= i < self.node_states@.len() ==> self.node_states@[i].well_formed(i, self.instance@)
        &&& self.top_sort_token@.instance_id() == self.instance@.id()
        &&& self.top_sort_token@.value() == self.top_sort@
        &&& self.instance@.graph() == graph@
        &&& valid_stack(self.cur_stack@, graph@)
        &&& forall|i: usize|
            0 <= i < self.node_states@.len() ==> (self.node_states@[i as int].in_stack
                <==> self.cur_stack@.contains(i))
    }
}


fn vec_find(v: &Vec<usize>, needle: usize) -> (idx: usize)
    requires
        v@.contains(needle),
    ensures
        0 <= idx < v@.len() && v@[idx as int] == needle,
{
    let mut idx = 0;
    loop
        invariant
            v@.contains(needle),
            0 <= idx < v@.len(),
            forall|j| 0 <= j < idx ==> v@[j] != needle,
    {
        if v[idx] == needle {
            return idx;
        }
        assert(idx + 1 < v.len());
        idx = idx + 1;
    }
}

fn find_cycle(graph: &ConcreteDirectedGraph, dfs_state: &mut DfsState, v: usize)
    requires
        0 <= v && v < graph.edges@.len(),
        old(dfs_state).well_formed(graph),
        old(dfs_state).cur_stack@.len() >= 1 ==> graph@.edges.contains(
            (old(dfs_state).cur_stack@.last(), v),
        ),
        old(dfs_state).node_states@.index(v as int).in_stack,
    ensures
        graph@.is_cycle(final(dfs_state).cycle@),
        equal(final(dfs_state).instance, old(dfs_state).instance),
{
    let j = vec_find(&dfs_state.cur_stack, v);
    let len = dfs_state.cur_stack.len();
    let tmp1 = dfs_state.cur_stack.as_slice();
    let tmp2 = slice_subrange(tmp1, j, len);
    let cycle = slice_to_vec(tmp2);
    dfs_state.cycle = cycle;
    assert(tmp1@.len() == dfs_state.cur_stack.len());
    assert(tmp2@.len() + j == len);
    assert(tmp2@ == cycle@);
    assert(cycle.len() + j == len);
    assert(j + dfs_state.cycle@.len() == len);
    assert(graph@.is_cycle(dfs_state.cycle@)) by {
        assert forall|i: int| 0 <= i < dfs_state.cycle@.len() - 1 implies graph@.is_cycle_i(
            dfs_state.cycle@,
            i,
        ) by {
            assert(valid_stack_i(dfs_state.cur_stack@, graph@, i + j));  // trigger
        }
    };
}






} // verus!

use vstd::prelude::*;
use vstd::simple_pptr::*;
use vstd::*;

// "XOR Linked List". This is a sorta-cute (if not usually practical) folk data structure:
// A doubly-linked list which saves memory by having each node store the XOR of the two
// pointers to its two neighbors.
//
// This example uses the XOR Linked List to build a deque.
//
// TODO should really use usize, but bit-vector operations on usize aren't supported right now,
// so we use u64 and assume it's equivalent to usize.

verus! {

#[verifier::external_body]
proof fn lemma_usize_u64(x: u64)
    ensures
        x as usize as u64 == x,
{
    unimplemented!();
}

// Single node in the list
struct Node<V> {
    xored: u64,
    v: V,
}

// Doubly-linked list
// Contains head pointer, tail pointer
// and in ghost code, tracks all the pointers and all the permissions to access the nodes
type MemPerms<V> = PointsTo<Node<V>>;

// The xor-doubly-linked list requires us to treat pointers as integer addresses.
// This is somewhat tricky because it forces us to think a bit about pointer provenance.
// The simple_pptr library abstracts this away (and verifies it) and thus lets us treat pointers
// as isomoprhic to usize values.

struct DListXor<V> {
    ptrs: Ghost<Seq<PPtr<Node<V>>>>,
    perms: Tracked<Map<nat, MemPerms<V>>>,
    head: u64,
    tail: u64,
}

impl<V> DListXor<V> {
    spec fn wf_perms(&self) -> bool {
        forall|i: nat| 0 <= i < self.ptrs@.len() ==> self.wf_perm(i)
    }

    spec fn prev_of(&self, i: nat) -> u64
        recommends
            i < self.ptrs@.len(),
    {
        if i == 0 {
            0
        } else {
            self.ptrs@[i - 1].addr() as u64
        }
    }

    spec fn next_of(&self, i: nat) -> u64
        recommends
            i < self.ptrs@.len(),
    {
        if i + 1 == self.ptrs@.len() {
            0
        } else {
            self.ptrs@[i + 1int].addr() as u64
        }
    }

    spec fn wf_perm(&self, i: nat) -> bool
        recommends
            i < self.ptrs@.len(),
    {
        &&& self.perms@.dom().contains(i)
        &&& self.perms@[i].pptr() == self.ptrs@[i as int]
        &&& self.perms@[i].pptr() == self.ptrs@[i as int]
        &&& 0 < self.ptrs@[i as int].addr()
        &&& self.ptrs@[i as int].addr() < 0x10000000000000000
        &&& self.perms@[i].is_init()
        &&& self.perms@[i].value().xored == (self.prev_of(i) ^ self.next_of(i))
    }

    spec fn wf_head(&self) -> bool {
        if self.ptrs@.len() == 0 {
            self.head == 0
        } else {
            self.head == self.ptrs@[0].addr()
        }
    }

    spec fn wf_tail(&self) -> bool {
        if self.ptrs@.len() == 0 {
            self.tail == 0
        } else {
            self.tail == self.ptrs@[self.ptrs@.len() - 1].addr()
        }
    }

    spec fn wf(&self) -> bool {
        self.wf_perms() && self.wf_head() && self.wf_tail()
    }

    spec fn view(&self) -> Seq<V>
        recommends
            self.wf(),
    {
        Seq::<V>::new(self.ptrs@.len(), |i: int| { self.perms@[i as nat].value().v })
    }

    
    fn push_empty_case(&mut self, v: V)
        requires
            old(self).wf(),
            old(self).ptrs@.len() == 0,
        ensures
            final(self).wf(),
            final(self)@ == old(self)@.push(v),
    {
        let (ptr, Tracked(perm)) = PPtr::new(Node::<V> { xored: 0, v });
        proof {
            self.ptrs@ = self.ptrs@.push(ptr);
            (&perm).is_nonnull();
            let idx = (self.ptrs@.len() - 1) as nat;
            self.perms.borrow_mut().tracked_insert(idx, perm);
        }
        self.tail = ptr.addr() as u64;
        self.head = self.tail;
        assert(0u64 ^ 0u64 == 0u64) by (bit_vector);
        assert(self@ =~= old(self)@.push(v));
    }

    fn push_back(&mut self, v: V)
        requires
            old(self).wf(),
        ensures
            final(self).wf(),
            final(self)@ == old(self)@.push(v),
    {
        if self.tail == 0 {
            // Special case: list is empty
            proof {
                assert_by_contradiction!(self.ptrs@.len() == 0, {
                    assert(self.wf_perm((self.ptrs@.len() - 1) as nat));
                });
            }
            self.push_empty_case(v);
        } else {
            assert(self.ptrs@.len() > 0);
            assert(self.wf_perm((self.ptrs@.len() - 1) as nat));
            let tail_ptr_u64 = self.tail;
            proof {
                lemma_usize_u64(tail_ptr_u64);
            }
            let tail_ptr = PPtr::<Node<V>>::from_usize(tail_ptr_u64 as usize);
            let ghost idx = (self.ptrs@.len() - 1) as nat;
            let mut tail_node: &mut Node<V> = tail_ptr.borrow_mut(Tracked(self.perms.tracked_borrow_mut(idx)));
            let second_to_last_ptr = tail_node.xored;
            let (ptr, Tracked(perm)) = PPtr::new(Node::<V> { xored: tail_ptr_u64, v });
            proof {
                perm.is_nonnull();
            }
            let new_ptr_u64 = ptr.addr() as u64;
            tail_node.xored = second_to_last_ptr ^ new_ptr_u64;
            proof {
                let ghost idx = (self.ptrs@.len() - 1) as nat;
                self.perms.borrow_mut().tracked_insert(idx+1, perm);
                self.ptrs@ = self.ptrs@.push(ptr);
            }
            self.tail = new_ptr_u64;
            proof {
                assert(tail_ptr_u64 ^ 0 == tail_ptr_u64) by (bit_vector);
                let i = (self.ptrs@.len() - 2) as nat;
                //assert(self.perms@.dom().contains(i));
                //assert(self.perms@[i]@.pptr == self.ptrs@[i]@);
                //assert(self.perms@[i].value.is_Some());
                let prev_of_i = self.prev_of(i);
                assert(prev_of_i ^ 0 == prev_of_i) by (bit_vector);
                //assert(self.prev_of(i) == second_to_last_ptr);
                //assert(self.next_of(i) == new_ptr_int);
                //assert(self.perms@[i].value.get_Some_0().xored == (
                //    self.prev_of(i) ^ self.next_of(i)
                //));
                assert(self.wf_perm((self.ptrs@.len() - 2) as nat));
                assert(self.wf_perm((self.ptrs@.len() - 1) as nat));
                assert(forall|i: nat|
                    i < self.ptrs@.len() ==> old(self).wf_perm(i) ==> self.wf_perm(i));
                assert(self.wf_perms());
                assert(self.wf_tail());
                assert(self@[self.ptrs@.len() - 1] == v);
                assert forall|i: int| 0 <= i < self.ptrs@.len() - 1 implies old(self)@[i]
                    == self@[i] by {
                    assert(old(self).wf_perm(i as nat));  // trigger
                };
                assert(self@ =~= old(self)@.push(v));
            }
        }
    }

    
    
    }



} // verus!

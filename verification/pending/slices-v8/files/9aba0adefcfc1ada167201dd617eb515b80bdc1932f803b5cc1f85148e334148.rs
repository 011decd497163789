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

    
    
    
    
    fn pop_front(&mut self) -> (v: V)
        requires
            old(self).wf(),
            old(self)@.len() > 0,
        ensures
            final(self).wf(),
            final(self)@ == old(self)@.subrange(1, old(self)@.len() as int),
            v == old(self)@[0],
    {
        assert(self.wf_perm(0));
        let first_u64 = self.head;
        proof {
            lemma_usize_u64(first_u64);
        }
        let first_ptr = PPtr::<Node<V>>::from_usize(first_u64 as usize);
        let tracked first_perm: MemPerms<V> = self.perms.borrow_mut().tracked_remove(0);
        let first_node = first_ptr.into_inner(Tracked(first_perm));
        let second_u64 = first_node.xored;
        let v = first_node.v;
        proof {
            let self_tail = self.tail;
            assert(self_tail ^ 0 == self_tail) by (bit_vector);
            assert(0u64 ^ 0 == 0) by (bit_vector);
        }
        if second_u64 == 0 {
            self.tail = 0;
            self.head = 0;
            proof {
                assert_by_contradiction!(self.ptrs@.len() == 1, {
                    assert(old(self).wf_perm(1));
                    #[verifier::spec] let actual_second_u64 = self.next_of(0);
                    assert(0 ^ actual_second_u64 == actual_second_u64) by(bit_vector);
                });
            }
        } else {
            self.head = second_u64;
            assert(old(self)@.len() != 1);
            assert(old(self)@.len() >= 2);
            assert(old(self).wf_perm(1));
            proof {
                let actual_second_u64 = self.next_of(0);
                assert(0 ^ actual_second_u64 == actual_second_u64) by (bit_vector);
                lemma_usize_u64(second_u64);
            }
            let second_ptr = PPtr::<Node<V>>::from_usize(second_u64 as usize);
            let second_node = second_ptr.borrow_mut(Tracked(self.perms.tracked_borrow_mut(1)));
            let t: Ghost<u64> = Ghost(self.next_of(1));
            assert((first_u64 ^ t@) ^ first_u64 == 0 ^ t@) by (bit_vector);
            second_node.xored = second_node.xored ^ first_u64;
            assert(second_node.xored == 0 ^ t@);
            proof {
                assert forall|j: nat| 1 <= j < old(self)@.len() implies self.perms@.dom().contains(
                    j,
                ) by {
                    assert(old(self).wf_perm(j));
                }
                (self.perms.borrow_mut()).tracked_map_keys_in_place(
                    Map::<nat, nat>::new(
                        Set::range(0, (old(self)@.len() - 1) as nat),
                        |j: nat| (j + 1) as nat,
                    ),
                );
            }
        }
        proof {
            self.ptrs@ = self.ptrs@.subrange(1, self.ptrs@.len() as int);
        }
        proof {
            assert(self.wf_tail());
            assert(self.wf_head());
            if self.ptrs@.len() > 0 {
                assert(self.wf_perm(0));
            }
            assert(forall|i: nat| i < self@.len() ==> old(self).wf_perm(i + 1) ==> self.wf_perm(i));
            assert(self.wf_perms());
            assert forall|i: int| 0 <= i < self@.len() implies #[trigger] self@[i] == old(
                self,
            )@.subrange(1, old(self)@.len() as int)[i] by {
                assert(old(self).wf_perm(i as nat + 1));  // trigger
            }
            assert(self@ =~= old(self)@.subrange(1, old(self)@.len() as int));
        }
        v
    }

    }



} // verus!

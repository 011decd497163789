// verusbench demo: View impl used through @, closed spec invariant, methods on a struct (verified: unchecked)
use vstd::prelude::*;

verus! {

pub struct BoundedStack {
    items: Vec<u32>,
    capacity: usize,
}

impl View for BoundedStack {
    type V = Seq<u32>;

    closed spec fn view(&self) -> Seq<u32> {
        self.items@
    }
}

impl BoundedStack {
    pub closed spec fn well_formed(&self) -> bool {
        self.items.len() <= self.capacity
    }

    pub closed spec fn cap(&self) -> nat {
        self.capacity as nat
    }

    pub fn new(capacity: usize) -> (s: Self)
        ensures
            s.well_formed(),
            s@ == Seq::<u32>::empty(),
            s.cap() == capacity,
    {
        BoundedStack { items: Vec::new(), capacity }
    }

    pub fn len(&self) -> (n: usize)
        requires
            self.well_formed(),
        ensures
            n == self@.len(),
            n <= self.cap(),
    {
        self.items.len()
    }

    pub fn push(&mut self, x: u32) -> (ok: bool)
        requires
            old(self).well_formed(),
        ensures
            final(self).well_formed(),
            final(self).cap() == old(self).cap(),
            ok == (old(self)@.len() < old(self).cap()),
            ok ==> final(self)@ == old(self)@.push(x),
            !ok ==> final(self)@ == old(self)@,
    {
        if self.items.len() < self.capacity {
            self.items.push(x);
            true
        } else {
            false
        }
    }

    pub fn pop(&mut self) -> (r: Option<u32>)
        requires
            old(self).well_formed(),
        ensures
            final(self).well_formed(),
            final(self).cap() == old(self).cap(),
            old(self)@.len() == 0 ==> r is None && final(self)@ == old(self)@,
            old(self)@.len() > 0 ==> r == Some(old(self)@.last()) && final(self)@ == old(self)@.drop_last(),
    {
        self.items.pop()
    }
}

fn push_pop_roundtrip() {
    let mut s = BoundedStack::new(2);
    let a = s.push(7);
    let b = s.push(8);
    let c = s.push(9);
    assert(a && b && !c);
    let top = s.pop();
    assert(s@ =~= seq![7u32]);
}

} // verus!

fn main() {}

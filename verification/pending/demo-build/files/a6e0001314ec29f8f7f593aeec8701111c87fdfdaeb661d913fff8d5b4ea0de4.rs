// verusbench demo: struct with a well_formed invariant kept by its methods, overflow guards (verified: unchecked)
use vstd::prelude::*;

verus! {

pub struct Counter {
    pub count: u64,
    pub limit: u64,
}

impl Counter {
    pub open spec fn well_formed(&self) -> bool {
        self.count <= self.limit
    }

    pub fn new(limit: u64) -> (c: Self)
        ensures
            c.well_formed(),
            c.count == 0,
            c.limit == limit,
    {
        Counter { count: 0, limit }
    }

    pub fn increment(&mut self) -> (ok: bool)
        requires
            old(self).well_formed(),
        ensures
            final(self).well_formed(),
            final(self).limit == old(self).limit,
            ok == (old(self).count < old(self).limit),
            ok ==> final(self).count == old(self).count + 1,
            !ok ==> final(self).count == old(self).count,
    {
        if self.count < self.limit {
            self.count = self.count + 1;
            true
        } else {
            false
        }
    }

    pub fn add(&mut self, n: u64) -> (added: u64)
        requires
            old(self).well_formed(),
        ensures
            final(self).well_formed(),
            final(self).limit == old(self).limit,
            added <= n,
            final(self).count == old(self).count + added,
            added < n ==> final(self).count == final(self).limit,
    {
        let room = self.limit - self.count;
        let added = if n <= room { n } else { room };
        self.count = self.count + added;
        added
    }

    pub fn remaining(&self) -> (r: u64)
        requires
            self.well_formed(),
        ensures
            r == self.limit - self.count,
    {
        self.limit - self.count
    }
}

} // verus!

fn main() {}

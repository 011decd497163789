// verusbench demo: a struct with a well_formed invariant, spec accessors and overflow-checked methods (verified: unchecked)
use vstd::prelude::*;

verus! {

pub struct Interval {
    pub lo: u64,
    pub hi: u64,
}

impl Interval {
    pub open spec fn well_formed(&self) -> bool {
        self.lo <= self.hi
    }

    pub open spec fn spec_contains(&self, x: int) -> bool {
        self.lo <= x < self.hi
    }

    pub fn new(lo: u64, hi: u64) -> (r: Option<Interval>)
        ensures
            match r {
                Some(iv) => iv.well_formed() && iv.lo == lo && iv.hi == hi,
                None => lo > hi,
            },
    {
        if lo <= hi { Some(Interval { lo, hi }) } else { None }
    }

    pub fn contains(&self, x: u64) -> (b: bool)
        ensures
            b == self.spec_contains(x as int),
    {
        self.lo <= x && x < self.hi
    }

    pub fn shift(&self, d: u64) -> (r: Option<Interval>)
        requires
            self.well_formed(),
        ensures
            match r {
                Some(iv) => iv.well_formed() && iv.lo == self.lo + d && iv.hi == self.hi + d,
                None => self.hi + d > u64::MAX,
            },
    {
        if d <= u64::MAX - self.hi {
            Some(Interval { lo: self.lo + d, hi: self.hi + d })
        } else {
            None
        }
    }

    pub fn intersect(&self, other: &Interval) -> (r: Interval)
        requires
            self.well_formed(),
            other.well_formed(),
        ensures
            r.well_formed(),
            forall|x: int| #[trigger] r.spec_contains(x) <==> (self.spec_contains(x) && other.spec_contains(x)),
    {
        let lo = if self.lo >= other.lo { self.lo } else { other.lo };
        let hi = if self.hi <= other.hi { self.hi } else { other.hi };
        let hi = if hi < lo { lo } else { hi };
        Interval { lo, hi }
    }
}

} // verus!

fn main() {}

// verusbench demo: Ghost<T> field, let ghost, and a recursive spec fn over Seq (verified: unchecked)
use vstd::prelude::*;

verus! {

spec fn seq_sum(s: Seq<u64>) -> int
    decreases s.len(),
{
    if s.len() == 0 { 0 } else { seq_sum(s.drop_last()) + s.last() }
}

pub struct Accumulator {
    pub total: u64,
    pub log: Ghost<Seq<u64>>,
}

impl Accumulator {
    pub open spec fn well_formed(&self) -> bool {
        self.total == seq_sum(self.log@)
    }

    pub fn new() -> (a: Self)
        ensures
            a.well_formed(),
            a.log@ == Seq::<u64>::empty(),
    {
        Accumulator { total: 0, log: Ghost(Seq::empty()) }
    }

    pub fn add(&mut self, x: u64) -> (ok: bool)
        requires
            old(self).well_formed(),
        ensures
            final(self).well_formed(),
            ok == (old(self).total + x <= u64::MAX),
            ok ==> final(self).log@ == old(self).log@.push(x),
            !ok ==> final(self).log@ == old(self).log@ && final(self).total == old(self).total,
    {
        if x <= u64::MAX - self.total {
            let ghost old_log = self.log@;
            self.total = self.total + x;
            self.log = Ghost(self.log@.push(x));
            assert(self.log@.drop_last() =~= old_log);
            true
        } else {
            false
        }
    }
}

fn sum_all(xs: &Vec<u64>) -> (r: Option<u64>)
    ensures
        match r {
            Some(t) => t == seq_sum(xs@),
            None => true,
        },
{
    let mut acc = Accumulator::new();
    let mut i: usize = 0;
    while i < xs.len()
        invariant
            i <= xs.len(),
            acc.well_formed(),
            acc.log@ =~= xs@.subrange(0, i as int),
        decreases xs.len() - i,
    {
        if !acc.add(xs[i]) {
            return None;
        }
        i = i + 1;
    }
    Some(acc.total)
}

} // verus!

fn main() {}

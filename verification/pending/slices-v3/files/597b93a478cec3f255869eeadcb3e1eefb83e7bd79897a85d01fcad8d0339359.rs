use vstd::prelude::*;

verus! {

struct VecSet {
    vt: Vec<u64>,
}

impl VecSet {
    pub closed spec fn view(&self) -> Set<u64> {
        self.vt@.to_set()
    }

    
    pub fn insert(&mut self, v: u64)
        ensures
            final(self)@ =~= old(self)@.insert(v),
    {
        self.vt.push(v);
        proof {
            broadcast use vstd::seq_lib::group_seq_properties;
        }
        assert(self.vt@ =~= old(self).vt@ + seq![v]);
    }

    }


} // verus!

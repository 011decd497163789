use vstd::prelude::*;
use vstd::pcm::*;

verus!{

pub struct MemRegion {
    pub base: usize,
    pub size: usize,
}

pub open spec fn overlap(region1: MemRegion, region2: MemRegion) -> bool {
    if region1.base <= region2.base {
        region1.base == region2.base || region2.base < region1.base + region1.size
    } else {
        region1.base < region2.base + region2.size
    }
}

pub struct RegPCM {
    pub regs: Set<MemRegion>,
}

impl PCM for RegPCM {
    open spec fn valid(self) -> bool {
        forall|s1, s2| self.regs.contains(s1) && self.regs.contains(s2) && s1 != s2 ==> !overlap(s1, s2)
    }

    open spec fn op(self, other: Self) -> Self {
        RegPCM { regs: self.regs.union(other.regs) }
    }

    open spec fn unit() -> Self {
        RegPCM { regs: set![] }
    }

    #[verifier::external_body]
    proof fn closed_under_incl(a: Self, b: Self) {
        unimplemented!()
    }

    proof fn commutative(a: Self, b: Self) {
        assert(a.regs.union(b.regs) =~= b.regs.union(a.regs));
    }

    #[verifier::external_body]
    proof fn associative(a: Self, b: Self, c: Self) {
        unimplemented!()
    }

    #[verifier::external_body]
    proof fn op_unit(a: Self) {
        unimplemented!()
    }

    #[verifier::external_body]
    proof fn unit_valid() {
        unimplemented!()
    }
}






// Technically unsound/impossible to implement




}

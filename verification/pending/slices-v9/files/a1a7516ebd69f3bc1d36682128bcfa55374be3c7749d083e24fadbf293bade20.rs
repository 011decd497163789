// #![feature(nonnull_slice_from_raw_parts)]
//#![no_std]



pub mod impl_u {
#[cfg(feature = "impl")]
pub mod l1 {
use vstd::assert_by_contradiction;
use vstd::prelude::*;
//#[cfg(verus_keep_ghost)]
//use crate::extra::{ self, result_map };

use crate::spec_t::mmu::defs::{ Arch, PTE };
//use crate::spec_t::mmu::defs::{ MemRegion, Arch, PTE };
//use crate::spec_t::mmu::defs::{ overlap, between, aligned, };
//#[cfg(verus_keep_ghost)]
//use crate::impl_u::l0;

verus! {



pub enum NodeEntry {
    Directory(Directory),
    Page(PTE),
    Invalid,
}

pub struct Directory {
    pub entries: Seq<NodeEntry>,
    pub layer: nat, // index into layer_sizes
    pub base_vaddr: nat,
    pub arch: Arch,
}

// Layer 0: 425 Directory ->
// Layer 1: 47  Directory ->
// Layer 2: 5   Page (1K)

// Layer 1: 46  Directory -> (1M)
// Layer 2: 1024 Pages

// Layer 0: 1024 Directories (1T)
// Layer 1: 1024 Directories (1G)
// Layer 2: 1024 Pages

impl NodeEntry {
    pub open spec fn interp(self, base: nat) -> Map<nat, PTE>
        decreases self, 0nat, 0nat
    {
        match self {
            NodeEntry::Page(p)      => map![base => p],
            NodeEntry::Directory(d) => d.interp_aux(0),
            NodeEntry::Invalid      => map![],
        }
    }
}

impl Directory {
    pub open spec(checked) fn well_formed(&self) -> bool {
        &&& self.arch.inv()
        &&& self.layer < self.arch.layers.len()
        //&&& aligned(self.base_vaddr, self.entry_size() * self.num_entries())
        &&& self.entries.len() == self.num_entries()
    }

    pub open spec(checked) fn entry_size(&self) -> nat
        recommends self.layer < self.arch.layers.len()
    {
        self.arch.entry_size(self.layer)
    }

    pub open spec(checked) fn num_entries(&self) -> nat // number of entries
        recommends self.layer < self.arch.layers.len()
    {
        self.arch.num_entries(self.layer)
    }

    
    pub open spec(checked) fn pages_match_entry_size(&self) -> bool
        recommends self.well_formed()
    {
        forall|i: nat| (i < self.entries.len() && self.entries[i as int] is Page)
            ==> (#[trigger] self.entries[i as int]->Page_0.frame.size) == self.entry_size()
    }

    pub open spec(checked) fn directories_are_in_next_layer(&self) -> bool
        recommends self.well_formed()
    {
        forall|i: nat| i < self.entries.len() && self.entries.index(i as int) is Directory ==> {
            let directory = #[trigger] self.entries[i as int]->Directory_0;
            &&& directory.layer == self.layer + 1
            &&& directory.base_vaddr == self.base_vaddr + i * self.entry_size()
        }
    }

    pub open spec(checked) fn directories_obey_invariant(&self) -> bool
        recommends
            self.well_formed(),
            self.directories_are_in_next_layer(),
            self.directories_match_arch(),
        decreases self.arch.layers.len() - self.layer, 0nat
    {
        if self.well_formed() && self.directories_are_in_next_layer() && self.directories_match_arch() {
            forall|i: nat| (i < self.entries.len() && #[trigger] self.entries[i as int] is Directory)
                ==> self.entries[i as int]->Directory_0.inv()
        } else {
            arbitrary()
        }
    }

    pub open spec(checked) fn directories_match_arch(&self) -> bool {
        forall|i: nat| (i < self.entries.len() && self.entries.index(i as int) is Directory)
            ==> (#[trigger] self.entries.index(i as int)->Directory_0.arch) == self.arch
    }

    
    
    pub open spec(checked) fn inv(&self) -> bool
        decreases self.arch.layers.len() - self.layer
    {
        &&& self.well_formed()
        &&& self.pages_match_entry_size()
        &&& self.directories_are_in_next_layer()
        &&& self.directories_match_arch()
        &&& self.directories_obey_invariant()
        //&&& non_empty ==> self.directories_are_nonempty()
        // &&& self.frames_aligned()
    }

    pub open spec(checked) fn interp(self) -> Map<nat, PTE> {
        self.interp_aux(0)
    }

    pub open spec(checked) fn upper_vaddr(self) -> nat
        recommends self.well_formed()
    {
        self.arch.upper_vaddr(self.layer, self.base_vaddr)
    }

    
    pub open spec fn entry_base(self, idx: nat) -> nat {
        self.arch.entry_base(self.layer, self.base_vaddr, idx)
    }

    
    
    pub open spec fn interp_of_entry(self, entry: nat) -> Map<nat, PTE>
        decreases self, self.entries.len() - entry, 1nat
    {
        if entry < self.entries.len() {
            self.entries[entry as int].interp(self.entry_base(entry))
        } else {
            arbitrary()
        }
    }

    //proof fn lemma_interp_of_entry(self)
    //    requires
    //        self.inv(),
    //    ensures
    //        forall|i: nat| #![trigger self.interp_of_entry(i)]
    //            i < self.num_entries() ==> {
    //                //&&& self.interp_of_entry(i).inv()
    //                //&&& self.interp_of_entry(i).lower == self.entry_base(i)
    //                //&&& self.interp_of_entry(i).upper == self.next_entry_base(i)
    //                &&& (forall|base: nat| self.interp_of_entry(i).contains_key(base) ==> self.entry_base(i) <= base < self.next_entry_base(i))
    //                &&& (forall|base: nat, pte: PTE| self.interp_of_entry(i).contains_pair(base, pte) ==> self.entry_base(i) <= base < self.next_entry_base(i))
    //            }
    //{
    //    //assert forall |i: nat| #![auto] i < self.num_entries() implies
    //    //             self.interp_of_entry(i).inv() &&
    //    //             self.interp_of_entry(i).lower == self.entry_base(i) &&
    //    //             self.interp_of_entry(i).upper == self.next_entry_base(i) by {
    //    //    self.lemma_inv_implies_interp_of_entry_inv(i);
    //    //};
    //}

    //proof fn lemma_inv_implies_interp_of_entry_inv(self, i: nat)
    //    requires
    //        self.inv(),
    //        i < self.num_entries(),
    //    ensures
    //        self.interp_of_entry(i).inv(),
    //        self.interp_of_entry(i).lower == self.entry_base(i),
    //        self.interp_of_entry(i).upper == self.entry_base(i+1),
    //{
    //    indexing::lemma_entry_base_from_index(self.base_vaddr, i, self.entry_size());
    //    indexing::lemma_entry_base_from_index_support(self.base_vaddr, i, self.entry_size());
    //    if let NodeEntry::Directory(d) = self.entries[i as int] {
    //        d.lemma_inv_implies_interp_inv();
    //    }
    //}
    //
    //proof fn lemma_interp_of_entries_disjoint(self)
    //    requires
    //        self.inv(),
    //    ensures
    //        forall|i: nat, j: nat|
    //            i < self.num_entries() && j < self.num_entries() && i != j
    //            ==> self.interp_of_entry(i).ranges_disjoint(self.interp_of_entry(j)),
    //{
    //    assert forall|i: nat, j: nat|
    //        i < self.num_entries() && j < self.num_entries() && i != j
    //        implies self.interp_of_entry(i).ranges_disjoint(self.interp_of_entry(j))
    //    by {
    //        if i < j {
    //            assert(self.base_vaddr + i * self.entry_size() <= self.base_vaddr + j * self.entry_size()) by (nonlinear_arith)
    //                requires self.inv() && i < j && self.entry_size() > 0 {};
    //            assert(self.base_vaddr + (i+1) * self.entry_size() <= self.base_vaddr + j * self.entry_size()) by (nonlinear_arith)
    //                requires self.inv() && i < j && self.entry_size() > 0 {};
    //        } else {
    //            assert(self.base_vaddr + j * self.entry_size() < self.base_vaddr + i * self.entry_size()) by (nonlinear_arith)
    //                requires self.inv() && j < i && self.entry_size() > 0 {};
    //            assert(self.base_vaddr + (j+1) * self.entry_size() <= self.base_vaddr + i * self.entry_size()) by (nonlinear_arith)
    //                requires self.inv() && j < i && self.entry_size() > 0 {};
    //        }
    //    }
    //}

    pub open spec fn interp_aux(self, i: nat) -> Map<nat, PTE>
        decreases self, self.entries.len() - i, 2nat
    {
        if i < self.entries.len() {
            self.interp_aux(i + 1).union_prefer_right(self.interp_of_entry(i))
        } else { // i < self.entries.len()
            map![]
        }
    }

    
    
    
    
    //pub proof fn lemma_inv_implies_interp_inv(self)
    //    requires
    //        self.inv(),
    //    ensures
    //        self.interp().inv(),
    //        self.interp().upper == self.upper_vaddr(),
    //        self.interp().lower == self.base_vaddr,
    //{
    //    self.lemma_inv_implies_interp_aux_inv(0);
    //}
    //
    //pub proof fn lemma_inv_implies_interp_aux_inv(self, i: nat)
    //    requires
    //        self.inv(),
    //    ensures
    //        self.interp_aux(i).inv(),
    //        i <= self.entries.len() ==> self.interp_aux(i).lower == self.entry_base(i),
    //        self.interp_aux(i).upper == self.upper_vaddr(),
    //        i == 0 ==> self.interp_aux(0).lower == self.base_vaddr,
    //    decreases self.arch.layers.len() - self.layer, self.num_entries() - i
    //{
    //    broadcast use group_ambient;
    //
    //    let interp = self.interp_aux(i);
    //
    //    if i >= self.entries.len() {
    //    } else {
    //        assert(i < self.entries.len());
    //
    //        self.lemma_inv_implies_interp_aux_inv(i + 1);
    //
    //        assert(self.directories_obey_invariant());
    //
    //        let entry = self.entries.index(i as int);
    //        let entry_i = self.interp_of_entry(i);
    //        let rem = self.interp_aux(i+1);
    //
    //        match entry {
    //            NodeEntry::Page(p) => {}
    //            NodeEntry::Directory(d) => {
    //                d.lemma_inv_implies_interp_aux_inv(0);
    //            }
    //            NodeEntry::Invalid => { }
    //        }
    //
    //        assert(interp.mappings_are_of_valid_size());
    //
    //        if let NodeEntry::Page(pte) = entry {
    //            indexing::lemma_entry_base_from_index(self.base_vaddr, i, self.entry_size());
    //            indexing::lemma_entry_base_from_index_support(self.base_vaddr, i, self.entry_size());
    //        }
    //
    //        assert(interp.mappings_are_aligned());
    //
    //        match entry {
    //            NodeEntry::Page(pte) => {
    //                assert_nonlinear_by({
    //                    requires([
    //                        self.inv(),
    //                        equal(entry_i, self.interp_of_entry(i)),
    //                        self.entry_size() == pte.frame.size,
    //                        i < self.entries.len(),
    //                    ]);
    //                    ensures(entry_i.candidate_mapping_in_bounds(self.entry_base(i), pte));
    //                });
    //            }
    //            NodeEntry::Directory(d) => {
    //                assert_nonlinear_by({
    //                    requires([
    //                        self.inv(),
    //                        equal(entry_i, self.interp_of_entry(i)),
    //                        d.interp_aux(0).inv(),
    //                        d.interp_aux(0).lower == self.entry_base(i),
    //                        d.base_vaddr == self.entry_base(i),
    //                        d.entry_size() * d.num_entries() == self.entry_size(),
    //                        d.interp_aux(0).upper == d.upper_vaddr(),
    //                        equal(self.interp_of_entry(i).map, d.interp_aux(0).map),
    //                        i < self.entries.len(),
    //                    ]);
    //                    ensures(entry_i.mappings_in_bounds());
    //                    assert(self.well_formed());
    //                    assert(entry_i.lower <= d.interp_aux(0).lower); // proof stability
    //                    assert(entry_i.upper >= d.interp_aux(0).upper); // proof stability
    //                });
    //            }
    //            NodeEntry::Invalid => {}
    //        }
    //        assert(entry_i.mappings_in_bounds());
    //
    //        assert(entry_i.inv());
    //
    //
    //        assert(self.interp_aux(i + 1).lower == self.entry_base(i + 1));
    //
    //        assert_nonlinear_by({
    //            requires([
    //                self.inv()),
    //                equal(rem, self.interp_aux(i + 1)),
    //                equal(entry_i, self.interp_of_entry(i)),
    //                self.interp_aux(i + 1).lower == self.entry_base(i + 1)
    //            ]);
    //            ensures(rem.ranges_disjoint(entry_i));
    //        });
    //        rem.lemma_ranges_disjoint_implies_mappings_disjoint(entry_i);
    //
    //        assert(interp.mappings_dont_overlap());
    //
    //        assert_nonlinear_by({
    //            requires([
    //                self.inv()),
    //                equal(interp, self.interp_aux(i)),
    //                equal(entry_i, self.interp_of_entry(i)),
    //                equal(rem, self.interp_aux(i + 1)),
    //                self.interp_aux(i + 1).lower == self.entry_base(i + 1),
    //                entry_i.upper == self.entry_base(i + 1),
    //                interp.upper == self.upper_vaddr(),
    //            ]);
    //            ensures([
    //                interp.lower <= entry_i.lower,
    //                interp.upper >= entry_i.upper,
    //                interp.lower <= self.interp_aux(i + 1).lower,
    //                interp.upper >= self.interp_aux(i + 1).upper,
    //            ]);
    //        });
    //
    //        assert(interp.mappings_in_bounds());
    //
    //        assert(interp.map.dom().finite());
    //
    //        if i == 0 {
    //            assert_nonlinear_by({
    //                requires([
    //                    self.inv()),
    //                    equal(entry_i, self.interp_of_entry(i)),
    //                    entry_i.lower == self.base_vaddr + i * self.entry_size(),
    //                    i == 0,
    //                ]);
    //                ensures(self.interp_aux(0).lower == self.base_vaddr);
    //            });
    //        }
    //    }
    //}

    
    
    //proof fn lemma_ranges_disjoint_interp_aux_interp_of_entry(self)
    //    requires
    //        self.inv(),
    //    ensures
    //        forall|i: nat, j: nat|
    //            j < i && i < self.num_entries()
    //            ==> self.interp_aux(i).ranges_disjoint(self.interp_of_entry(j)),
    //{
    //    assert_forall_by(|i: nat, j: nat| {
    //        requires(j < i && i < self.num_entries());
    //        ensures(self.interp_aux(i).ranges_disjoint(self.interp_of_entry(j)));
    //        let interp  = self.interp_aux(i);
    //        let entry_j = self.interp_of_entry(j);
    //        self.lemma_inv_implies_interp_aux_inv(i);
    //        assert_nonlinear_by({
    //            requires(self.entry_size() > 0 && j < i);
    //            ensures(
    //                self.entry_base(j+1) <= self.entry_base(i) &&
    //                self.entry_base(i) > self.entry_base(j));
    //        });
    //    });
    //}

    
    
    ////// TODO restore spec(checked) when recommends_by is fixed
    ////pub open spec fn resolve(self, vaddr: nat) -> Result<(nat, PTE),()>
    ////    recommends
    ////        self.inv(),
    ////        self.interp().accepted_resolve(vaddr),
    ////    decreases self.arch.layers.len() - self.layer
    ////{
    ////    decreases_when(self.inv() && self.interp().accepted_resolve(vaddr));
    ////    decreases_by(Self::check_resolve);
    ////
    ////    let entry = self.index_for_vaddr(vaddr);
    ////    match self.entries.index(entry as int) {
    ////        NodeEntry::Page(pte) => {
    ////            let offset = vaddr - self.entry_base(entry);
    ////            Ok((self.entry_base(entry), pte))
    ////        },
    ////        NodeEntry::Directory(d) => {
    ////            d.resolve(vaddr)
    ////        },
    ////        NodeEntry::Invalid => {
    ////            Err(())
    ////        },
    ////    }
    ////}
    ////
    ////#[verifier(decreases_by)]
    ////proof fn check_resolve(self, vaddr: nat) {
    ////    assert(self.inv() && self.interp().accepted_resolve(vaddr));
    ////
    ////    broadcast use group_ambient;
    ////    ambient_lemmas2();
    ////    self.lemma_inv_implies_interp_inv();
    ////
    ////    assert(between(vaddr, self.base_vaddr, self.upper_vaddr()));
    ////    let entry = self.index_for_vaddr(vaddr);
    ////    indexing::lemma_index_from_base_and_addr(self.base_vaddr, vaddr, self.entry_size(), self.num_entries());
    ////    // TODO: This makes the recommends failure on the line below go away but not the one in the
    ////    // corresponding spec function. wtf
    ////    assert(0 <= entry < self.entries.len());
    ////    match self.entries.index(entry as int) {
    ////        NodeEntry::Page(p) => {
    ////        },
    ////        NodeEntry::Directory(d) => {
    ////            d.lemma_inv_implies_interp_inv();
    ////            assert(d.inv());
    ////        },
    ////        NodeEntry::Invalid => {
    ////        },
    ////    }
    ////}

    
    
    
    
    //#[verifier(spinoff_prover)]
    //proof fn lemma_no_mapping_in_interp_of_entry_implies_no_mapping_in_interp(self, vaddr: nat, i: nat)
    //    requires
    //        self.inv(),
    //        i < self.num_entries(),
    //        self.entry_base(i) <= vaddr < self.next_entry_base(i),
    //        !exists|base: nat, pte: PTE|
    //            self.interp_of_entry(i).contains_pair(base, pte) &&
    //            base <= vaddr < base + pte.frame.size,
    //    ensures
    //        !exists|base: nat, pte: PTE|
    //            self.interp().contains_pair(base, pte) &&
    //            base <= vaddr < base + pte.frame.size,
    //{
    //    assert(0 < self.arch.entry_size(self.layer));
    //    assert forall|idx: nat, idx2: nat, base: nat, layer: nat|
    //        layer < self.arch.layers.len() && idx < idx2
    //        implies self.arch.entry_base(layer, base, idx) <  self.arch.entry_base(layer, base, idx2)
    //    by { indexing::lemma_entry_base_from_index(base, idx, self.arch.entry_size(layer)); };
    //    self.lemma_interp_of_entry();
    //    self.lemma_interp_contains_implies_interp_of_entry_contains();
    //
    //    assert(self.directories_obey_invariant());
    //    assert_by_contradiction!(
    //        !exists|base: nat, pte: PTE|
    //            self.interp().contains_pair(base, pte) &&
    //            base <= vaddr < base + pte.frame.size,
    //    {
    //        let (base, pte) = choose|base: nat, pte: PTE|
    //                self.interp().contains_pair(base, pte) &&
    //                base <= vaddr < base + pte.frame.size;
    //        //let p = self.interp()[base];
    //        //assert(self.interp().contains_pair(base, p));
    //        //assert(self.interp().contains_key(base));
    //        //assert(self.interp()[base] == p);
    //        broadcast use Directory::lemma_interp_of_entry_between;
    //        assert(
    //        assert(self.interp_of_entry(i).contains_pair(base, pte));
    //    });
    //    //if exists|base:nat|
    //    //    self.interp().contains_key(base) &&
    //    //    base <= vaddr < base + (#[trigger] self.interp()[base]).frame.size {
    //    //    let base = choose|base:nat|
    //    //                      self.interp().contains_key(base) &&
    //    //                      base <= vaddr < base + (#[trigger] self.interp()[base]).frame.size;
    //    //    let p = self.interp()[base];
    //    //    assert(self.interp().contains_pair(base, p));
    //    //    assert(self.interp().contains_key(base));
    //    //    assert(self.interp()[base] == p);
    //    //}
    //}

    //#[verifier(spinoff_prover)]
    //pub proof fn lemma_resolve_structure_assertions(self, vaddr: nat, idx: nat)
    //    requires
    //        self.inv(),
    //        self.interp().accepted_resolve(vaddr),
    //        idx == self.index_for_vaddr(vaddr),
    //    ensures
    //        self.entries.index(idx as int) is Directory ==> {
    //            let d = self.entries.index(idx as int)->Directory_0;
    //            &&& d.interp().accepted_resolve(vaddr)
    //            &&& d.inv()
    //        },
    //    decreases self.arch.layers.len() - self.layer
    //{
    //    broadcast use group_ambient;
    //    ambient_lemmas2();
    //
    //    indexing::lemma_entry_base_from_index(self.base_vaddr, idx, self.entry_size());
    //    indexing::lemma_index_from_base_and_addr(self.base_vaddr, vaddr, self.entry_size(), self.num_entries());
    //
    //    match self.entries.index(idx as int) {
    //        NodeEntry::Page(p) => { },
    //        NodeEntry::Directory(d) => {
    //            d.lemma_inv_implies_interp_inv();
    //            assert(d.interp().accepted_resolve(vaddr));
    //        },
    //        NodeEntry::Invalid => { },
    //    }
    //}
    //
    //#[verifier(spinoff_prover)]
    //pub proof fn lemma_resolve_refines(self, vaddr: nat)
    //    requires
    //        self.inv(),
    //        self.interp().accepted_resolve(vaddr),
    //    ensures
    //        equal(self.interp().resolve(vaddr), self.resolve(vaddr)),
    //    decreases self.arch.layers.len() - self.layer
    //{
    //    broadcast use group_ambient;
    //    ambient_lemmas2();
    //    self.lemma_inv_implies_interp_inv();
    //
    //    let entry = self.index_for_vaddr(vaddr);
    //    indexing::lemma_entry_base_from_index(self.base_vaddr, entry, self.entry_size());
    //    indexing::lemma_index_from_base_and_addr(self.base_vaddr, vaddr, self.entry_size(), self.num_entries());
    //    self.lemma_interp_of_entry_contains_mapping_implies_interp_contains_mapping(entry, true);
    //
    //    match self.entries.index(entry as int) {
    //        NodeEntry::Page(p) => {
    //            assert(self.resolve(vaddr).is_Ok());
    //            let p_vaddr = self.entry_base(entry);
    //            assert(self.interp().map.contains_pair(p_vaddr, p));
    //            assert(vaddr < p_vaddr + self.interp().map.index(p_vaddr).frame.size);
    //        },
    //        NodeEntry::Directory(d) => {
    //            d.lemma_inv_implies_interp_inv();
    //            assert(d.interp().accepted_resolve(vaddr));
    //            d.lemma_resolve_refines(vaddr);
    //
    //            assert(equal(self.interp_of_entry(entry), d.interp()));
    //
    //            assert(equal(d.interp().resolve(vaddr), d.resolve(vaddr)));
    //
    //            if d.resolve(vaddr).is_Ok() {
    //                assert(self.resolve(vaddr).is_Ok());
    //                assert(exists|base: nat|
    //                       d.interp().map.contains_key(base) &&
    //                       between(vaddr, base, base + (#[trigger] d.interp().map.index(base)).frame.size));
    //
    //                let base = choose|base:nat|
    //                                d.interp().map.contains_key(base) &&
    //                                between(vaddr, base, base + (#[trigger] d.interp().map.index(base)).frame.size);
    //
    //                assert(self.interp().map.contains_pair(base, self.interp_of_entry(entry).map.index(base)));
    //
    //                assert(d.resolve(vaddr).is_Ok());
    //                assert(d.interp().resolve(vaddr).is_Ok());
    //                assert(equal(d.interp().resolve(vaddr), self.interp().resolve(vaddr)));
    //            } else {
    //                assert(d.resolve(vaddr).is_Err());
    //                assert(self.resolve(vaddr).is_Err());
    //
    //                assert(d.interp().resolve(vaddr).is_Err());
    //                assert(!exists|base:nat|
    //                       d.interp().map.contains_key(base) &&
    //                       between(vaddr, base, base + (#[trigger] d.interp().map.index(base)).frame.size)) by
    //                {
    //                    assert(!exists|base:nat, pte:PTE|
    //                                d.interp().map.contains_pair(base, pte) &&
    //                                between(vaddr, base, base + pte.frame.size));
    //                    if exists|base:nat|
    //                       d.interp().map.contains_key(base) &&
    //                       between(vaddr, base, base + (#[trigger] d.interp().map.index(base)).frame.size) {
    //                       let base = choose|base:nat|
    //                           d.interp().map.contains_key(base) &&
    //                           between(vaddr, base, base + (#[trigger] d.interp().map.index(base)).frame.size);
    //                       let pte = d.interp().map.index(base);
    //                       assert(d.interp().map.contains_pair(base, pte));
    //                   }
    //                };
    //                self.lemma_no_mapping_in_interp_of_entry_implies_no_mapping_in_interp(vaddr, entry, true);
    //            }
    //            assert(equal(d.interp().resolve(vaddr), self.interp().resolve(vaddr)));
    //        },
    //        NodeEntry::Invalid => {
    //            assert(self.resolve(vaddr).is_Err());
    //            self.lemma_no_mapping_in_interp_of_entry_implies_no_mapping_in_interp(vaddr, entry, true);
    //            assert(self.interp().resolve(vaddr).is_Err());
    //        },
    //    }
    //}

    pub open spec(checked) fn update(self, n: nat, e: NodeEntry) -> Self
        recommends n < self.entries.len()
    {
        Directory {
            entries: self.entries.update(n as int, e),
            ..self
        }
    }

    
    
    //pub proof fn lemma_accepted_mapping_implies_interp_accepted_mapping_manual(self, base: nat, pte: PTE)
    //    requires
    //        self.inv(),
    //        self.accepted_mapping(base, pte)
    //    ensures
    //        self.interp().accepted_mapping(base, pte),
    //{
    //    self.lemma_inv_implies_interp_inv();
    //}
    //
    //pub proof fn lemma_accepted_mapping_implies_interp_accepted_mapping_auto(self)
    //    ensures
    //        forall|base: nat, pte: PTE|
    //            #[trigger] self.inv() && #[trigger] self.accepted_mapping(base, pte) ==>
    //            self.interp().accepted_mapping(base, pte),
    //{
    //    assert_forall_by(|base: nat, pte: PTE| {
    //        requires(#[trigger] self.inv() && #[trigger] self.accepted_mapping(base, pte));
    //        ensures(self.interp().accepted_mapping(base, pte));
    //
    //        self.lemma_accepted_mapping_implies_interp_accepted_mapping_manual(base, pte);
    //    });
    //}

    // Creates new empty directory to map to entry 'entry'
    
    
    
    
    //pub proof fn lemma_accepted_mapping_implies_directory_accepted_mapping(self, base: nat, pte: PTE, d: Directory)
    //    requires
    //        self.inv(),
    //        self.accepted_mapping(base, pte),
    //        equal(d.arch, self.arch),
    //        d.base_vaddr == self.entry_base(self.index_for_vaddr(base)),
    //        d.upper_vaddr() == self.entry_base(self.index_for_vaddr(base)+1),
    //        d.inv(),
    //        d.layer == self.layer + 1,
    //        self.entry_size() != pte.frame.size,
    //    ensures
    //        d.accepted_mapping(base, pte),
    //{
    //    broadcast use group_ambient;
    //    indexing::lemma_index_from_base_and_addr(self.base_vaddr, base, self.entry_size(), self.num_entries());
    //    self.lemma_accepted_mapping_implies_interp_accepted_mapping_auto();
    //
    //    let entry = self.index_for_vaddr(base);
    //    indexing::lemma_entry_base_from_index(self.base_vaddr, entry, self.entry_size());
    //    indexing::lemma_entry_base_from_index_support(self.base_vaddr, entry, self.entry_size());
    //    assert(self.directories_obey_invariant());
    //    assert(d.inv());
    //
    //    assert(aligned(base, pte.frame.size));
    //    assert(aligned(pte.frame.base, pte.frame.size));
    //    assert(d.arch.contains_entry_size_at_index_atleast(pte.frame.size, d.layer));
    //
    //    assert(self.entry_base(entry) <= base);
    //    assert(aligned(base, pte.frame.size));
    //    self.arch.lemma_entry_sizes_aligned_auto();
    //    assert(aligned(self.entry_size(), pte.frame.size));
    //
    //    extra::aligned_transitive_auto();
    //    assert(aligned(self.next_entry_base(entry), pte.frame.size));
    //    extra::leq_add_aligned_less(base, pte.frame.size, self.entry_base(entry+1));
    //    assert(base + pte.frame.size <= self.entry_base(entry+1));
    //    assert(base + pte.frame.size <= self.entry_base(entry) + self.entry_size());
    //    assert(base + pte.frame.size <= d.base_vaddr + self.entry_size());
    //    assert(base + pte.frame.size <= d.base_vaddr + d.num_entries() * d.entry_size());
    //    assert(base + pte.frame.size <= d.upper_vaddr());
    //    assert(d.candidate_mapping_in_bounds(base, pte));
    //    assert(aligned(base, pte.frame.size));
    //    assert(aligned(pte.frame.base, pte.frame.size));
    //}
    //
    //proof fn lemma_map_frame_empty_is_ok(self, base: nat, pte: PTE)
    //    requires
    //        self.inv(),
    //        self.accepted_mapping(base, pte),
    //        self.entries.index(self.index_for_vaddr(base) as int) is Invalid,
    //    ensures
    //        self.map_frame(base, pte).is_Ok(),
    //        // self.new_empty_dir(self.index_for_vaddr(base)).map_frame(base, pte).is_Ok()
    //    decreases self.arch.layers.len() - self.layer;
    //
    //pub proof fn lemma_map_frame_preserves_inv(self, base: nat, pte: PTE)
    //    requires
    //        self.inv(),
    //        self.accepted_mapping(base, pte),
    //        self.map_frame(base, pte).is_Ok(),
    //    ensures
    //        self.map_frame(base, pte).get_Ok_0().layer === self.layer,
    //        self.map_frame(base, pte).get_Ok_0().arch === self.arch,
    //        self.map_frame(base, pte).get_Ok_0().base_vaddr === self.base_vaddr,
    //        !self.map_frame(base, pte).get_Ok_0().empty(),
    //        self.map_frame(base, pte).get_Ok_0().inv(),
    //        !exists|b:nat| true
    //            && self.interp().map.contains_key(b)
    //            && between(base, b, b + (#[trigger] self.interp().map.index(b)).frame.size),
    //
    //    decreases self.arch.layers.len() - self.layer
    //{
    //    broadcast use group_ambient;
    //    ambient_lemmas2();
    //    self.lemma_accepted_mapping_implies_interp_accepted_mapping_auto();
    //    indexing::lemma_index_from_base_and_addr(self.base_vaddr, base, self.entry_size(), self.num_entries());
    //
    //    let res = self.map_frame(base, pte).get_Ok_0();
    //
    //    let entry = self.index_for_vaddr(base);
    //    indexing::lemma_entry_base_from_index(self.base_vaddr, entry, self.entry_size());
    //    match self.entries.index(entry as int) {
    //        NodeEntry::Page(p) => (),
    //        NodeEntry::Directory(d) => {
    //            if self.entry_size() == pte.frame.size {
    //            } else {
    //                self.lemma_accepted_mapping_implies_directory_accepted_mapping(base, pte, d, true);
    //                d.lemma_inv_implies_interp_inv();
    //                assert(d.inv());
    //                d.lemma_map_frame_preserves_inv(base, pte);
    //                assert(res.well_formed());
    //                assert(res.pages_match_entry_size());
    //                assert(res.directories_match_arch());
    //                // assert_forall_by(|i: nat| {
    //                //     requires(i < res.entries.len() && res.entries.index(i as int) is
    //                //     Directory);
    //                //     ensures(true
    //                //             && (#[trigger] res.entries.index(i as int))->Directory_0.layer == res.layer + 1
    //                //             && res.entries.index(i as int)->Directory_0.base_vaddr == res.base_vaddr + i * res.entry_size());
    //                //     if i < res.entries.len() && res.entries.index(i as int) is Directory {
    //                //         if i == entry {
    //                //         }
    //                //     }
    //                // });
    //                assert(res.directories_are_in_next_layer());
    //                assert(res.directories_obey_invariant(true));
    //                assert(res.directories_are_nonempty());
    //                assert(res.inv());
    //                assert(equal(self.map_frame(base, pte).get_Ok_0().layer, self.layer));
    //
    //                assert(res.entries.index(entry as int) is Directory);
    //                assert(!res.empty());
    //                self.lemma_no_mapping_in_interp_of_entry_implies_no_mapping_in_interp(base, entry, true);
    //            }
    //        },
    //        NodeEntry::Invalid => {
    //            self.lemma_no_mapping_in_interp_of_entry_implies_no_mapping_in_interp(base, entry, true);
    //            if self.entry_size() == pte.frame.size {
    //                assert(equal(res.layer, self.layer));
    //                assert(res.entries.index(entry as int) is Page);
    //                assert(!res.empty());
    //                assert(res.directories_are_in_next_layer());
    //                assert(res.directories_obey_invariant(true));
    //                assert(res.inv());
    //            } else {
    //                assert(((self.layer + 1) as nat) < self.arch.layers.len());
    //                let new_dir = self.new_empty_dir(entry);
    //                self.lemma_new_empty_dir(entry, true);
    //
    //                self.lemma_accepted_mapping_implies_directory_accepted_mapping(base, pte, new_dir, true);
    //                new_dir.lemma_accepted_mapping_implies_interp_accepted_mapping_auto();
    //                assert(new_dir.accepted_mapping(base, pte));
    //                indexing::lemma_index_from_base_and_addr(new_dir.base_vaddr, base, new_dir.entry_size(), new_dir.num_entries());
    //                new_dir.lemma_map_frame_empty_is_ok(base, pte);
    //                new_dir.lemma_map_frame_preserves_inv(base, pte);
    //
    //                assert(res.directories_are_in_next_layer());
    //                assert(res.directories_obey_invariant(true));
    //                assert(res.directories_are_nonempty());
    //                assert(res.frames_aligned());
    //                assert(res.inv());
    //                assert(equal(res.layer, self.layer));
    //                assert(res.entries.index(entry as int) is Directory);
    //                assert(!res.empty());
    //                assert(new_dir.map_frame(base, pte).is_Ok());
    //            }
    //        },
    //    }
    //}

    //proof fn lemma_insert_interp_of_entry_implies_insert_interp_aux(self, i: nat, j: nat, base: nat, n: NodeEntry, pte: PTE)
    //    requires
    //        self.inv(),
    //        i <= j,
    //        j < self.num_entries(),
    //        !self.interp_aux(i).contains_key(base),
    //        self.update(j, n).inv(),
    //        equal(
    //            self.interp_of_entry(j).insert(base, pte),
    //            match n {
    //                NodeEntry::Page(p)      => map![self.entry_base(j) => p],
    //                NodeEntry::Directory(d) => d.interp_aux(0),
    //                NodeEntry::Invalid      => map![],
    //            }),
    //    ensures
    //        self.interp_aux(i).insert(base, pte) == self.update(j, n).interp_aux(i),
    //    decreases self.arch.layers.len() - self.layer, self.num_entries() - i
    //{
    //    broadcast use group_ambient;
    //    ambient_lemmas2();
    //
    //    //self.lemma_inv_implies_interp_aux_inv(i);
    //    //self.lemma_inv_implies_interp_aux_inv(i + 1);
    //    //self.lemma_inv_implies_interp_of_entry_inv(i);
    //    //self.lemma_inv_implies_interp_of_entry_inv(j);
    //
    //    //self.lemma_interp_of_entry();
    //    //self.lemma_interp_of_entry_contains_mapping_implies_interp_aux_contains_mapping(i, j);
    //
    //    let nself = self.update(j, n);
    //
    //    if i >= self.entries.len() {
    //    } else {
    //        //if i == j {
    //        //    assert(!self.interp_aux(i + 1).map.contains_key(base));
    //        //    assert(equal(self.interp_aux(i).map, self.interp_aux(i + 1).map.union_prefer_right(self.interp_of_entry(i).map)));
    //        //
    //        //    assert(equal(self.interp_of_entry(i).map.insert(base, pte), nself.interp_of_entry(i).map));
    //        //    self.lemma_entries_equal_implies_interp_aux_equal(nself, i+1);
    //        //    assert(equal(self.interp_aux(i + 1).map, nself.interp_aux(i + 1).map));
    //        //
    //        //
    //        //    assert(!self.interp_aux(i + 1).map.union_prefer_right(self.interp_of_entry(i).map).contains_key(base));
    //        //
    //        //    assert(equal(self.interp_aux(i + 1).map.union_prefer_right(self.interp_of_entry(i).map).insert(base, pte),
    //        //                 self.update(j, n).interp_aux(i + 1).map.union_prefer_right(nself.interp_of_entry(i).map)));
    //        //
    //        //    assert(equal(self.interp_aux(i).map.insert(base, pte), self.update(j, n).interp_aux(i).map));
    //        //} else {
    //        //    assert(i < j);
    //        //    assert(self.directories_obey_invariant());
    //        //
    //        //    self.lemma_insert_interp_of_entry_implies_insert_interp_aux(i + 1, j, base, n, pte);
    //        //    self.lemma_interp_of_entry_contains_mapping_implies_interp_aux_contains_mapping(i + 1, j);
    //        //    assert(!self.interp_of_entry(j).map.contains_key(base));
    //        //
    //        //    assert(!self.interp_aux(i).map.contains_key(base));
    //        //
    //        //    assert(equal(self.interp_aux(i + 1).map.insert(base, pte), self.update(j, n).interp_aux(i + 1).map));
    //        //
    //        //    assert(equal(self.interp_aux(i).map, self.interp_aux(i + 1).map.union_prefer_right(self.interp_of_entry(i).map)));
    //        //
    //        //    assert(nself.inv());
    //        //    assert(equal(nself.interp_aux(i).map, nself.interp_aux(i + 1).map.union_prefer_right(nself.interp_of_entry(i).map)));
    //        //
    //        //    assert(equal(self.interp_aux(i).map.insert(base, pte), self.update(j, n).interp_aux(i).map));
    //        //}
    //    }
    //}

    
    
    
    
    
    
    //proof fn lemma_insert_interp_of_entry_implies_insert_interp(self, j: nat, base: nat, n: NodeEntry, pte: PTE)
    //    requires
    //        self.inv(),
    //        j < self.num_entries(),
    //        !self.interp().map.contains_key(base),
    //        self.update(j, n).inv(),
    //        equal(
    //            self.interp_of_entry(j).map.insert(base, pte),
    //            match n {
    //                NodeEntry::Page(p)      => map![self.entry_base(j) => p],
    //                NodeEntry::Directory(d) => d.interp_aux(0).map,
    //                NodeEntry::Invalid      => map![],
    //            }),
    //    ensures
    //        self.interp().map.insert(base, pte) == self.update(j, n).interp().map,
    //    decreases
    //        self.arch.layers.len() - self.layer,
    //{
    //    self.lemma_insert_interp_of_entry_implies_insert_interp_aux(0, j, base, n, pte);
    //}

    
    //pub proof fn lemma_map_frame_structure_assertions(self, base: nat, pte: PTE, idx: nat)
    //    requires
    //        self.inv(),
    //        self.accepted_mapping(base, pte),
    //        idx == self.index_for_vaddr(base),
    //    ensures
    //        match self.entries.index(idx as int) {
    //            NodeEntry::Page(p)      => true,
    //            NodeEntry::Directory(d) => {
    //                &&& d.inv()
    //                &&& if self.entry_size() == pte.frame.size {
    //                    true
    //                } else {
    //                    d.accepted_mapping(base, pte)
    //                }
    //            },
    //            NodeEntry::Invalid      => {
    //                if self.entry_size() == pte.frame.size {
    //                    true
    //                } else {
    //                    &&& ((self.layer + 1) as nat) < self.arch.layers.len()
    //                    &&& self.new_empty_dir(idx).inv()
    //                    &&& self.new_empty_dir(idx).accepted_mapping(base, pte)
    //                    &&& self.new_empty_dir(idx).map_frame(base, pte).is_Ok()
    //                }
    //            },
    //        }
    //    decreases self.arch.layers.len() - self.layer
    //{
    //    broadcast use group_ambient;
    //    ambient_lemmas2();
    //    self.lemma_inv_implies_interp_inv();
    //    self.lemma_accepted_mapping_implies_interp_accepted_mapping_auto();
    //    indexing::lemma_index_from_base_and_addr(self.base_vaddr, base, self.entry_size(), self.num_entries());
    //
    //    let res = self.map_frame(base, pte).get_Ok_0();
    //    if self.map_frame(base, pte).is_Ok() {
    //        self.lemma_map_frame_preserves_inv(base, pte);
    //    }
    //
    //    let entry = self.index_for_vaddr(base);
    //    indexing::lemma_entry_base_from_index(self.base_vaddr, entry, self.entry_size());
    //    self.lemma_interp_of_entry_contains_mapping_implies_interp_contains_mapping(entry, true);
    //    match self.entries.index(entry as int) {
    //        NodeEntry::Page(p) => { },
    //        NodeEntry::Directory(d) => {
    //            assert(d.inv());
    //            if self.entry_size() == pte.frame.size {
    //            } else {
    //                self.lemma_accepted_mapping_implies_directory_accepted_mapping(base, pte, d, true);
    //                assert(d.accepted_mapping(base, pte));
    //            }
    //        },
    //        NodeEntry::Invalid => {
    //            if self.entry_size() == pte.frame.size {
    //            } else {
    //                assert(((self.layer + 1) as nat) < self.arch.layers.len());
    //                let new_dir = self.new_empty_dir(entry);
    //                self.lemma_new_empty_dir(entry, true);
    //                assert(new_dir.inv());
    //
    //                self.lemma_accepted_mapping_implies_directory_accepted_mapping(base, pte, new_dir, true);
    //                new_dir.lemma_accepted_mapping_implies_interp_accepted_mapping_auto();
    //                assert(new_dir.accepted_mapping(base, pte));
    //                indexing::lemma_index_from_base_and_addr(new_dir.base_vaddr, base, new_dir.entry_size(), new_dir.num_entries());
    //
    //                new_dir.lemma_map_frame_refines_map_frame(base, pte);
    //                assert(new_dir.interp().map_frame(base, pte).is_Ok());
    //            }
    //        },
    //    }
    //}

    //pub proof fn lemma_map_frame_refines_map_frame(self, base: nat, pte: PTE)
    //    requires
    //        self.inv(),
    //        self.accepted_mapping(base, pte),
    //    ensures
    //        self.map_frame(base, pte).is_Err() ==> self.map_frame(base, pte).get_Err_0() === self,
    //        result_map(self.map_frame(base, pte), |d: Directory| d.interp()) === self.interp().map_frame(base, pte),
    //    decreases self.arch.layers.len() - self.layer
    //{
    //    broadcast use group_ambient;
    //    ambient_lemmas2();
    //    self.lemma_inv_implies_interp_inv();
    //    self.lemma_accepted_mapping_implies_interp_accepted_mapping_auto();
    //    indexing::lemma_index_from_base_and_addr(self.base_vaddr, base, self.entry_size(), self.num_entries());
    //    assert(aligned(self.base_vaddr, self.entry_size())) by {
    //        extra::mod_mult_zero_implies_mod_zero(self.base_vaddr, self.entry_size(), self.num_entries());
    //    };
    //
    //    let res = self.map_frame(base, pte).get_Ok_0();
    //    if self.map_frame(base, pte).is_Ok() {
    //        self.lemma_map_frame_preserves_inv(base, pte);
    //    }
    //
    //    let entry = self.index_for_vaddr(base);
    //    indexing::lemma_entry_base_from_index(self.base_vaddr, entry, self.entry_size());
    //    self.lemma_interp_of_entry_contains_mapping_implies_interp_contains_mapping(entry, true);
    //    match self.entries.index(entry as int) {
    //        NodeEntry::Page(p) => {
    //            assert(self.map_frame(base, pte).is_Err());
    //
    //            assert(self.interp_of_entry(entry).map.contains_pair(self.entry_base(entry), p));
    //            assert(self.interp().map.contains_pair(self.entry_base(entry), p));
    //            assert(self.interp().map_frame(base, pte).is_Err());
    //        },
    //        NodeEntry::Directory(d) => {
    //            d.lemma_inv_implies_interp_inv();
    //            assert(d.inv());
    //            if self.entry_size() == pte.frame.size {
    //                assert(self.map_frame(base, pte).is_Err());
    //                d.lemma_nonempty_implies_interp_contains();
    //                let b = choose|b: nat| d.interp().map.contains_key(b);
    //                assert(self.interp().map.contains_key(b));
    //                self.lemma_interp_of_entry_contains_mapping_implies_interp_contains_mapping(entry, true);
    //
    //                assert(!self.interp().valid_mapping(base, pte));
    //                assert(self.interp().map_frame(base, pte).is_Err());
    //            } else {
    //                self.lemma_accepted_mapping_implies_directory_accepted_mapping(base, pte, d, true);
    //                assert(d.accepted_mapping(base, pte));
    //                d.lemma_map_frame_refines_map_frame(base, pte);
    //                assert(equal(result_map(d.map_frame(base, pte), |d: Directory| d.interp()), d.interp().map_frame(base, pte)));
    //                match d.map_frame(base, pte) {
    //                    Ok(nd)  => {
    //                        assert(d.map_frame(base, pte).is_Ok());
    //                        assert(d.interp().map_frame(base, pte).is_Ok());
    //                        assert(d.interp().accepted_mapping(base, pte));
    //                        assert(d.interp().valid_mapping(base, pte));
    //                        assert(self.interp().accepted_mapping(base, pte));
    //                        assert(self.interp().valid_mapping(base, pte));
    //                        assert(self.map_frame(base, pte).is_Ok());
    //                        self.lemma_insert_interp_of_entry_implies_insert_interp(entry, base, NodeEntry::Directory(nd), pte, true);
    //                        assert(self.interp().map_frame(base, pte).is_Ok());
    //
    //                        assert(equal(self.interp().map.insert(base, pte), self.update(entry, NodeEntry::Directory(nd)).interp().map));
    //                        assert(equal(self.interp().map.insert(base, pte), self.interp().map_frame(base, pte).get_Ok_0().map));
    //
    //                        assert(equal(self.map_frame(base, pte).get_Ok_0().interp(), self.interp().map_frame(base, pte).get_Ok_0()));
    //                    },
    //                    Err(e) => {
    //                        assert(d.map_frame(base, pte).is_Err());
    //                        assert(d.interp().map_frame(base, pte).is_Err());
    //                        assert(d.interp().accepted_mapping(base, pte));
    //                        assert(!d.interp().valid_mapping(base, pte));
    //                        let b = choose|b: nat| #![auto]
    //                                       d.interp().map.contains_key(b) && overlap(
    //                                           MemRegion { base: base, size: pte.frame.size },
    //                                           MemRegion { base: b, size: d.interp().map.index(b).frame.size }
    //                                           );
    //                        let bbase = d.interp().map.index(b).frame.base;
    //                        let bsize = d.interp().map.index(b).frame.size;
    //                        assert(d.interp().map.contains_pair(b, d.interp().map.index(b)));
    //                        assert(overlap(
    //                                MemRegion { base: base, size: pte.frame.size },
    //                                MemRegion { base: b, size: bsize }
    //                                ));
    //                        self.lemma_interp_of_entry_contains_mapping_implies_interp_contains_mapping(entry, true);
    //                        assert(self.interp().map.contains_pair(b, d.interp().map.index(b)));
    //
    //                        assert(self.interp().accepted_mapping(base, pte));
    //                        assert(!self.interp().valid_mapping(base, pte));
    //
    //                        assert(self.map_frame(base, pte).is_Err());
    //                        assert(self.interp().map_frame(base, pte).is_Err());
    //                        assert(self.entries.index(entry as int) === NodeEntry::Directory(d));
    //                        assert(self.entries.index(entry as int) === NodeEntry::Directory(e));
    //                        let res = self.update(entry, NodeEntry::Directory(e)).entries;
    //                        assert(res.index(entry as int) === self.entries.index(entry as int));
    //                        assert(res =~= self.entries);
    //                    },
    //                }
    //                // d.lemma_map_frame_preserves_inv(base, pte);
    //            }
    //        },
    //        NodeEntry::Invalid => {
    //            if self.entry_size() == pte.frame.size {
    //                self.lemma_insert_interp_of_entry_implies_insert_interp(entry, base, NodeEntry::Page(pte), pte, true);
    //                assert(equal(result_map(self.map_frame(base, pte), |d: Directory| d.interp()), self.interp().map_frame(base, pte)));
    //            } else {
    //                assert(((self.layer + 1) as nat) < self.arch.layers.len());
    //                let new_dir = self.new_empty_dir(entry);
    //                self.lemma_new_empty_dir(entry, true);
    //                assert(new_dir.inv());
    //
    //                self.lemma_accepted_mapping_implies_directory_accepted_mapping(base, pte, new_dir, true);
    //                new_dir.lemma_accepted_mapping_implies_interp_accepted_mapping_auto();
    //                assert(new_dir.accepted_mapping(base, pte));
    //                indexing::lemma_index_from_base_and_addr(new_dir.base_vaddr, base, new_dir.entry_size(), new_dir.num_entries());
    //                new_dir.lemma_map_frame_empty_is_ok(base, pte);
    //                new_dir.lemma_map_frame_preserves_inv(base, pte);
    //
    //                let new_dir_mapped = new_dir.map_frame(base, pte).get_Ok_0();
    //                assert(new_dir.map_frame(base, pte).is_Ok());
    //                assert(new_dir_mapped.inv());
    //                new_dir.lemma_map_frame_refines_map_frame(base, pte);
    //                assert(new_dir.interp().map_frame(base, pte).is_Ok());
    //                assert(equal(new_dir_mapped.interp(), new_dir.interp().map_frame(base, pte).get_Ok_0()));
    //
    //                new_dir.lemma_empty_implies_interp_empty(true);
    //                assert(new_dir.interp().map =~= map![]);
    //                assert(new_dir.interp().map_frame(base, pte).get_Ok_0().map =~= map![base => pte]);
    //                assert(self.interp_of_entry(entry).map =~= map![]);
    //                assert(equal(self.interp_of_entry(entry).map, map![]));
    //                assert(equal(map![].insert(base, pte), new_dir_mapped.interp().map));
    //                assert(equal(self.interp_of_entry(entry).map.insert(base, pte), new_dir_mapped.interp().map));
    //                self.lemma_insert_interp_of_entry_implies_insert_interp(entry, base, NodeEntry::Directory(new_dir_mapped), pte, true);
    //
    //                assert(equal(result_map(self.map_frame(base, pte), |d: Directory| d.interp()), self.interp().map_frame(base, pte)));
    //            }
    //        },
    //    }
    //}

    //pub open spec(checked) fn accepted_unmap(self, base: nat) -> bool
    //    recommends self.well_formed()
    //{
    //    self.interp().accepted_unmap(base)
    //}

    //pub open spec fn unmap(self, base: nat) -> Result<Directory,Directory>
    //    recommends
    //        self.inv(),
    //        self.accepted_unmap(base),
    //    decreases self.arch.layers.len() - self.layer via Self::check_unmap
    //{
    //    if self.inv() && self.accepted_unmap(base) {
    //        let entry = self.index_for_vaddr(base);
    //        match self.entries.index(entry as int) {
    //            NodeEntry::Page(p) => {
    //                if aligned(base, self.entry_size()) {
    //                    // This implies:
    //                    // base == self.base_vaddr + entry * self.entry_size()
    //                    // (i.e. no remainder on division)
    //                    // (proved in lemma_index_for_vaddr_bounds)
    //                    Ok(self.update(entry, NodeEntry::Invalid))
    //                } else {
    //                    Err(self)
    //                }
    //            },
    //            NodeEntry::Directory(d) => {
    //                match d.unmap(base) {
    //                    Ok(new_d) =>
    //                        Ok(self.update(entry, if new_d.empty() {
    //                            NodeEntry::Invalid
    //                        } else {
    //                            NodeEntry::Directory(new_d)
    //                        })),
    //                    Err(new_d) => Err(self.update(entry, NodeEntry::Directory(new_d)))
    //                }
    //            },
    //            NodeEntry::Invalid => Err(self),
    //        }
    //    } else {
    //        arbitrary()
    //    }
    //}
    //
    //#[verifier(decreases_by)]
    //proof fn check_unmap(self, base: nat) {
    //    if self.inv() && self.accepted_unmap(base) {
    //        ambient_lemmas2();
    //        indexing::lemma_index_from_base_and_addr(self.base_vaddr, base, self.entry_size(), self.num_entries());
    //    } else {
    //    }
    //}


    //pub proof fn lemma_unmap_preserves_inv(self, base: nat)
    //    requires
    //        self.inv(),
    //        self.accepted_unmap(base),
    //        self.unmap(base).is_Ok(),
    //    ensures
    //        self.unmap(base).get_Ok_0().inv(),
    //    decreases self.arch.layers.len() - self.layer
    //{
    //    broadcast use group_ambient;
    //    ambient_lemmas2();
    //
    //    let res = self.unmap(base).get_Ok_0();
    //
    //    let entry = self.index_for_vaddr(base);
    //    indexing::lemma_entry_base_from_index(self.base_vaddr, entry, self.entry_size());
    //    indexing::lemma_index_from_base_and_addr(self.base_vaddr, base, self.entry_size(), self.num_entries());
    //
    //    assert(entry < self.num_entries());
    //    match self.entries.index(entry as int) {
    //        NodeEntry::Page(p) => {
    //            if aligned(base, self.entry_size()) {
    //                assert(res.directories_obey_invariant(true));
    //            } else {
    //            }
    //        },
    //        NodeEntry::Directory(d) => {
    //            d.lemma_inv_implies_interp_inv();
    //            assert(d.accepted_unmap(base));
    //            match d.unmap(base) {
    //                Ok(new_d) => {
    //                    d.lemma_unmap_preserves_inv(base);
    //                    assert(res.directories_obey_invariant(true));
    //                }
    //                Err(_) => { }
    //            }
    //        },
    //        NodeEntry::Invalid => { },
    //    }
    //}

   // pub proof fn lemma_unmap_structure_assertions(self, base: nat, idx: nat)
   //     requires
   //         self.inv(),
   //         self.accepted_unmap(base),
   //         idx == self.index_for_vaddr(base),
   //     ensures
   //         match self.entries.index(idx as int) {
   //             NodeEntry::Page(p)      => {
   //                 if aligned(base, self.entry_size()) {
   //                     base == self.base_vaddr + idx * self.entry_size()
   //                 } else {
   //                     true
   //                 }
   //             },
   //             NodeEntry::Directory(d) => {
   //                 &&& d.inv()
   //                 &&& d.accepted_unmap(base)
   //             },
   //             NodeEntry::Invalid      => true,
   //         }
   //     decreases self.arch.layers.len() - self.layer
   // {
   //     broadcast use group_ambient;
   //     ambient_lemmas2();
   //     self.lemma_inv_implies_interp_inv();
   //
   //     indexing::lemma_entry_base_from_index(self.base_vaddr, idx, self.entry_size());
   //     indexing::lemma_index_from_base_and_addr(self.base_vaddr, base, self.entry_size(), self.num_entries());
   //     assert(aligned(self.base_vaddr, self.entry_size())) by {
   //         extra::mod_mult_zero_implies_mod_zero(self.base_vaddr, self.entry_size(), self.num_entries());
   //     };
   //
   //     match self.entries.index(self.index_for_vaddr(base) as int) {
   //         NodeEntry::Page(p) => {
   //             if aligned(base, self.entry_size()) {
   //             } else {
   //             }
   //         },
   //         NodeEntry::Directory(d) => {
   //             assert(d.inv());
   //             assert(d.accepted_unmap(base));
   //             d.lemma_unmap_refines_unmap(base);
   //         },
   //         NodeEntry::Invalid => { },
   //     }
   //}

    //pub proof fn lemma_unmap_refines_unmap(self, base: nat)
    //    requires
    //         self.inv(),
    //         self.accepted_unmap(base),
    //    ensures
    //        self.unmap(base).is_Err() ==> self.unmap(base).get_Err_0() === self,
    //        equal(result_map(self.unmap(base), |d: Directory| d.interp()), self.interp().unmap(base)),
    //    decreases self.arch.layers.len() - self.layer
    //{
    //    broadcast use group_ambient;
    //    ambient_lemmas2();
    //    self.lemma_inv_implies_interp_inv();
    //
    //    if let Ok(nself) = self.unmap(base) {
    //        self.lemma_unmap_preserves_inv(base);
    //        assert(nself.inv());
    //        nself.lemma_inv_implies_interp_inv();
    //        assert(nself.interp().inv());
    //    }
    //
    //    let nself_res = self.unmap(base);
    //    let nself     = self.unmap(base).get_Ok_0();
    //
    //    let i_nself_res = self.interp().unmap(base);
    //    let i_nself     = self.interp().unmap(base).get_Ok_0();
    //
    //    let entry = self.index_for_vaddr(base);
    //    indexing::lemma_entry_base_from_index(self.base_vaddr, entry, self.entry_size());
    //    indexing::lemma_entry_base_from_index_support(self.base_vaddr, entry, self.entry_size());
    //    indexing::lemma_index_from_base_and_addr(self.base_vaddr, base, self.entry_size(), self.num_entries());
    //    self.lemma_interp_of_entry_contains_mapping_implies_interp_contains_mapping(entry, true);
    //
    //    match self.entries.index(entry as int) {
    //        NodeEntry::Page(p) => {
    //            if aligned(base, self.entry_size()) {
    //                assert(self.interp_of_entry(entry).map.remove(base) =~= map![]);
    //                assert(self.update(entry, NodeEntry::Invalid).inv());
    //                self.lemma_remove_from_interp_of_entry_implies_remove_from_interp(entry, base, NodeEntry::Invalid, true);
    //            } else {
    //                indexing::lemma_entry_base_from_index(self.base_vaddr, entry, self.entry_size());
    //                assert(!self.interp().map.contains_key(base));
    //                assert(i_nself_res.is_Err());
    //            }
    //        },
    //        NodeEntry::Directory(d) => {
    //            assert(d.inv());
    //            d.lemma_inv_implies_interp_inv();
    //            assert(d.accepted_unmap(base));
    //            d.lemma_unmap_refines_unmap(base);
    //            match d.unmap(base) {
    //                Ok(new_d) => {
    //                    d.lemma_unmap_preserves_inv(base);
    //                    assert(new_d.inv());
    //                    assert(d.unmap(base).is_Ok());
    //                    assert(d.interp().unmap(base).is_Ok());
    //                    assert(equal(new_d.interp(), d.interp().unmap(base).get_Ok_0()));
    //                    if new_d.empty() {
    //                        new_d.lemma_empty_implies_interp_empty(true);
    //                        d.interp().lemma_unmap_decrements_len(base);
    //                        assert(new_d.interp().map.dom().len() == 0);
    //                        assert(d.interp().map.dom().len() == 1);
    //                        assert(d.interp().map.contains_key(base));
    //                        assert(d.interp().map.dom() =~= set![base]);
    //                        assert(nself_res.is_Ok());
    //                        assert(equal(self.interp_of_entry(entry).map, d.interp().map));
    //                        assert(equal(d.interp().unmap(base).get_Ok_0().map, d.interp().map.remove(base)));
    //                        assert(self.interp_of_entry(entry).map.remove(base) =~= map![]);
    //                        assert(self.update(entry, NodeEntry::Invalid).inv());
    //                        self.lemma_remove_from_interp_of_entry_implies_remove_from_interp(entry, base, NodeEntry::Invalid, true);
    //                        assert(equal(nself.interp(), i_nself));
    //                    } else {
    //                        assert(self.update(entry, NodeEntry::Directory(new_d)).inv());
    //                        self.lemma_remove_from_interp_of_entry_implies_remove_from_interp(entry, base, NodeEntry::Directory(new_d), true);
    //                    }
    //                }
    //                Err(e) => {
    //                    assert(self.entries.index(entry as int) === NodeEntry::Directory(d));
    //                    assert(self.entries.index(entry as int) === NodeEntry::Directory(e));
    //                    let res = self.update(entry, NodeEntry::Directory(e)).entries;
    //                    assert(res.index(entry as int) === self.entries.index(entry as int));
    //                    assert(res =~= self.entries);
    //                }
    //            }
    //        },
    //        NodeEntry::Invalid => { },
    //    }
    //}

    
    
    
    
    //proof fn lemma_entries_equal_implies_interp_aux_equal(self, other: Directory, i: nat)
    //    requires
    //        self.inv(),
    //        other.inv(),
    //        equal(self.arch, other.arch),
    //        equal(self.layer, other.layer),
    //        equal(self.base_vaddr, other.base_vaddr),
    //        equal(self.num_entries(), other.num_entries()),
    //        forall|j: int| i <= j && j < self.entries.len() ==> equal(self.entries.index(j), other.entries.index(j)),
    //    ensures
    //        self.interp_aux(i) === other.interp_aux(i),
    //    decreases self.arch.layers.len() - self.layer, self.num_entries() - i
    //{
    //    if i >= self.entries.len() {
    //    } else {
    //        let rem1 = self.interp_aux(i + 1);
    //        let rem2 = other.interp_aux(i + 1);
    //        let entry_i1 = self.interp_of_entry(i);
    //        let entry_i2 = other.interp_of_entry(i);
    //        self.lemma_entries_equal_implies_interp_aux_equal(other, i + 1);
    //        assert(rem1.union_prefer_right(entry_i1) =~= rem2.union_prefer_right(entry_i2));
    //    }
    //}

    //proof fn lemma_remove_from_interp_of_entry_implies_remove_from_interp_aux(self, j: nat, i: nat, vaddr: nat, n: NodeEntry)
    //    requires
    //        self.inv(),
    //        i <= j,
    //        j < self.num_entries(),
    //        self.interp_of_entry(j).map.contains_key(vaddr),
    //        self.update(j, n).inv(),
    //        equal(
    //            self.interp_of_entry(j).map.remove(vaddr),
    //            match n {
    //                NodeEntry::Page(p)      => map![self.entry_base(j) => p],
    //                NodeEntry::Directory(d) => d.interp_aux(0).map,
    //                NodeEntry::Invalid      => map![],
    //            }),
    //    ensures
    //        equal(self.interp_aux(i).map.remove(vaddr), self.update(j, n).interp_aux(i).map),
    //    decreases self.arch.layers.len() - self.layer, self.num_entries() - i
    //{
    //
    //    assert(j < self.entries.len());
    //    broadcast use group_ambient;
    //    self.lemma_inv_implies_interp_aux_inv(i);
    //    self.lemma_inv_implies_interp_aux_inv(i + 1);
    //    self.lemma_inv_implies_interp_of_entry_inv(i);
    //    self.lemma_inv_implies_interp_of_entry_inv(j);
    //
    //    self.lemma_interp_of_entry();
    //    self.lemma_interp_of_entry_contains_mapping_implies_interp_aux_contains_mapping(i, j);
    //
    //    let nself = self.update(j, n);
    //
    //    if i >= self.entries.len() {
    //    } else {
    //        if i == j {
    //            assert(equal(self.interp_aux(i).map, self.interp_aux(i + 1).map.union_prefer_right(self.interp_of_entry(i).map)));
    //
    //            assert(equal(self.interp_of_entry(i).map.remove(vaddr), nself.interp_of_entry(i).map));
    //            self.lemma_entries_equal_implies_interp_aux_equal(nself, i+1);
    //            assert(equal(self.interp_aux(i + 1).map, nself.interp_aux(i + 1).map));
    //
    //            assert(equal(self.interp_aux(i + 1).map.union_prefer_right(self.interp_of_entry(i).map).remove(vaddr),
    //                         nself.interp_aux(i + 1).map.union_prefer_right(nself.interp_of_entry(i).map)));
    //
    //            assert(equal(self.interp_aux(i).map.remove(vaddr), self.update(j, n).interp_aux(i).map));
    //        } else {
    //            assert(i < j);
    //            assert(self.directories_obey_invariant());
    //
    //            self.lemma_remove_from_interp_of_entry_implies_remove_from_interp_aux(j, i + 1, vaddr, n);
    //            self.lemma_interp_of_entry_contains_mapping_implies_interp_aux_contains_mapping(i + 1, j);
    //
    //            assert(self.interp_aux(j).map.contains_key(vaddr));
    //            assert(self.interp_aux(i + 1).map.contains_key(vaddr));
    //
    //            assert(equal(self.interp_aux(i + 1).map.remove(vaddr), self.update(j, n).interp_aux(i + 1).map));
    //
    //            assert(equal(self.interp_aux(i).map, self.interp_aux(i + 1).map.union_prefer_right(self.interp_of_entry(i).map)));
    //
    //
    //
    //            assert(nself.inv());
    //            assert(equal(nself.interp_aux(i).map, nself.interp_aux(i + 1).map.union_prefer_right(nself.interp_of_entry(i).map)));
    //
    //            assert(equal(self.interp_aux(i).map.remove(vaddr), self.update(j, n).interp_aux(i).map));
    //        }
    //    }
    //}

    //proof fn lemma_remove_from_interp_of_entry_implies_remove_from_interp(self, j: nat, vaddr: nat, n: NodeEntry)
    //    requires
    //        self.inv(),
    //        j < self.num_entries(),
    //        self.interp_of_entry(j).map.contains_key(vaddr),
    //        self.update(j, n).inv(),
    //        equal(
    //            self.interp_of_entry(j).map.remove(vaddr),
    //            match n {
    //                NodeEntry::Page(p)      => map![self.entry_base(j) => p],
    //                NodeEntry::Directory(d) => d.interp_aux(0).map,
    //                NodeEntry::Invalid      => map![],
    //            })
    //    ensures
    //        equal(self.interp().map.remove(vaddr), self.update(j, n).interp().map),
    //{
    //    self.lemma_remove_from_interp_of_entry_implies_remove_from_interp_aux(j, 0, vaddr, n);
    //}
}

}
}
#[cfg(feature = "impl")]
pub mod l2_impl {
use vstd::prelude::*;
use vstd::{ assert_by_contradiction, assert_seqs_equal };


use crate::spec_t::mmu::defs::{ MemRegion, PTE, Flags,
WORD_SIZE, PAGE_SIZE, MAX_PHYADDR, MAX_PHYADDR_WIDTH, L1_ENTRY_SIZE, L2_ENTRY_SIZE,
L3_ENTRY_SIZE, X86_NUM_LAYERS, X86_NUM_ENTRIES, bit, bitmask_inc };
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{ between, aligned, x86_arch_spec,
axiom_max_phyaddr_width_facts, MAX_BASE, candidate_mapping_overlaps_existing_vmem, overlap };
use crate::spec_t::mmu::translation::{ PDE,GPDE, MASK_FLAG_P, MASK_FLAG_RW, MASK_FLAG_US,
MASK_FLAG_PWT, MASK_FLAG_PCD, MASK_FLAG_XD, MASK_ADDR, MASK_PG_FLAG_PAT, MASK_L1_PG_FLAG_PS,
MASK_L1_PG_ADDR, MASK_L2_PG_ADDR, MASK_L3_PG_ADDR, MASK_NEG_DIRTY_ACCESS };
use crate::impl_u::wrapped_token::{ WrappedTokenView, OpArgs };


verus! {







// TODO: Convert to individual broadcast maybe




// PDE is defined in crate::spec_t::mmu::defs to define the page table walk
// semantics. Here we reuse it for the implementation and add exec functions to it.
impl PDE {
    // PAT flag is set to zero for huge pages and super pages
    pub open spec fn hp_pat_is_zero(self) -> bool {
        &&& self@ is Page && self.layer == 1 ==> self.entry & MASK_PG_FLAG_PAT == 0
        &&& self@ is Page && self.layer == 2 ==> self.entry & MASK_PG_FLAG_PAT == 0
    }

    
    
    

    
    
    
    
    
    
    
    
    }

/// PTDir is used in the `ghost_pt` field of the PageTable. It's used to keep track of the memory
/// regions in which the corresponding translation structures are stored.
#[verifier::ext_equal]
pub struct PTDir {
    /// Region of physical memory in which this PTDir is stored
    pub region: MemRegion,
    pub entries: Seq<Option<PTDir>>,
    /// reflexive-transitive closure of `region` over `entries`
    pub used_regions: Set<MemRegion>,
}

// Page table methods are in a separate module for namespacing, since we can't use a struct + impl
// (To use a struct we'd have to keep a &mut reference to the memory in the struct, which Verus
// doesn't support. Or we keep an owned copy but then can't have an external interface that mutably
// borrows a memory.)
pub mod PT {

use super::*;

/// `map_frame_aux` relies on the non-emptiness of directories to determine whether or not
/// mapping a particular addr/page should fail. But during the map/unmap operations we need to
/// recover the invariant to prove the VCs of intermediate transitions, while we do have non-empty
/// directories. Because of that, non-emptiness isn't baked into the invariant directly.
pub open spec(checked) fn inv_and_nonempty(tok: WrappedTokenView, pt: PTDir) -> bool {
    &&& inv(tok, pt)
    // The overall invariant requires that there are no empty directories but this is not part of
    // `inv_at`, so we can still obtain `inv_at` for the whole page table during operations and use
    // it to derive the implementation VCs.
    &&& no_empty_directories(tok, pt, 0, tok.pt_mem.pml4)
}

pub open spec(checked) fn inv(tok: WrappedTokenView, pt: PTDir) -> bool {
    &&& pt.region.base == tok.pt_mem.pml4
    &&& inv_at(tok, pt, 0, tok.pt_mem.pml4)
}

/// Get the view of the entry at address ptr + i * WORD_SIZE
pub open spec fn entry_at_spec(tok: WrappedTokenView, pt: PTDir, layer: nat, ptr: usize, i: nat) -> PDE {
    PDE {
        entry: tok.read(i as usize, pt.region),
        layer: Ghost(layer),
    }
}


// TODO: Ideally we'd deduplicate this somehow and have only one entry_at function for both map and
// unmap. It's not that problematic though, since both tokens have the same view and the two
// entry_at functions correspond to the same `entry_at_spec` on the view, so all lemmas are
// usable for map and unmap.

pub open spec fn ghost_pt_matches_structure(tok: WrappedTokenView, pt: PTDir, layer: nat, ptr: usize) -> bool {
    forall|i: nat| #![trigger pt.entries[i as int], entry_at_spec(tok, pt, layer, ptr, i)@]
    i < X86_NUM_ENTRIES ==> {
        let entry = entry_at_spec(tok, pt, layer, ptr, i)@;
        entry is Directory <==> pt.entries[i as int] is Some
    }
}

pub open spec fn invalid_entries_are_zeroed(tok: WrappedTokenView, pt: PTDir, layer: nat, ptr: usize) -> bool {
    forall|i: nat| i < X86_NUM_ENTRIES ==>
        (#[trigger] entry_at_spec(tok, pt, layer, ptr, i))@ is Invalid ==> tok.regions[pt.region][i as int] == 0
}

pub open spec fn directories_obey_invariant_at(tok: WrappedTokenView, pt: PTDir, layer: nat, ptr: usize) -> bool
    decreases X86_NUM_LAYERS - layer, 0nat
        when layer_in_range(layer)
{
    forall|i: nat| i < X86_NUM_ENTRIES ==> {
        (#[trigger] entry_at_spec(tok, pt, layer, ptr, i))@ matches GPDE::Directory { addr, ..}
            ==> inv_at(tok, pt.entries[i as int].get_Some_0(), layer + 1, addr)
    }
}

pub open spec fn no_empty_directories(tok: WrappedTokenView, pt: PTDir, layer: nat, ptr: usize) -> bool
    decreases X86_NUM_LAYERS - layer
        when layer_in_range(layer)
{
    forall|i: nat| i < X86_NUM_ENTRIES ==> {
        (#[trigger] entry_at_spec(tok, pt, layer, ptr, i))@ matches GPDE::Directory { addr, ..}
            ==> {
                &&& !empty_at(tok, pt.entries[i as int]->Some_0, layer + 1, addr)
                &&& no_empty_directories(tok, pt.entries[i as int]->Some_0, layer + 1, addr)
            }
    }
}

pub open spec fn empty_at(tok: WrappedTokenView, pt: PTDir, layer: nat, ptr: usize) -> bool {
    forall|i: nat| #![auto] i < X86_NUM_ENTRIES ==> entry_at_spec(tok, pt, layer, ptr, i)@ is Invalid
}

pub open spec(checked) fn layer_in_range(layer: nat) -> bool {
    layer < X86_NUM_LAYERS
}

pub open spec(checked) fn inv_at(tok: WrappedTokenView, pt: PTDir, layer: nat, ptr: usize) -> bool
    decreases X86_NUM_LAYERS - layer
{
    &&& aligned(ptr as nat, PAGE_SIZE as nat)
    &&& tok.regions.contains_key(pt.region)
    &&& pt.region.base == ptr
    &&& pt.region.size == PAGE_SIZE
    &&& tok.regions[pt.region].len() == pt.entries.len()
    &&& layer_in_range(layer)
    &&& pt.entries.len() == X86_NUM_ENTRIES
    &&& invalid_entries_are_zeroed(tok, pt, layer, ptr)
    &&& directories_obey_invariant_at(tok, pt, layer, ptr)
    &&& directories_have_flags(tok, pt, layer, ptr)
    &&& ghost_pt_matches_structure(tok, pt, layer, ptr)
    &&& ghost_pt_used_regions_rtrancl(tok, pt, layer, ptr)
    &&& ghost_pt_used_regions_pairwise_disjoint(tok, pt, layer, ptr)
    &&& ghost_pt_region_notin_used_regions(tok, pt, layer, ptr)
    &&& pt.used_regions.subset_of(tok.regions.dom())
    &&& hp_pat_is_zero(tok, pt, layer, ptr)
    &&& entry_mb0_bits_are_zero(tok, pt, layer, ptr)
}

pub open spec fn directories_have_flags(tok: WrappedTokenView, pt: PTDir, layer: nat, ptr: usize) -> bool {
    forall|i: nat| i < X86_NUM_ENTRIES ==> {
        (#[trigger] entry_at_spec(tok, pt, layer, ptr, i)@) matches GPDE::Directory { RW, US, XD, .. } ==> RW && US && !XD
    }
}

pub open spec fn entry_mb0_bits_are_zero(tok: WrappedTokenView, pt: PTDir, layer: nat, ptr: usize) -> bool {
    forall|i: nat| i < X86_NUM_ENTRIES ==>
        (#[trigger] entry_at_spec(tok, pt, layer, ptr, i)).all_mb0_bits_are_zero()
}

/// Entries for super pages and huge pages use bit 12 to denote the PAT flag. We always set that
/// flag to zero, which allows us to always use the same mask to get the address.
pub open spec fn hp_pat_is_zero(tok: WrappedTokenView, pt: PTDir, layer: nat, ptr: usize) -> bool {
    forall|i: nat| #![auto] i < X86_NUM_ENTRIES ==> entry_at_spec(tok, pt, layer, ptr, i).hp_pat_is_zero()
}

// TODO: should I move some of these ghost_pt things in a invariant defined on PTDir?
#[verifier(opaque)] // hide the bad triggers
pub open spec fn ghost_pt_used_regions_pairwise_disjoint(tok: WrappedTokenView, pt: PTDir, layer: nat, ptr: usize) -> bool {
    forall|i: nat, j: nat|
        i != j && i < pt.entries.len() && j < pt.entries.len()
        && #[trigger] pt.entries[j as int] is Some && #[trigger] pt.entries[i as int] is Some
        ==> pt.entries[i as int]->Some_0.used_regions.disjoint(pt.entries[j as int]->Some_0.used_regions)
}

// TODO: this may be implied by the other ones
pub open spec fn ghost_pt_region_notin_used_regions(tok: WrappedTokenView, pt: PTDir, layer: nat, ptr: usize) -> bool {
    forall|i: nat|
        i < pt.entries.len() && pt.entries[i as int].is_Some()
        ==> !(#[trigger] pt.entries[i as int].get_Some_0().used_regions.contains(pt.region))
}

pub open spec fn ghost_pt_used_regions_rtrancl(tok: WrappedTokenView, pt: PTDir, layer: nat, ptr: usize) -> bool {
    // reflexive
    &&& pt.used_regions.contains(pt.region)
    // transitive
    &&& forall|i: nat, r: MemRegion| #![trigger pt.entries[i as int].get_Some_0().used_regions.contains(r), pt.used_regions.contains(r)]
            i < pt.entries.len() && pt.entries[i as int].is_Some() &&
            pt.entries[i as int].get_Some_0().used_regions.contains(r)
            ==> pt.used_regions.contains(r)
}















//fn resolve_aux(mem: &mem::PageTableMemory, Ghost(pt): Ghost<PTDir>, layer: usize, ptr: usize, base: usize, vaddr: usize) -> (res: Result<(usize, PageTableEntryExec), ()>)
//    requires
//        inv_at(mem, pt, layer as nat, ptr),
//        interp_at(mem, pt, layer as nat, ptr, base as nat).inv(),
//        interp_at(mem, pt, layer as nat, ptr, base as nat).interp().accepted_resolve(vaddr as nat),
//        base <= vaddr < MAX_BASE,
//    ensures
//        // Refinement of l1
//        result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@)) === interp_at(mem, pt, layer as nat, ptr, base as nat).resolve(vaddr as nat),
//        // Refinement of l0
//        result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@)) === interp_at(mem, pt, layer as nat, ptr, base as nat).interp().resolve(vaddr as nat),
//    // decreases X86_NUM_LAYERS - layer
//{
//    proof { lemma_interp_at_facts(mem, pt, layer as nat, ptr, base as nat); }
//    let idx: usize = x86_arch_exec().index_for_vaddr(layer, base, vaddr);
//    proof { indexing::lemma_index_from_base_and_addr(base as nat, vaddr as nat, x86_arch_spec.entry_size(layer as nat), X86_NUM_ENTRIES as nat); }
//    let entry      = entry_at(mem, Ghost(pt), layer, ptr, idx);
//    let interp: Ghost<l1::Directory> = Ghost(interp_at(mem, pt, layer as nat, ptr, base as nat));
//    proof {
//        interp@.lemma_resolve_structure_assertions(vaddr as nat, idx as nat);
//        interp@.lemma_resolve_refines(vaddr as nat);
//    }
//    if entry.is_present() {
//        let entry_base: usize = x86_arch_exec().entry_base(layer, base, idx);
//        proof {
//            indexing::lemma_entry_base_from_index(base as nat, idx as nat, x86_arch_spec.entry_size(layer as nat));
//            assert(entry_base <= vaddr);
//        }
//        if entry.is_dir(layer) {
//            assert(entry@ is Directory);
//            let dir_addr = entry.address();
//            assert(pt.entries[idx as int].is_Some());
//            let dir_pt: Ghost<PTDir> = Ghost(pt.entries.index(idx as int).get_Some_0());
//            assert(directories_obey_invariant_at(mem, pt, layer as nat, ptr));
//            proof {
//                assert(interp@.inv());
//                assert(interp@.directories_obey_invariant());
//                assert(interp@.entries[idx as int] is Directory);
//                assert(interp@.entries[idx as int]->Directory_0.inv());
//                assert(l1::NodeEntry::Directory(interp_at(mem, dir_pt@, (layer + 1) as nat, dir_addr, entry_base as nat)) === interp@.entries[idx as int]);
//                assert(inv_at(mem, dir_pt@, (layer + 1) as nat, dir_addr));
//            }
//            let res = resolve_aux(mem, dir_pt, layer + 1, dir_addr, entry_base, vaddr);
//            assert(result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@)) === interp@.resolve(vaddr as nat));
//            res
//        } else {
//            assert(entry@ is Page);
//            assert(interp@.entries[idx as int] is Page);
//            let pte = PageTableEntryExec {
//                frame: MemRegionExec { base: entry.address(), size: x86_arch_exec().entry_size(layer) },
//                flags: entry.flags()
//            };
//            let res = Ok((entry_base, pte));
//            proof {
//            if interp@.resolve(vaddr as nat).is_Ok() {
//                assert(interp@.entries[idx as int]->Page_0 === interp@.resolve(vaddr as nat).get_Ok_0().1);
//                assert(interp@.entries[idx as int] === interp_at_entry(mem, pt, layer as nat, ptr, base as nat, idx as nat));
//            }
//            }
//            assert(result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@).0) === result_map_ok(interp@.resolve(vaddr as nat), |v: (nat, PTE)| v.0));
//            assert(result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@).1.frame) === result_map_ok(interp@.resolve(vaddr as nat), |v: (nat, PTE)| v.1.frame));
//            assert(result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@).1.flags) === result_map_ok(interp@.resolve(vaddr as nat), |v: (nat, PTE)| v.1.flags));
//            assert(result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@)) === interp@.resolve(vaddr as nat));
//            res
//        }
//    } else {
//        assert(entry@ is Invalid);
//        assert(interp@.entries[idx as int] is Invalid);
//        assert(result_map_ok(Err(()), |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@)) === interp@.resolve(vaddr as nat));
//        Err(())
//    }
//}

//pub fn resolve(mem: &mem::PageTableMemory, Ghost(pt): Ghost<PTDir>, vaddr: usize) -> (res: Result<(usize, PageTableEntryExec),()>)
//    requires
//        inv(mem, pt),
//        interp(mem, pt).inv(),
//        interp(mem, pt).interp().accepted_resolve(vaddr as nat),
//        vaddr < MAX_BASE,
//    ensures
//        // Refinement of l1
//        result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@)) === interp(mem, pt).resolve(vaddr as nat),
//        // Refinement of l0
//        result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@)) === interp(mem, pt).interp().resolve(vaddr as nat),
//{
//    let res = resolve_aux(mem, Ghost(pt), 0, mem.cr3().base, 0, vaddr);
//    res
//}





















}

} // verus!
}
//#[cfg(feature = "impl")]
//pub mod l2_refinement;
#[cfg(feature = "impl")]
pub mod wrapped_token {
use vstd::prelude::*;
use vstd::{ assert_by_contradiction, assert_seqs_equal };

use crate::spec_t::os;
use crate::spec_t::mmu::defs::{
    MemRegion, PTE, MAX_PHYADDR, L0_ENTRY_SIZE, L1_ENTRY_SIZE, L2_ENTRY_SIZE,
    L3_ENTRY_SIZE
};
use crate::spec_t::mmu::translation::{
    MASK_NEG_DIRTY_ACCESS, l0_bits, l1_bits, l2_bits, l3_bits,
    GPDE, PDE,
};

verus! {

pub enum OpArgs {
    Map { base: usize, pte: PTE },
    Unmap { base: usize },
}

/// We define a view of the wrapped tokens with the memory stuff that the implementation uses to
/// define its invariant and interpretation. This way read-only ops (e.g. `read`) leave the view
/// fully unchanged, which simplifies reasoning. Otherwise we have to argue that the invariant is
/// preserved as only irrelevant parts of the state may have changed. (Since `read` still has to
/// take a mut ref as it changes the underlying token.)
pub struct WrappedTokenView {
    pub orig_st: os::State,
    pub args: OpArgs,
    pub change_made: bool,
    pub regions: Map<MemRegion, Seq<usize>>,
    /// We also keep the flat memory directly because this is what the MMU's interpretation is
    /// defined on.
    pub pt_mem: mmu::pt_mem::PTMem,
    // result is only relevant for mapping (TODO: and maybe we can get rid of it there?)
    pub result: Result<(),()>,
}

impl WrappedTokenView {
    pub open spec fn read(self, idx: usize, r: MemRegion) -> usize {
        self.regions[r][idx as int] & MASK_NEG_DIRTY_ACCESS
    }

    pub open spec fn interp(self) -> Map<usize, PTE> {
        self.pt_mem@
    }

    pub open spec fn write(self, idx: usize, value: usize, r: MemRegion, change: bool) -> WrappedTokenView {
        WrappedTokenView {
            regions: self.regions.insert(r, self.regions[r].update(idx as int, value)),
            pt_mem: self.pt_mem.write(add(r.base as usize, mul(idx, 8)), value),
            change_made: self.change_made || change,
            result: if change { Ok(()) } else { self.result },
            ..self
        }
    }

    pub open spec fn regions_derived_from_view(self) -> bool {
        forall|r| self.regions.contains_key(r) ==> #[trigger] self.regions[r] == Seq::new(512, |i: int| self.pt_mem.mem[(r.base + i * 8) as usize])
    }

    
    
    }










} // verus!
}
pub mod os_refinement {

use vstd::prelude::*;
use vstd::map::*;

#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{
    candidate_mapping_in_bounds,
    candidate_mapping_in_bounds_pmem,
    candidate_mapping_overlaps_existing_pmem,
    candidate_mapping_overlaps_existing_vmem, overlap,
    MAX_BASE, MemRegion, PTE, Core,
    L1_ENTRY_SIZE, L2_ENTRY_SIZE, L3_ENTRY_SIZE,
};
use crate::spec_t::{hlspec, os};
use crate::spec_t::os::CoreState;

verus! {


///////////////////////////////////////////////////////////////////////////////////////////////
// Lemmata
///////////////////////////////////////////////////////////////////////////////////////////////





///////////////////////////////////////////////////////////////////////////////////////////////
// soundness lemmata
///////////////////////////////////////////////////////////////////////////////////////////////


///////////////////////////////////////////////////////////////////////////////////////////////
// Refinement proof
///////////////////////////////////////////////////////////////////////////////////////////////



use crate::spec_t::hlspec::*;

proof fn vaddr_distinct(c: os::Constants, s: os::State)
    requires s.inv(c), s.sound,
    ensures 
        forall |core1, core2| #![all_triggers]
            s.core_states.dom().contains(core1) && s.core_states.dom().contains(core2)
            && !s.core_states[core1].is_idle() && !s.core_states[core2].is_idle()
            && s.core_states[core1].vaddr() == s.core_states[core2].vaddr() ==> core1 == core2
{
    assert forall |core1, core2| #![all_triggers]
        s.core_states.dom().contains(core1) && s.core_states.dom().contains(core2)
        && !s.core_states[core1].is_idle() && !s.core_states[core2].is_idle()
        && s.core_states[core1].vaddr() == s.core_states[core2].vaddr() implies core1 == core2
    by {
        let mr1 = MemRegion {
            base: s.core_states[core1].vaddr(),
            size: s.core_states[core1].pte_size(s.interp_pt_mem()),
        };
        let mr2 = MemRegion {
            base: s.core_states[core2].vaddr(),
            size: s.core_states[core2].pte_size(s.interp_pt_mem()),
        };
        assert(overlap(mr1, mr2));
    }
}




proof fn extra_mappings_submap(
    c: os::Constants,
    s1: os::State,
    s2: os::State,
    this_core: Core,
)
    requires
        s1.inv(c), s1.sound,
        s2.inv(c), s2.sound,
        forall |core: Core, vaddr: nat|
            s1.is_extra_vaddr_core(core, vaddr) ==> s2.is_extra_vaddr_core(core, vaddr),
        forall |core: Core, vaddr: nat|
            this_core != core ==> s2.is_extra_vaddr_core(core, vaddr) ==> s1.is_extra_vaddr_core(core, vaddr),
        forall |core: Core, vaddr: nat|
            s1.is_extra_vaddr_core(core, vaddr) ==>
                s1.core_states[core].PTE() == s2.core_states[core].PTE(),
        forall |core: Core| this_core != core ==> (
            (match #[trigger] s1.core_states[core] {
                CoreState::MapWaiting { .. } | CoreState::MapExecuting { .. } => true,
                _ => false,
            }) <==> (match #[trigger] s2.core_states[core] {
                CoreState::MapWaiting { .. } | CoreState::MapExecuting { .. } => true,
                _ => false,
            })),

        s1.core_states.dom().contains(this_core),
        s2.core_states.dom().contains(this_core),
        s1.core_states[this_core].is_idle(),
            
        s1.effective_mappings() == s2.effective_mappings(),
    ensures
        s1.extra_mappings().submap_of(s2.extra_mappings())
{
    hide(candidate_mapping_overlaps_existing_vmem);

    vaddr_distinct(c, s1);
    vaddr_distinct(c, s2);

    reveal(os::State::extra_mappings);
    assert forall |vaddr| #[trigger] s1.extra_mappings().dom().contains(vaddr)
      implies s2.extra_mappings().dom().contains(vaddr)
          && s1.extra_mappings()[vaddr] == s2.extra_mappings()[vaddr]
    by {
        let core = choose |core: Core| s1.is_extra_vaddr_core(core, vaddr);
        assert(s1.core_states[core].PTE() == s2.core_states[core].PTE());
        assert(s1.get_extra_vaddr_core(vaddr) == core);
        assert(s2.get_extra_vaddr_core(vaddr) == core);
        assert(s2.is_extra_vaddr(vaddr));
        assert(!s1.candidate_vaddr_overlaps(vaddr));
        assert(!s2.candidate_vaddr_overlaps(vaddr));
        assert(s2.extra_mappings().dom().contains(vaddr));
    }
}



// can go either direction:
// either starting a Map operation that is destined to fail because of overlap
// (thus moving Idle -> MapWaiting) or ending such an operation (MapExecution -> MapDone Err case)
















//disclaimer this probably dosnt have to be so long.



} // verus!
}
}
pub mod spec_t {
pub mod hlspec {
// #![cfg_attr(verus_keep_ghost, verus::trusted)]
// trusted:
// this is the process-level specification of the kernel's behaviour
// TODO: because we have the invariant defined and proved here as well we manually apply the
// trusted label to the relevant parts

use vstd::prelude::*;
use crate::spec_t::mmu::defs::{
    MemRegion, PTE, L1_ENTRY_SIZE, L2_ENTRY_SIZE, L3_ENTRY_SIZE, MAX_PHYADDR,
};
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{
    aligned, between, candidate_mapping_in_bounds, candidate_mapping_overlaps_existing_pmem,
    candidate_mapping_overlaps_existing_vmem, overlap, x86_arch_spec, MAX_BASE
};


verus! {


// $line_count$Trusted${$

pub struct Constants {
    pub thread_no: nat,
    pub phys_mem_size: nat,
}

pub struct State {
    /// Byte-indexed virtual memory
    pub mem: Seq<u8>,
    pub thread_state: Map<nat, ThreadState>,
    /// `mappings` constrains the domain of mem and tracks the flags. We could instead move the
    /// flags into `map` as well and write the specification exclusively in terms of `map` but that
    /// also makes some of the enabling conditions awkward, e.g. full mappings have the same flags, etc.
    pub mappings: Map<nat, PTE>,
    pub sound: bool,
}


#[allow(inconsistent_fields)]
pub enum ThreadState {
    Map { vaddr: nat, pte: PTE },
    Unmap { vaddr: nat, pte: Option<PTE> },
    Idle,
}



pub open spec fn wf(c: Constants, s: State) -> bool {
    &&& forall|id: nat| id < c.thread_no <==> s.thread_state.contains_key(id)
    &&& s.mappings.dom().finite()
}




///////////////////////////////////////////////////////////////////////////////////////////////
// Helper function to specify relation between 2 states
///////////////////////////////////////////////////////////////////////////////////////////////


///////////////////////////////////////////////////////////////////////////////////////////////
// Overlapping inflight memory helper functions
///////////////////////////////////////////////////////////////////////////////////////////////

pub open spec fn candidate_mapping_overlaps_inflight_pmem(
    inflightargs: Set<ThreadState>,
    candidate: PTE,
) -> bool {
    exists|b: ThreadState| #![auto] {
        &&& inflightargs.contains(b)
        &&& match b {
            ThreadState::Map { vaddr, pte } => overlap(candidate.frame, pte.frame),
            ThreadState::Unmap { vaddr, pte } => {
                &&& pte.is_some()
                &&& overlap(candidate.frame, pte.unwrap().frame)
            },
            _ => { false },
        }
    }
}

///////////////////////////////////////////////////////////////////////////////////////////////
// MMU atomic ReadWrite
///////////////////////////////////////////////////////////////////////////////////////////////


///////////////////////////////////////////////////////////////////////////////////////////////
// Map
///////////////////////////////////////////////////////////////////////////////////////////////


// TODO: think about whether or not map start is valid if it overlaps with existing vmem


///////////////////////////////////////////////////////////////////////////////////////////////
// Unmap
///////////////////////////////////////////////////////////////////////////////////////////////


// TODO:
// shouldnt need to check for overlapping pmem because:
// - if currently being mapped it will cause Err anyways
// - if currently being unmapped then vmem is the way to go (?)



//if s1.sound then match else !s2.sound


// $line_count$}$
// everything below here is invariant definition and/or proof, not trusted


pub open spec fn pmem_no_overlap(mappings: Map<nat, PTE>) -> bool {
    forall|bs1: nat, bs2: nat|
        mappings.contains_key(bs1) && mappings.contains_key(bs2)
        && overlap(mappings.index(bs1).frame, mappings.index(bs2).frame)
        ==> bs1 == bs2
}

pub open spec fn inflight_map_no_overlap_pmem(
    inflightargs: Set<ThreadState>,
    mappings: Map<nat, PTE>,
) -> bool {
    forall|b: ThreadState| #![auto]
        inflightargs.contains(b) && b is Map
            ==> !candidate_mapping_overlaps_existing_pmem(mappings, b->Map_pte)

}

pub open spec fn inflight_map_no_overlap_inflight_pmem(inflightargs: Set<ThreadState>) -> bool {
    forall|b: ThreadState| #![auto]
        inflightargs.contains(b) && b is Map
            ==> !candidate_mapping_overlaps_inflight_pmem(inflightargs.remove(b), b->Map_pte)
}

pub open spec fn if_map_then_unique(thread_state: Map<nat, ThreadState>, id: nat) -> bool
    recommends thread_state.contains_key(id),
{
    thread_state[id] matches ThreadState::Map { vaddr, pte }
        ==> !thread_state.remove(id).values().contains(thread_state[id])
}

pub open spec fn inflight_maps_unique(thread_state: Map<nat, ThreadState>) -> bool {
    forall|a: nat| #[trigger] thread_state.contains_key(a) ==> if_map_then_unique(thread_state, a)
}

pub open spec fn inv(c: Constants, s: State) -> bool {
    &&& wf(c, s)
    &&& pmem_no_overlap(s.mappings)
    // invariants needed to prove the former
    &&& inflight_map_no_overlap_pmem(s.thread_state.values(), s.mappings)
    &&& inflight_map_no_overlap_inflight_pmem(s.thread_state.values())
    &&& inflight_maps_unique(s.thread_state)
}



} // verus!
}
pub mod os {
//#![cfg_attr(verus_keep_ghost, verus::trusted)]
// not trusted:
// describes how the whole system behaves

use vstd::prelude::*;

use crate::spec_t::mmu::{ rl3, rl1 };
use crate::spec_t::{ hlspec, mmu };
use crate::spec_t::mmu::defs::{
    MemRegion, PTE, L1_ENTRY_SIZE, L2_ENTRY_SIZE, L3_ENTRY_SIZE, MAX_PHYADDR, Core
};
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{
    aligned, between, candidate_mapping_in_bounds, candidate_mapping_overlaps_existing_pmem,
    candidate_mapping_in_bounds_pmem,
    candidate_mapping_overlaps_existing_vmem, overlap, x86_arch_spec, MAX_BASE
};
use crate::spec_t::os_ext;
use crate::impl_u::{ wrapped_token, l2_impl::PT };

verus! {

pub struct Constants {
    /// Constants for mmu and os_ext state machines
    pub common: mmu::Constants,
    //maps User Level Thread to its assigned core
    pub ult2core: Map<nat, Core>,
    //highest thread_id
    pub ult_no: nat,
}

pub struct State {
    pub mmu: rl3::State,
    pub os_ext: os_ext::State,
    pub core_states: Map<Core, CoreState>,
    /// `sound` is a history variable. It doesn't affect the behavior of the state machine but is
    /// used in the refinement.
    pub sound: bool,
}

#[allow(inconsistent_fields)]
pub enum CoreState {
    Idle,
    MapWaiting { ult_id: nat, vaddr: nat, pte: PTE },
    MapExecuting { ult_id: nat, vaddr: nat, pte: PTE },
    MapDone { ult_id: nat, vaddr: nat, pte: PTE, result: Result<(), ()> },
    UnmapWaiting { ult_id: nat, vaddr: nat },
    UnmapExecuting { ult_id: nat, vaddr: nat, result: Option<Result<PTE, ()>> },
    UnmapOpDone { ult_id: nat, vaddr: nat, result: Result<PTE, ()> },
    UnmapShootdownWaiting { ult_id: nat, vaddr: nat, result: Result<PTE, ()> },
}


impl CoreState {
    pub open spec fn is_mapping(self) -> bool {
        match self {
            CoreState::MapExecuting { .. }
            | CoreState::MapDone { .. } => true,
            _ => false,
        }
    }

    pub open spec fn is_in_crit_sect(self) -> bool {
        match self {
            CoreState::Idle
            | CoreState::MapWaiting { .. }
            | CoreState::UnmapWaiting { .. } => false,
            _ => true,
        }
    }

    pub open spec fn is_map(self) -> bool {
        match self {
            CoreState::MapWaiting { .. }
            | CoreState::MapExecuting { .. }
            | CoreState::MapDone { .. } => true,
            _ => false,
        }
    }

    pub open spec fn is_unmapping(self) -> bool {
        match self {
            CoreState::UnmapWaiting { .. }
            | CoreState::UnmapExecuting { .. }
            | CoreState::UnmapOpDone { .. }
            | CoreState::UnmapShootdownWaiting { .. } => true,
            _ => false,
        }
    }

    pub open spec fn unmap_vaddr(self) -> nat
        recommends self.is_unmapping()
    {
        match self {
            CoreState::UnmapWaiting { vaddr, .. }
            | CoreState::UnmapExecuting { vaddr, .. }
            | CoreState::UnmapOpDone { vaddr, .. }
            | CoreState::UnmapShootdownWaiting { vaddr, .. } => vaddr,
            _ => arbitrary(),
        }
    }

    #[verifier(inline)]
    pub open spec fn is_idle(self) -> bool {
        self is Idle
    }
}

impl Constants {
    pub open spec fn valid_ult(self, ult_id: nat) -> bool {
        ult_id < self.ult_no
    }

    pub open spec fn valid_core(self, core: Core) -> bool {
        self.common.valid_core(core)
    }
}

///////////////////////////////////////////////////////////////////////////////////////////////
// Overlapping inflight memory helper functions for HL-soundness
///////////////////////////////////////////////////////////////////////////////////////////////
pub open spec fn candidate_mapping_overlaps_inflight_pmem(
    pt: Map<nat, PTE>,
    inflightargs: Set<CoreState>,
    candidate: PTE,
) -> bool {
    exists|b: CoreState| #![auto] {
        &&& inflightargs.contains(b)
        &&& match b {
            CoreState::MapWaiting { vaddr, pte, .. }
            | CoreState::MapExecuting { vaddr, pte, .. }
            | CoreState::MapDone { vaddr, pte, .. } => {
                overlap(candidate.frame, pte.frame)
            },
            CoreState::UnmapWaiting { ult_id, vaddr }
            | CoreState::UnmapExecuting { ult_id, vaddr, result: None, .. } => {
                &&& pt.contains_key(vaddr)
                &&& overlap(candidate.frame, pt[vaddr].frame)
            },
            CoreState::UnmapExecuting { ult_id, vaddr, result: Some(result), .. }
            | CoreState::UnmapOpDone { ult_id, vaddr, result, .. }
            | CoreState::UnmapShootdownWaiting { ult_id, vaddr, result, .. } => {
                &&& result is Ok
                &&& overlap(candidate.frame, result.get_Ok_0().frame)
            },
            CoreState::Idle => false,
        }
    }
}








///////////////////////////////////////////////////////////////////////////////////////////////
// Map
///////////////////////////////////////////////////////////////////////////////////////////////









///////////////////////////////////////////////////////////////////////////////////////////////
// Unmap
///////////////////////////////////////////////////////////////////////////////////////////////









// Acknowledge TLB eviction to other core (in response to shootdown IPI)
// check if tlb shootdown/unmap has happend and send ACK






///////////////////////////////////////////////////////////////////////////////////////////////
// Definitions for refinement
///////////////////////////////////////////////////////////////////////////////////////////////
impl Constants {
    pub open spec fn interp(self) -> hlspec::Constants {
        hlspec::Constants { thread_no: self.ult_no, phys_mem_size: self.common.phys_mem_size }
    }
}

impl CoreState {
    pub open spec fn pte_size(self, pt: Map<nat, PTE>) -> nat
        recommends !self.is_idle(),
    {
        match self {
            CoreState::MapWaiting { pte, .. }
            | CoreState::MapExecuting { pte, .. }
            | CoreState::MapDone { pte, .. } => {
                pte.frame.size
            },
            CoreState::UnmapWaiting { vaddr, .. }
            | CoreState::UnmapExecuting { vaddr, result: None, .. } => {
                if pt.contains_key(vaddr) { pt[vaddr].frame.size } else { 0 }
            },
            CoreState::UnmapExecuting { result: Some(result), .. }
            | CoreState::UnmapOpDone { result, .. }
            | CoreState::UnmapShootdownWaiting { result, .. } => {
                if result is Ok { result.get_Ok_0().frame.size } else { 0 }
            },
            CoreState::Idle => arbitrary(),
        }
    }

    pub open spec fn vaddr(self) -> nat
        recommends !self.is_idle(),
    {
        match self {
            CoreState::MapWaiting { vaddr, .. }
            | CoreState::MapExecuting { vaddr, .. }
            | CoreState::MapDone { vaddr, .. }
            | CoreState::UnmapWaiting { vaddr, .. }
            | CoreState::UnmapExecuting { vaddr, .. }
            | CoreState::UnmapOpDone { vaddr, .. }
            | CoreState::UnmapShootdownWaiting { vaddr, .. } => { vaddr },
            CoreState::Idle => arbitrary(),
        }
    }

    pub open spec fn has_pte(self, pt: Map<nat, PTE>) -> bool
    {
        match self {
            CoreState::MapWaiting { pte, .. }
            | CoreState::MapExecuting { pte, .. }
            | CoreState::MapDone { pte, .. } => {
                true
            }
            CoreState::UnmapWaiting { vaddr, .. }  
            | CoreState::UnmapExecuting { vaddr, result: None, .. } => pt.contains_key(vaddr),
            CoreState::UnmapExecuting { result: Some(Ok(_)), .. }
            | CoreState::UnmapOpDone { result: Ok(_), .. }
            | CoreState::UnmapShootdownWaiting { result: Ok(_), .. } => true,
            _ => false,
        }
    }

    pub open spec fn paddr(self, pt: Map<nat, PTE>) -> nat
        recommends self.has_pte(pt),
    {
        match self {
            CoreState::MapWaiting { pte, .. }
            | CoreState::MapExecuting { pte, .. }
            | CoreState::MapDone { pte, .. } => {
                pte.frame.base
            }
            CoreState::UnmapWaiting { vaddr, .. }  
            | CoreState::UnmapExecuting { vaddr, result: None, .. } => pt[vaddr].frame.base,
            | CoreState::UnmapExecuting { result: Some(Ok(pte)), .. }
            | CoreState::UnmapOpDone { result: Ok(pte), .. }
            | CoreState::UnmapShootdownWaiting { result: Ok(pte), .. } => {
               pte.frame.base
            }
            _ => arbitrary(),
        }
    }

    pub open spec fn PTE(self) -> PTE
        recommends self.is_map(),
    {
        match self {
            CoreState::MapWaiting { pte, .. }
            | CoreState::MapExecuting { pte, .. }
            | CoreState::MapDone { pte, .. }
            | CoreState::UnmapExecuting { result: Some(Ok(pte)), .. }
            | CoreState::UnmapOpDone { result: Ok(pte), .. }
            | CoreState::UnmapShootdownWaiting { result: Ok(pte), .. }
            => {
                pte
            }
            _ => arbitrary(),
        }
    }

    }

impl State {
    pub open spec fn interp_pt_mem(self) -> Map<nat, PTE> {
        crate::spec_t::mmu::defs::nat_keys(self.mmu@.pt_mem@)
    }

    
    pub open spec fn inflight_vaddr(self) -> Set<nat> {
        Set::new(|v_address: nat| {
            &&& self.interp_pt_mem().contains_key(v_address)
            &&& exists|core: Core|
                self.core_states.contains_key(core) && match self.core_states[core] {
                    CoreState::UnmapWaiting { ult_id, vaddr }
                    | CoreState::UnmapExecuting { ult_id, vaddr, .. }
                    | CoreState::UnmapOpDone { ult_id, vaddr, .. }
                    | CoreState::UnmapShootdownWaiting { ult_id, vaddr, .. }
                    | CoreState::MapDone {ult_id, vaddr, result: Ok(()), .. } => {
                        vaddr === v_address
                    },
                    _ => false,
                }
        })
    }

    pub open spec fn effective_mappings(self) -> Map<nat, PTE> {
        self.interp_pt_mem().remove_keys(self.inflight_vaddr())
    }

    pub open spec fn has_base_and_pte_for_vaddr(applied_mappings: Map<nat, PTE>, vaddr: int) -> bool {
        exists|base: nat, pte: PTE| #![auto]
            applied_mappings.contains_pair(base, pte)
            && between(vaddr as nat, base, base + pte.frame.size)
    }

    pub open spec fn base_and_pte_for_vaddr(applied_mappings: Map<nat, PTE>, vaddr: int) -> (nat, PTE) {
        choose|base: nat, pte: PTE| #![auto]
            applied_mappings.contains_pair(base, pte)
            && between(vaddr as nat, base, base + pte.frame.size)
    }

    pub open spec fn vmem_apply_mappings(
        applied_mappings: Map<nat, PTE>,
        phys_mem: Seq<u8>
    ) -> Seq<u8> {
        Seq::new(
            MAX_BASE,
            |vaddr: int| {
                if Self::has_base_and_pte_for_vaddr(applied_mappings, vaddr) {
                    let (base, pte) = Self::base_and_pte_for_vaddr(applied_mappings, vaddr);
                    phys_mem[pte.frame.base + (vaddr - base)]
                } else {
                    0
                }
        })
    }

    pub open spec fn applied_mappings(self) -> Map<nat, PTE> {
        // Prefer interp_pt_mem because there might be a situation where we have
        // something in the MapStart state which conflicts with something in interp_pt_mem.
        // In that case the map will eventually end in an error;
        // we want to use the mapping from interp_pt_mem instead.
        self.extra_mappings()
            .union_prefer_right(self.interp_pt_mem())
    }

    pub open spec fn interp_vmem(self, c: Constants) -> Seq<u8> {
        Self::vmem_apply_mappings(self.applied_mappings(), self.mmu@.phys_mem)
    }

    // returns set with the vaddr that is currently being unmapped
    pub open spec fn is_unmap_vaddr_core(self, core: Core, vaddr: nat) -> bool {
        self.core_states.contains_key(core) && match self.core_states[core] {
            CoreState::UnmapExecuting { vaddr: vaddr1, result: Some(result), .. } => {
                (result is Ok) && (vaddr1 === vaddr)
            },
            CoreState::UnmapOpDone { vaddr: vaddr1, result, .. } => {
                (result is Ok) && (vaddr1 === vaddr)
            },
            CoreState::UnmapShootdownWaiting { vaddr: vaddr1, result, .. } => {
                (result is Ok) && (vaddr1 === vaddr)
            },
            _ => false,
        }
    }

    pub open spec fn is_unmap_vaddr(self, vaddr: nat) -> bool {
        exists|core: Core| self.is_unmap_vaddr_core(core, vaddr)
    }

    pub open spec fn unmap_vaddr_set(self) -> Set<nat> {
        Set::new(|vaddr: nat| self.is_unmap_vaddr(vaddr))
    }

    //// "extra vaddrs"
    //// This is for getting the PTEs that we want to be in the applied mappings,
    //// but which aren't in the self.interp_pt_mem()
    ////
    //// The memory interpretation (interp_vmem) needs to include the memory for a given PTE
    //// starting all the way at the beginning of the Map and ending at the end of the Unmap.
    //// However, self.interp_pt_mem() only includes this memory from the
    //// MapDone phase through the UnmapExecuting(result=None) phase.
    ////
    //// Therefore, anything before (MapWaiting, MapExecuting)
    //// or after (UnmapExecuting(result=Some), UnmapOpDone)
    //// needs to be included in the "extras".

    pub open spec fn is_extra_vaddr_core(self, core: Core, vaddr: nat) -> bool {
        self.core_states.contains_key(core) && match self.core_states[core] {
            CoreState::MapWaiting { vaddr: vaddr1, pte, .. }
            | CoreState::MapExecuting { vaddr: vaddr1, pte, .. }
            => {
                vaddr1 === vaddr
            }

            CoreState::UnmapExecuting { vaddr: vaddr1, result: Some(result), .. }
            | CoreState::UnmapOpDone { vaddr: vaddr1, result, .. }
            | CoreState::UnmapShootdownWaiting { vaddr: vaddr1, result, .. } => {
                (result is Ok) && (vaddr1 === vaddr)
            },
            _ => false,
        }
    }

    pub open spec fn get_extra_vaddr_core(self, vaddr: nat) -> Core {
        choose |core: Core| self.is_extra_vaddr_core(core, vaddr)
    }

    pub open spec fn is_extra_vaddr(self, vaddr: nat) -> bool {
        exists |core: Core| self.is_extra_vaddr_core(core, vaddr)
    }

    pub open spec fn extra_mapping_for_vaddr(self, vaddr: nat) -> PTE {
        //self.mmu@.tlbs[self.get_extra_vaddr_core(vaddr)][vaddr as usize]
        self.core_states[self.get_extra_vaddr_core(vaddr)].PTE()
    }

    pub open spec fn candidate_vaddr_overlaps(self, vaddr: nat) -> bool {
        match self.core_states[self.get_extra_vaddr_core(vaddr)] {
            CoreState::MapWaiting { vaddr: vaddr1, pte, .. }
            | CoreState::MapExecuting { vaddr: vaddr1, pte, .. } =>
                candidate_mapping_overlaps_existing_vmem(
                    self.effective_mappings(),
                    vaddr,
                    pte,
                ),
           _ => false,
        }
    }

    #[verifier::opaque]
    pub open spec fn extra_mappings(self) -> Map<nat, PTE> {
        Map::new(
            |vaddr: nat| self.is_extra_vaddr(vaddr) && !self.candidate_vaddr_overlaps(vaddr),
            |vaddr: nat| self.extra_mapping_for_vaddr(vaddr),
        )
    }

    //// Interp thread state

    pub open spec fn interp_thread_state(self, c: Constants) -> Map<nat, hlspec::ThreadState> {
        Map::new(
            |ult_id: nat| c.valid_ult(ult_id),
            |ult_id: nat| {
                    match self.core_states[c.ult2core[ult_id]] {
                        CoreState::MapWaiting { ult_id: ult_id2, vaddr, pte }
                        | CoreState::MapExecuting { ult_id: ult_id2, vaddr, pte }
                        | CoreState::MapDone { ult_id: ult_id2, vaddr, pte, .. } => {
                            if ult_id2 == ult_id {
                                hlspec::ThreadState::Map { vaddr, pte }
                            } else {
                                hlspec::ThreadState::Idle
                            }
                        },
                        CoreState::UnmapWaiting { ult_id: ult_id2, vaddr }
                        | CoreState::UnmapExecuting { ult_id: ult_id2, vaddr, result: None } => {
                            let pte = if self.interp_pt_mem().contains_key(vaddr) {
                                Some(self.interp_pt_mem()[vaddr])
                            } else {
                                None
                            };
                            if ult_id2 == ult_id {
                                hlspec::ThreadState::Unmap { vaddr, pte }
                            } else {
                                hlspec::ThreadState::Idle
                            }
                        },
                        CoreState::UnmapExecuting { ult_id: ult_id2, vaddr, result: Some(result) }
                        | CoreState::UnmapOpDone { ult_id: ult_id2, vaddr, result }
                        | CoreState::UnmapShootdownWaiting { ult_id: ult_id2, vaddr, result } => {
                            if ult_id2 == ult_id {
                                hlspec::ThreadState::Unmap { vaddr, pte:
                                    match result {
                                        Ok(pte) => Some(pte),
                                        Err(_) => None,
                                    }
                                }
                            } else {
                                hlspec::ThreadState::Idle
                            }
                        },
                        CoreState::Idle => hlspec::ThreadState::Idle,
                    }
                },
        )
    }

    pub open spec fn interp(self, c: Constants) -> hlspec::State {
        let mappings = self.effective_mappings();
        let mem = self.interp_vmem(c);
        let thread_state = self.interp_thread_state(c);
        let sound = self.sound;
        hlspec::State { mem, mappings, thread_state, sound }
    }

    ///////////////////////////////////////////////////////////////////////////////////////////////
    // Invariant and WF
    ///////////////////////////////////////////////////////////////////////////////////////////////
    pub open spec fn valid_ids(self, c: Constants) -> bool {
        forall|core: Core|
            c.valid_core(core) ==> match self.core_states[core] {
                CoreState::MapWaiting { ult_id, .. }
                | CoreState::MapExecuting { ult_id, .. }
                | CoreState::MapDone { ult_id, .. }
                | CoreState::UnmapWaiting { ult_id, .. }
                | CoreState::UnmapExecuting { ult_id, .. }
                | CoreState::UnmapOpDone { ult_id, .. }
                | CoreState::UnmapShootdownWaiting { ult_id, .. } => {
                    &&& c.valid_ult(ult_id)
                    &&& c.ult2core[ult_id] === core
                },
                CoreState::Idle => true,
            }
    }

    pub open spec fn inv_inflight_pte_wf(self, c: Constants) -> bool {
        forall|core: Core| #![auto] c.valid_core(core) && self.core_states[core].has_pte(self.interp_pt_mem()) 
        && !(self.core_states[core] matches CoreState::UnmapExecuting {result: None, ..})
        && !(self.core_states[core] is UnmapWaiting)==> {
            let pte = self.core_states[core].PTE();
            let vaddr = self.core_states[core].vaddr();
            &&& aligned(vaddr, pte.frame.size)
            &&& aligned(pte.frame.base, pte.frame.size)
            &&& candidate_mapping_in_bounds(vaddr, pte)
            &&& candidate_mapping_in_bounds_pmem(c.common, pte)
            &&& (pte.frame.size == L1_ENTRY_SIZE
                || pte.frame.size == L2_ENTRY_SIZE
                || pte.frame.size == L3_ENTRY_SIZE)
        }
    }

    pub open spec fn inv_mapped_pte_wf(self, c: Constants) -> bool {
        forall|vaddr| self.interp_pt_mem().contains_key(vaddr) ==> {
            let pte = self.interp_pt_mem()[vaddr];
            &&& aligned(vaddr, pte.frame.size)
            &&& aligned(pte.frame.base, pte.frame.size)
            &&& candidate_mapping_in_bounds(vaddr, pte)
            &&& candidate_mapping_in_bounds_pmem(c.common, pte)
            &&& (pte.frame.size == L1_ENTRY_SIZE
                || pte.frame.size == L2_ENTRY_SIZE
                || pte.frame.size == L3_ENTRY_SIZE)
        }
    }

    pub open spec fn inv_successful_maps(self, c: Constants) -> bool {
        forall|core: Core| c.valid_core(core) ==>
            match self.core_states[core] {
                CoreState::MapDone { vaddr, pte, result: Result::Ok(_), .. }
                    => self.interp_pt_mem().contains_pair(vaddr, pte),
                _ => true,
            }
    }

    pub open spec fn inv_unsuccessful_maps(self, c: Constants) -> bool {
        forall|core: Core| c.valid_core(core) ==>
            match self.core_states[core] {
                CoreState::MapDone { vaddr, pte, result: Result::Err(_), .. }
                    => candidate_mapping_overlaps_existing_vmem(self.interp_pt_mem(), vaddr, pte),
                _ => true,
            }
    }

    pub open spec fn inv_overlap_of_mapped_maps(self, c: Constants) -> bool {
        forall|core: Core| c.valid_core(core) ==>
            match self.core_states[core] {
                CoreState::MapDone { vaddr, pte, result: Result::Ok(_), .. }
                    => !candidate_mapping_overlaps_existing_vmem(self.interp_pt_mem().remove(vaddr), vaddr, pte),
                CoreState::MapDone { vaddr, pte, result: Result::Err(_), .. }
                    => candidate_mapping_overlaps_existing_vmem(self.interp_pt_mem(), vaddr, pte),
                _ => true,
            }
    }


    pub open spec fn inv_successful_unmaps(self, c: Constants) -> bool {
        forall|core: Core| c.valid_core(core) ==>
            match self.core_states[core] {
                CoreState::UnmapExecuting { vaddr, result: Some(_), .. }
                | CoreState::UnmapOpDone { vaddr, .. }
                | CoreState::UnmapShootdownWaiting { vaddr, .. }
                    => !self.interp_pt_mem().contains_key(vaddr),
                _ => true,
            }
    }

    pub open spec fn inv_lock(self, c: Constants) -> bool {
        forall|core: Core|
            (self.os_ext.lock === Some(core) <==> #[trigger] c.valid_core(core) && self.core_states[core].is_in_crit_sect())
    }

    pub open spec fn wf(self, c: Constants) -> bool {
        &&& self.valid_ids(c)
        &&& forall|id: nat| #[trigger] c.valid_ult(id) <==> c.ult2core.contains_key(id)
        &&& forall|id: nat| c.valid_ult(id) ==> #[trigger] c.valid_core(c.ult2core[id])
        &&& forall|core: Core| c.valid_core(core) <==> #[trigger] self.core_states.contains_key(core)
    }

    pub open spec fn inv_basic(self, c: Constants) -> bool {
        &&& self.wf(c)
        &&& self.inv_inflight_pte_wf(c)
        &&& self.inv_mapped_pte_wf(c)
        &&& self.inv_successful_unmaps(c)
        &&& self.inv_unsuccessful_maps(c)
        &&& self.inv_successful_maps(c)
        &&& self.inv_overlap_of_mapped_maps(c)
        &&& self.inv_lock(c)
    }

    pub open spec fn inv_pending_maps(self, c: Constants) -> bool {
        &&& forall |base| #[trigger] self.mmu@.pending_maps.dom().contains(base) ==>
            exists |core| Self::is_pending_for_core(c, base, core,
                self.core_states, self.mmu@.pending_maps)
    }

    pub open spec fn is_pending_for_core(c: Constants, base: usize, core: Core, core_states: Map<Core, CoreState>, pending_maps: Map<usize, PTE>) -> bool
        recommends pending_maps.dom().contains(base)
    {
        core_states.dom().contains(core)
            && match core_states[core] {
                CoreState::MapDone { ult_id, vaddr, pte, result } =>
                    vaddr == base
                     && pte == pending_maps[base],
                _ => false,
            }
    }

    pub open spec fn inv_mmu(self, c: Constants) -> bool {
        &&& self.mmu.inv(c.common)
        // The rl3 invariant is closed, the rl2 one is not but maybe it should be. Keeping it open
        // for now because it accidentally helps with some of the wrapped_token proofs.
        &&& self.mmu.interp().inv(c.common)
        &&& self.mmu@.happy

        // Some of this is duplicated from rl2's invariant but we should close that definition
        // probably.
        &&& self.mmu@.pt_mem.mem.dom() === Set::new(|va| aligned(va as nat, 8) && c.common.in_ptmem_range(va as nat, 8))
        &&& aligned(self.mmu@.pt_mem.pml4 as nat, 4096)
        &&& c.common.in_ptmem_range(self.mmu@.pt_mem.pml4 as nat, 4096)
        &&& c.common.range_mem.0 < c.common.range_mem.1 < c.common.range_ptmem.0 < c.common.range_ptmem.1
        &&& c.common.range_ptmem.1 <= MAX_PHYADDR
        &&& self.mmu@.phys_mem.len() == c.common.range_mem.1
    }

    pub open spec fn inv_allocated_mem(self, c: Constants) -> bool {
        &&& forall|r| #[trigger] self.os_ext.allocated.contains(r) ==> {
            &&& aligned(r.base, 4096)
            &&& c.common.in_ptmem_range(r.base, 4096)
            &&& r.size == 4096
        }
        &&& self.allocated_regions_disjoint()
        &&& self.unallocated_memory_zeroed(c)
    }

    pub open spec fn unallocated_memory_zeroed(self, c: Constants) -> bool {
        forall|pa: usize|
            // aligned(pa as nat, 8) && c.common.in_ptmem_range(pa as nat, 8) &&
            // (forall|r| #[trigger] self.os_ext.allocated.contains(r) ==> !r.contains(pa))
            //     ==> #[trigger] self.mmu@.pt_mem.read(pa) == 0
            //
            // aligned(pa as nat, 8) && c.common.in_ptmem_range(pa as nat, 8) &&
            // !(exists|r| #[trigger] self.os_ext.allocated.contains(r) && r.contains(pa))
            //     ==> #[trigger] self.mmu@.pt_mem.read(pa) == 0
            //
            aligned(pa as nat, 8) && c.common.in_ptmem_range(pa as nat, 8) && #[trigger] self.mmu@.pt_mem.read(pa) != 0
                ==> exists|r| #[trigger] self.os_ext.allocated.contains(r) && r.contains(pa as nat)
    }

    pub open spec fn allocated_regions_disjoint(self) -> bool {
        forall|r1, r2|
            self.os_ext.allocated.contains(r1)
            && self.os_ext.allocated.contains(r2)
            && r1 != r2
            ==> !(#[trigger] overlap(r1, r2))
    }

    pub open spec fn inv_shootdown(self, c: Constants) -> bool {
        &&& !(self.os_ext.lock matches Some(core) && self.core_states[core] is UnmapShootdownWaiting)
            ==> self.os_ext.shootdown_vec.open_requests.is_empty()
        &&& (self.os_ext.lock matches Some(core) &&
            self.core_states[core] matches CoreState::UnmapShootdownWaiting { .. })
            ==> {
                &&& self.mmu@.writes.tso === set![]
                &&& self.mmu@.writes.nonpos.subset_of(self.os_ext.shootdown_vec.open_requests)
            }
    }

    pub open spec fn inv_writes(self, c: Constants) -> bool {
        &&& self.mmu@.writes.nonpos.subset_of(Set::new(|core| c.valid_core(core)))
        &&& (self.os_ext.lock matches Some(core) && self.core_states[core].is_mapping())
                ==> self.mmu@.writes.nonpos === set![]
        &&& (self.os_ext.lock matches Some(core) &&
            self.core_states[core] matches CoreState::UnmapExecuting { result: None, .. })
                ==> self.mmu@.writes.tso === set![] && self.mmu@.writes.nonpos === set![]
        &&& self.os_ext.lock is None ==> {
            &&& self.mmu@.writes.tso === set![]
            &&& self.mmu@.writes.nonpos === set![]
        }
        &&& forall|core|
            #[trigger] c.valid_core(core)
            && self.core_states[core].is_in_crit_sect()
            && self.mmu@.writes.tso !== set![]
                ==> self.mmu@.writes.core == core
    }

    /// This invariant isn't particularly meaningful in the OS state machine. It's trivially
    /// preserved when no thread holds the lock, and its preservation when the lock is held is
    /// ensured by the implementation, via enabling conditions on the corresponding transitions.
    /// The only tricky part is proving it from `init`.
    pub open spec fn inv_impl(self) -> bool {
        self.os_ext.lock is None ==>
            forall|wtok: wrapped_token::WrappedTokenView| ({
                &&& wtok.pt_mem == self.mmu@.pt_mem
                &&& wtok.regions.dom() == self.os_ext.allocated
                &&& #[trigger] wtok.regions_derived_from_view()
            }) ==> exists|pt| PT::inv_and_nonempty(wtok, pt)
    }

    pub open spec fn inv(self, c: Constants) -> bool {
        &&& self.inv_basic(c)
        &&& self.inv_mmu(c)
        &&& self.inv_impl()
        &&& self.inv_writes(c)
        &&& self.inv_shootdown(c)
        &&& self.inv_allocated_mem(c)
        &&& self.tlb_inv(c)
        &&& self.overlapping_mem_inv(c)
        &&& self.inv_pending_maps(c)
    }

    ///////////////////////////////////////////////////////////////////////////////////////////////
    // Invariants about the TLB
    ///////////////////////////////////////////////////////////////////////////////////////////////
    pub open spec fn inv_tlb_wf(self, c: Constants) -> bool {
        forall|core| #![auto] c.valid_core(core) && self.core_states[core].is_unmapping()
            ==> self.core_states[core].unmap_vaddr() < MAX_BASE
    }

    pub open spec fn inv_shootdown_wf(self, c: Constants) -> bool {
        forall|dispatcher: Core | (#[trigger] c.valid_core(dispatcher) && self.core_states[dispatcher] is UnmapShootdownWaiting) 
        ==> self.core_states[dispatcher]->UnmapShootdownWaiting_vaddr
                == self.os_ext.shootdown_vec.vaddr
    }

    pub open spec fn shootdown_cores_valid(self, c: Constants) -> bool {
        forall|core| #[trigger]
            self.os_ext.shootdown_vec.open_requests.contains(core) ==> c.valid_core(core)
    }

    pub open spec fn all_cores_nonpos_before_shootdown(self, c: Constants) -> bool {
        (self.os_ext.lock is Some
            && self.core_states[self.os_ext.lock->Some_0] matches CoreState::UnmapExecuting { result: Some(_), .. })
        ==> self.mmu@.writes.nonpos == Set::new(|core| c.valid_core(core))
    }

    pub open spec fn successful_invlpg(self, c: Constants) -> bool {
        forall|dispatcher: Core, handler: Core|
            #[trigger] c.valid_core(dispatcher)
            && c.valid_core(handler) 
            && self.core_states[dispatcher] is UnmapShootdownWaiting
            && !(#[trigger] self.mmu@.writes.nonpos.contains(handler))
                ==> !self.mmu@.tlbs[handler].contains_key(
                        (self.core_states[dispatcher]->UnmapShootdownWaiting_vaddr) as usize)
    }

    pub open spec fn successful_IPI(self, c: Constants) -> bool {
        forall|dispatcher: Core, handler: Core|
            #[trigger] c.valid_core(dispatcher)
            && c.valid_core(handler) 
            && self.core_states[dispatcher] is UnmapShootdownWaiting
            && !(#[trigger] self.os_ext.shootdown_vec.open_requests.contains(handler))
                ==> {
                    &&& !self.mmu@.tlbs[handler].contains_key(
                        (self.core_states[dispatcher]->UnmapShootdownWaiting_vaddr) as usize)
                    &&& !self.mmu@.writes.nonpos.contains(handler)
                }
    }



    pub open spec fn TLB_dom_subset_of_pt_and_inflight_unmap_vaddr(self, c: Constants) -> bool {
        forall|core: Core| #[trigger] c.valid_core(core)
            ==> self.mmu@.tlbs[core].dom().map(|v| v as nat).subset_of(
                self.interp_pt_mem().dom().union(self.unmap_vaddr_set()))
    }

    pub open spec fn TLB_interp_pt_mem_agree(self, c: Constants) -> bool {
        forall|core: Core, v: usize|
            #[trigger] c.valid_core(core)
            && #[trigger] self.mmu@.tlbs[core].dom().contains(v)
            && self.interp_pt_mem().dom().contains(v as nat)
            ==> self.mmu@.tlbs[core][v] == self.interp_pt_mem()[v as nat]
    }

    pub open spec fn TLB_unmap_agree(self, c: Constants) -> bool {
        forall|core: Core, core2: Core, v: usize|
            #[trigger] c.valid_core(core)
            && #[trigger] self.mmu@.tlbs[core].dom().contains(v)
            && #[trigger] c.valid_core(core2)
            && self.is_unmap_vaddr_core(core2, v as nat)
            ==> self.mmu@.tlbs[core][v] == self.core_states[core2].PTE()
    }

    pub open spec fn shootdown_exists(self, c: Constants) -> bool {
       self.os_ext.shootdown_vec.open_requests !== set![]
           ==> {
               &&& self.os_ext.lock matches Some(core)
               &&& self.core_states[core] is UnmapShootdownWaiting
           }
    }

    pub open spec fn tlb_inv(self, c: Constants) -> bool {
        &&& self.inv_tlb_wf(c)
        &&& self.inv_shootdown_wf(c)
        &&& self.shootdown_exists(c)
        &&& self.shootdown_cores_valid(c)
        &&& self.successful_invlpg(c)
        &&& self.successful_IPI(c)
        &&& self.TLB_dom_subset_of_pt_and_inflight_unmap_vaddr(c)
        &&& self.TLB_interp_pt_mem_agree(c)
        &&& self.TLB_unmap_agree(c)
        &&& self.pending_unmap_is_unmap_vaddr(c)
        &&& self.all_cores_nonpos_before_shootdown(c)
    }

    pub open spec fn pending_unmap_is_unmap_vaddr(self, c: Constants) -> bool {
        forall|va| #[trigger] self.mmu@.pending_unmaps.contains_key(va)
                ==> {
                    &&& self.is_unmap_vaddr_core(self.os_ext.lock->Some_0, va as nat)
                    &&& self.mmu@.pending_unmaps[va] == self.core_states[self.os_ext.lock->Some_0].PTE()
                }
    }


    ///////////////////////////////////////////////////////////////////////////////////////////////
    // Invariants about overlapping
    ///////////////////////////////////////////////////////////////////////////////////////////////
    /*
    the overlap invariants need to be strengthened.
    
    - In particular, pmem invariants need to be extended to include unmap (as many of the code comments suggest). 
    
    */
    pub open spec fn inv_inflight_map_no_overlap_inflight_vmem(self, c: Constants) -> bool {
        forall|core1: Core, core2: Core|
            (c.valid_core(core1) && c.valid_core(core2)
                && !self.core_states[core1].is_idle() && !self.core_states[core2].is_idle()
                && overlap(
                MemRegion {
                    base: self.core_states[core1].vaddr(),
                    size: self.core_states[core1].pte_size(self.interp_pt_mem()),
                },
                MemRegion {
                    base: self.core_states[core2].vaddr(),
                    size: self.core_states[core2].pte_size(self.interp_pt_mem()),
                },
            )) ==> core1 === core2
    }

    //could optionally formulate this as is_unmapping and !self.interp_pt_mem().contains_key(vaddr)?
    pub open spec fn inv_unmapped_vmem_no_overlap_existing_vmem(self, c: Constants) -> bool {
        forall|core| #![auto](c.valid_core(core) && self.core_states[core].is_unmapping() 
                    && !(self.core_states[core] is UnmapExecuting && self.core_states[core]->UnmapExecuting_result is None)
                    && !(self.core_states[core] is UnmapOpDone && self.core_states[core]->UnmapOpDone_result is Err)
                    && !(self.core_states[core] is UnmapWaiting))
                ==> !candidate_mapping_overlaps_existing_vmem(
                        self.interp_pt_mem(),
                        self.core_states[core].vaddr(),
                        self.core_states[core].PTE(),
            )
    }

    pub open spec fn inv_existing_map_no_overlap_existing_vmem(self, c: Constants) -> bool {
        forall|vaddr| #[trigger] self.interp_pt_mem().contains_key(vaddr)
                ==> !candidate_mapping_overlaps_existing_vmem(
                        self.interp_pt_mem().remove(vaddr),
                        vaddr,
                        self.interp_pt_mem()[vaddr],
            )
    }

    pub open spec fn inv_inflight_pmem_no_overlap_inflight_pmem(self, c: Constants) -> bool {
        forall|core1: Core, core2: Core|
            (c.valid_core(core1) && c.valid_core(core2)
                //might also need unmaps
                && self.core_states[core1].has_pte(self.interp_pt_mem()) && self.core_states[core2].has_pte(self.interp_pt_mem())
                && overlap(
                MemRegion {
                    base: self.core_states[core1].paddr(self.interp_pt_mem()),
                    size: self.core_states[core1].pte_size(self.interp_pt_mem()),
                },
                MemRegion {
                    base: self.core_states[core2].paddr(self.interp_pt_mem()),
                    size: self.core_states[core2].pte_size(self.interp_pt_mem()),
                },
            )) ==> core1 === core2
    }


    pub open spec fn inv_inflight_pmem_no_overlap_existing_pmem(self, c: Constants) -> bool {
        forall|core| #![auto](c.valid_core(core) && self.core_states[core].has_pte(self.interp_pt_mem())) 
                    && !(self.core_states[core] is MapDone && self.core_states[core]->MapDone_result is Ok)
                    && !(self.core_states[core] is UnmapExecuting && self.core_states[core]->UnmapExecuting_result is None)
                    && !(self.core_states[core] is UnmapWaiting)
                ==> !candidate_mapping_overlaps_existing_pmem(
                        self.interp_pt_mem(),
                        self.core_states[core].PTE(),
            )
    }

    pub open spec fn inv_mapped_pmem_no_overlap(self, c: Constants) -> bool {
        forall|vaddr1, vaddr2|
            (self.interp_pt_mem().contains_key(vaddr1)
                && self.interp_pt_mem().contains_key(vaddr2)
                && overlap(
                    self.interp_pt_mem()[vaddr1].frame,
                    self.interp_pt_mem()[vaddr2].frame)
                ) ==> vaddr1 === vaddr2
    }


    pub open spec fn overlapping_mem_inv(self, c: Constants) -> bool {
        self.sound ==> {
            &&& self.inv_inflight_map_no_overlap_inflight_vmem(c)
            &&& self.inv_unmapped_vmem_no_overlap_existing_vmem(c)
            &&& self.inv_existing_map_no_overlap_existing_vmem(c)
            &&& self.inv_inflight_pmem_no_overlap_inflight_pmem(c)
            &&& self.inv_inflight_pmem_no_overlap_existing_pmem(c)
            &&& self.inv_mapped_pmem_no_overlap(c)
        }
    }
}


} // verus!
}
pub mod os_ext {
// trusted:
// describes how the rest of the OS behaves
// $line_count$Trusted${$

use vstd::prelude::*;
use crate::spec_t::mmu::defs::{ Core, MemRegion };


verus! {

// This is the "rest of the OS". It specifies the kernel lock, (de-)allocation, and
// shootdown coordination


pub struct State {
    pub lock: Option<Core>,
    pub shootdown_vec: ShootdownVector,
    pub allocated: Set<MemRegion>,
}

pub struct ShootdownVector {
    pub vaddr: nat,
    pub open_requests: Set<Core>,
}

//pub struct Constants {
//    pub node_count: nat,
//    pub core_count: nat,
//}
//
//impl Constants {
//    // FIXME: This is duplicated in mmu constants. Can we somehow get rid of one of these?
//    #[verifier(opaque)]
//    pub open spec fn valid_core(self, core: Core) -> bool {
//        &&& core.node_id < self.node_count
//        &&& core.core_id < self.core_count
//    }
//}



// State machine transitions



// This initiates a shootdown for all other cores in the system, so we don't take the cores as an
// argument.













//// Invariants for this state machine
//
//impl State {
//    pub open spec fn wf(self, c: Constants) -> bool {
//        &&& forall|core| self.shootdown_vec.open_requests.contains(core) ==> #[trigger] c.valid_core(core)
//    }
//
//    pub open spec fn inv(self, c: Constants) -> bool {
//        &&& self.wf(c)
//    }
//} // impl State
//
//
//pub proof fn init_implies_inv(pre: State, c: Constants)
//    requires init(pre, c)
//    ensures pre.inv(c)
//{}
//
//pub proof fn next_preserves_inv(pre: State, post: State, c: Constants, lbl: Lbl)
//    requires
//        pre.inv(c),
//        next(pre, post, c, lbl),
//    ensures post.inv(c)
//{}




// $line_count$}$

} // verus!
}
pub mod mmu {
// trusted: definitions for the trusted low-level hardware model

pub mod rl1 {
use vstd::prelude::*;
use crate::spec_t::mmu::*;
use crate::spec_t::mmu::pt_mem::*;
use crate::spec_t::mmu::defs::{ PTE, Core };
use crate::spec_t::mmu::rl3::{ Writes };

verus! {

// This file contains refinement layer 1 of the MMU. Compared to layer 2, it removes store buffers
// and defines an atomic semantics to page table walks. This is the most abstract version of the
// MMU model.

pub struct State {
    pub happy: bool,
    /// Byte-indexed physical (non-page-table) memory
    pub phys_mem: Seq<u8>,
    /// Page table memory
    pub pt_mem: PTMem,
    /// Per-node state (TLBs)
    pub tlbs: Map<Core, Map<usize, PTE>>,
    pub writes: Writes,
    /// Tracks the virtual addresses and entries for which we may see non-atomic results.
    /// If polarity is positive, translations may non-atomically fail.
    /// If polarity is negative, translations may non-atomically succeed.
    pub pending_maps: Map<usize, PTE>,
    pub pending_unmaps: Map<usize, PTE>,
    pub polarity: Polarity,
}




// ---- Mixed (relevant to multiple of TSO/Cache/Non-Atomic) ----





// ---- Non-atomic page table walks ----






// ---- TSO ----











//proof fn init_implies_inv(pre: State, c: Constants)
//    requires init(pre, c)
//    ensures pre.inv(c)
//{}
//
//proof fn next_step_preserves_inv(pre: State, post: State, c: Constants, step: Step, lbl: Lbl)
//    requires
//        pre.inv(c),
//        next_step(pre, post, c, step, lbl),
//    ensures post.inv(c)
//{}


} // verus!
}
pub mod rl2 {
use vstd::prelude::*;
use vstd::assert_by_contradiction;
use crate::spec_t::mmu::*;
use crate::spec_t::mmu::pt_mem::*;
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{
    aligned, bit, WORD_SIZE, MAX_PHYADDR_WIDTH, axiom_max_phyaddr_width_facts, MAX_BASE
};
use crate::spec_t::mmu::defs::{ Core, PTE };
use crate::spec_t::mmu::rl3::{ Writes };

verus! {

// This file contains refinement layer 2 of the MMU. Compared to layer 3, it expresses translation
// caching and non-atomic walks as a single concept, and replaces the explicit havoc-ing of
// dirty/accessed bits with underspecified reads.

pub struct State {
    pub happy: bool,
    /// Byte-indexed physical (non-page-table) memory
    pub phys_mem: Seq<u8>,
    /// Page table memory
    pub pt_mem: PTMem,
    /// Per-node state (TLBs)
    pub tlbs: Map<Core, Map<usize, PTE>>,
    /// In-progress page table walks
    pub walks: Map<Core, Set<Walk>>,
    /// Store buffers
    pub sbuf: Map<Core, Seq<(usize, usize)>>,
    pub writes: Writes,
    pub polarity: Polarity,
    pub hist: History,
}

pub struct History {
    pub pending_maps: Map<usize, PTE>,
    pub pending_unmaps: Map<usize, PTE>,
}



impl State {
    pub open spec fn read_from_mem_tso(self, core: Core, addr: usize) -> usize {
        self.core_mem(core).read(addr)
    }

    #[verifier(inline)]
    pub open spec fn writer_sbuf(self) -> Seq<(usize, usize)> {
        self.sbuf[self.writes.core]
    }

    /// The memory as seen by the given core. I.e. taking into consideration the core's store
    /// buffers.
    pub open spec fn core_mem(self, core: Core) -> PTMem {
        self.pt_mem.write_seq(self.sbuf[core])
    }

    /// The view of the memory from the writer core's perspective.
    #[verifier(inline)]
    pub open spec fn writer_mem(self) -> PTMem {
        self.core_mem(self.writes.core)
    }

    
    
    
    pub open spec fn pending_map_for(self, va: usize) -> bool {
        exists|vb| {
        &&& #[trigger] self.hist.pending_maps.contains_key(vb)
        &&& vb <= va < vb + self.hist.pending_maps[vb].frame.size
        }
    }

    //pub open spec fn can_change_polarity(self, c: Constants) -> bool {
    //    &&& self.writes.tso.is_empty()
    //    &&& forall|core| #![auto] c.valid_core(core) ==> self.writes.neg[core].is_empty()
    //}
}



// State machine transitions





// ---- Non-atomic page table walks ----







// ---- TSO ----

















// Invariants for this state machine

impl State {
    pub open spec fn wf(self, c: Constants) -> bool {
        &&& c.valid_core(self.writes.core)
        &&& self.writes.tso.finite()
        &&& forall|core| #[trigger] c.valid_core(core) <==> self.walks.contains_key(core)
        &&& forall|core| #[trigger] c.valid_core(core) <==> self.sbuf.contains_key(core)
        &&& forall|core| #[trigger] self.walks.contains_key(core) ==> self.walks[core].finite()

        &&& aligned(self.pt_mem.pml4 as nat, 4096)
        &&& c.in_ptmem_range(self.pt_mem.pml4 as nat, 4096)
        &&& c.memories_disjoint()
        //&&& self.phys_mem.len() == c.range_mem.1
        &&& self.wf_ptmem_range(c)
    }

    // For some reason this causes issues in a few proofs, so making it opaque
    #[verifier(opaque)]
    pub open spec fn wf_ptmem_range(self, c: Constants) -> bool {
        //self.pt_mem.mem.dom() === Set::new(|va| aligned(va as nat, 8) && c.in_ptmem_range(va as nat, 8))
        &&& forall|va| #[trigger] self.pt_mem.mem.contains_key(va)
            <==> aligned(va as nat, 8) && c.in_ptmem_range(va as nat, 8)
        &&& forall|i| #![auto] 0 <= i < self.writer_sbuf().len() ==> {
            &&& c.in_ptmem_range(self.writer_sbuf()[i].0 as nat, 8)
            &&& aligned(self.writer_sbuf()[i].0 as nat as nat, 8)
        }
    }

    pub open spec fn non_writer_sbufs_are_empty(self, c: Constants) -> bool {
        forall|core| #[trigger] c.valid_core(core) && core != self.writes.core
            ==> self.sbuf[core] === seq![]
    }

    pub open spec fn writer_sbuf_entries_are_unique(self) -> bool {
        forall|i1, i2| #![auto]
               0 <= i1 < self.writer_sbuf().len()
            && 0 <= i2 < self.writer_sbuf().len()
            && i1 != i2
                ==> self.writer_sbuf()[i2].0 != self.writer_sbuf()[i1].0
    }

    pub open spec fn writer_sbuf_entries_have_P_bit_1(self) -> bool {
        forall|i| #![auto] 0 <= i < self.writer_sbuf().len() ==> self.writer_sbuf()[i].1 & 1 == 1
    }

    pub open spec fn writer_sbuf_entries_have_P_bit_0(self) -> bool {
        forall|i| #![auto] 0 <= i < self.writer_sbuf().len() ==> self.writer_sbuf()[i].1 & 1 == 0
    }

    pub open spec fn writer_sbuf_subset_tso_writes(self) -> bool {
        forall|a| self.writer_sbuf().contains_fst(a) ==> #[trigger] self.writes.tso.contains(a)
    }

    pub open spec fn inv_sbuf_facts(self, c: Constants) -> bool {
        &&& self.non_writer_sbufs_are_empty(c)
        &&& self.writer_sbuf_entries_are_unique()
        &&& self.writer_sbuf_subset_tso_writes()
    }

    #[verifier(opaque)]
    pub open spec fn inv_unmapping__core_vs_writer_reads(self, c: Constants) -> bool {
        forall|core, addr|
            #![trigger self.core_mem(core).read(addr)]
            #![trigger c.valid_core(core), self.writer_sbuf().contains_fst(addr)]
            c.valid_core(core) ==>
            (if self.core_mem(core).read(addr) & 1 == 0 {
                &&& (self.writer_sbuf().contains_fst(addr) ==> core == self.writes.core)
                &&& self.writer_mem().read(addr) == self.core_mem(core).read(addr)
            } else {
                ||| self.writer_mem().read(addr) == self.core_mem(core).read(addr)
                ||| self.writer_mem().read(addr) & 1 == 0
            })
    }

    pub open spec fn inv_unmapping__inflight_walks(self, c: Constants) -> bool {
        forall|core, walk| c.valid_core(core) && #[trigger] self.walks[core].contains(walk) ==> {
            let walk_na = finish_iter_walk(self.core_mem(core), walk);
            let walk_a  = self.core_mem(core).pt_walk(walk.vaddr);
            &&& walk.vaddr < MAX_BASE
            &&& aligned(walk.vaddr as nat, 8)
            &&& walk.path.len() <= 3
            &&& !walk.complete
            // TODO: 
            // We could have more conditions and assumptions on what the page table looks like.
            // E.g. no "cycles" (configuring the page table in a way where a page table walk uses a
            // memory location more than once) and assume that we only unmap already-empty
            // directories.
            //
            // - If we unmap a directory that still has children, we can have inflight walks
            //   "caching" that part of the path. I.e. they may still complete successfully, so we
            //   have staleness due to non-atomicity/translation caching, not just TSO.
            //
            // - The issue is that enforcing these conditions might be more work than just not
            //   relying on them.
            // - Plus we'd need to prove them in the implementation
            //
            // Enforcing bottom-to-top unmapping:
            // - How to differentiate removal of a page mapping vs directory mapping?
            // - When we explicitly do separate memory ranges I could technically use the address
            //   to distinguish whether we're unmapping a page mapping or a directory mapping
            // - But this may not work generally with huge page mappings?
            //
            // Without bottom-to-top unmapping:
            // - We can now have in-flight walks that will complete successfully but don't satisfy
            //   is_iter_walk_prefix
            // - Specifically: If we remove a non-empty directory, walks using that directory may
            //   be in-progress and eventually complete successfully
            &&& (if walk_a.result() is Invalid {
                     walk_na.result() matches WalkResult::Valid { vbase, pte }
                         ==> self.hist.pending_unmaps.contains_pair(vbase, pte)
                 } else {
                     is_iter_walk_prefix(self.core_mem(core), walk)
                 })
        }
    }

    pub open spec fn inv_unmapping__valid_walk(self, c: Constants) -> bool {
        forall|va: usize, core| #![auto] c.valid_core(core) && va < MAX_BASE && self.core_mem(core).pt_walk(va).result() is Valid ==> {
            let core_walk = self.core_mem(core).pt_walk(va);
            let vbase = core_walk.result()->Valid_vbase;
            let pte = core_walk.result()->Valid_pte;
            let writer_walk = self.writer_mem().pt_walk(va);
            if self.hist.pending_unmaps.contains_key(vbase) {
                pte == self.hist.pending_unmaps[vbase]
            } else {
                core_walk == writer_walk
            }
        }
    }

    /// If a core is not in `self.writes.nonpos`, its inflight walks are prefixes of the
    /// corresponding atomic walks on current memory.
    ///
    /// This duplicates some of `inv_unmapping__inflight_walks`. We only really need it to prove
    /// `inv_mapping__inflight_walks` when we flip polarity.
    #[verifier(opaque)]
    pub open spec fn inv_unmapping__notin_nonpos(self, c: Constants) -> bool {
        forall|core, walk|
            c.valid_core(core)
            && !self.writes.nonpos.contains(core)
            && #[trigger] self.walks[core].contains(walk)
        ==> {
            &&& aligned(walk.vaddr as nat, 8)
            &&& walk.path.len() <= 3
            &&& !walk.complete
            &&& is_iter_walk_prefix(self.core_mem(core), walk)
        }
    }

    pub open spec fn inv_mapping__inflight_walks(self, c: Constants) -> bool {
        forall|core, walk| c.valid_core(core) && #[trigger] self.walks[core].contains(walk) ==> {
            &&& walk.vaddr < MAX_BASE
            &&& aligned(walk.vaddr as nat, 8)
            &&& walk.path.len() <= 3
            &&& !walk.complete
            &&& is_iter_walk_prefix(self.core_mem(core), walk)
        }
    }

    /// If any non-writer core reads a value that has the P bit set, we know that no write for that address is
    /// in the writer's store buffer.
    pub open spec fn inv_mapping__valid_is_not_in_sbuf(self, c: Constants) -> bool {
        forall|core, addr: usize|
            c.valid_core(core) && aligned(addr as nat, 8) &&
            core != self.writes.core &&
            #[trigger] self.core_mem(core).read(addr) & 1 == 1
                ==> !self.writer_sbuf().contains_fst(addr)
    }

    /// If a ptwalk is successful on the writer core and not tracked by `pending_maps`, then its
    /// locations are not in the store buffer.
    pub open spec fn inv_mapping__valid_not_pending_is_not_in_sbuf(self, c: Constants) -> bool {
        forall|va:usize,a|
            #![trigger self.writer_mem().pt_walk(va), self.writer_sbuf().contains_fst(a)]
        {
            let walk = self.writer_mem().pt_walk(va);
            va < MAX_BASE && walk.result() is Valid && !self.pending_map_for(va) && walk.path.contains_fst(a)
                ==> !self.writer_sbuf().contains_fst(a)
        }
    }

    pub open spec fn inv_mapping__pending_map_is_base_walk(self, c: Constants) -> bool {
        forall|va| #![auto] self.hist.pending_maps.contains_key(va) ==> self.writer_mem().is_base_pt_walk(va)
    }

    pub open spec fn inv_mapping(self, c: Constants) -> bool {
        &&& self.writer_sbuf_entries_have_P_bit_1()
        &&& self.inv_mapping__valid_is_not_in_sbuf(c)
        &&& self.inv_mapping__valid_not_pending_is_not_in_sbuf(c)
        &&& self.inv_mapping__inflight_walks(c)
        &&& self.inv_mapping__pending_map_is_base_walk(c)
        &&& self.hist.pending_unmaps === map![]
        &&& self.writes.tso === set![] ==> self.hist.pending_maps === map![]
    }

    pub open spec fn inv_unmapping(self, c: Constants) -> bool {
        &&& self.writes.tso !== set![] ==> self.writes.nonpos === Set::new(|core| c.valid_core(core))
        &&& self.writer_sbuf_entries_have_P_bit_0()
        &&& self.inv_unmapping__inflight_walks(c)
        &&& self.inv_unmapping__core_vs_writer_reads(c)
        &&& self.inv_unmapping__valid_walk(c)
        &&& self.inv_unmapping__notin_nonpos(c)
        &&& self.hist.pending_maps === map![]
        &&& self.writes.nonpos === set![] ==> self.hist.pending_unmaps === map![]
    }

    pub open spec fn inv(self, c: Constants) -> bool {
        self.happy ==> {
        &&& self.wf(c)
        &&& self.inv_sbuf_facts(c)
        &&& self.polarity is Mapping ==> self.inv_mapping(c)
        &&& self.polarity is Unmapping ==> self.inv_unmapping(c)
        }
    }
}
















































// This thing has to be opaque because the iterated if makes Z3 explode, especially but not only
// with how we use this function in `iter_walk`.
#[verifier(opaque)]
pub open spec fn walk_next(mem: PTMem, walk: Walk) -> Walk {
    let Walk { vaddr, path, .. } = walk;
    let addr = if path.len() == 0 {
        add(mem.pml4, mul(l0_bits!(vaddr), WORD_SIZE))
    } else if path.len() == 1 {
        add(path.last().1->Directory_addr, mul(l1_bits!(vaddr), WORD_SIZE))
    } else if path.len() == 2 {
        add(path.last().1->Directory_addr, mul(l2_bits!(vaddr), WORD_SIZE))
    } else if path.len() == 3 {
        add(path.last().1->Directory_addr, mul(l3_bits!(vaddr), WORD_SIZE))
    } else { arbitrary() };

    let entry = PDE { entry: mem.read(addr), layer: Ghost(path.len()) }@;
    let walk = Walk {
        vaddr,
        path: path.push((addr, entry)),
        complete: !(entry is Directory),
    };
    walk
}


// MB: Ideally this would be some one liner `walk.path.is_prefix_of(..)`. But that doesn't seem to work well.
pub open spec fn is_iter_walk_prefix(mem: PTMem, walk: Walk) -> bool {
    let walkp0 = Walk { vaddr: walk.vaddr, path: seq![], complete: false };
    let walkp1 = walk_next(mem, walkp0);
    let walkp2 = walk_next(mem, walkp1);
    let walkp3 = walk_next(mem, walkp2);
    let walkp4 = walk_next(mem, walkp3);
    if walk.path.len() == 0 {
        walk == walkp0
    } else if walk.path.len() == 1 {
        walk == walkp1
    } else if walk.path.len() == 2 {
        &&& walk == walkp2
        &&& !walkp1.complete
    } else if walk.path.len() == 3 {
        &&& walk == walkp3
        &&& !walkp1.complete
        &&& !walkp2.complete
    } else if walk.path.len() == 4 {
        &&& walk == walkp4
        &&& !walkp1.complete
        &&& !walkp2.complete
        &&& !walkp3.complete
    } else {
        false
    }
}

pub open spec fn finish_iter_walk(mem: PTMem, walk: Walk) -> Walk {
    if walk.complete { walk } else {
        let walk = rl2::walk_next(mem, walk);
        if walk.complete { walk } else {
            let walk = rl2::walk_next(mem, walk);
            if walk.complete { walk } else {
                let walk = rl2::walk_next(mem, walk);
                if walk.complete { walk } else {
                    rl2::walk_next(mem, walk)
                }
            }
        }
    }
}





// unstable








pub mod refinement {
    use vstd::assert_by_contradiction;

    use crate::spec_t::mmu::*;
    use crate::spec_t::mmu::rl1;
    use crate::spec_t::mmu::rl2;
    
    impl rl2::State {
        pub open spec fn interp(self) -> rl1::State {
            rl1::State {
                happy: self.happy,
                pt_mem: self.writer_mem(),
                phys_mem: self.phys_mem,
                tlbs: self.tlbs,
                writes: self.writes,
                pending_maps: self.hist.pending_maps,
                pending_unmaps: self.hist.pending_unmaps,
                polarity: self.polarity,
            }
        }
    }

    
    
    
    
    }


} // verus!
}
pub mod rl3 {
// #![cfg_attr(verus_keep_ghost, verus::trusted)]
// Trusted: This file defines the assumed semantics of the memory translation hardware as a state
// machine.
// TODO: manually applying ranges here because the refinement proofs should be counted normally as
// spec and proof, not trusted

// $line_count$Trusted${$

use vstd::prelude::*;
use crate::spec_t::mmu::*;
use crate::spec_t::mmu::pt_mem::*;
use crate::spec_t::mmu::defs::{ bit, Core, bitmask_inc, PTE };
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{ aligned, MAX_BASE };
use crate::spec_t::mmu::translation::{ l0_bits, l1_bits, l2_bits, l3_bits, MASK_DIRTY_ACCESS };

verus! {

// This file contains refinement layer 3 of the MMU. This is the most concrete MMU model, i.e. the
// behavior we assume of the hardware.
//
// Most of the definitions in this file are `closed`. We reason about the behavior of this state
// machine exclusively in terms of the more abstract MMU models it refines.

pub struct State {
    /// Byte-indexed physical (non-page-table) memory
    phys_mem: Seq<u8>,
    /// Page table memory
    pt_mem: PTMem,
    /// Per-node state (TLBs)
    tlbs: Map<Core, Map<usize, PTE>>,
    /// In-progress page table walks
    walks: Map<Core, Set<Walk>>,
    /// Translation caches
    cache: Map<Core, Set<Walk>>,
    /// Store buffers
    sbuf: Map<Core, Seq<(usize, usize)>>,
    /// History variables. These do not influence the transitions in any way. Neither in enabling
    /// conditions nor in state updates. We only use these during the refinement.
    hist: History,
}

pub struct History {
    pub happy: bool,
    /// All partial walks since the last invlpg
    pub walks: Map<Core, Set<Walk>>,
    pub writes: Writes,
    pub pending_maps: Map<usize, PTE>,
    pub pending_unmaps: Map<usize, PTE>,
    pub polarity: Polarity,
}

pub struct Writes {
    /// Current writer core. If `all` is non-empty, all those writes were done by this core.
    pub core: Core,
    /// Tracks all writes that may cause stale reads due to TSO. Set of addresses. Gets cleared
    /// when the corresponding core drains its store buffer.
    pub tso: Set<usize>,
    /// Tracks staleness resulting from non-atomicity and translation caching. Cleared by invlpg if
    /// store buffers are empty.
    pub nonpos: Set<Core>,
}



impl State {
    pub closed spec fn read_from_mem_tso(self, core: Core, addr: usize, r: usize) -> usize {
        self.core_mem(core).read(addr) ^ (r & MASK_DIRTY_ACCESS)
    }

    /// The memory as seen by the given core. I.e. taking into consideration the core's store
    /// buffers.
    pub closed spec fn core_mem(self, core: Core) -> PTMem {
        self.pt_mem.write_seq(self.sbuf[core])
    }

    /// The view of the memory from the writer core's perspective.
    pub closed spec fn writer_mem(self) -> PTMem {
        self.core_mem(self.hist.writes.core)
    }

    }



// State machine transitions






// ---- Translation caching ----





// ---- Non-atomic page table walks ----


pub closed spec fn walk_next(state: State, core: Core, walk: Walk, r: usize) -> Walk {
    let Walk { vaddr, path, .. } = walk;
    let mem = state.pt_mem;
    let addr = if path.len() == 0 {
        add(mem.pml4, mul(l0_bits!(vaddr), WORD_SIZE))
    } else if path.len() == 1 {
        add(path.last().1->Directory_addr, mul(l1_bits!(vaddr), WORD_SIZE))
    } else if path.len() == 2 {
        add(path.last().1->Directory_addr, mul(l2_bits!(vaddr), WORD_SIZE))
    } else if path.len() == 3 {
        add(path.last().1->Directory_addr, mul(l3_bits!(vaddr), WORD_SIZE))
    } else { arbitrary() };
    let value = state.read_from_mem_tso(core, addr, r);
    let entry = PDE { entry: value, layer: Ghost(path.len()) }@;
    let walk = Walk {
        vaddr,
        path: path.push((addr, entry)),
        complete: !(entry is Directory)
    };
    walk
}





// ---- TSO ----
// Our modeling of TSO with store buffers is adapted from the one in the paper "A Better x86 Memory
// Model: x86-TSO".
// TODO: max physical size?












// Invariants for this state machine

impl State {
    pub closed spec fn wf(self, c: Constants) -> bool {
        &&& forall|core| #[trigger] c.valid_core(core) <==> self.walks.contains_key(core)
        &&& forall|core| #[trigger] c.valid_core(core) <==> self.cache.contains_key(core)
        &&& forall|core| #[trigger] c.valid_core(core) <==> self.sbuf.contains_key(core)
        &&& forall|core| #[trigger] c.valid_core(core) <==> self.hist.walks.contains_key(core)
        &&& forall|core| #[trigger] c.valid_core(core) ==> self.walks[core].finite()
        &&& forall|core| #[trigger] c.valid_core(core) ==> self.cache[core].finite()
        &&& forall|core| #[trigger] c.valid_core(core) ==> self.hist.walks[core].finite()
        //&&& self.hist.writes.nonpos.finite()
    }

    pub closed spec fn inv_inflight_walks(self, c: Constants) -> bool {
        &&& forall|core, walk| c.valid_core(core) && #[trigger] self.walks[core].contains(walk) ==> {
            &&& aligned(walk.vaddr as nat, 8)
            &&& walk.path.len() <= 3
            &&& !walk.complete
        }
        &&& forall|core, walk| c.valid_core(core) && #[trigger] self.cache[core].contains(walk) ==> {
            &&& aligned(walk.vaddr as nat, 8)
            &&& walk.path.len() <= 3
            &&& !walk.complete
        }
    }

    pub closed spec fn inv_walks_subset_of_hist_walks(self, c: Constants) -> bool {
        forall|core| #[trigger] c.valid_core(core) ==> self.walks[core].subset_of(self.hist.walks[core])
    }

    pub closed spec fn inv_cache_subset_of_hist_walks(self, c: Constants) -> bool {
        forall|core, walk|
            c.valid_core(core) && #[trigger] self.cache[core].contains(walk)
            ==> self.hist.walks[core].contains(walk)
    }

    pub closed spec fn inv(self, c: Constants) -> bool {
        self.hist.happy ==> {
        &&& self.wf(c)
        &&& self.inv_inflight_walks(c)
        &&& self.inv_walks_subset_of_hist_walks(c)
        &&& self.inv_cache_subset_of_hist_walks(c)
        }
    }

    
} // impl State




// $line_count$}$




pub mod refinement {
    use crate::spec_t::mmu::*;
    use crate::spec_t::mmu::rl2;
    use crate::spec_t::mmu::rl3;
        
    impl rl3::State {
        pub closed spec fn interp(self) -> rl2::State {
            rl2::State {
                happy: self.hist.happy,
                phys_mem: self.phys_mem,
                pt_mem: self.pt_mem,
                tlbs: self.tlbs,
                walks: self.hist.walks,
                sbuf: self.sbuf,
                writes: self.hist.writes,
                polarity: self.hist.polarity,
                hist: rl2::History {
                    pending_maps: self.hist.pending_maps,
                    pending_unmaps: self.hist.pending_unmaps,
                },
                //polarity: self.hist.polarity,
            }
        }
    }

    
    
    
    
    
    
    pub mod to_rl1 {
        //! Machinery to lift rl3 semantics to rl1 (interp twice and corresponding lemmas), which we use for
        //! reasoning about the OS state machine.

        use crate::spec_t::mmu::*;
        use crate::spec_t::mmu::rl3;
        use crate::spec_t::mmu::rl1;

        impl rl3::State {
            pub open spec fn view(self) -> rl1::State {
                self.interp().interp()
            }
        }

        
        
        
            }
}





} // verus!
}
pub mod pt_mem {
// trusted: Definitions used in other trusted parts of the code

use vstd::prelude::*;

use crate::spec_t::mmu::translation::{ PDE, GPDE, l0_bits, l1_bits, l2_bits, l3_bits };
use crate::spec_t::mmu::defs::{ PTE, bitmask_inc, WORD_SIZE, bit };
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::MAX_BASE;
use crate::spec_t::mmu::{ Walk, WalkResult };

verus! {

pub struct PTMem {
    pub mem: Map<usize, usize>,
    pub pml4: usize,
}

impl PTMem {
    pub open spec fn write(self, addr: usize, value: usize) -> PTMem {
        PTMem {
            mem: self.mem.insert(addr, value),
            pml4: self.pml4,
        }
    }

    pub open spec fn read(self, addr: usize) -> usize {
        self.mem[addr]
    }

    // Only used in the simplified hardware models.
    // $line_count$Trusted${$
    /// Sequentially apply a sequence of writes. (Used to apply a whole store buffer.)
    pub open spec fn write_seq(self, writes: Seq<(usize, usize)>) -> Self {
        writes.fold_left(self, |acc: PTMem, wr: (_, _)| acc.write(wr.0, wr.1))
    }

    // We reason about page table writes as non-negative and non-positive.
    // Non-positivity/non-negativity is easy to determine based on the present bit of the old and
    // new value. On the other hand, determining accurately when a write is positive or negative is
    // very hard because it depends on the current page table in memory and also on the inflight
    // page table walks. E.g. in-memory a certain memory location may not be reachable anymore but
    // there may still be inflight walks which will read that location. Additionally, whether or
    // not a value in memory decodes to a valid or invalid entry depends on how it's interpreted.
    // E.g. a layer 3 page mapping has different reserved bits than a layer 0 directory mapping.

    
    
    pub open spec fn pt_walk(self, vaddr: usize) -> Walk {
        let l0_idx = mul(l0_bits!(vaddr), WORD_SIZE);
        let l1_idx = mul(l1_bits!(vaddr), WORD_SIZE);
        let l2_idx = mul(l2_bits!(vaddr), WORD_SIZE);
        let l3_idx = mul(l3_bits!(vaddr), WORD_SIZE);
        let l0_addr = add(self.pml4, l0_idx);
        let l0e = PDE { entry: self.read(l0_addr), layer: Ghost(0) };
        match l0e@ {
            GPDE::Directory { addr: l1_daddr, .. } => {
                let l1_addr = add(l1_daddr, l1_idx);
                let l1e = PDE { entry: self.read(l1_addr), layer: Ghost(1) };
                match l1e@ {
                    GPDE::Directory { addr: l2_daddr, .. } => {
                        let l2_addr = add(l2_daddr, l2_idx);
                        let l2e = PDE { entry: self.read(l2_addr), layer: Ghost(2) };
                        match l2e@ {
                            GPDE::Directory { addr: l3_daddr, .. } => {
                                let l3_addr = add(l3_daddr, l3_idx);
                                let l3e = PDE { entry: self.read(l3_addr), layer: Ghost(3) };
                                Walk {
                                    vaddr,
                                    path: seq![(l0_addr, l0e@), (l1_addr, l1e@), (l2_addr, l2e@), (l3_addr, l3e@)],
                                    complete: true,
                                }
                            },
                            _ => {
                                Walk {
                                    vaddr,
                                    path: seq![(l0_addr, l0e@), (l1_addr, l1e@), (l2_addr, l2e@)],
                                    complete: true,
                                }
                            },
                        }
                    },
                    _ => {
                        Walk { vaddr, path: seq![(l0_addr, l0e@), (l1_addr, l1e@)], complete: true }
                    },
                }
            },
            _ => {
                Walk { vaddr, path: seq![(l0_addr, l0e@)], complete: true }
            },
        }
    }
    // $line_count$}$

    //pub open spec fn pt_walk(self, vaddr: usize) -> Walk {
    //    let l0_idx = mul(l0_bits!(vaddr), WORD_SIZE);
    //    let l1_idx = mul(l1_bits!(vaddr), WORD_SIZE);
    //    let l2_idx = mul(l2_bits!(vaddr), WORD_SIZE);
    //    let l3_idx = mul(l3_bits!(vaddr), WORD_SIZE);
    //    let l0_addr = add(self.pml4, l0_idx);
    //    let l0e = PDE { entry: self.read(l0_addr), layer: Ghost(0) };
    //    let path = 
    //        seq![(l0_addr, l0e@)].add(
    //            match l0e@ {
    //                GPDE::Directory { addr: l1_daddr, .. } => {
    //                    let l1_addr = add(l1_daddr, l1_idx);
    //                    let l1e = PDE { entry: self.read(l1_addr), layer: Ghost(1) };
    //                    seq![(l1_addr, l1e@)].add(
    //                        match l1e@ {
    //                            GPDE::Directory { addr: l2_daddr, .. } => {
    //                                let l2_addr = add(l2_daddr, l2_idx);
    //                                let l2e = PDE { entry: self.read(l2_addr), layer: Ghost(2) };
    //                                seq![(l2_addr, l2e@)].add(
    //                                    match l2e@ {
    //                                        GPDE::Directory { addr: l3_daddr, .. } => {
    //                                            let l3_addr = add(l3_daddr, l3_idx);
    //                                            let l3e = PDE { entry: self.read(l3_addr), layer: Ghost(3) };
    //                                            seq![(l3_addr, l3e@)]
    //                                        },
    //                                        _ => seq![],
    //                                    })
    //                            },
    //                            _ => seq![],
    //                        })
    //                },
    //                _ => seq![],
    //            });
    //    Walk { vaddr, path, complete: true }
    //}

    
    
    pub open spec fn is_base_pt_walk(self, vaddr: usize) -> bool {
        &&& vaddr < MAX_BASE
        &&& self.pt_walk(vaddr).result() matches WalkResult::Valid { vbase, pte }
        &&& vbase == vaddr
    }

    /// Making this opaque so `pt_walk` isn't immediately visible in all the OS state machine
    /// proofs.
    #[verifier(opaque)]
    pub open spec fn view(self) -> Map<usize,PTE> {
        Map::new(
            |va| self.is_base_pt_walk(va),
            |va| self.pt_walk(va).result()->pte
        )
    }

    
    
    
    
    }


} // verus!
}
pub mod translation {
// Trusted: This file defines the semantics of how page table entries are interpreted by the
// hardware. This is only the semantics of how we go from bits to an interpretation; The hardware
// model in rl3.rs models the non-atomic nature of page table walks + caching + ..

use vstd::prelude::*;
use crate::spec_t::mmu::defs::{ Flags, MAX_PHYADDR_WIDTH, bit, bitmask_inc, };
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{ aligned, axiom_max_phyaddr_width_facts, };

verus!{

pub ghost enum GPDE {
    Directory {
        addr: usize,
        /// Present; must be 1 to map a page or reference a directory
        P: bool,
        /// Read/write; if 0, writes may not be allowed to the page controlled by this entry
        RW: bool,
        /// User/supervisor; user-mode accesses are not allowed to the page controlled by this entry
        US: bool,
        /// Page-level write-through
        PWT: bool,
        /// Page-level cache disable
        PCD: bool,
        ///// Accessed; indicates whether software has accessed the page referenced by this entry
        //A: bool,
        /// If IA32_EFER.NXE = 1, execute-disable (if 1, instruction fetches are not allowed from
        /// the page controlled by this entry); otherwise, reserved (must be 0)
        XD: bool,
    },
    Page {
        addr: usize,
        /// Present; must be 1 to map a page or reference a directory
        P: bool,
        /// Read/write; if 0, writes may not be allowed to the page controlled by this entry
        RW: bool,
        /// User/supervisor; if 0, user-mode accesses are not allowed to the page controlled by this entry
        US: bool,
        /// Page-level write-through
        PWT: bool,
        /// Page-level cache disable
        PCD: bool,
        ///// Accessed; indicates whether software has accessed the page referenced by this entry
        //A: bool,
        ///// Dirty; indicates whether software has written to the page referenced by this entry
        //D: bool,
        // /// Page size; must be 1 (otherwise, this entry references a directory)
        // PS: Option<bool>,
        // PS is entirely determined by the Page variant and the layer
        /// Global; if CR4.PGE = 1, determines whether the translation is global; ignored otherwise
        G: bool,
        /// Indirectly determines the memory type used to access the page referenced by this entry
        PAT: bool,
        /// If IA32_EFER.NXE = 1, execute-disable (if 1, instruction fetches are not allowed from
        /// the page controlled by this entry); otherwise, reserved (must be 0)
        XD: bool,
    },
    /// An `Invalid` entry is an entry that does not contain a valid mapping. I.e. the entry is
    /// either empty or has a bit set that the intel manual designates as must-be-zero. Both empty
    /// and invalid entries cause a page fault if used during translation.
    Invalid,
}

// layer:
// 0 -> PML4
// 1 -> PDPT, Page Directory Pointer Table
// 2 -> PD, Page Directory
// 3 -> PT, Page Table
// MASK_FLAG_* are flags valid for entries at all levels.
pub const MASK_FLAG_P: usize = bit!(0usize);

pub const MASK_FLAG_RW: usize = bit!(1usize);

pub const MASK_FLAG_US: usize = bit!(2usize);

pub const MASK_FLAG_PWT: usize = bit!(3usize);

pub const MASK_FLAG_PCD: usize = bit!(4usize);

//pub const MASK_FLAG_A: usize = bit!(5usize);

pub const MASK_FLAG_XD: usize = bit!(63usize);

// MASK_PG_FLAG_* are flags valid for all page mapping entries, unless a specialized version for that
// layer exists, e.g. for layer 3 MASK_L3_PG_FLAG_PAT is used rather than MASK_PG_FLAG_PAT.
//pub const MASK_PG_FLAG_D: usize = bit!(6usize);

pub const MASK_PG_FLAG_G: usize = bit!(8usize);

pub const MASK_PG_FLAG_PAT: usize = bit!(12usize);

pub const MASK_L1_PG_FLAG_PS: usize = bit!(7usize);

pub const MASK_L2_PG_FLAG_PS: usize = bit!(7usize);

pub const MASK_L3_PG_FLAG_PAT: usize = bit!(7usize);

pub const MASK_DIRTY_ACCESS: usize = bit!(5) | bit!(6);
pub const MASK_NEG_DIRTY_ACCESS: usize = !MASK_DIRTY_ACCESS;

// In the implementation we can always use the 12:52 mask as the invariant guarantees that in the
// other cases, the lower bits are already zero anyway.
// We cannot use dual exec/spec constants here because for those Verus currently doesn't support
// manually guiding the no-overflow proofs.
pub spec const MASK_ADDR_SPEC: usize = bitmask_inc!(12usize, MAX_PHYADDR_WIDTH - 1);

#[verifier::when_used_as_spec(MASK_ADDR_SPEC)]
pub exec const MASK_ADDR: usize ensures MASK_ADDR == MASK_ADDR_SPEC {
    proof {
        axiom_max_phyaddr_width_facts();
    }
    bitmask_inc!(12usize, MAX_PHYADDR_WIDTH - 1)
}

pub spec const MASK_L1_PG_ADDR_SPEC: usize = bitmask_inc!(30usize, MAX_PHYADDR_WIDTH - 1);

#[verifier::when_used_as_spec(MASK_L1_PG_ADDR_SPEC)]
pub exec const MASK_L1_PG_ADDR: usize ensures MASK_L1_PG_ADDR == MASK_L1_PG_ADDR_SPEC {
    proof {
        axiom_max_phyaddr_width_facts();
    }
    bitmask_inc!(30usize, MAX_PHYADDR_WIDTH - 1)
}

pub spec const MASK_L2_PG_ADDR_SPEC: usize = bitmask_inc!(21usize, MAX_PHYADDR_WIDTH - 1);

#[verifier::when_used_as_spec(MASK_L2_PG_ADDR_SPEC)]
pub exec const MASK_L2_PG_ADDR: usize ensures MASK_L2_PG_ADDR == MASK_L2_PG_ADDR_SPEC {
    proof {
        axiom_max_phyaddr_width_facts();
    }
    bitmask_inc!(21usize, MAX_PHYADDR_WIDTH - 1)
}

pub spec const MASK_L3_PG_ADDR_SPEC: usize = bitmask_inc!(12usize, MAX_PHYADDR_WIDTH - 1);

#[verifier::when_used_as_spec(MASK_L3_PG_ADDR_SPEC)]
pub exec const MASK_L3_PG_ADDR: usize ensures MASK_L3_PG_ADDR == MASK_L3_PG_ADDR_SPEC {
    proof {
        axiom_max_phyaddr_width_facts();
    }
    bitmask_inc!(12usize, MAX_PHYADDR_WIDTH - 1)
}



#[allow(repr_transparent_external_private_fields)]
// An entry in any page directory (i.e. in PML4, PDPT, PD or PT)
#[repr(transparent)]
pub struct PDE {
    pub entry: usize,
    pub layer: Ghost<nat>,
}

// This impl defines everything necessary for the page table walk semantics.
// PDE is reused in the implementation, which has an additional impl block for it in
// `impl_u::l2_impl`.
impl PDE {
    // Could prove that the address is smaller than MAX_PHYADDR but this bound is sufficient sof ar
    
    
    pub open spec fn view(self) -> GPDE {
        let v = self.entry;
        let P   = v & MASK_FLAG_P    == MASK_FLAG_P;
        let RW  = v & MASK_FLAG_RW   == MASK_FLAG_RW;
        let US  = v & MASK_FLAG_US   == MASK_FLAG_US;
        let PWT = v & MASK_FLAG_PWT  == MASK_FLAG_PWT;
        let PCD = v & MASK_FLAG_PCD  == MASK_FLAG_PCD;
        let XD  = v & MASK_FLAG_XD   == MASK_FLAG_XD;
        let G   = v & MASK_PG_FLAG_G == MASK_PG_FLAG_G;
        if v & MASK_FLAG_P == MASK_FLAG_P && self.all_mb0_bits_are_zero() {
            if self.layer == 0 {
                let addr = v & MASK_ADDR;
                GPDE::Directory { addr, P, RW, US, PWT, PCD, XD }
            } else if self.layer == 1 {
                if v & MASK_L1_PG_FLAG_PS == MASK_L1_PG_FLAG_PS {
                    // super page mapping
                    let addr = v & MASK_L1_PG_ADDR;
                    let PAT = v & MASK_PG_FLAG_PAT == MASK_PG_FLAG_PAT;
                    GPDE::Page { addr, P, RW, US, PWT, PCD, G, PAT, XD }
                } else {
                    let addr = v & MASK_ADDR;
                    GPDE::Directory { addr, P, RW, US, PWT, PCD, XD }
                }
            } else if self.layer == 2 {
                if v & MASK_L2_PG_FLAG_PS == MASK_L2_PG_FLAG_PS {
                    // huge page mapping
                    let addr = v & MASK_L2_PG_ADDR;
                    let PAT = v & MASK_PG_FLAG_PAT == MASK_PG_FLAG_PAT;
                    GPDE::Page { addr, P, RW, US, PWT, PCD, G, PAT, XD }
                } else {
                    let addr = v & MASK_ADDR;
                    GPDE::Directory { addr, P, RW, US, PWT, PCD, XD }
                }
            } else if self.layer == 3 {
                let addr = v & MASK_L3_PG_ADDR;
                let PAT = v & MASK_L3_PG_FLAG_PAT == MASK_L3_PG_FLAG_PAT;
                GPDE::Page { addr, P, RW, US, PWT, PCD, G, PAT, XD }
            } else {
                arbitrary()
            }
        } else {
            GPDE::Invalid
        }
    }

    /// Returns `true` iff all must-be-zero bits for a given entry are zero.
    #[verifier::opaque]
    pub open spec fn all_mb0_bits_are_zero(self) -> bool {
        if self.layer == 0 {  // PML4, always directory
            // 51:M, 7
            &&& self.entry & bitmask_inc!(MAX_PHYADDR_WIDTH, 51) == 0
            &&& self.entry & bit!(7usize) == 0
        } else if self.layer == 1 {  // PDPT
            if self.entry & MASK_L1_PG_FLAG_PS == MASK_L1_PG_FLAG_PS {
                // 51:M, 29:13
                &&& self.entry & bitmask_inc!(MAX_PHYADDR_WIDTH, 51) == 0
                &&& self.entry & bitmask_inc!(13usize,29usize) == 0
            } else {
                // 51:M, 7
                &&& self.entry & bitmask_inc!(MAX_PHYADDR_WIDTH, 51) == 0
                &&& self.entry & bit!(7usize) == 0
            }
        } else if self.layer == 2 {  // PD
            if self.entry & MASK_L2_PG_FLAG_PS == MASK_L2_PG_FLAG_PS {
                // 62:M, 20:13
                &&& self.entry & bitmask_inc!(MAX_PHYADDR_WIDTH, 62) == 0
                &&& self.entry & bitmask_inc!(13usize,20usize) == 0
            } else {
                // 62:M, 7
                &&& self.entry & bitmask_inc!(MAX_PHYADDR_WIDTH, 62) == 0
                &&& self.entry & bit!(7usize) == 0
            }
        } else if self.layer == 3 {  // PT, always frame
            // 62:M
            self.entry & bitmask_inc!(MAX_PHYADDR_WIDTH, 62) == 0
        } else {
            arbitrary()
        }
    }

    }

impl Flags {
    //pub open spec fn from_GPDEs(pdes: Seq<GPDE>) -> Flags
    //    recommends
    //        pdes.len() > 0,
    //        forall|i| 0 <= i < pdes.len() ==> !(pdes[i] is Invalid)
    //    decreases pdes.len()
    //{
    //    if pdes.len() <= 1 {
    //        Flags::from_GPDE(pdes[0])
    //    } else {
    //        Flags::from_GPDEs(pdes.drop_first()).combine(Flags::from_GPDE(pdes[0]))
    //    }
    //}

    pub open spec fn from_GPDE(pde: GPDE) -> Flags
        recommends !(pde is Invalid)
    {
        match pde {
            GPDE::Directory { RW, US, XD, .. } =>
                Flags::from_bits(RW, US, XD),
            GPDE::Page { RW, US, XD, .. } =>
                Flags::from_bits(RW, US, XD),
            _ => arbitrary(),
        }
    }
}


#[allow(unused_macros)]
macro_rules! l0_bits {
    ($addr:expr) => { ($addr & bitmask_inc!(39usize,47usize)) >> 39usize }
}

pub(crate) use l0_bits;

#[allow(unused_macros)]
macro_rules! l1_bits {
    ($addr:expr) => { ($addr & bitmask_inc!(30usize,38usize)) >> 30usize }
}

pub(crate) use l1_bits;

#[allow(unused_macros)]
macro_rules! l2_bits {
    ($addr:expr) => { ($addr & bitmask_inc!(21usize,29usize)) >> 21usize }
}

pub(crate) use l2_bits;

#[allow(unused_macros)]
macro_rules! l3_bits {
    ($addr:expr) => { ($addr & bitmask_inc!(12usize,20usize)) >> 12usize }
}

pub(crate) use l3_bits;

// Don't broadcast this. It refuses to trigger for some reason.

} // verus!
}
pub mod defs {

// trusted: these are used in trusted definitions
//
// `overlap_sanity_check` hardens a spec, so we don't count it as trusted

use vstd::prelude::*;

use crate::spec_t::mmu;

verus! {

macro_rules! bitmask_inc {
    ($low:expr,$high:expr) => {
        (!(!0usize << (($high+1usize)-$low))) << $low
    }
}

pub(crate) use bitmask_inc;

macro_rules! bit {
    ($v:expr) => {
        1usize << $v
    }
}

pub(crate) use bit;

pub const X86_NUM_LAYERS: usize = 4;

pub const X86_NUM_ENTRIES: usize = 512;

// The maximum physical address width is between 32 and 52 bits.
#[verifier(external_body)]
pub const MAX_PHYADDR_WIDTH: usize = 52;

pub axiom fn axiom_max_phyaddr_width_facts()
    ensures
        32 <= MAX_PHYADDR_WIDTH <= 52,
;

// We cannot use a dual exec/spec constant for MAX_PHYADDR, because for those Verus currently
// doesn't support manually guiding the no-overflow proofs.
pub spec const MAX_PHYADDR_SPEC: usize = ((1usize << MAX_PHYADDR_WIDTH) - 1usize) as usize;

#[verifier::when_used_as_spec(MAX_PHYADDR_SPEC)]
pub exec const MAX_PHYADDR: usize ensures MAX_PHYADDR == MAX_PHYADDR_SPEC {
    proof {
        axiom_max_phyaddr_width_facts();
    }
    assert(1usize << 32 == 0x100000000) by (compute);
    assert(forall|m:usize,n:usize|  n < m < 64 ==> 1usize << n < 1usize << m) by (bit_vector);
    (1usize << MAX_PHYADDR_WIDTH) - 1usize
}

pub const WORD_SIZE: usize = 8;

pub const PAGE_SIZE: usize = 4096;

pub spec const X86_MAX_ENTRY_SIZE: nat = 512 * 512 * 512 * 4096;

pub spec const MAX_BASE: nat = X86_MAX_ENTRY_SIZE * (X86_NUM_ENTRIES as nat);

pub const L3_ENTRY_SIZE: usize = PAGE_SIZE;

pub const L2_ENTRY_SIZE: usize = 512 * L3_ENTRY_SIZE;

pub const L1_ENTRY_SIZE: usize = 512 * L2_ENTRY_SIZE;

pub const L0_ENTRY_SIZE: usize = 512 * L1_ENTRY_SIZE;



pub open spec fn entry_base_from_index(base: nat, idx: nat, entry_size: nat) -> nat {
    base + idx * entry_size
}


pub open spec fn candidate_mapping_in_bounds(base: nat, pte: PTE) -> bool {
    base + pte.frame.size < x86_arch_spec.upper_vaddr(0, 0)
}

pub open spec fn candidate_mapping_in_bounds_pmem(c: mmu::Constants, pte: PTE) -> bool {
    pte.frame.base + pte.frame.size <= c.range_mem.1
}

// TODO: maybe we can deduplicate these two definitions somehow

pub open spec fn candidate_mapping_overlaps_existing_vmem(
    mappings: Map<nat, PTE>,
    base: nat,
    pte: PTE,
) -> bool {
    exists|b: nat| {
        &&& #[trigger] mappings.contains_key(b)
        &&& overlap(
            MemRegion { base: base, size: pte.frame.size },
            MemRegion { base: b, size: mappings[b].frame.size },
        )
    }
}

pub open spec fn candidate_mapping_overlaps_existing_pmem(mappings: Map<nat, PTE>, pte: PTE) -> bool {
    exists|b: nat| #![auto] {
            &&& mappings.dom().contains(b)
            &&& overlap(pte.frame, mappings.index(b).frame)
        }
}

pub open spec(checked) fn align_to_usize(a: usize, b: usize) -> usize {
    sub(a, a % b)
}

pub open spec(checked) fn aligned(addr: nat, size: nat) -> bool {
    addr % size == 0
}

pub open spec fn between(x: nat, a: nat, b: nat) -> bool {
    a <= x && x < b
}


#[derive(Copy, Clone)]
pub struct Core {
    pub node_id: nat,
    pub core_id: nat,
}





pub struct MemRegion {
    pub base: nat,
    pub size: nat,
}

impl MemRegion {
    pub open spec fn contains(self, addr: nat) -> bool {
        between(addr, self.base, self.base + self.size)
    }
}

pub open spec fn overlap(region1: MemRegion, region2: MemRegion) -> bool {
    if region1.base <= region2.base {
        region1.base == region2.base || region2.base < region1.base + region1.size
    } else {
        region1.base < region2.base + region2.size
    }
}

// hardens spec for overlap



#[derive(Copy, Clone)]
pub struct Flags {
    pub is_writable: bool,
    pub is_supervisor: bool,
    pub disable_execute: bool,
}

pub struct PTE {
    pub frame: MemRegion,
    /// The `flags` field on a `PTE` denotes the combined flags of the entire
    /// translation path to the entry. (See page table walk definition in hardware model,
    /// `spec_t::hardware`.) However, because we always set the flags on directories to be
    /// permissive these flags also correspond to the flags that we set for the frame mapping
    /// corresponding to this `PTE`.
    pub flags: Flags,
}



impl Flags {
    pub open spec fn from_bits(flag_RW: bool, flag_US: bool, flag_XD: bool) -> Flags {
        Flags {
            is_writable: flag_RW,
            is_supervisor: !flag_US,
            disable_execute: flag_XD,
        }
    }

    pub open spec fn combine(self, other: Flags) -> Flags {
        Flags {
            is_writable: self.is_writable && other.is_writable,
            is_supervisor: self.is_supervisor || other.is_supervisor,
            disable_execute: self.disable_execute || other.disable_execute,
        }
    }
}

pub ghost struct ArchLayer {
    /// Address space size mapped by a single entry at this layer
    pub entry_size: nat,
    /// Number of entries at this layer
    pub num_entries: nat,
}

pub ghost struct Arch {
    pub layers: Seq<ArchLayer>,
    // [512G, 1G  , 2M  , 4K  ]
    // [512 , 512 , 512 , 512 ]
}

impl Arch {
    pub open spec(checked) fn entry_size(self, layer: nat) -> nat
        recommends
            layer < self.layers.len(),
    {
        self.layers[layer as int].entry_size
    }

    pub open spec(checked) fn num_entries(self, layer: nat) -> nat
        recommends
            layer < self.layers.len(),
    {
        self.layers.index(layer as int).num_entries
    }

    pub open spec(checked) fn upper_vaddr(self, layer: nat, base: nat) -> nat
        recommends
            self.inv(),
            layer < self.layers.len(),
    {
        self.entry_base(layer, base, self.num_entries(layer))
    }

    pub open spec(checked) fn inv(&self) -> bool {
        &&& self.layers.len() <= X86_NUM_LAYERS
        &&& forall|i: nat|
            #![trigger self.entry_size(i)]
            #![trigger self.num_entries(i)]
            i < self.layers.len() ==> {
                &&& 0 < self.entry_size(i) <= X86_MAX_ENTRY_SIZE
                &&& 0 < self.num_entries(i) <= X86_NUM_ENTRIES
                &&& self.entry_size_is_next_layer_size(i)
            }
    }

    pub open spec(checked) fn entry_size_is_next_layer_size(self, i: nat) -> bool
        recommends
            i < self.layers.len(),
    {
        i + 1 < self.layers.len() ==> self.entry_size(i) == self.entry_size((i + 1) as nat)
            * self.num_entries((i + 1) as nat)
    }

    
    
    
    #[verifier(inline)]
    pub open spec(checked) fn entry_base(self, layer: nat, base: nat, idx: nat) -> nat
        recommends
            self.inv(),
            layer < self.layers.len(),
    {
        // base + idx * self.entry_size(layer)
        entry_base_from_index(base, idx, self.entry_size(layer))
    }

    }




pub spec const x86_arch_spec: Arch = Arch {
    layers: seq![
        ArchLayer { entry_size: L0_ENTRY_SIZE as nat, num_entries: 512 },
        ArchLayer { entry_size: L1_ENTRY_SIZE as nat, num_entries: 512 },
        ArchLayer { entry_size: L2_ENTRY_SIZE as nat, num_entries: 512 },
        ArchLayer { entry_size: L3_ENTRY_SIZE as nat, num_entries: 512 },
    ],
};



pub open spec fn nat_keys<V>(m: Map<usize, V>) -> Map<nat, V> {
    Map::new(|k: nat| k <= usize::MAX && m.contains_key(k as usize), |k: nat| m[k as usize])
}



} // verus!
}

use vstd::prelude::*;
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{
    Flags, L1_ENTRY_SIZE, L2_ENTRY_SIZE, L3_ENTRY_SIZE, MemRegion, bitmask_inc,
    align_to_usize, WORD_SIZE, PAGE_SIZE, MAX_PHYADDR,
};
use crate::spec_t::mmu::defs::{ Core, PTE};
use crate::spec_t::mmu::translation::{ PDE, GPDE, l0_bits, l1_bits, l2_bits, l3_bits };

verus! {

// Only used in the simplified hardware models.
// $line_count$Trusted${$

pub enum Polarity {
    Mapping,
    Unmapping
}


// $line_count$}$

pub struct Walk {
    pub vaddr: usize,
    pub path: Seq<(usize, GPDE)>,
    pub complete: bool,
}

pub enum WalkResult {
    Valid { vbase: usize, pte: PTE },
    /// A `WalkResult::Invalid` indicates that no valid translation exists for the given (8-aligned) vaddr
    Invalid { vaddr: usize },
}

impl WalkResult {
    pub open spec fn vaddr(self) -> usize {
        match self {
            WalkResult::Valid { vbase, .. } => vbase,
            WalkResult::Invalid { vaddr, .. } => vaddr,
        }
    }
}

impl Walk {
    pub open spec fn result(self) -> WalkResult {
        let path = self.path;
        if path.last().1 is Page {
            let (vbase, base, size) = if path.len() == 2 {
                (align_to_usize(self.vaddr, L1_ENTRY_SIZE), path[1].1->Page_addr, L1_ENTRY_SIZE)
            } else if path.len() == 3 {
                (align_to_usize(self.vaddr, L2_ENTRY_SIZE), path[2].1->Page_addr, L2_ENTRY_SIZE)
            } else if path.len() == 4 {
                (align_to_usize(self.vaddr, L3_ENTRY_SIZE), path[3].1->Page_addr, L3_ENTRY_SIZE)
            } else { arbitrary() };
            WalkResult::Valid {
                vbase,
                pte: PTE {
                    frame: MemRegion { base: base as nat, size: size as nat },
                    flags: self.flags(),
                }
            }
        } else if path.last().1 is Invalid {
            // The result holds for one page
            WalkResult::Invalid { vaddr: align_to_usize(self.vaddr, PAGE_SIZE) }
        } else {
            arbitrary()
        }
    }

    pub open spec fn flags(self) -> Flags {
        let path = self.path;
        let flags0 = Flags::from_GPDE(path[0].1);
        let flags1 = flags0.combine(Flags::from_GPDE(path[1].1));
        let flags2 = flags1.combine(Flags::from_GPDE(path[2].1));
        let flags3 = flags2.combine(Flags::from_GPDE(path[3].1));
        if path.len() == 1 {
            flags0
        } else if path.len() == 2 {
            flags1
        } else if path.len() == 3 {
            flags2
        } else if path.len() == 4 {
            flags3
        } else { arbitrary() }
    }
}

/// Each refinement layer uses the same set of constants.
pub struct Constants {
    pub node_count: nat,
    pub core_count: nat,
    /// The range of memory used for the page table
    pub range_ptmem: (nat, nat),
    /// The range of memory used for the user memory
    pub range_mem: (nat, nat),
    pub phys_mem_size: nat,
}

impl Constants {
    /// We basically never need to reason about the body of this predicate but it can cause
    /// instability in some places, hence opaque.
    #[verifier(opaque)]
    pub open spec fn valid_core(self, core: Core) -> bool {
        &&& core.node_id < self.node_count
        &&& core.core_id < self.core_count
    }

    pub open spec fn in_ptmem_range(self, addr: nat, size: nat) -> bool {
        &&& self.range_ptmem.0 <= addr
        &&& addr + size <= self.range_ptmem.1
    }

    
    /// User memory is below PT memory
    pub open spec fn memories_disjoint(self) -> bool {
        &&& self.range_mem.0 < self.range_mem.1 < self.range_ptmem.0 < self.range_ptmem.1
        &&& self.range_ptmem.1 <= MAX_PHYADDR
    }
}


// Only used in the simplified hardware models.
// $line_count$Trusted${$

pub trait SeqTupExt: Sized {
    type A;
    spec fn contains_fst(self, fst: Self::A) -> bool;
}


// $line_count$}$

} // verus!
}
}

use vstd::prelude::verus;
// #[cfg(feature="linuxmodule")]
use vstd::prelude::Tracked;
// #[cfg(feature="linuxmodule")]
// #[cfg(feature="linuxmodule")]
verus!{

global size_of usize == 8;

// Ignore in line count because this is only for the Linux integration.
// $line_count$${$

#[cfg(feature="linuxmodule")]
use core::panic::PanicInfo;



//pub mod os_trace;


/// Entry point from the linux kernel to map a region of memory
// #[cfg(feature="linuxmodule")]
// #[used(linker)]



// #[cfg(feature="linuxmodule")]
// #[used(linker)]


// $line_count$}$


} // verus!

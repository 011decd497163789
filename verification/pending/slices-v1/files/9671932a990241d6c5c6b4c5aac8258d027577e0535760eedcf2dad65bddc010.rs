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


use crate::spec_t::mmu::defs::{ MemRegion, MemRegionExec, PTE, PageTableEntryExec, Flags,
x86_arch_exec, WORD_SIZE, PAGE_SIZE, MAX_PHYADDR, MAX_PHYADDR_WIDTH, L1_ENTRY_SIZE, L2_ENTRY_SIZE,
L3_ENTRY_SIZE, X86_NUM_LAYERS, X86_NUM_ENTRIES, bit, bitmask_inc };
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{ between, aligned, new_seq, x86_arch_spec,
axiom_max_phyaddr_width_facts, MAX_BASE, candidate_mapping_overlaps_existing_vmem, lemma_x86_arch_spec_inv, overlap };
use crate::spec_t::mmu::translation::{ PDE,GPDE, MASK_FLAG_P, MASK_FLAG_RW, MASK_FLAG_US,
MASK_FLAG_PWT, MASK_FLAG_PCD, MASK_FLAG_XD, MASK_ADDR, MASK_PG_FLAG_PAT, MASK_L1_PG_FLAG_PS,
MASK_DIR_ADDR, MASK_L1_PG_ADDR, MASK_L2_PG_ADDR, MASK_L3_PG_ADDR, MASK_NEG_DIRTY_ACCESS };


verus! {







// TODO: Convert to individual broadcast maybe



pub open spec fn addr_is_zero_padded(layer: nat, addr: usize, is_page: bool) -> bool {
    is_page ==> {
        if layer == 1 {
            addr & MASK_L1_PG_ADDR == addr
        } else if layer == 2 {
            addr & MASK_L2_PG_ADDR == addr
        } else if layer == 3 {
            addr & MASK_L3_PG_ADDR == addr
        } else {
            arbitrary()
        }
    }
}

// PDE is defined in crate::spec_t::mmu::defs to define the page table walk
// semantics. Here we reuse it for the implementation and add exec functions to it.
impl PDE {
    // PAT flag is set to zero for huge pages and super pages
    pub open spec fn hp_pat_is_zero(self) -> bool {
        &&& self@ is Page && self.layer == 1 ==> self.entry & MASK_PG_FLAG_PAT == 0
        &&& self@ is Page && self.layer == 2 ==> self.entry & MASK_PG_FLAG_PAT == 0
    }

    pub proof fn lemma_addr_mask_when_hp_pat_is_zero(self)
        requires
            self.hp_pat_is_zero(),
            self.all_mb0_bits_are_zero(),
            self@ is Page,
        ensures
            self.layer == 1 ==> self.entry & MASK_L1_PG_ADDR == self.entry & MASK_ADDR,
            self.layer == 2 ==> self.entry & MASK_L2_PG_ADDR == self.entry & MASK_ADDR
    {
        let e = self.entry; let mw = MAX_PHYADDR_WIDTH;
        axiom_max_phyaddr_width_facts();
        reveal(PDE::all_mb0_bits_are_zero);
        if self.layer() == 1 {
            assert(e & bitmask_inc!(12usize, mw - 1) == e & bitmask_inc!(30usize, mw - 1)) by (bit_vector)
                requires e & bit!(12usize) == 0, e & bitmask_inc!(13usize,29usize) == 0, 32 <= mw <= 52;
        } else if self.layer() == 2 {
            assert(e & bitmask_inc!(12usize, mw - 1) == e & bitmask_inc!(21usize, mw - 1)) by (bit_vector)
                requires e & bit!(12usize) == 0, e & bitmask_inc!(13usize,20usize) == 0, 32 <= mw <= 52;
        }
    }

    
    pub proof fn lemma_new_entry_mb0_bits_are_zero(
        layer: usize,
        address: usize,
        is_page: bool,
        is_writable: bool,
        is_supervisor: bool,
        is_writethrough: bool,
        disable_cache: bool,
        disable_execute: bool,
        )
        requires
            layer <= 3,
            if is_page { 0 < layer } else { layer < 3 },
            addr_is_zero_padded(layer as nat, address, is_page),
            address & MASK_ADDR == address,
        ensures
            ({ let e = address
                | MASK_FLAG_P
                | if is_page && layer != 3 { MASK_L1_PG_FLAG_PS } else { 0 }
                | if is_writable           { MASK_FLAG_RW }       else { 0 }
                | if is_supervisor         { 0 }                  else { MASK_FLAG_US }
                | if is_writethrough       { MASK_FLAG_PWT }      else { 0 }
                | if disable_cache         { MASK_FLAG_PCD }      else { 0 }
                | if disable_execute       { MASK_FLAG_XD }       else { 0 };
               (PDE { entry: e, layer: Ghost(layer as nat) }).all_mb0_bits_are_zero()
            }),
    {
        let or1 = MASK_FLAG_P;
        let or2 = if is_page && layer != 3 { MASK_L1_PG_FLAG_PS } else { 0 };
        let or3 = if is_writable           { MASK_FLAG_RW }       else { 0 };
        let or4 = if is_supervisor         { 0 }                  else { MASK_FLAG_US };
        let or5 = if is_writethrough       { MASK_FLAG_PWT }      else { 0 };
        let or6 = if disable_cache         { MASK_FLAG_PCD }      else { 0 };
        let or7 = if disable_execute       { MASK_FLAG_XD }       else { 0 };
        let e = address | or1 | or2 | or3 | or4 | or5 | or6 | or7;
        let mw: usize = MAX_PHYADDR_WIDTH;
        assert(forall|a:usize| #![auto] a == a | 0) by (bit_vector);

        axiom_max_phyaddr_width_facts();
        assert(forall|a:usize,i:usize| #![auto] i < 12 ==> a & bitmask_inc!(12usize,sub(mw,1)) == a ==> a & bit!(i) == 0) by (bit_vector)
            requires 32 <= mw <= 52;
        assert(forall|a:usize,i:usize| #![auto] i != 7 && (a & bit!(7usize) == 0) ==> (a | bit!(i)) & bit!(7usize) == 0) by (bit_vector);
        assert(forall|a:usize,i:usize| #![auto] i < 13 && (a & bitmask_inc!(13usize,29usize) == 0) ==> ((a | bit!(i)) & bitmask_inc!(13usize,29usize) == 0)) by (bit_vector);
        assert(forall|a:usize,i:usize| #![auto] i > 29 && (a & bitmask_inc!(13usize,29usize) == 0) ==> ((a | bit!(i)) & bitmask_inc!(13usize,29usize) == 0)) by (bit_vector);
        assert(forall|a:usize,i:usize| #![auto] i < 13 && (a & bitmask_inc!(13usize,20usize) == 0) ==> ((a | bit!(i)) & bitmask_inc!(13usize,20usize) == 0)) by (bit_vector);
        assert(forall|a:usize,i:usize| #![auto] i > 20 && (a & bitmask_inc!(13usize,20usize) == 0) ==> ((a | bit!(i)) & bitmask_inc!(13usize,20usize) == 0)) by (bit_vector);
        assert(forall|a:usize,i:usize| #![auto] i < mw && (a & bitmask_inc!(mw,51usize)    == 0) ==> ((a | bit!(i)) & bitmask_inc!(mw,51usize) == 0)) by (bit_vector);
        assert(forall|a:usize,i:usize| #![auto] i > 51 && (a & bitmask_inc!(mw,51usize)    == 0) ==> ((a | bit!(i)) & bitmask_inc!(mw,51usize) == 0)) by (bit_vector)
            requires mw <= 52;
        assert(address & bitmask_inc!(mw, 51) == 0) by (bit_vector)
            requires
                address & bitmask_inc!(12usize, mw - 1) == address,
                32 <= mw <= 52;
        assert(forall|a:usize,i:usize| #![auto] i < mw && (a & bitmask_inc!(mw,62usize)    == 0) ==> ((a | bit!(i)) & bitmask_inc!(mw,62usize) == 0)) by (bit_vector);
        assert(forall|a:usize,i:usize| #![auto] i > 62 && (a & bitmask_inc!(mw,62usize)    == 0) ==> ((a | bit!(i)) & bitmask_inc!(mw,62usize) == 0)) by (bit_vector)
            requires mw <= 52;
        assert(address & bitmask_inc!(mw, 62) == 0) by (bit_vector)
            requires
                address & bitmask_inc!(12usize, mw - 1) == address,
                32 <= mw <= 52;
        PDE::lemma_new_entry_addr_mask_is_address(layer, address, is_page, is_writable, is_supervisor, is_writethrough, disable_cache, disable_execute);
        if layer == 0 {
            assert(!is_page);
            assert(e & bit!(7usize) == 0);
            assert(e & bitmask_inc!(MAX_PHYADDR_WIDTH, 51) == 0);
        } else if layer == 1 {
            if is_page {
                assert(address & bitmask_inc!(30usize,sub(mw,1)) == address ==> address & bitmask_inc!(13usize,29usize) == 0) by (bit_vector);
                assert(e & bitmask_inc!(13usize,29usize) == 0);
                assert(e & bitmask_inc!(MAX_PHYADDR_WIDTH, 51) == 0);
            } else {
                assert(e & bit!(7usize) == 0);
                assert(e & bitmask_inc!(MAX_PHYADDR_WIDTH, 51) == 0);
            }
        } else if layer == 2 {
            if is_page {
                assert(address & bitmask_inc!(21usize,sub(mw,1)) == address ==> address & bitmask_inc!(13usize,20usize) == 0) by (bit_vector);
                assert(e & bitmask_inc!(13usize,20usize) == 0);
                assert(e & bitmask_inc!(MAX_PHYADDR_WIDTH, 62) == 0);
            } else {
                assert(e & bit!(7usize) == 0);
                assert(e & bitmask_inc!(MAX_PHYADDR_WIDTH, 62) == 0);
            }
        } else if layer == 3 {
            assert(is_page);
            // assert(e & bit!(7usize) == 0);
            assert(e & bitmask_inc!(MAX_PHYADDR_WIDTH, 62) == 0);
        } else { assert(false); }

        let pde = PDE { entry: e, layer: Ghost(layer as nat) };
        reveal(PDE::all_mb0_bits_are_zero);
        assert(pde.all_mb0_bits_are_zero());
    }


    pub proof fn lemma_new_entry_addr_mask_is_address(
        layer: usize,
        address: usize,
        is_page: bool,
        is_writable: bool,
        is_supervisor: bool,
        is_writethrough: bool,
        disable_cache: bool,
        disable_execute: bool,
        )
        requires
            layer <= 3,
            if is_page { 0 < layer } else { layer < 3 },
            addr_is_zero_padded(layer as nat, address, is_page),
            address & MASK_ADDR == address,
        ensures
            ({ let e = address
                | MASK_FLAG_P
                | if is_page && layer != 3 { MASK_L1_PG_FLAG_PS }  else { 0 }
                | if is_writable           { MASK_FLAG_RW }        else { 0 }
                | if is_supervisor         { 0 }                   else { MASK_FLAG_US }
                | if is_writethrough       { MASK_FLAG_PWT }       else { 0 }
                | if disable_cache         { MASK_FLAG_PCD }       else { 0 }
                | if disable_execute       { MASK_FLAG_XD }        else { 0 };
               &&& e & MASK_ADDR == address
               &&& e & MASK_FLAG_P == MASK_FLAG_P
               &&& (e & MASK_L1_PG_FLAG_PS == MASK_L1_PG_FLAG_PS) == (is_page && layer != 3)
               &&& (e & MASK_FLAG_RW == MASK_FLAG_RW) == is_writable
               &&& (e & MASK_FLAG_US == MASK_FLAG_US) == !is_supervisor
               &&& (e & MASK_FLAG_PWT == MASK_FLAG_PWT) == is_writethrough
               &&& (e & MASK_FLAG_PCD == MASK_FLAG_PCD) == disable_cache
               &&& (e & MASK_FLAG_XD == MASK_FLAG_XD) == disable_execute
               &&& (is_page && layer == 1 ==> e & MASK_PG_FLAG_PAT == 0)
               &&& (is_page && layer == 2 ==> e & MASK_PG_FLAG_PAT == 0)
               &&& e & bit!(5) == 0
               &&& e & bit!(6) == 0
            }),
    {
        let or1 = MASK_FLAG_P;
        let or2 = if is_page && layer != 3 { MASK_L1_PG_FLAG_PS }  else { 0 };
        let or3 = if is_writable           { MASK_FLAG_RW }        else { 0 };
        let or4 = if is_supervisor         { 0 }                   else { MASK_FLAG_US };
        let or5 = if is_writethrough       { MASK_FLAG_PWT }       else { 0 };
        let or6 = if disable_cache         { MASK_FLAG_PCD }       else { 0 };
        let or7 = if disable_execute       { MASK_FLAG_XD }        else { 0 };
        let e = address | or1 | or2 | or3 | or4 | or5 | or6 | or7;
        let mw: usize = MAX_PHYADDR_WIDTH;
        axiom_max_phyaddr_width_facts();
        assert(forall|a:usize,x:usize| x < 64 && (a & bit!(x) == 0) ==> a & bit!(x) != bit!(x)) by (bit_vector);
        assert(forall|a:usize| #![auto] a == a | 0) by (bit_vector);
        assert(forall|a:usize,i:usize| #![auto] i < 12 ==> a & bitmask_inc!(12usize, sub(mw, 1)) == (a | bit!(i))  & bitmask_inc!(12usize, sub(mw, 1))) by (bit_vector)
            requires 32 <= mw <= 52;
        assert(forall|a:usize,i:usize| #![auto] i > sub(mw, 1) ==> a & bitmask_inc!(12usize, sub(mw, 1)) == (a | bit!(i))  & bitmask_inc!(12usize, sub(mw, 1))) by (bit_vector)
            requires 32 <= mw <= 52;

        assert(forall|a:usize,i:usize| #![auto] i < 12 ==> a & bitmask_inc!(12usize, sub(mw, 1)) == a ==> a & bit!(i) == 0) by (bit_vector)
            requires 32 <= mw <= 52;
        assert(forall|a:usize,i:usize| #![auto] i > sub(mw, 1) ==> a & bitmask_inc!(12usize, sub(mw, 1)) == a ==> a & bit!(i) == 0) by (bit_vector)
            requires 32 <= mw <= 52;
        assert(forall|a:usize,i:usize| #![auto] i < 64 ==> a & bit!(i) == 0 ==> (a | bit!(i)) & bit!(i) == bit!(i)) by (bit_vector);
        assert(forall|a:usize,i:usize,j:usize| #![auto] i != j ==> a & bit!(i) == (a | bit!(j)) & bit!(i)) by (bit_vector);
        assert({
            &&& is_page && layer == 1 ==> e & MASK_PG_FLAG_PAT == 0
            &&& is_page && layer == 2 ==> e & MASK_PG_FLAG_PAT == 0
        }) by {
            if is_page && layer == 1 {
                assert(address & bit!(12usize) == 0) by (bit_vector)
                    requires address & bitmask_inc!(30usize, sub(mw, 1)) == address;
            }
            if is_page && layer == 2 {
                assert(address & bit!(12usize) == 0) by (bit_vector)
                    requires address & bitmask_inc!(21usize, sub(mw, 1)) == address;
            }
        };
    }

    
    
    pub fn new_entry(
        layer: usize,
        address: usize,
        is_page: bool,
        is_writable: bool,
        is_supervisor: bool,
        is_writethrough: bool,
        disable_cache: bool,
        disable_execute: bool,
        ) -> (r: PDE)
        requires
            layer <= 3,
            if is_page { 0 < layer } else { layer < 3 },
            addr_is_zero_padded(layer as nat, address, is_page),
            address & MASK_ADDR == address,
        ensures
            r.all_mb0_bits_are_zero(),
            if is_page { r@ is Page && r@->Page_addr == address } else { r@ is Directory && r@->Directory_addr == address},
            r.hp_pat_is_zero(),
            r.entry & bit!(5) == 0,
            r.entry & bit!(6) == 0,
            r.layer@ == layer,
            r.entry & MASK_ADDR == address,
            r.entry & MASK_FLAG_P == MASK_FLAG_P,
            (r.entry & MASK_L1_PG_FLAG_PS == MASK_L1_PG_FLAG_PS) == (is_page && layer != 3),
            (r.entry & MASK_FLAG_RW == MASK_FLAG_RW) == is_writable,
            (r.entry & MASK_FLAG_US == MASK_FLAG_US) == !is_supervisor,
            (r.entry & MASK_FLAG_PWT == MASK_FLAG_PWT) == is_writethrough,
            (r.entry & MASK_FLAG_PCD == MASK_FLAG_PCD) == disable_cache,
            (r.entry & MASK_FLAG_XD == MASK_FLAG_XD) == disable_execute,
    {
        let e =
        PDE {
            entry: {
                address
                | MASK_FLAG_P
                | if is_page && layer != 3 { MASK_L1_PG_FLAG_PS }  else { 0 }
                | if is_writable           { MASK_FLAG_RW }        else { 0 }
                | if is_supervisor         { 0 }                   else { MASK_FLAG_US }
                | if is_writethrough       { MASK_FLAG_PWT }       else { 0 }
                | if disable_cache         { MASK_FLAG_PCD }       else { 0 }
                | if disable_execute       { MASK_FLAG_XD }        else { 0 }
            },
            layer: Ghost(layer as nat),
        };

        proof {
            PDE::lemma_new_entry_addr_mask_is_address(layer, address, is_page, is_writable, is_supervisor, is_writethrough, disable_cache, disable_execute);
            PDE::lemma_new_entry_mb0_bits_are_zero(layer, address, is_page, is_writable, is_supervisor, is_writethrough, disable_cache, disable_execute);
            if is_page { e.lemma_addr_mask_when_hp_pat_is_zero(); }
        }
        e
    }

    
    
    
    
    }


// Page table methods are in a separate module for namespacing, since we can't use a struct + impl
// (To use a struct we'd have to keep a &mut reference to the memory in the struct, which Verus
// doesn't support. Or we keep an owned copy but then can't have an external interface that mutably
// borrows a memory.)

} // verus!
}
//#[cfg(feature = "impl")]
//pub mod l2_refinement;
}
pub mod definitions_u {
use vstd::prelude::*;

use crate::spec_t::mmu::defs::{
    MAX_PHYADDR, Flags, ArchExec, ArchLayerExec, Arch, ArchLayer, X86_NUM_ENTRIES, X86_NUM_LAYERS
};

verus! {




// Sometimes z3 needs these concrete bounds to prove the no-overflow VC

// Architecture

// page_size, next_sizes
// 2**40    , [ 2 ** 30, 2 ** 20 ]
// 2**30    , [ 2 ** 20 ]
// 2**20    , [ ]

// [es0 # es1 , es2 , es3 ] // entry_size
// [1T  # 1G  , 1M  , 1K  ] // pages mapped at this level are this size <--

// [n0  # n1  , n2  , n3  ] // number_of_entries
// [1   # 1024, 1024, 1024]

// es1 == es0 / n1 -- n1 * es1 == es0
// es2 == es1 / n2 -- n2 * es2 == es1
// es3 == es2 / n3 -- n3 * es3 == es2

// [es0  #  es1 , es2 , es3 , es4 ] // entry_size
// [256T #  512G, 1G  , 2M  , 4K  ]
// [n0   #  n1  , n2  , n3  , n4  ] // number_of_entries
// [     #  512 , 512 , 512 , 512 ]
// [     #  9   , 9   , 9   , 9   , 12  ]

impl Clone for ArchLayerExec {
    fn clone(&self) -> Self {
        ArchLayerExec {
            entry_size: self.entry_size,
            num_entries: self.num_entries,
        }
    }
}

impl ArchLayerExec {
    pub open spec fn view(self) -> ArchLayer {
        ArchLayer {
            entry_size: self.entry_size as nat,
            num_entries: self.num_entries as nat,
        }
    }
}

impl ArchExec {
    pub open spec fn view(self) -> Arch {
        Arch {
            layers: self.layers@.map(|i: int, l: ArchLayerExec| l@),
        }
    }

    
    
    
    
    }




}

}
pub mod spec_t {
pub mod mmu {
// trusted: definitions for the trusted low-level hardware model

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

pub spec const MASK_DIR_ADDR_SPEC: usize = MASK_ADDR;

#[verifier::when_used_as_spec(MASK_DIR_ADDR_SPEC)]
pub exec const MASK_DIR_ADDR: usize ensures MASK_DIR_ADDR == MASK_DIR_ADDR_SPEC {
    MASK_ADDR
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

    pub open spec fn layer(self) -> nat {
        self.layer@
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


pub open spec(checked) fn align_to_usize(a: usize, b: usize) -> usize {
    sub(a, a % b)
}

pub open spec(checked) fn aligned(addr: nat, size: nat) -> bool {
    addr % size == 0
}

pub open spec fn between(x: nat, a: nat, b: nat) -> bool {
    a <= x && x < b
}

pub open spec fn new_seq<T>(i: nat, e: T) -> Seq<T>
    decreases i,
{
    if i == 0 {
        seq![]
    } else {
        new_seq((i - 1) as nat, e).push(e)
    }
}

#[derive(Copy, Clone)]
pub struct Core {
    pub node_id: nat,
    pub core_id: nat,
}

pub enum LoadResult {
    Pagefault,
    Value(Seq<u8>),
}

pub enum StoreResult {
    Pagefault,
    Ok,
}

#[allow(inconsistent_fields)]
pub enum MemOp {
    Load { is_exec: bool, size: nat, result: LoadResult },
    Store { new_value: Seq<u8>, result: StoreResult },
}


pub struct MemRegion {
    pub base: nat,
    pub size: nat,
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
pub struct MemRegionExec { pub base: usize, pub size: usize }

impl MemRegionExec {
    pub open spec fn view(self) -> MemRegion {
        MemRegion { base: self.base as nat, size: self.size as nat }
    }
}

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

#[derive(Copy, Clone)]
pub struct PageTableEntryExec {
    pub frame: MemRegionExec,
    pub flags: Flags,
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

    
    
    
    
    }

pub struct ArchLayerExec {
    /// Address space size mapped by a single entry at this layer
    pub entry_size: usize,
    /// Number of entries of at this layer
    pub num_entries: usize,
}

pub struct ArchExec {
    pub layers: [ArchLayerExec; 4],
}

pub exec const x86_arch_exec: ArchExec ensures x86_arch_exec@ == x86_arch_spec {
    let layers = [
        ArchLayerExec { entry_size: L0_ENTRY_SIZE, num_entries: 512 },
        ArchLayerExec { entry_size: L1_ENTRY_SIZE, num_entries: 512 },
        ArchLayerExec { entry_size: L2_ENTRY_SIZE, num_entries: 512 },
        ArchLayerExec { entry_size: L3_ENTRY_SIZE, num_entries: 512 },
    ];
    assert(x86_arch_spec.layers =~= layers@.map(|n,e:ArchLayerExec| e@));
    ArchExec { layers }
}

pub spec const x86_arch_spec: Arch = Arch {
    layers: seq![
        ArchLayer { entry_size: L0_ENTRY_SIZE as nat, num_entries: 512 },
        ArchLayer { entry_size: L1_ENTRY_SIZE as nat, num_entries: 512 },
        ArchLayer { entry_size: L2_ENTRY_SIZE as nat, num_entries: 512 },
        ArchLayer { entry_size: L3_ENTRY_SIZE as nat, num_entries: 512 },
    ],
};


pub proof fn lemma_x86_arch_spec_inv()
    ensures x86_arch_spec.inv()
{}




} // verus!
}

use vstd::prelude::*;
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{
    Flags, L1_ENTRY_SIZE, L2_ENTRY_SIZE, L3_ENTRY_SIZE, MemRegion, bitmask_inc,
    align_to_usize, WORD_SIZE, PAGE_SIZE, MAX_PHYADDR,
};
use crate::spec_t::mmu::defs::{ Core, PTE, MemOp };
use crate::spec_t::mmu::translation::{ PDE, GPDE, l0_bits, l1_bits, l2_bits, l3_bits };

verus! {

// Only used in the simplified hardware models.
// $line_count$Trusted${$



// $line_count$}$








// Only used in the simplified hardware models.
// $line_count$Trusted${$



// $line_count$}$

} // verus!
}
}

use vstd::prelude::verus;
// #[cfg(feature="linuxmodule")]
use vstd::prelude::Tracked;
// #[cfg(feature="linuxmodule")]
use crate::spec_t::mmu::defs::{ PageTableEntryExec, MemRegionExec };
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

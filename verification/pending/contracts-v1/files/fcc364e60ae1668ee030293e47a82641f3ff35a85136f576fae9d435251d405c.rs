// #![feature(nonnull_slice_from_raw_parts)]
//#![no_std]



pub mod spec_t {
pub mod mmu {
// trusted: definitions for the trusted low-level hardware model

pub mod pt_mem {
// trusted: Definitions used in other trusted parts of the code

use vstd::prelude::*;


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

    
    
    
    
    pub broadcast proof fn lemma_write_seq_idle(self, writes: Seq<(usize, usize)>, addr: usize)
        requires forall|i| 0 <= i < writes.len() ==> (#[trigger] writes[i]).0 != addr
        ensures #[trigger] self.write_seq(writes).read(addr) == self.read(addr)
        decreases writes.len()
    {
        if writes.len() == 0 {
        } else {
            broadcast use PTMem::lemma_write_seq;
            self.lemma_write_seq_idle(writes.drop_last(), addr)
        }
    }

    
    
    #[verifier::external_body]
    pub broadcast proof fn lemma_write_seq(self, writes: Seq<(usize, usize)>)
        ensures #![trigger self.write_seq(writes)]
            self.write_seq(writes).pml4 == self.pml4,
            self.mem.dom().subset_of(self.write_seq(writes).mem.dom()),
        decreases writes.len()
    {
        unimplemented!()
    }

    }


} // verus!
}

use vstd::prelude::*;

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


use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::atomic_ghost::*;
use vstd::cell::pcell_maybe_uninit::*;
use vstd::prelude::*;
use vstd::*;
use vstd::raw_ptr::MemContents;

use std::sync::atomic::*;

verus! {

// A simple counter, albeit with nothing verified about it.


// Thread-safe lazy initialization
pub tracked enum GhostState<T: 'static> {
    Uninitialized(PointsTo<Option<T>>),
    Initializing,
    Initialized(&'static PointsTo<Option<T>>),
}

struct_with_invariants!{
    struct Lazy<T: 'static> {
        pub cell: PCell<Option<T>>,
        pub state: vstd::atomic_ghost::AtomicU64<_, GhostState<T>, _>
    }

    spec fn wf(&self) -> bool {
        invariant on state with (cell) is (v: u64, g: GhostState<T>) {
            // State = 0: Uninitialized
            // State = 1: currently initializing
            // State = 2: is initialized
            match g {
                GhostState::Uninitialized(points_to) => {
                    v == 0
                      && points_to.id() == cell.id()
                      && (points_to.mem_contents() == MemContents::Init(None))
                }
                GhostState::Initializing => {
                    v == 1
                }
                GhostState::Initialized(points_to) => {
                    v == 2
                      && points_to.id() == cell.id()
                      && (points_to.mem_contents() matches MemContents::Init(Some(_)))
                }
            }
        }
    }
}

trait Initializable: Sized {
    }

impl<T: Initializable> Lazy<T> {
    const fn new() -> (s: Self)
        ensures
            s.wf(),
    {
        let (pcell, Tracked(points_to)) = PCell::new(None);
        Lazy {
            cell: pcell,
            state: vstd::atomic_ghost::AtomicU64::new(
                Ghost(pcell),
                0,
                Tracked(GhostState::Uninitialized(points_to)),
            ),
        }
    }

    }

// Example usage





} // verus!

 // suppress warnings about variable names in PMDK

use vstd::pervasive::runtime_assert;
use vstd::prelude::*;

pub mod multilog {
pub mod append_v {
//! This file contains lemmas about tentatively appending to a
//! multilog.
//!
//! The code in this file is verified and untrusted (as indicated by
//! the `_v.rs` suffix), so you don't have to read it to be confident
//! of the system's correctness.

use crate::multilog::inv_v::*;
use crate::multilog::layout_v::*;

verus! {

    // This lemma establishes useful facts about performing a
    // contiguous write to effect a tentative append:
    //
    // 1) It's permitted because a crash after the write is initiated
    //    doesn't affect the post-recovery abstract state.
    //
    // 2) It maintains invariants, if `infos` and `state` are updated
    //    in a certain way.
    //
    // Parameters:
    //
    // `pm_regions_view` -- the view of the persistent memory regions
    // before the write
    //
    // `multilog_id` -- the ID of the multilog stored on that memory
    //
    // `num_logs` -- the number of logs in the multilog
    //
    // `which_log` -- which log among the logs is being tentatively
    // appended to
    //
    // `bytes_to_append` -- what bytes are being tentatively appended
    //
    // `cdb` -- the current corruption-detecting boolean value
    //
    // `prev_infos` -- the pre-append `infos` value
    //
    // `prev_state` -- the pre-append abstract state
    
    // This lemma establishes useful facts about performing two
    // contiguous writes, one at the end of the log area and one at
    // the beginning, to effect a tentative append:
    //
    // 1) Each write is permitted because a crash after it's initiated
    // doesn't affect the post-recovery abstract state.
    //
    // 2) The pair of writes maintains invariants, if `infos` and
    // `state` are updated in a certain way.
    //
    // Parameters:
    //
    // `pm_regions_view` -- the view of the persistent memory regions
    // before the write
    //
    // `multilog_id` -- the ID of the multilog stored on that memory
    //
    // `num_logs` -- the number of logs in the multilog
    //
    // `which_log` -- which log among the logs is being tentatively
    // appended to
    //
    // `bytes_to_append` -- what bytes are being tentatively appended
    //
    // `cdb` -- the current corruption-detecting boolean value
    //
    // `prev_infos` -- the pre-append `infos` value
    //
    // `prev_state` -- the pre-append abstract state
    
}
}
pub mod inv_v {
//! This file contains functions describing invariants of a
//! `UntrustedMultiLogImpl`, as well as lemmas about those invariants.
//!
//! The code in this file is verified and untrusted (as indicated by
//! the `_v.rs` suffix), so you don't have to read it to be confident
//! of the system's correctness.
//!

use crate::multilog::layout_v::*;

verus! {

    
    // This trivial function indicating whether a given log index is
    // valid is used for triggering numerous `forall` invariants.
    
    // This invariant says that there are no outstanding writes to any
    // part of the metadata subregion of any persistent-memory region.
    // It's temporarily violated in the middle of various operations,
    // of course, but it's always restored before finishing an
    // operation.
    
    
    
    
    
    // This invariant is similar to no_outstanding_writes_to_metadata, except that it allows outstanding writes
    // to the inactive log metadata region.
        
    
    // This lemma establishes some facts about the size of some metadata structures using spec_padding_needed. spec_padding_needed
    // is expensive to reveal in a proof, and in some cases this is all we need to know, so we can invoke the lemma rather than 
    // revealing spec_padding_needed and save a little bit of time.
    
    // This invariant says that there are no outstanding writes to the
    // CDB area of persistent memory, and that the committed contents
    // of that area correspond to the given boolean `cdb`.
    
    
    // This invariant says that there are no outstanding writes to the
    // activate metadata subregion of the persistent-memory region
    // (i.e., everything but the log area and the log metadata
    // corresponding to `!cdb`). It also says that that metadata is
    // consistent with the log information in `info` and various other
    // in-memory variables given in parameters. The parameters to this
    // function are:
    //
    // `pm_region_view` -- the current view of the persistent memory region
    //
    // `multilog_id` -- the GUID of the multilog
    //
    // `num_logs` -- the number of logs in the multilog
    //
    // `which_log` -- which of the multilog's logs `pm_region_view` stores
    //
    // `cdb` -- the current boolean value of the corruption-detection
    // boolean
    //
    // `info` -- various variables describing information about this
    // log
    
    // This lemma proves that, if all regions are consistent wrt a new CDB, and then we
    // write and flush that CDB, the regions stay consistent with info.
    
    // This invariant says that `metadata_consistent_with_info` holds
    // for each region of the given persistent memory regions view
    // `pm_regions_view`.
    
    // This invariant says that the log area of the given
    // persistent-memory region view is consistent with both the log
    // information `info` and the abstract log state `state`. Also,
    // `info` satisfies certain invariant properties and is consistent
    // with `state`.
    //
    // This means three things for every relative log position
    // `pos` and its corresponding persistent-memory byte `pmb`:
    //
    // 1) If `0 <= pos < log_length`, then `pmb` has no outstanding
    // writes and its committed content is the byte in the abstract
    // log at position `pos`. This is critical so that recovery will
    // recover to the right abstract log.
    //
    // 2) If `log_length <= pos < log_plus_pending_length`, then `pmb`
    // may or may not have outstanding writes. But when/if it gets
    // flushed, its content will be the byte in the abstract pending
    // appends at position `pos - log_length`. This is useful so that,
    // when a commit is requested, a flush is all that's needed to
    // durably write the pending appends.
    //
    // 3) If `log_plus_pending_length <= pos < log_area_len`, then
    // `pmb` has no outstanding writes because it's past the pending
    // tail. This is useful so that, if there are further pending
    // appends, they can be written into this part of the log area.
    
    // This invariant says that `info_consistent_with_log_area` holds
    // for all logs in the multilog.
    
    
    
    
    
    // This lemma helps us establish that metadata types are set in the a region even when we obtain 
    // a view of its bytes in different ways.
    
    
    
    
    // This lemma proves that, for any address in the log area of the
    // given persistent memory view, it corresponds to a specific
    // logical position in the abstract log relative to the head. That
    // logical position `pos` satisfies `0 <= pos < log_area_len`.
    //
    // It's useful to call this lemma because it takes facts that
    // trigger `pm_region_view.state[addr]` and turns them into facts
    // that trigger `relative_log_pos_to_log_area_offset`. That's the
    // trigger used in `info_consistent_with_log_area` and
    // `each_info_consistent_with_log_area`.
    
    // This lemma proves that, if various invariants hold for the
    // given persistent-memory view `pm_region_view` and abstract log state
    // `state`, and if that view can crash as contents `mem`, then
    // recovery on `mem` will produce `state.drop_pending_appends()`.
    //
    // `pm_region_view` -- the view of this persistent-memory region
    // `mem` -- a possible memory contents that `pm_region_view` can crash as
    // `multilog_id` -- the ID of the multilog
    // `num_logs` -- the number of logs
    // `which_log` -- which log this region stores
    // `cdb` -- the current value of the corruption-detecting boolean
    // `info` -- the log information
    // `state` -- the abstract log state
    
    // This lemma proves that, if various invariants hold for the
    // given persistent-memory regions view `pm_regions_view` and
    // abstract multilog state `state`, and if that view can crash as
    // contents `mem`, then recovery on `mem` will produce
    // `state.drop_pending_appends()`.
    //
    // `pm_regions_view` -- the persistent memory regions view
    // `mems` -- a possible memory contents that `pm_regions_view` can crash as
    // `multilog_id` -- the ID of the multilog
    // `num_logs` -- the number of logs
    // `cdb` -- the current value of the corruption-detecting boolean
    // `infos` -- the log information
    // `state` -- the abstract multilog state
    
    // This exported lemma proves that, if various invariants hold for
    // the given persistent memory regions view `pm_regions_view` and
    // abstract multilog state `state`, then for any contents `mem`
    // the view can recover into, recovery on `mem` will produce
    // `state.drop_pending_appends()`.
    //
    // `pm_regions_view` -- the persistent memory regions view
    // `multilog_id` -- the ID of the multilog
    // `num_logs` -- the number of logs
    // `cdb` -- the current value of the corruption-detecting boolean
    // `infos` -- the log information
    // `state` -- the abstract multilog state
    
    // This lemma establishes that, if one updates the inactive
    // log metadata in a region, this will maintain various
    // invariants. The "inactive" log metadata is the
    // metadata corresponding to the negation of the current
    // corruption-detecting boolean.
    //
    // `pm_regions_view` -- the persistent memory regions view
    // `multilog_id` -- the ID of the multilog
    // `num_logs` -- the number of logs
    // `cdb` -- the current value of the corruption-detecting boolean
    // `infos` -- the log information
    // `state` -- the abstract multilog state
    // `which_log` -- region on which the inactive level-3 metadata will be overwritten
    // `bytes_to_write` -- bytes to be written to the inactive log metadata area
    
    // This lemma establishes that, if one updates the inactive
    // log metadata in a region, this will maintain various
    // invariants. The "inactive" log metadata is the
    // metadata corresponding to the negation of the current
    // corruption-detecting boolean.
    //
    // `pm_regions_view` -- the persistent memory regions view
    // `multilog_id` -- the ID of the multilog
    // `num_logs` -- the number of logs
    // `cdb` -- the current value of the corruption-detecting boolean
    // `infos` -- the log information
    // `state` -- the abstract multilog state
    // `which_log` -- region on which the inactive log metadata will be overwritten
    // `bytes_to_write` -- bytes to be written to the inactive log metadata area
    
    // This lemma establishes that, if one flushes persistent memory,
    // this will maintain various invariants.
    //
    // `pm_regions_view` -- the persistent memory regions view
    // `multilog_id` -- the ID of the multilog
    // `num_logs` -- the number of logs
    // `cdb` -- the current value of the corruption-detecting boolean
    // `infos` -- the log information
    // `state` -- the abstract multilog state
    
    // This lemma proves that if the active metadata is the same in each log between two PersistentMemoryRegions,
    // and one set of logs has its metadata types set, then the other also has its metadata types set.
    // 
    // `pm1` -- the multilog that has metadata types set
    // `pm2` -- a multilog with equal active metadata to pm1
    // `cdb` -- the current CDB of pm1 (and pm2)
    
    // This lemma proves that metadata types are set after updating the logs' CDB if we have properly
    // set the inactive metadata beforehand.
    //
    // `old_pm_regions_view` -- the initial state of PM
    // `new_pm_regions_view` -- the same PM state, but with its CDB updated
    // `log_id` -- the ID of the multilog
    // `new_cdb_bytes` -- a byte representation of the new CDB value. 
    // `old_cdb` -- the current CDB, as a boolean, of `old_pm_regions_view``
    
    // This lemma proves that if there are no outstanding writes to active metadata, and metadata types are set,
    // then metadata types remain set if the persistent memory regions are flushed.
    // 
    // `pm_regions_view` -- a PM state with metadata types set and no outstanding writes to active metadata
    // `cdb` -- the current CDB of `pm_regions_view`
    
    // This lemma proves that active metadata remains the same after writing to inactive metadata.
    //
    // `wrpm_regions_old` -- an initial PM state
    // `wrpm_regions_new` -- the same PM state after a write to bytes in inactive metadata of one of the logs
    // `which_log` -- which log was written to 
    // `addr` -- the address that was written to; must be within the inactive metadata of the specified log
    // `bytes_to_write` -- the bytes that were written to `addr`
    // `cdb` -- the current CDB of `wrpm_regions_old` (and `wrpm_regions_new`)
    }
}
pub mod layout_v {
//! This file describes the persistent-memory layout used by the
//! multilog implementation.
//!
//! The code in this file is verified and untrusted (as indicated by
//! the `_v.rs` suffix), so you don't have to read it to be confident
//! of the system's correctness.
//!
//! Each persistent-memory region used to store a log will have the following layout.
//!
//! Global metadata:   Metadata whose length is constant across all versions and
//!                    the same for each region/log
//! Region metadata:   Per-region metadata that does not change over the course
//!                    of execution.
//! Log metadata:      Per-log metadata that changes as the data changes, so it
//!                    has two versions and a corruption-detecting boolean
//!                    distinguishing which of those two versions is active
//! Log area:          Area where log is written
//!
//! Only the first region's corruption-detecting boolean is used, and
//! it dictates which log metadata is used on *all* regions. The
//! corruption-detecting boolean on all other regions is ignored.
//!
//! Global metadata (absolute offsets):
//!   bytes 0..8:     Version number of the program that created this metadata
//!   bytes 8..16:    Length of region metadata, not including CRC
//!   bytes 16..32:   Program GUID for this program  
//!   bytes 32..40:   CRC of the above 32 bytes
//!
//! Region metadata (absolute offsets):
//!   bytes 40..44:   Number of logs in the multilog
//!   bytes 44..48:   Index of this log in the multilog
//!   bytes 48..56:   Unused padding bytes
//!   bytes 56..64:   This region's size
//!   bytes 64..72:   Length of log area (LoLA)
//!   bytes 72..88:   Multilog ID
//!   bytes 88..96:   CRC of the above 48 bytes
//!
//! Log metadata (relative offsets):
//!   bytes 0..8:     Log length
//!   bytes 8..16:    Unused padding bytes
//!   bytes 16..32:   Log head virtual position
//!   bytes 32..40:   CRC of the above 32 bytes
//!
//! Log area (relative offsets):
//!   bytes 0..LoLA:   Byte #n is the one whose virtual log position modulo LoLA is n
//!
//! The log area starts at absolute offset 256 to improve Intel Optane DC PMM performance.
//!
//! The way the corruption-detecting boolean (CDB) detects corruption
//! is as follows. To write a CDB to persistent memory, we store one
//! of two eight-byte values: `CDB_FALSE` or `CDB_TRUE`. These are
//! sufficiently different from one another that each is extremely
//! unlikely to be corrupted to become the other. So, if corruption
//! happens, we can detect it by the fact that something other than
//! `CDB_FALSE` or `CDB_TRUE` was read.
//!

use pmsafe::{PmSafe, PmSized};
use core::fmt::Debug;
use vstd::bytes::*;
use vstd::prelude::*;


verus! {

    /// Constants

    // These constants describe the absolute or relative positions of
    // various parts of the layout.
    // TODO: clean these up
                        
                                    
                                        pub const ABSOLUTE_POS_OF_LOG_AREA: u64 = 256;
    pub const MIN_LOG_AREA_SIZE: u64 = 1;

    // This GUID was generated randomly and is meant to describe the
    // multilog program, even if it has future versions.

    
    // The current version number, and the only one whose contents
    // this program can read, is the following:

    
    // These structs represent the different levels of metadata.

        
    
        
    
        
    

    /// Specification functions for extracting metadata from a
    /// persistent-memory region.

    // This function extracts the bytes encoding global metadata from
    // the contents `mem` of a persistent memory region.
    
    
    // This function extracts the CRC of the global metadata from the
    // contents `mem` of a persistent memory region.
    
    
    // This function extracts the bytes encoding region metadata
    // from the contents `mem` of a persistent memory region.
    
    
    // This function extracts the CRC of the region metadata from the
    // contents `mem` of a persistent memory region.
    
    
    // This function extracts the bytes encoding the log metadata's
    // corruption-detecting boolean (i.e., CDB) from the contents
    // `mem` of a persistent memory region.
    
    // This function extracts the log metadata's corruption-detecting boolean
    // (i.e., CDB) from the contents `mem` of a persistent memory
    // region. It returns an Option<bool> with the following meanings:
    //
    // None -- Corruption was detected when reading the CDB
    // Some(true) -- No corruption was detected and the CDB is true
    // Some(false) -- No corruption was detected and the CDB is false
    //
    
    
    
    // This function computes where the log metadata will be in a
    // persistent-memory region given the current boolean value `cdb`
    // of the corruption-detecting boolean.
    
    // This function computes where the log metadata ends in a
    // persistent-memory region (i.e., the index of the byte just past
    // the end of the log metadata) given the current boolean
    // value `cdb` of the corruption-detecting boolean.
    
    // This function extracts the bytes encoding log metadata from
    // the contents `mem` of a persistent memory region. It needs to
    // know the current boolean value `cdb` of the
    // corruption-detecting boolean because there are two possible
    // places for such metadata.
    
    
    // This function extracts the CRC of the log metadata from the
    // contents `mem` of a persistent memory region. It needs to know
    // the current boolean value `cdb` of the corruption-detecting
    // boolean because there are two possible places for that CRC.
    
    
    // This function returns the 4-byte unsigned integer (i.e., u32)
    // encoded at position `pos` in byte sequence `bytes`.
    
    // This function returns the 8-byte unsigned integer (i.e., u64)
    // encoded at position `pos` in byte sequence `bytes`.
    
    // This function returns the 16-byte unsigned integer (i.e., u128)
    // encoded at position `pos` in byte sequence `bytes`.
    
    // This function returns the global metadata encoded as the given
    // bytes `bytes`.
    
    // This function returns the region metadata encoded as the given
    // bytes `bytes`.
    
    // This function returns the log metadata encoded as the given
    // bytes `bytes`.
    
    /// Specification functions for extracting log data from a
    /// persistent-memory region.

    // This function converts a virtual log position (given relative
    // to the virtual log's head) to a memory location (given relative
    // to the beginning of the log area in memory).
    //
    // `pos_relative_to_head` -- the position in the virtual log being
    // asked about, expressed as the number of positions past the
    // virtual head (e.g., if the head is 3 and this is 7, it
    // means position 10 in the virtual log).
    //
    // `head_log_area_offset` -- the offset from the location in the
    // log area in memory containing the head position of the virtual
    // log (e.g., if this is 3, that means the log's head byte is at
    // address ABSOLUTE_POS_OF_LOG_AREA + 3 in the persistent memory
    // region)
    //
    // `log_area_len` -- the length of the log area in memory
    
    // This function extracts the virtual log from the contents of a
    // persistent-memory region.
    //
    // `mem` -- the contents of the persistent-memory region
    //
    // `log_area_len` -- the size of the log area in that region
    //
    // `head` -- the virtual log position of the head
    //
    // `log_length` -- the current length of the virtual log past the
    // head
    
    /// Specification functions for recovering data and metadata from
    /// persistent memory after a crash

    // This function specifies how recovery should treat the contents
    // of a single persistent-memory region as an abstract log state.
    // It only deals with data; it assumes the metadata has already
    // been recovered. Relevant aspects of that metadata are passed in
    // as parameters.
    //
    // `mem` -- the contents of the persistent-memory region
    //
    // `log_area_len` -- the size of the log area in that region
    //
    // `head` -- the virtual log position of the head
    //
    // `log_length` -- the current length of the virtual log past the
    // head
    //
    // Returns an `Option<AbstractLogState>` with the following
    // meaning:
    //
    // `None` -- the given metadata isn't valid
    // `Some(s)` -- `s` is the abstract state represented in memory
    
    // This function specifies how recovery should treat the contents
    // of a single persistent-memory region as an abstract log state.
    // It assumes the corruption-detecting boolean has already been
    // read and is given by `cdb`.
    //
    // `mem` -- the contents of the persistent-memory region
    //
    // `multilog_id` -- the GUID associated with the multilog when it
    // was initialized
    //
    // `num_logs` -- the number of logs overall in the multilog that
    // this region's log is part of
    //
    // `which_log` -- which log, among the logs in the multilog,
    // that this region stores
    //
    // `cdb` -- what value the corruption-detecting boolean has,
    // according to the metadata in region 0
    //
    // Returns an `Option<AbstractLogState>` with the following
    // meaning:
    //
    // `None` -- the metadata on persistent memory isn't consistent
    // with it having been used as a multilog with the given
    // parameters
    //
    // `Some(s)` -- `s` is the abstract state represented in memory
    
    // This function specifies how recovery should treat the contents
    // of a sequence of persistent memory regions as an abstract
    // multilog state. It assumes the corruption-detecting boolean has
    // already been read and is given by `cdb`.
    //
    // `mems` -- the contents of the sequence of persistent memory
    // regions, i.e., a sequence of sequences of bytes, with one
    // sequence of bytes per persistent-memory region
    //
    // `multilog_id` -- the GUID associated with the multilog when it
    // was initialized
    //
    // `cdb` -- what value the corruption-detecting boolean has,
    // according to the metadata in region 0
    //
    // Returns an `Option<AbstractMultiLogState>` with the following
    // meaning:
    //
    // `None` -- the metadata on persistent memory isn't consistent
    // with it having been used as a multilog with the given
    // parameters
    //
    // `Some(s)` -- `s` is the abstract state represented in memory
    
    // This function specifies how recovery should recover the
    // corruption-detecting boolean. The input `mem` is the contents
    // of region #0 of the persistent memory regions, since the CDB is
    // only stored there.
    //
    // Returns an `Option<bool>` with the following meaning:
    //
    // `None` -- the metadata on this region isn't consistent
    // with it having been used as a multilog
    //
    // `Some(cdb)` -- `cdb` is the corruption-detecting boolean
    
    // This function specifies how recovery should treat the contents
    // of a sequence of persistent-memory regions as an abstract
    // multilog state.
    //
    // `mems` -- the contents of the persistent memory regions, i.e.,
    // a sequence of sequences of bytes, with one sequence of bytes
    // per persistent-memory region
    //
    // `multilog_id` -- the GUID associated with the multilog when it
    // was initialized
    //
    // Returns an `Option<AbstractMultiLogState>` with the following
    // meaning:
    //
    // `None` -- the metadata on persistent memory isn't consistent
    // with it having been used as a multilog with the given multilog
    // ID
    //
    // `Some(s)` -- `s` is the abstract state represented in memory
    
    /// Useful utility proofs about layout that other files use.

    // This lemma establishes that if a persistent memory regions view
    // `pm_regions_view` has no outstanding writes, and if its committed byte
    // sequence recovers to abstract state `state`, then any state
    // `pm_regions_view` can crash into also recovers that same abstract state.
    
    // This lemma establishes that if persistent memory regions'
    // contents `mems` can successfully be recovered from, then each
    // of its regions has size large enough to hold at least
    // `MIN_LOG_AREA_SIZE` bytes in its log area.
    
    // This lemma establishes that for any `i` and `j`, if
    //
    // `forall |k| i <= k < j ==> mem1[k] == mem2[k]`
    //
    // holds, then
    //
    // `mem1.subrange(i, j) == mem2.subrange(i, j)`
    //
    // also holds.
    //
    // This is an obvious fact, so the body of the lemma is empty.
    // Nevertheless, the lemma is useful because it establishes a
    // trigger. Specifically, it hints Z3 that whenever Z3 is thinking
    // about two terms `mem1.subrange(i, j)` and `mem2.subrange(i, j)`
    // where `mem1` and `mem2` are the specific memory byte sequences
    // passed to this lemma, Z3 should also think about this lemma's
    // conclusion. That is, it should try to prove that
    //
    // `forall |k| i <= k < j ==> mem1[k] == mem2[k]`
    //
    // and, whenever it can prove that, conclude that
    //
    // `mem1.subrange(i, j) == mem2.subrange(i, j)`
    
    // This lemma establishes that if the given persistent memory
    // regions' contents can be recovered to a valid abstract state,
    // then that abstract state is unaffected by
    // `drop_pending_appends`.
    }
}
pub mod multilogimpl_t {
//! This file contains the trusted implementation of a `MultiLogImpl`.
//! Although the verifier is run on this file, it needs to be
//! carefully read and audited to be confident of the correctness of
//! this multilog implementation.
//!
//! Fortunately, it delegates most of its work to an untrusted struct
//! `UntrustedMultiLogImpl`, which doesn't need to be read or audited.
//! It forces the `UntrustedMultiLogImpl` to satisfy certain
//! postconditions, and also places restrictions on what
//! `UntrustedMultiLogImpl` can do to persistent memory. These
//! restrictions ensure that even if the system or process crashes in
//! the middle of an operation, the system will still recover to a
//! consistent state.
//!
//! It requires `UntrustedMultiLogImpl` to implement routines that do the
//! various multilog operations like read and commit.
//!
//! It also requires `UntrustedMultiLogImpl` to provide a function
//! `UntrustedMultiLogImpl::recover`, which specifies what its `start`
//! routine will do to recover after a crash. It requires its `start`
//! routine to satisfy that specification. It also uses it to limit
//! how `UntrustedMultiLogImpl` writes to memory: It can only perform
//! updates that, if incompletely performed before a crash, still
//! leave the system in a valid state. The `recover` function takes a
//! second parameter, the `multilog_id` which is passed to the start
//! routine.
//!
//! It also requires `UntrustedMultiLogImpl` to provide a function `view`
//! that converts the current state into an abstract log. It requires that
//! performing a certain operation on the `UntrustedMultiLogImpl` causes a
//! corresponding update to its abstract view. For instance, calling
//! the `u.commit()` method should cause the resulting `u.view()` to
//! become `old(u).view().commit()`.
//!
//! It also permits `UntrustedMultiLogImpl` to provide a function `inv`
//! that encodes any invariants `UntrustedMultiLogImpl` wants maintained
//! across invocations of its functions. This implementation will then
//! guarantee that `inv` holds on any call to an `UntrustedMultiLogImpl`
//! method, and demand that the method preserve that invariant.




verus! {

    // This is the specification that `MultiLogImpl` provides for data
    // bytes it reads. It says that those bytes are correct unless
    // there was corruption on the persistent memory between the last
    // write and this read.
    
    // This specification function indicates whether a given view of
    // memory can only crash in a way that, after recovery, leads to a
    // certain abstract state.
    
    // A `TrustedMultiLogPermission` is the type of a tracked object
    // indicating permission to update memory. It restricts updates so
    // that if a crash happens, the resulting memory `mem` satisfies
    // `is_state_allowable(mem)`.
    //
    // The struct is defined in this file, and it has a non-public
    // field, so the only code that can create one is in this file.
    // So untrusted code in other files can't create one, and we can
    // rely on it to restrict access to persistent memory.
    
    
    
    // This enumeration represents the various errors that can be
    // returned from multilog operations. They're self-explanatory.
    
    // This executable method can be called to compute a random GUID.
    // It uses the external `rand` crate.
    
    
    
}
}
pub mod multilogimpl_v {
//! This file contains the implementation of `UntrustedMultiLogImpl`,
//! which implements a provably correct multilog.
//!
//! The code in this file is verified and untrusted (as indicated by
//! the `_v.rs` suffix), so you don't have to read it to be confident
//! of the system's correctness.


use crate::multilog::append_v::*;
use crate::multilog::inv_v::*;
use crate::multilog::layout_v::*;
use crate::multilog::multilogimpl_t::*;

verus! {

    // This structure, `LogInfo`, is used by `UntrustedMultiLogImpl`
    // to store information about a single log. Its fields are:
    //
    // `log_area_len` -- how many bytes are in the log area on
    //     persistent memory
    //
    // `head` -- the logical position of the log's head
    //
    // `head_log_area_offset` -- the offset into the log area
    //     holding the byte at the head position. This is
    //     always equal to `head % log_area_len`, and is
    //     cached in this variable to avoid expensive modulo
    //     operations.
    //
    // `log_length` -- the number of bytes in the log beyond the head
    //
    // `log_plus_pending_length` -- the number of bytes in the log and
    //     the pending appends to the log combined
    
    // This structure, `UntrustedMultiLogImpl`, implements a
    // multilog. Its fields are:
    //
    // `num_logs` -- the number of logs in the multilog
    // `cdb` -- the current value of the corruption-detecting boolean
    // `infos` -- a vector of `LogInfo`s, one per log
    // `state` -- the abstract view of the multilog
    
    
}
}
pub mod multilogspec_t {
//! This file contains the trusted specification for an abstract
//! multilog, which has type `AbstractMultiLogState`.
//!
//! Although the verifier is run on this file, it needs to be
//! carefully read and audited to be confident of the correctness of
//! this specification for the multilog implementation.
//!
//! An `AbstractMultiLogState` has the following operations:
//!
//! `initialize(capacities: Seq<u64>) -> AbstractMultiLogState`
//!
//! This static function creates an initial multilog with the given
//! capacities.
//!
//! `num_logs(self) -> nat`
//!
//! This method returns the number of logs in the multilog.
//!
//! `tentatively_append(self, which_log: int, bytes_to_append: Seq<u8>) -> Self`
//!
//! This method tentatively appends the given bytes to the end of the
//! log in the multilog with the given index.
//!
//! `commit(self) -> Self`
//!
//! This method commits all tentative appends atomically across all
//! logs in the multilog.
//!
//! `read(self, which_log: int, pos: int, len: int) -> Seq<u8>`
//!
//! This method reads a certain number of bytes from one of the logs
//! at a certain logical position.
//!
//! `drop_pending_appends(self) -> Self`
//!
//! This method drops all pending appends. It's not meant to be
//! explicitly invoked by clients; it's a model of what clients should
//! consider to have happened during a crash.


verus! {
    
    // An `AbstractLogState` is an abstraction of a single log, of
    // which an abstract multilog is composed. Its fields are:
    //
    // `head` -- the logical position of the first accessible byte
    // in the log
    //
    // `log` -- the accessible bytes in the log, logically starting
    // at position `head`
    //
    // `pending` -- the bytes tentatively appended past the end of the
    // log, which will not become part of the log unless committed
    // and which will be discarded on a crash
    //
    // `capacity` -- the maximum length of the `log` field
    
        
    // An `AbstractMultiLogState` is an abstraction of a collection of
    // logs that can be atomically collectively appended to. It
    // consists of a sequence of logs of type `AbstractLogState`.
    
    
}
}
pub mod setup_v {
//! This file contains functions for setting up persistent memory
//! regions for use in a multilog.
//!
//! The code in this file is verified and untrusted (as indicated by
//! the `_v.rs` suffix), so you don't have to read it to be confident
//! of the system's correctness.

use crate::multilog::layout_v::*;
use crate::multilog::inv_v::*;
use vstd::bytes::*;
use vstd::prelude::*;

verus! {

    // This exported executable function checks whether there's enough
    // space on persistent memory regions to support a multilog.
    //
    // `region_sizes` -- a vector of sizes, one per region
    // `num_regions` -- the number of regions (equal to the length of the `region_sizes` array)
    //
    // The return value is a `Result<(), MultiLogErr>`, meaning the following:
    //
    // `Ok(())` -- there's enough space on each region
    // `Err(err)` -- there isn't enough space, so the caller should return the error `err`.
    
    // This exported function computes the log capacities allowed by the given region sizes.
    pub fn compute_log_capacities(region_sizes: &Vec<u64>) -> (result: Vec<u64>)
        requires
            forall |i: int| 0 <= i < region_sizes.len() ==> region_sizes[i] >= ABSOLUTE_POS_OF_LOG_AREA + MIN_LOG_AREA_SIZE
        ensures
            result.len() == region_sizes.len(),
            forall |i: int| 0 <= i < region_sizes.len() ==>
                #[trigger] result[i] + ABSOLUTE_POS_OF_LOG_AREA == region_sizes[i]
    {
        let mut result = Vec::<u64>::new();
        for which_region in iter: 0..region_sizes.len()
            invariant
                iter.end == region_sizes.len(),
                forall |i: int| 0 <= i < region_sizes.len() ==> region_sizes[i] >= ABSOLUTE_POS_OF_LOG_AREA + MIN_LOG_AREA_SIZE,
                result.len() == which_region,
                forall |i: int| 0 <= i < which_region ==>
                    #[trigger] result[i] + ABSOLUTE_POS_OF_LOG_AREA == region_sizes[i]
        {
            result.push(region_sizes[which_region] - ABSOLUTE_POS_OF_LOG_AREA);
        }
        result
    }

    // This function evaluates whether memory was correctly set up on
    // a single region. It's a helpful specification function for use
    // in later functions in this file.
    //
    // Because answering this question depends on knowing various
    // metadata about this region and the multilog it's part of, the
    // function needs various input parameters for that. Its
    // parameters are:
    //
    // `mem` -- the contents of memory for this region
    // `region_size` -- how big this region is
    // `multilog_id` -- the GUID of the multilog it's being used for
    // `num_logs` -- the number of logs in the multilog
    // `which_log` -- which among those logs this region is for
    
    // This executable function sets up a single region for use in a
    // multilog. To do so, it needs various metadata about this region
    // and the multilog it's part of, so it needs some parameters:
    //
    // `region_size`: how big this region is
    // `multilog_id`: the GUID of the multilog it's being used for
    // `num_logs`: the number of logs in the multilog
    // `which_log`: which among those logs this region is for
    //
    // It also needs the parameter `pm_regions` that gives the
    // persistent memory regions for us to write to. It'll only write
    // to region number `which_log`.
    //
    // The main postcondition is:
    //
    // `memory_correctly_set_up_on_single_region(pm_regions@[which_log as int].flush().committed(),
    //                                           region_size, multilog_id, num_logs, which_log)`
    //
    // This means that, after the next flush, the memory in this
    // region will have been set up correctly. (This function doesn't
    // do the flush, for efficiency. That way we only need one flush
    // operation to flush all regions.)
    
    
    // This exported executable function writes to persistent memory
    // all the metadata necessary to set up a multilog. To do so, it
    // needs some parameters:
    //
    // `region_sizes`: for each region, how big it is
    //
    // `log_capacities`: for each region, what its capacity will be.
    // Note that this parameter is ghost because it's only needed to
    // establish the postcondition described below.
    //
    // `multilog_id`: the GUID of the multilog it's being used for
    //
    // It also needs the parameter `pm_regions` that gives the
    // persistent memory regions for us to write to.
    //
    // The main postcondition is:
    //
    // ```
    // recover_all(pm_regions@.committed(), multilog_id) ==
    //     Some(AbstractMultiLogState::initialize(log_capacities))
    // ```
    //
    // This means that if the recovery routine runs afterward, then
    // the resulting recovered abstract state will be the valid
    // initial value
    // `AbstractMultiLogState::initialize(log_capacities)`.
    
}
}
}

use crate::multilog::layout_v::*;
use crate::multilog::multilogimpl_t::*;
use crate::multilog::multilogimpl_v::*;
use crate::multilog::multilogspec_t::*;

#[cfg(all(target_os = "linux", feature = "pmem"))]
include!("./bindings.rs");


verus! {
// this function is defined outside of the test module so that we can both
// run verification on it and call it in a test to ensure that all operations
// succeed


}

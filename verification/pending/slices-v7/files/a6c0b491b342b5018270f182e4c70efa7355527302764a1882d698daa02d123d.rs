
use vstd::prelude::*;

verus!{

pub mod cuckoo {


pub mod rwlock {

use core::marker::PhantomData;
use verus_state_machines_macros::tokenized_state_machine;
use vstd::atomic_ghost::*;
use vstd::invariant::InvariantPredicate;
use vstd::modes::*;
use vstd::multiset::*;
use vstd::prelude::*;
use vstd::set::*;

tokenized_state_machine!(
RwLockToks<K, V, Pred: InvariantPredicate<K, V>> {
    fields {
        #[sharding(constant)]
        pub k: K,

        #[sharding(constant)]
        pub pred: PhantomData<Pred>,

        #[sharding(variable)]
        pub flag_exc: bool,

        #[sharding(variable)]
        pub flag_rc: nat,

        #[sharding(storage_option)]
        pub storage: Option<V>,

        #[sharding(option)]
        pub pending_writer: Option<()>,

        #[sharding(option)]
        pub writer: Option<()>,

        #[sharding(multiset)]
        pub pending_reader: Multiset<()>,

        #[sharding(multiset)]
        pub reader: Multiset<V>,
    }

    init!{
        initialize_full(k: K, t: V) {
            require Pred::inv(k, t);
            init k = k;
            init pred = PhantomData;
            init flag_exc = false;
            init flag_rc = 0;
            init storage = Option::Some(t);
            init pending_writer = Option::None;
            init writer = Option::None;
            init pending_reader = Multiset::empty();
            init reader = Multiset::empty();
        }
    }

    #[inductive(initialize_full)]
    fn initialize_full_inductive(post: Self, k: K, t: V) {
        broadcast use group_multiset_axioms;
    }

    /// Increment the 'rc' counter, obtain a pending_reader
    transition!{
        acquire_read_start() {
            update flag_rc = pre.flag_rc + 1;
            add pending_reader += {()};
        }
    }

    /// Exchange the pending_reader for a reader by checking
    /// that the 'exc' bit is 0
    transition!{
        acquire_read_end() {
            require(pre.flag_exc == false);

            remove pending_reader -= {()};

            birds_eye let x: V = pre.storage->0;
            add reader += {x};

            assert Pred::inv(pre.k, x);
        }
    }

    /// Decrement the 'rc' counter, abandon the attempt to gain
    /// the 'read' lock.
    transition!{
        acquire_read_abandon() {
            remove pending_reader -= {()};
            assert(pre.flag_rc >= 1);
            update flag_rc = (pre.flag_rc - 1) as nat;
        }
    }

    /// Atomically set 'exc' bit from 'false' to 'true'
    /// Obtain a pending_writer
    transition!{
        acquire_exc_start() {
            require(pre.flag_exc == false);
            update flag_exc = true;
            add pending_writer += Some(());
        }
    }

    /// Finish obtaining the write lock by checking that 'rc' is 0.
    /// Exchange the pending_writer for a writer and withdraw the
    /// stored object.
    transition!{
        acquire_exc_end() {
            require(pre.flag_rc == 0);

            remove pending_writer -= Some(());

            add writer += Some(());

            birds_eye let x = pre.storage->0;
            withdraw storage -= Some(x);

            assert Pred::inv(pre.k, x);
        }
    }

    /// Release the write-lock. Update the 'exc' bit back to 'false'.
    /// Return the 'writer' and also deposit an object back into storage.
    transition!{
        release_exc(x: V) {
            require Pred::inv(pre.k, x);
            remove writer -= Some(());

            update flag_exc = false;

            deposit storage += Some(x);
        }
    }

    /// Check that the 'reader' is actually a guard for the given object.
    property!{
        read_guard(x: V) {
            have reader >= {x};
            guard storage >= Some(x);
        }
    }

    property!{
        read_match(x: V, y: V) {
            have reader >= {x};
            have reader >= {y};
            assert(equal(x, y));
        }
    }

    /// Release the reader-lock. Decrement 'rc' and return the 'reader' object.
    #[transition]
    transition!{
        release_shared(x: V) {
            remove reader -= {x};

            assert(pre.flag_rc >= 1) by {
                //assert(pre.reader.count(x) >= 1);
                assert(equal(pre.storage, Option::Some(x)));
                //assert(equal(x, pre.storage->0));
            };
            update flag_rc = (pre.flag_rc - 1) as nat;
        }
    }

    #[invariant]
    pub fn exc_bit_matches(&self) -> bool {
        (if self.flag_exc { 1 } else { 0 as int }) ==
            (if self.pending_writer is Some { 1 } else { 0 as int }) as int
            + (if self.writer is Some { 1 } else { 0 as int }) as int
    }

    #[invariant]
    pub fn count_matches(&self) -> bool {
        self.flag_rc == self.pending_reader.count(())
            + self.reader.count(self.storage->0)
    }

    #[invariant]
    pub fn reader_agrees_storage(&self) -> bool {
        forall |t: V| imply(#[trigger] self.reader.count(t) > 0,
            equal(self.storage, Option::Some(t)))
    }

    #[invariant]
    pub fn writer_agrees_storage(&self) -> bool {
        imply(self.writer is Some, self.storage is None)
    }

    #[invariant]
    pub fn writer_agrees_storage_rev(&self) -> bool {
        imply(self.storage is None, self.writer is Some)
    }

    #[invariant]
    pub fn sto_user_inv(&self) -> bool {
        self.storage.is_some() ==> Pred::inv(self.k, self.storage.unwrap())
    }

    #[inductive(acquire_read_start)]
    fn acquire_read_start_inductive(pre: Self, post: Self) {
        broadcast use group_multiset_axioms;
    }

    #[inductive(acquire_read_end)]
    fn acquire_read_end_inductive(pre: Self, post: Self) {
        broadcast use group_multiset_axioms;
    }

    #[inductive(acquire_read_abandon)]
    fn acquire_read_abandon_inductive(pre: Self, post: Self) {
        broadcast use group_multiset_axioms;
    }

    #[inductive(acquire_exc_start)]
    fn acquire_exc_start_inductive(pre: Self, post: Self) { }

    #[inductive(acquire_exc_end)]
    fn acquire_exc_end_inductive(pre: Self, post: Self) { }

    #[inductive(release_exc)]
    fn release_exc_inductive(pre: Self, post: Self, x: V) { }

    #[inductive(release_shared)]
    fn release_shared_inductive(pre: Self, post: Self, x: V) {
        broadcast use group_multiset_axioms;
        assert(equal(pre.storage, Option::Some(x)));
    }
});

verus! {

pub trait RwLockPredicate<V>: Sized {
    spec fn inv(self, v: V) -> bool;
}


ghost struct InternalPred<V, Pred> {
    v: V,
    pred: Pred,
}

impl<V, Pred: RwLockPredicate<V>> InvariantPredicate<Pred, V> for InternalPred<V, Pred> {
    closed spec fn inv(k: Pred, v: V) -> bool {
        k.inv(v)
    }
}

struct_with_invariants!{
    /** A verified implementation of a reader-writer lock,
    implemented using atomics and a reference count.

    When constructed, you can provide an invariant via the `Pred` parameter,
    specifying the allowed values that can go in the lock.

    Note that this specification does *not* verify the absence of dead-locks.

    ### Examples

    On construction of a lock, we can specify an invariant for the object that goes inside.
    One way to do this is by providing a `spec_fn`, which implements the [`RwLockPredicate`]
    trait.

    ```rust,ignore
    fn example1() {
        // We can create a lock with an invariant: `v == 5 || v == 13`.
        // Thus only 5 or 13 can be stored in the lock.
        let lock = RwLock::<u64, spec_fn(u64) -> bool>::new(5, Ghost(|v| v == 5 || v == 13));

        let (val, write_handle) = lock.acquire_write();
        assert(val == 5 || val == 13);
        write_handle.release_write(13);

        let read_handle1 = lock.acquire_read();
        let read_handle2 = lock.acquire_read();

        // We can take multiple read handles at the same time:

        let val1 = read_handle1.borrow();
        let val2 = read_handle2.borrow();

        // RwLock has a lemma that both read handles have the same value:

        proof { ReadHandle::lemma_readers_match(&read_handle1, &read_handle2); }
        assert(*val1 == *val2);

        read_handle1.release_read();
        read_handle2.release_read();
    }
    ```

    It's often easier to implement the [`RwLockPredicate`] trait yourself. This way you can
    have a configurable predicate without needing to work with higher-order functions.

    ```rust,ignore
    struct FixedParity {
        pub parity: int,
    }

    impl RwLockPredicate<u64> for FixedParity {
        open spec fn inv(self, v: u64) -> bool {
            v % 2 == self.parity
        }
    }

    fn example2() {
        // Create a lock that can only store even integers
        let lock_even = RwLock::<u64, FixedParity>::new(20, Ghost(FixedParity { parity: 0 }));

        // Create a lock that can only store odd integers
        let lock_odd = RwLock::<u64, FixedParity>::new(23, Ghost(FixedParity { parity: 1 }));

        let read_handle_even = lock_even.acquire_read();
        let val_even = *read_handle_even.borrow();
        assert(val_even % 2 == 0);

        let read_handle_odd = lock_odd.acquire_read();
        let val_odd = *read_handle_odd.borrow();
        assert(val_odd % 2 == 1);
    }
    ```
    */

    pub struct RwLock<V, Pred: RwLockPredicate<V>> {
        exc: AtomicBool<_, RwLockToks::flag_exc<Pred, V, InternalPred<V, Pred>>, _>,
        rc: AtomicUsize<_, RwLockToks::flag_rc<Pred, V, InternalPred<V, Pred>>, _>,

        inst: Tracked<RwLockToks::Instance<Pred, V, InternalPred<V, Pred>>>,
        pred: Ghost<Pred>,
    }

    #[verifier::type_invariant]
    spec fn wf(&self) -> bool {
        invariant on exc with (inst) is (v: bool, g: RwLockToks::flag_exc<Pred, V, InternalPred<V, Pred>>) {
            g.instance_id() == inst@.id()
                && g.value() == v
        }

        invariant on rc with (inst) is (v: usize, g: RwLockToks::flag_rc<Pred, V, InternalPred<V, Pred>>) {
            g.instance_id() == inst@.id()
                && g.value() == v
        }

        predicate {
            self.inst@.k() == self.pred@
        }
    }
}





impl<V, Pred: RwLockPredicate<V>> RwLock<V, Pred> {
    /// Predicate configured for this lock instance.
    pub closed spec fn pred(&self) -> Pred {
        self.pred@
    }

    
    pub fn new(Tracked(val): Tracked<V>, Ghost(pred): Ghost<Pred>) -> (s: Self)
        requires
            pred.inv(val),
        ensures
            s.pred() == pred,
    {
        let tracked (Tracked(inst), Tracked(flag_exc), Tracked(flag_rc), _, _, _, _) =
            RwLockToks::Instance::<Pred, V, InternalPred<V, Pred>>::initialize_full(pred, val, Some(val));
        let inst = Tracked(inst);

        let exc = AtomicBool::new(Ghost(inst), false, Tracked(flag_exc));
        let rc = AtomicUsize::new(Ghost(inst), 0, Tracked(flag_rc));

        RwLock { exc, rc, inst, pred: Ghost(pred) }
    }

    
    
    }

} // verus!
}

use rwlock::*;
use verus_state_machines_macros::tokenized_state_machine;
use vstd::atomic::*;
use vstd::cell::CellId;
use vstd::cell::pcell as pc;
use vstd::invariant::*;
use vstd::prelude::*;
use vstd::tokens::*;

verus! {

type Key = u64;
type Value = u64;

type Row = nat;
type Col = nat;

pub const HEIGHT: usize = 1048576;
pub const WIDTH: usize = 4;

pub closed spec fn hash1(key: Key) -> nat {
    (key as int % HEIGHT as int) as nat
}
pub closed spec fn hash2(key: Key) -> nat {
    let j = (key as int % 1048579) % (HEIGHT - 1);
    ((hash1(key) + j + 1) % HEIGHT as int) as nat
}








tokenized_state_machine!{ Cuckoo {
    fields {
        #[sharding(imap)]
        pub frag: IMap<Key, Option<Value>>,

        #[sharding(imap)]
        pub matrix: IMap<Row, Seq<Option<(Key, Value)>>>,
    }

    init!{
        initialize() {
            init frag = IMap::new(|key| true, |key| None);
            init matrix = IMap::new(
                |p: Row| p < HEIGHT,
                |p: Row| Seq::new(WIDTH as nat, |col| None),
            );
        }
    }

    property!{
        query_none(key: Key) {
            have frag >= [key => let opt_val];
            have matrix >= [hash1(key) => let r1];
            have matrix >= [hash2(key) => let r2];
            require not_in_row(r1, key);
            require not_in_row(r2, key);
            assert opt_val === None;
        }
    }

    property!{
        query_some(key: Key, row: Row, col: Col) {
            have frag >= [key => let opt_val];
            require row < HEIGHT;
            require col < WIDTH;
            have matrix >= [row => let r];
            require let Some((entry_key, entry_value)) = r[col as int];
            require entry_key == key;
            assert opt_val === Some(entry_value);
        }
    }

    property!{
        hash_is_right(key: Key, row: Row, col: Col) {
            require row < HEIGHT;
            require col < WIDTH;
            have matrix >= [row => let r];
            require let Some((entry_key, entry_value)) = r[col as int];
            require entry_key == key;
            assert row == hash1(key) || row == hash2(key);
        }
    }

    transition!{
        delete_key_value(key: Key, row: Row, col: Col) {
            remove frag -= [key => let _];
            require row < HEIGHT;
            require col < WIDTH;
            remove matrix -= [row => let r];
            require let Some((entry_key, entry_value)) = r[col as int];
            require entry_key == key;
            add matrix += [row => r.update(col as int, None)];
            add frag += [key => None];
        }
    }

    transition!{
        update_key_value(key: Key, new_val: Value, row: Row, col: Col) {
            remove frag -= [key => let _];
            require row < HEIGHT;
            require col < WIDTH;
            remove matrix -= [row => let r];
            require let Some((entry_key, entry_value)) = r[col as int];
            require entry_key == key;
            add matrix += [row => r.update(col as int, Some((key, new_val)))];
            add frag += [key => Some(new_val)];
        }
    }

    transition!{
        insert_key_value(key: Key, new_val: Value, row: Row, col: Col) {
            remove frag -= [key => let _];
            require row < HEIGHT;
            require col < WIDTH;
            require row == hash1(key) || row == hash2(key);
            let other_row = if row == hash1(key) { hash2(key) } else { hash1(key) };
            remove matrix -= [row => let r];
            have matrix >= [other_row => let other_r];
            require not_in_row(r, key);
            require not_in_row(other_r, key);
            require r[col as int] === None;
            add matrix += [row => r.update(col as int, Some((key, new_val)))];
            add frag += [key => Some(new_val)];
        }
    }

    transition!{
        swing(key: Key, row: Row, col: Col, row2: Row, col2: Col) {
            require row < HEIGHT;
            require col < WIDTH;
            require row2 < HEIGHT;
            require col2 < WIDTH;
            require row == hash1(key) || row == hash2(key);
            require row2 == hash1(key) || row2 == hash2(key);

            remove matrix -= [row => let r];
            remove matrix -= [row2 => let r2];

            require r[col as int].is_some() && r[col as int].unwrap().0 == key;
            require r2[col2 as int].is_none();

            add matrix += [row => r.update(col as int, None)];
            add matrix += [row2 => r2.update(col2 as int, r[col as int])];
        }
    }

    #[invariant]
    pub spec fn domain_full(&self) -> bool {
        forall |x| self.frag.dom().contains(x)
    }

    #[invariant]
    pub spec fn matrix_domain(&self) -> bool {
        forall |row1| 0 <= row1 < HEIGHT <==> #[trigger] self.matrix.dom().contains(row1)
    }

    #[invariant]
    pub spec fn matrix_col_len(&self) -> bool {
        forall |row1| 0 <= row1 < HEIGHT ==> self.matrix[row1].len() == WIDTH
    }

    #[invariant]
    pub spec fn all_distinct(&self) -> bool {
        forall |row1, col1, row2, col2|
            0 <= row1 < HEIGHT ==>
            0 <= col1 < WIDTH ==>
            0 <= row2 < HEIGHT ==>
            0 <= col2 < WIDTH ==>
            (#[trigger] self.matrix[row1][col1]).is_some() ==>
            (#[trigger] self.matrix[row2][col2]).is_some() ==>
            self.matrix[row1][col1].unwrap().0 == self.matrix[row2][col2].unwrap().0 ==>
            row1 == row2 && col1 == col2
    }

    #[invariant]
    pub spec fn key_in_map_implies_key_in_matrix(&self) -> bool {
        forall |key| (#[trigger] self.frag[key]).is_some() ==>
            exists |row, col|
                0 <= row < HEIGHT && 0 <= col < WIDTH
                    && (#[trigger] self.matrix[row][col]).is_some()
                    && self.matrix[row][col].unwrap().0 == key
    }

    #[invariant]
    pub spec fn pair_in_matrix_implies_pair_in_map(&self) -> bool {
        forall |row, col|
            0 <= row < HEIGHT ==>
            0 <= col < WIDTH ==>
            self.matrix[row][col].is_some() ==>
            self.frag[self.matrix[row][col].unwrap().0]
                == Some(self.matrix[row][col].unwrap().1)
    }

    #[invariant]
    pub spec fn pair_in_matrix_implies_hash_correct(&self) -> bool {
        forall |row, col|
            0 <= row < HEIGHT ==>
            0 <= col < WIDTH ==>
            self.matrix[row][col].is_some() ==>
            (row == hash1(self.matrix[row][col].unwrap().0)
              || row == hash2(self.matrix[row][col].unwrap().0))
    }

    #[inductive(initialize)]
    fn initialize_inductive(post: Self) { }

    #[inductive(delete_key_value)]
    fn delete_key_value_inductive(pre: Self, post: Self, key: Key, row: Row, col: Col) {
        assert forall |key0| (#[trigger] post.frag[key0]).is_some() implies
            exists |row0, col0|
                0 <= row0 < HEIGHT && 0 <= col0 < WIDTH
                    && (#[trigger] post.matrix[row0][col0]).is_some()
                    && post.matrix[row0][col0].unwrap().0 == key0
        by {
            if key0 == key {
                assert(false);
            } else {
                assert(pre.frag[key0].is_some());
                let (row0, col0) = choose |row0, col0|
                    0 <= row0 < HEIGHT && 0 <= col0 < WIDTH
                        && (pre.matrix[row0][col0]).is_some()
                        && pre.matrix[row0][col0].unwrap().0 == key0;
                assert(post.matrix[row0][col0].is_some());
            }
        }
    }

    #[inductive(update_key_value)]
    fn update_key_value_inductive(pre: Self, post: Self, key: Key, new_val: Value, row: Row, col: Col) {
        assert forall |key0| (#[trigger] post.frag[key0]).is_some() implies
            exists |row0, col0|
                0 <= row0 < HEIGHT && 0 <= col0 < WIDTH
                    && (#[trigger] post.matrix[row0][col0]).is_some()
                    && post.matrix[row0][col0].unwrap().0 == key0
        by {
            if key0 == key {
                assert(post.matrix[row][col as int].is_some());
            } else {
                assert(pre.frag[key0].is_some());
                let (row0, col0) = choose |row0, col0|
                    0 <= row0 < HEIGHT && 0 <= col0 < WIDTH
                        && (pre.matrix[row0][col0]).is_some()
                        && pre.matrix[row0][col0].unwrap().0 == key0;
                assert(post.matrix[row0][col0].is_some());
            }
        }
    }

    #[inductive(insert_key_value)]
    fn insert_key_value_inductive(pre: Self, post: Self, key: Key, new_val: Value, row: Row, col: Col) {
        assert forall |key0| (#[trigger] post.frag[key0]).is_some() implies
            exists |row0, col0|
                0 <= row0 < HEIGHT && 0 <= col0 < WIDTH
                    && (#[trigger] post.matrix[row0][col0]).is_some()
                    && post.matrix[row0][col0].unwrap().0 == key0
        by {
            if key0 == key {
                assert(post.matrix[row][col as int].is_some());
            } else {
                assert(pre.frag[key0].is_some());
                let (row0, col0) = choose |row0, col0|
                    0 <= row0 < HEIGHT && 0 <= col0 < WIDTH
                        && (pre.matrix[row0][col0]).is_some()
                        && pre.matrix[row0][col0].unwrap().0 == key0;
                assert(post.matrix[row0][col0].is_some());
            }
        }
    }

    #[inductive(swing)]
    fn swing_inductive(pre: Self, post: Self, key: Key, row: Row, col: Col, row2: Row, col2: Col) {
        assert forall |key0| (#[trigger] post.frag[key0]).is_some() implies
            exists |row0, col0|
                0 <= row0 < HEIGHT && 0 <= col0 < WIDTH
                    && (#[trigger] post.matrix[row0][col0]).is_some()
                    && post.matrix[row0][col0].unwrap().0 == key0
        by {
            if key0 == key {
                assert(post.matrix[row2][col2 as int].is_some());
            } else {
                assert(pre.frag[key0].is_some());
                let (row0, col0) = choose |row0, col0|
                    0 <= row0 < HEIGHT && 0 <= col0 < WIDTH
                        && (pre.matrix[row0][col0]).is_some()
                        && pre.matrix[row0][col0].unwrap().0 == key0;
                assert(post.matrix[row0][col0].is_some());
            }
        }
    }
}}

pub open spec fn not_in_row(r: Seq<Option<(Key, Value)>>, key: Key) -> bool {
    forall |i| 0 <= i < r.len() ==> (#[trigger] r[i] matches Some((k, v)) ==> k != key)
}


///// Impl

pub const LOCKS_LEN: usize = 1048576;
type LockIdx = nat;

// Doing more than one row per lock would make deadlock more complicated.
// It's mildly annoying, not awful, you have to juggle around tracked handles a bit
// while casing on whether the two rows go to the same lock.
// I'm doing one-row-per-lock to avoid the trouble, I don't know what the optimal thing
// for performance is.
spec fn lock_for_row(row: Row) -> LockIdx {
    row
}


ghost struct Consts {
    pub ghost instance_id: InstanceId,
    pub ghost cell_ids: Seq<CellId>,
}

tracked struct RowStore {
    pub tracked pt: pc::PointsTo<[Option<(Key, Value)>; WIDTH]>,
    pub tracked token: Cuckoo::matrix,
}

tracked struct LockStore {
    pub tracked rows: IMap<Row, RowStore>,
}

ghost struct LockPred {
    consts: Consts,
    lock: nat,
}

spec fn row_store_wf(consts: Consts, store: RowStore, row: Row) -> bool {
    consts.cell_ids.len() == HEIGHT
    && 0 <= row < HEIGHT
    && store.pt.id() == consts.cell_ids[row as int]
    && store.token.instance_id() == consts.instance_id
    && store.token.value() == store.pt.value()@
    && store.token.key() == row
}

impl RwLockPredicate<LockStore> for LockPred {
    closed spec fn inv(self, store: LockStore) -> bool {
        0 <= self.lock < LOCKS_LEN
        && forall |row| 0 <= row < HEIGHT ==>
            self.lock == #[trigger] lock_for_row(row) ==>
                store.rows.dom().contains(row) &&
                    row_store_wf(self.consts, store.rows[row], row)
    }
}

struct TruePred;
impl<A> RwLockPredicate<A> for TruePred {
    closed spec fn inv(self, a: A) -> bool {
        true
    }
}
pub struct MyHashMap {
    consts: Ghost<Consts>,
    instance: Tracked<Cuckoo::Instance>,
    locks: Vec<RwLock<LockStore, LockPred>>,
    matrix: Vec<pc::PCell<[Option<(Key, Value)>; WIDTH]>>,
    main_write_lock: RwLock<(), TruePred>, // doesn't need to be RwLock
}

impl MyHashMap {
    pub closed spec fn wf(&self) -> bool {
        self.instance.id() == self.consts.instance_id
            && self.locks.len() == LOCKS_LEN
            && self.matrix.len() == HEIGHT
            && (forall |i| 0 <= i < self.locks.len() ==> self.locks[i].pred() == LockPred { consts: *self.consts, lock: i as nat })
            && (forall |i| 0 <= i < HEIGHT ==> self.matrix[i].id() == self.consts.cell_ids[i])
    }

    pub closed spec fn id(&self) -> InstanceId {
        self.consts.instance_id
    }
}

pub type MPointsTo = Cuckoo::frag;

proof fn initialize_lock_store_map(j: nat) -> (tracked m: IMap<LockIdx, LockStore>)
    ensures forall |i| 0 <= i < j ==> m.dom().contains(i)
        && m[i].rows =~= IMap::empty()
    decreases j
{
    if j == 0 {
        IMap::tracked_empty()
    } else {
        let tracked mut m = initialize_lock_store_map((j-1) as nat);
        m.tracked_insert((j-1) as nat, LockStore { rows: IMap::tracked_empty() });
        m
    }
}



impl MyHashMap {
    pub fn new() -> (ret: (Self, Tracked<IMapToken<Key, Option<Value>, MPointsTo>>))
        ensures
            ret.0.wf(),
            ret.1.map() =~= IMap::new(|key: Key| true, |key: Key| None),
            ret.1.instance_id() == ret.0.id(),
    {
        let mut locks: Vec<RwLock<LockStore, LockPred>> = vec![];
        let mut matrix: Vec<pc::PCell<[Option<(Key, Value)>; WIDTH]>> = vec![];

        let tracked mut lock_stores = initialize_lock_store_map(LOCKS_LEN as nat);
        let ghost mut cell_ids: Seq<CellId> = seq![];
        let tracked (Tracked(instance), Tracked(frag), Tracked(mut matrix_toks)) =
            Cuckoo::Instance::initialize();

        let mut i = 0;
        while i < HEIGHT
            invariant
                0 <= i <= HEIGHT,
                cell_ids.len() == i,
                matrix.len() == i,
                forall |j| i <= j < HEIGHT ==> matrix_toks.map().dom().contains(j),
                forall |j| i <= j < HEIGHT ==>
                    matrix_toks.map()[j] === Seq::new(WIDTH as nat, |w| None),
                matrix_toks.instance_id() == instance.id(),
                forall |j| 0 <= j < LOCKS_LEN ==> lock_stores.dom().contains(j),
                forall |k: nat| 0 <= k < i ==>
                    lock_stores[#[trigger] lock_for_row(k)].rows.dom().contains(k)
                    && lock_stores[lock_for_row(k)].rows[k].pt.id() == cell_ids[k as int]
                    && lock_stores[lock_for_row(k)].rows[k].pt.value()@ ===
                       lock_stores[lock_for_row(k)].rows[k].token.value()
                    && lock_stores[lock_for_row(k)].rows[k].token.instance_id() == instance.id()
                    && lock_stores[lock_for_row(k)].rows[k].token.key() == k
                    && lock_stores[lock_for_row(k)].rows[k].token.value()
                        === Seq::new(WIDTH as nat, |w| None),
                forall |j| 0 <= j < i ==> cell_ids[j] == matrix[j].id(),
            decreases HEIGHT - i,
        {
            let (pcell, Tracked(pt)) = pc::PCell::new([None; WIDTH]);
            matrix.push(pcell);

            proof {
                let tracked token = matrix_toks.remove(i as nat);
                let tracked row_store = RowStore {
                    pt: pt,
                    token: token,
                };
                let ghost l = lock_for_row(i as nat);
                let tracked mut store = lock_stores.tracked_remove(l);
                store.rows.tracked_insert(i as nat, row_store);
                lock_stores.tracked_insert(l, store);
                cell_ids = cell_ids.push(pcell.id());

                assert(pt.value()@ =~= Seq::new(WIDTH as nat, |w| None));
            }

            i += 1;

            /*assert forall |k: nat| 0 <= k < i implies
                    lock_stores[#[trigger] lock_for_row(k)].rows.dom().contains(k)
                    && lock_stores[lock_for_row(k)].rows[k].pt.id() == cell_ids[k as int]
                    && lock_stores[lock_for_row(k)].rows[k].pt.value()@ ===
                       lock_stores[lock_for_row(k)].rows[k].token.value()
                    && lock_stores[lock_for_row(k)].rows[k].token.instance_id() == instance.id()
                    && lock_stores[lock_for_row(k)].rows[k].token.key() == k
                    && lock_stores[lock_for_row(k)].rows[k].token.value()
                        === Seq::new(WIDTH as nat, |w| None)
            by {
                if k + 1 == i {
                assert(lock_stores.dom().contains(lock_for_row(k)));
                assert(lock_stores[lock_for_row(k)].rows.dom().contains(k));
                assert(lock_stores[lock_for_row(k)].rows[k].pt.id() == cell_ids[k as int]);
                assert(lock_stores[lock_for_row(k)].rows[k].pt.value()@ ===
                       lock_stores[lock_for_row(k)].rows[k].token.value());
                assert(lock_stores[lock_for_row(k)].rows[k].token.instance_id() == instance.id());
                assert(lock_stores[lock_for_row(k)].rows[k].token.key() == k);
                assert(lock_stores[lock_for_row(k)].rows[k].token.value()
                        === Seq::new(WIDTH as nat, |w| None));
                } else {
                assert(lock_stores[lock_for_row(k)].rows.dom().contains(k));
                assert(lock_stores[lock_for_row(k)].rows[k].pt.id() == cell_ids[k as int]);
                assert(lock_stores[lock_for_row(k)].rows[k].pt.value()@ ===
                       lock_stores[lock_for_row(k)].rows[k].token.value());
                assert(lock_stores[lock_for_row(k)].rows[k].token.instance_id() == instance.id());
                assert(lock_stores[lock_for_row(k)].rows[k].token.key() == k);
                assert(lock_stores[lock_for_row(k)].rows[k].token.value()
                        === Seq::new(WIDTH as nat, |w| None));
                }
            }*/
        }

        let ghost consts = Consts {
            instance_id: instance.id(),
            cell_ids,
        };

        let mut i = 0;
        while i < LOCKS_LEN
            invariant
                0 <= i <= LOCKS_LEN,
                forall |j| i <= j < LOCKS_LEN ==> lock_stores.dom().contains(j),
                locks.len() == i,
                forall |j| 0 <= j < i ==> locks[j].pred() == (LockPred { consts, lock: j as nat }),
                forall |k: nat| 0 <= k < HEIGHT ==>
                    lock_stores.dom().contains(lock_for_row(k)) ==>
                    lock_stores[#[trigger] lock_for_row(k)].rows.dom().contains(k)
                    && lock_stores[lock_for_row(k)].rows[k].pt.id() == cell_ids[k as int]
                    && lock_stores[lock_for_row(k)].rows[k].pt.value()@ ===
                       lock_stores[lock_for_row(k)].rows[k].token.value()
                    && lock_stores[lock_for_row(k)].rows[k].token.instance_id() == instance.id()
                    && lock_stores[lock_for_row(k)].rows[k].token.key() == k
                    && lock_stores[lock_for_row(k)].rows[k].token.value()
                        === Seq::new(WIDTH as nat, |w| None),
            decreases LOCKS_LEN - i,
        {
            let tracked mut store = lock_stores.tracked_remove(i as nat);
            let ghost pred = LockPred { consts, lock: i as nat };
            /*proof {
                assert(0 <= pred.lock < LOCKS_LEN);
                assert forall |row| 0 <= row < HEIGHT &&
                    pred.lock == lock_for_row(row) &&
                        store.rows.dom().contains(row) implies
                            row_store_wf(pred.consts, store.rows[row], row)
                by {
                    assert(row_store_wf(pred.consts, store.rows[row], row));
                }
            }*/
            locks.push(RwLock::new(Tracked(store), Ghost(pred)));
            i = i + 1;
        }

        let map = MyHashMap {
            consts: Ghost(consts),
            instance: Tracked(instance),
            locks,
            matrix,
            main_write_lock: RwLock::new(Tracked(()), Ghost(TruePred)),
        };

        (map, Tracked(frag))
    }

    
    
    
    
    }


}
}

use cuckoo::*;




}


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


/// Handle obtained for a shared read-lock from an [`RwLock`].
///
/// **Warning:** The lock is _NOT_ released automatically when the handle
/// is dropped. You must call [`release_read`](ReadHandle::release_read).
/// Verus does not check that lock is released.
pub struct ReadHandle<'a, V, Pred: RwLockPredicate<V>> {
    tracked handle: Tracked<RwLockToks::reader<Pred, V, InternalPred<V, Pred>>>,
    rwlock: &'a RwLock<V, Pred>,
}


impl<'a, V, Pred: RwLockPredicate<V>> ReadHandle<'a, V, Pred> {
    #[verifier::type_invariant]
    spec fn wf_read_handle(self) -> bool {
        equal(self.handle@.instance_id(), self.rwlock.inst@.id())
            && self.rwlock.wf()
    }

    pub closed spec fn view(self) -> V {
        self.handle@.element()
    }

    pub closed spec fn rwlock(self) -> RwLock<V, Pred> {
        *self.rwlock
    }

    /// Obtain a shared reference to the object contained in the lock.
    pub proof fn borrow<'b>(tracked &'b self) -> (tracked val: &'b V)
        ensures
            val == self.view(),
    {
        use_type_invariant(self);
        let tracked perm = self.rwlock.inst.borrow().read_guard(
            self.handle@.element(),
            self.handle.borrow(),
        );
        &perm
    }

    
    pub fn release_read(self) {
        proof { use_type_invariant(&self); }
        let ReadHandle { handle: Tracked(handle), rwlock } = self;

        let _ =
            atomic_with_ghost!(
            &rwlock.rc => fetch_sub(1);
            ghost g =>
        {
            rwlock.inst.borrow().release_shared(handle.element(), &mut g, handle);
        });
    }
}

impl<V, Pred: RwLockPredicate<V>> RwLock<V, Pred> {
    /// Predicate configured for this lock instance.
    pub closed spec fn pred(&self) -> Pred {
        self.pred@
    }

    /// Indicates if the value `v` can be stored in the lock. Per the definition,
    /// it depends on `[self.pred()]`, which is configured upon lock construction ([`RwLock::new`]).
    pub open spec fn inv(&self, val: V) -> bool {
        self.pred().inv(val)
    }

    
    
    /// Acquires a shared read-lock. To release it, use [`ReadHandle::release_read`].
    ///
    /// **Warning:** The lock is _NOT_ released automatically when the handle
    /// is dropped. You must call [`ReadHandle::release_read`].
    /// Verus does not check that lock is released.
    #[verifier::exec_allows_no_decreases_clause]
    pub fn acquire_read(&self) -> (read_handle: ReadHandle<'_, V, Pred>)
        ensures
            read_handle.rwlock() == *self,
            self.inv(read_handle.view()),
    {
        proof {
            use_type_invariant(self);
        }
        loop
            invariant
                self.wf(),
        {
            let val = atomic_with_ghost!(&self.rc => load(); ghost g => { });

            let tracked mut token: Option<
                RwLockToks::pending_reader<Pred, V, InternalPred<V, Pred>>,
            > = Option::None;

            if val < usize::MAX {
                let result =
                    atomic_with_ghost!(
                    &self.rc => compare_exchange(val, val + 1);
                    returning res;
                    ghost g =>
                {
                    if res is Ok {
                        token = Option::Some(self.inst.borrow().acquire_read_start(&mut g));
                    }
                });

                match result {
                    Result::Ok(_) => {
                        let tracked mut handle_opt:
                            Option<RwLockToks::reader<Pred, V, InternalPred<V, Pred>>> = None;

                        let result =
                            atomic_with_ghost!(
                            &self.exc => load();
                            returning res;
                            ghost g =>
                        {
                            if res == false {
                                let tracked tok = match token { Option::Some(t) => t, Option::None => proof_from_false() };
                                let tracked x = self.inst.borrow().acquire_read_end(&g, tok);
                                token = None;
                                let tracked (_, Tracked(exc_handle)) = x;
                                handle_opt = Some(exc_handle);
                            }
                        });

                        if result == false {
                            let tracked handle = match handle_opt {
                                Option::Some(t) => t,
                                Option::None => proof_from_false(),
                            };
                            let read_handle = ReadHandle { handle: Tracked(handle), rwlock: self };
                            return read_handle;
                        } else {
                            let _ =
                                atomic_with_ghost!(
                                &self.rc => fetch_sub(1);
                                ghost g =>
                            {
                                let tracked tok = match token { Option::Some(t) => t, Option::None => proof_from_false() };
                                self.inst.borrow().acquire_read_abandon(&mut g, tok);
                            });
                        }
                    },
                    _ => {},
                }
            }
        }
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

#[verifier::external_body]
pub fn rand_u8() -> u8 {
    use std::hash::BuildHasher;
    use std::hash::Hasher;
    let s = std::collections::hash_map::RandomState::new();
    let hasher = s.build_hasher();
    (hasher.finish() & 0xFF) as u8
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

fn compute_lock_for_row(row: usize) -> (l: usize)
    ensures l == lock_for_row(row as nat)
{
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




enum Attempt {
    Free(usize),
    Unfree(usize, Key),
}

impl MyHashMap {
    
    
    
    
    fn find_free_space(&self, row: usize) -> (a: Attempt)
        requires self.wf(), 0 <= row < HEIGHT,
        ensures (match a {
            Attempt::Free(c) => 0 <= c < WIDTH,
            Attempt::Unfree(c, key) => 0 <= c < WIDTH
                && (row == hash1(key) || row == hash2(key)),
        })
    {
        let l1x = compute_lock_for_row(row);
        let handle1x = self.locks[l1x].acquire_read();

        let mut i: usize = 0;
        while i < WIDTH
            invariant 0 <= i <= WIDTH,
                row_store_wf(self.consts@, handle1x@.rows[row as nat], row as nat),
                forall |j| 0 <= j < i ==>
                    (#[trigger] handle1x@.rows[row as nat].token.value()[j]).is_some(),
            decreases WIDTH - i,
        {
            let entry = self.matrix[row].borrow(
                Tracked(&handle1x.borrow().rows.tracked_borrow(row as nat).pt))[i];
            if entry.is_none() {
                handle1x.release_read();
                return Attempt::Free(i);
            }
            i += 1;
        }

        let c = rand_u8() as usize % WIDTH;
        let key = self.matrix[row].borrow(
             Tracked(&handle1x.borrow().rows.tracked_borrow(row as nat).pt))[c].unwrap().0;
        proof {
            self.instance.hash_is_right(key, row as nat, c as nat,
              &handle1x.borrow().rows.tracked_borrow(row as nat).token);
        }

        handle1x.release_read();
        Attempt::Unfree(c, key)
    }

    }


}
}

use cuckoo::*;




}

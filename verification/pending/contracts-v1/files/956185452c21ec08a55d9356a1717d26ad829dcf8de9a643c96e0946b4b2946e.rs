// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//
// The Linearization Proof
#[allow(unused_imports)]
use builtin::*;
// use vstd::*;
use vstd::prelude::*;


verus! {

#[cfg(verus_keep_ghost)]
type SState<DT> = SimpleLog::State<DT>;

#[cfg(verus_keep_ghost)]
type AState<DT> = AsynchronousSingleton::State<DT>;

////////////////////////////////////////////////////////////////////////////////////////////////////
//                                  LINEARIZATION PROOF                                           //
////////////////////////////////////////////////////////////////////////////////////////////////////
// =================================================================================================
// Refinement Theorem
// =================================================================================================



// =================================================================================================
// Validity of Requests
// =================================================================================================



/// checks whether the readonly request is valid                            (Dafny: readonly_is_req)
spec fn readonly_request_is_valid<DT: Dispatch>(
    s: SState<DT>,
    t: AState<DT>,
    r_points: Map<ReqId, LogIdx>,
    rid: ReqId,
) -> bool {
    &&& s.readonly_reqs.contains_key(rid)
    &&& (s.readonly_reqs[rid] is Req ==> s.readonly_reqs[rid]->version <= s.version)
    &&& t.reqs.contains_key(rid)
    &&& t.reqs[rid] == InputOperation::<DT>::Read(s.readonly_reqs[rid].op())
    &&& (r_points.contains_key(rid) ==> {
        &&& s.version <= r_points[rid]
        &&& (s.readonly_reqs[rid] is Req ==> s.version < r_points[rid])
    })
}

/// checks whether the readonly response is valid                          (Dafny: readonly_is_resp)
spec fn readonly_response_is_valid<DT: Dispatch>(
    s: SState<DT>,
    t: AState<DT>,
    r_points: Map<ReqId, LogIdx>,
    rid: ReqId,
) -> bool {
    &&& s.readonly_reqs.contains_key(rid)
    &&& s.readonly_reqs[rid] is Req
    &&& s.readonly_reqs[rid]->version <= s.version
    &&& t.resps.contains_key(rid)
    &&& (r_points.contains_key(rid) ==> {
        &&& s.readonly_reqs[rid]->version <= r_points[rid] && r_points[rid] <= s.version
        &&& 0 <= r_points[rid] && r_points[rid] <= s.log.len()
        &&& t.resps[rid] == OutputOperation::<DT>::Read(
            DT::dispatch_spec(s.nrstate_at_version(r_points[rid]), s.readonly_reqs[rid].op()),
        )
    })
}

/// checks whether the update response is valid                              (Dafny: update_is_done)
spec fn update_response_is_valid<DT: Dispatch>(
    s: SState<DT>,
    t: AState<DT>,
    r_points: Map<ReqId, LogIdx>,
    rid: ReqId,
) -> bool {
    &&& s.update_resps.contains_key(rid)
    &&& s.update_resps[rid].0 < s.log.len()
    &&& t.resps.contains_key(rid)
    &&& t.resps[rid] == OutputOperation::<DT>::Write(
        DT::dispatch_mut_spec(
            s.nrstate_at_version(s.update_resps[rid].0),
            s.log[s.update_resps[rid].0 as int],
        ).1,
    )
}

/// checks whether the upate responses have versions that matche the log         (Dafny: HasVersion)
spec fn update_response_with_version(
    update_resps: Map<ReqId, UpdateResp>,
    version: LogIdx,
) -> bool {
    exists|rid| #[trigger] update_resps.contains_key(rid) && update_resps[rid].0 == version
}

// =================================================================================================
// State Refinement Relation
// =================================================================================================
/// Basic State Refinement Relation                                               (Dafny: rel_basic)
/// sets the AsynchronousSingleton::State in realtion with the SimpleLog::State
spec fn state_refinement_relation_basic<DT: Dispatch>(
    s: SState<DT>,
    t: AState<DT>,
    r_points: Map<ReqId, LogIdx>,
) -> bool {
    // the version must be valid w.r.t. to the log size
    &&& (0 <= s.version && s.version
        <= s.log.len())
    // the state corresponds to the state computed at the given version

    &&& t.state == s.nrstate_at_version(
        s.version,
    )
    // the request ids of the readonly/update requests and responses must be unique

    &&& s.readonly_reqs.dom().disjoint(s.update_reqs.dom())
    &&& s.readonly_reqs.dom().disjoint(s.update_resps.dom())
    &&& s.update_reqs.dom().disjoint(s.update_resps.dom())
    &&& t.reqs.dom().disjoint(
        t.resps.dom(),
    )
    // requests are complete: if a request in present in the AState then it must be present in the SState

    &&& (forall|rid|
        (#[trigger] s.readonly_reqs.contains_key(rid) || #[trigger] s.update_reqs.contains_key(rid)
            || #[trigger] s.update_resps.contains_key(rid)) <==> (#[trigger] t.reqs.contains_key(
            rid,
        ) || #[trigger] t.resps.contains_key(
            rid,
        )))
    // requests/responses in the rightmaps

    &&& (forall|rid| #[trigger]
        t.reqs.contains_key(rid) && #[trigger] t.reqs[rid].is_Read()
            ==> s.readonly_reqs.contains_key(rid))
    &&& (forall|rid| #[trigger]
        t.reqs.contains_key(rid) && #[trigger] t.reqs[rid].is_Write()
            ==> s.update_reqs.contains_key(rid) || s.update_resps.contains_key(rid))
    &&& (forall|rid| #[trigger]
        t.resps.contains_key(rid) ==> s.readonly_reqs.contains_key(rid)
            || s.update_resps.contains_key(
            rid,
        ))
    // for all log entries > version, there must be a response with the given version

    &&& (forall|v: LogIdx|
        s.version <= v && v < s.log.len() ==> update_response_with_version(
            s.update_resps,
            v,
        ))
    // for any two update responses, if the request id differs, the version in the log must also differ

    &&& (forall|rid1, rid2| #[trigger]
        s.update_resps.contains_key(rid1) && #[trigger] s.update_resps.contains_key(rid2) && rid1
            != rid2 ==> s.update_resps[rid1]
            != s.update_resps[rid2])
    // for all update responses, the version must be within the log

    &&& (forall|rid| #[trigger]
        s.update_resps.contains_key(rid) ==> s.update_resps[rid].0
            < s.log.len())
    // for all update requests, they must be part of the requests and the operation must match

    &&& (forall|rid| #[trigger]
        s.update_reqs.contains_key(rid) ==> t.reqs.contains_key(rid) && t.reqs[rid]
            == InputOperation::<DT>::Write(
            s.update_reqs[rid],
        ))
    // forall update responses larger than the current version, they must be in the requests,
    // the update operation must match

    &&& (forall|rid| #[trigger]
        s.update_resps.contains_key(rid) && s.update_resps[rid].0 >= s.version ==> {
            &&& t.reqs.contains_key(rid)
            &&& t.reqs[rid] == InputOperation::<DT>::Write(s.log[s.update_resps[rid].0 as int])
        })
    // for all update responses smaller than th eversion, they must be valid

    &&& (forall|rid| #[trigger]
        s.update_resps.contains_key(rid) && s.update_resps[rid].0 < s.version
            ==> update_response_is_valid(s, t, r_points, rid))
}


// =================================================================================================
// State Transition Refinements: Read-Only Requests
// =================================================================================================



// =================================================================================================
// State Transition Refinements: Update Requests
// =================================================================================================





spec fn simple_log_state_equiv_inc_version<DT: Dispatch>(a: SState<DT>, a2: SState<DT>) -> bool {
    // a'.s == a.s.(ctail := a.s.ctail + 1)
    &&& a2.log == a.log
    &&& a2.version == a.version + 1
    &&& a2.readonly_reqs == a.readonly_reqs
    &&& a2.update_reqs == a.update_reqs
    &&& a2.update_resps == a.update_resps
}

spec fn recursion_invariant<DT: Dispatch>(
    s: SState<DT>,
    s2: SState<DT>,
    t2: AState<DT>,
    r_points: Map<ReqId, LogIdx>,
    the_reads: Set<ReqId>,
) -> bool {
    &&& the_reads.finite()
    &&& s.version + 1 <= s.log.len()
    &&& state_refinement_relation_basic(s2, t2, r_points)
    &&& (forall|rid| #[trigger]
        the_reads.contains(rid) ==> {
            &&& r_points.contains_key(rid)
            &&& r_points[rid] == s.version + 1
            &&& s.readonly_reqs.contains_key(rid)
            &&& s.readonly_reqs[rid] is Req
        })
    &&& (forall|rid| #[trigger]
        s.readonly_reqs.contains_key(rid) && t2.reqs.contains_key(rid) ==> {
            !the_reads.contains(rid) ==> readonly_request_is_valid(s2, t2, r_points, rid)
        })
    &&& (forall|rid| #[trigger]
        s.readonly_reqs.contains_key(rid) && t2.resps.contains_key(rid) ==> {
            !the_reads.contains(rid) ==> readonly_response_is_valid(s2, t2, r_points, rid)
        })
    &&& (forall|rid| #[trigger]
        s.readonly_reqs.contains_key(rid) && t2.reqs.contains_key(rid) ==> {
            the_reads.contains(rid) ==> readonly_request_is_valid(s, t2, r_points, rid)
        })
    &&& (forall|rid| #[trigger]
        s.readonly_reqs.contains_key(rid) && t2.resps.contains_key(rid) ==> {
            the_reads.contains(rid) ==> readonly_response_is_valid(s, t2, r_points, rid)
        })
}

proof fn update_incr_version_1_read_reqs<DT: Dispatch>(
    b2: AsynchronousSingletonBehavior<DT>,
    a: SimpleLogBehavior<DT>,
    a2: SimpleLogBehavior<DT>,
    r_points: Map<ReqId, LogIdx>,
    the_reads: Set<ReqId>,
) -> (res: AsynchronousSingletonBehavior<DT>)
    requires
        b2.wf(),
        behavior_equiv(a2, b2),
        recursion_invariant(a.get_last(), a2.get_last(), b2.get_last(), r_points, the_reads),
        simple_log_state_equiv_inc_version(a.get_last(), a2.get_last()),
    ensures
        res.wf(),
        behavior_equiv(a2, res),
        recursion_invariant(
            a.get_last(),
            a2.get_last(),
            res.get_last(),
            r_points,
            Set::<ReqId>::empty(),
        ),
    decreases the_reads.len(),
{
    if the_reads.is_empty() {
        assert(the_reads =~= Set::empty());
        b2
    } else {
        let s = a.get_last();
        let s2 = a2.get_last();
        let (the_reads2, rid) = pop_rid(the_reads);
        let ret = DT::dispatch_spec(s.nrstate_at_version(r_points[rid]), s.readonly_reqs[rid].op());
        let input = InputOperation::<DT>::Read(s.readonly_reqs[rid].op());
        let output = OutputOperation::Read(ret);
        let st = AsynchronousSingleton::State {
            state: b2.get_last().state,
            reqs: b2.get_last().reqs.remove(rid),
            resps: b2.get_last().resps.insert(rid, output),
        };
        let b2_new = AsynchronousSingletonBehavior::Stepped(st, AsyncLabel::Internal, Box::new(b2));
        assert(b2_new.wf()) by {
            reveal(AsynchronousSingleton::State::next);
            reveal(AsynchronousSingleton::State::next_by);
            assert(AsynchronousSingleton::State::internal_next(
                b2.get_last(),
                b2_new.get_last(),
                AsyncLabel::Internal,
                rid,
                input,
                output,
            ));
            assert(AsynchronousSingleton::State::next_by(
                b2.get_last(),
                b2_new.get_last(),
                AsyncLabel::Internal,
                AsynchronousSingleton::Step::internal_next(rid, input, output),
            ));
        }
        update_incr_version_1_read_reqs(b2_new, a, a2, r_points, the_reads2)
    }
}

// =================================================================================================
// Utility Functions
// =================================================================================================

/// Removes an element from the set, returning it, maintaining finitenes property
/// XXX: something like this shoudl go intot he stdlib...
#[verifier::external_body]
proof fn pop_rid(t: Set<ReqId>) -> (res: (Set<ReqId>, ReqId))
    requires
        !t.is_empty(),
        t.finite(),
    ensures
        res.0.len() < t.len(),
        t.contains(res.1),
        res.0 =~= t.remove(res.1),
        res.0.finite(),
{
    unimplemented!()
}



} // verus!
// end verus!

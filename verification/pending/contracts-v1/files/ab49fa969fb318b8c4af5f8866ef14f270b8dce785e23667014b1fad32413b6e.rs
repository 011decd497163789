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


/// checks whether the readonly requests are valid                                    (Dafny: rel_r)
/// in the simple log, we do not distinguish between requests and responses, but the AsyncSingleton
/// does, so we need to do a case distinction here.
spec fn readonly_requests_valid<DT: Dispatch>(
    s: SState<DT>,
    t: AState<DT>,
    r_points: Map<ReqId, LogIdx>,
) -> bool {
    &&& (forall|rid|
        (#[trigger] s.readonly_reqs.contains_key(rid) && #[trigger] t.reqs.contains_key(rid))
            ==> readonly_request_is_valid(s, t, r_points, rid))
    &&& (forall|rid|
        (#[trigger] s.readonly_reqs.contains_key(rid) && #[trigger] t.resps.contains_key(rid))
            ==> readonly_response_is_valid(s, t, r_points, rid))
}

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

/// State Refinement Relation                                                           (Dafny: rel)
/// This relates the state of the SimpleLog and the AsyncSingleton to each other
spec fn state_refinement_relation<DT: Dispatch>(
    s: SState<DT>,
    t: AState<DT>,
    r_points: Map<ReqId, LogIdx>,
) -> bool {
    &&& state_refinement_relation_basic(s, t, r_points)
    &&& readonly_requests_valid(s, t, r_points)
}

// =================================================================================================
// State Transition Refinements: Read-Only Requests
// =================================================================================================



// =================================================================================================
// State Transition Refinements: Update Requests
// =================================================================================================
/// Refinement Proof of the Update_Start transition of the SimpleLog
///
/// This corresponds to the "Start" transition that introduces a new request into the system
proof fn update_start_refines<DT: Dispatch>(
    s: SState<DT>,
    s2: SState<DT>,
    aop: AsyncLabel<DT>,
    t: AState<DT>,
    r_points: Map<ReqId, LogIdx>,
    rid: ReqId,
    uop: DT::WriteOperation,
) -> (t2: AState<DT>)
    requires
        SimpleLog::State::update_start(s, s2, aop, rid, uop),
        state_refinement_relation(s, t, r_points),
    ensures
        state_refinement_relation(s2, t2, r_points),
        AsynchronousSingleton::State::next(
            t,
            t2,
            aop,
        ),  //  one.Next(Is, Is', AI.Start(rid, nrifc.UOp(uop)))
{
    //  Is' := Is.(reqs := Is.reqs[rid := nrifc.UOp(uop)]);
    let res = AsynchronousSingleton::State {
        state: t.state,
        reqs: t.reqs.insert(rid, InputOperation::Write(uop)),
        resps: t.resps,
    };
    reveal(AsynchronousSingleton::State::next_by);
    reveal(AsynchronousSingleton::State::next);
    assert(AsynchronousSingleton::State::next_by(
        t,
        res,
        aop,
        AsynchronousSingleton::Step::start(rid, InputOperation::Write(uop)),
    ));
    res
}








// =================================================================================================
// Utility Functions
// =================================================================================================




} // verus!
// end verus!

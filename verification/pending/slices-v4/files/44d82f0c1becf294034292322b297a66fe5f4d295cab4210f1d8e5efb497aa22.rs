// client-crate form of vstd/resource/combinators/agree.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod combinators {
pub mod agree {

verus! {




pub proof fn lemma_agree<T>(
    tracked a: &Resource<AgreementRA<T>>,
    tracked b: &Resource<AgreementRA<T>>,
)
    requires
        a.loc() == b.loc(),
    ensures
        a.value()@ == b.value()@,
{
    a.join_shared(b).validate();
}

} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
use vstd::resource::algebra::Resource;
#[allow(unused_imports)]
use vstd::resource::agree::*;
} // mod agree
} // mod combinators
#[allow(unused_imports)]
pub use vstd::resource::*;
} // mod resource
#[allow(unused_imports)]
pub use vstd::*;

// rust_verify/tests/example.rs
#[allow(unused_imports)]
use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::{pervasive::*, *};

use verus_state_machines_macros::case_on_init;
use verus_state_machines_macros::case_on_next;
use verus_state_machines_macros::state_machine;

state_machine! {
    B {
        fields {
            pub number: int,
        }

        init!{
            initialize() {
                init number = 0;
            }
        }

        transition!{
            add(n: int) {
                require(n % 2 == 0);
                update number = pre.number + n;
            }
        }

        #[invariant]
        pub fn is_even(&self) -> bool {
            self.number % 2 == 0
        }

        #[inductive(initialize)]
        fn initialize_inductive(post: Self) { }

        #[inductive(add)]
        fn add_inductive(pre: Self, post: Self, n: int) { }
    }
}

state_machine! {
    A {
        fields {
            pub number: int,
        }

        init!{
            initialize() {
                init number = 0;
            }
        }

        transition!{
            add(n: int) {
                update number = pre.number + n;
            }
        }

        #[inductive(initialize)]
        fn initialize_inductive(post: Self) { }

        #[inductive(add)]
        fn add_inductive(pre: Self, post: Self, n: int) { }
    }
}

verus! {

spec fn interp(a: A::State) -> B::State {
    B::State { number: a.number * 2 }
}



proof fn init_refines_init_with_macro(post: A::State) {
    requires(post.invariant() && A::State::init(post));
    ensures(B::State::init(interp(post)));
    case_on_init!{post, A => {
        initialize() => {
            B::show::initialize(interp(post));
        }
    }}
}

} // verus!

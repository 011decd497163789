// client-crate form of vstd/laws_eq.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod laws_eq {


verus! {








macro_rules! primitive_laws_eq {
    ($n: ty, $modname:ident) => {
        verus! {
        mod $modname {
            use super::*;

            pub broadcast proof fn lemma_obeys_eq_spec()
                ensures
                    #[trigger] obeys_eq::<$n>(),
            {
                reveal(obeys_eq_spec_properties);
            }

            pub broadcast proof fn lemma_obeys_concrete_eq()
                ensures
                    #[trigger] obeys_concrete_eq::<$n>(),
            {
                reveal(obeys_concrete_eq);
            }

            pub broadcast proof fn lemma_obeys_view_eq()
                ensures
                    #[trigger] obeys_view_eq::<$n>(),
            {
                reveal(obeys_view_eq);
            }

            pub broadcast proof fn lemma_obeys_deep_eq()
                ensures
                    #[trigger] obeys_deep_eq::<$n>(),
            {
                reveal(obeys_deep_eq);
            }

            pub broadcast group group_laws_eq {
                lemma_obeys_eq_spec,
                lemma_obeys_concrete_eq,
                lemma_obeys_view_eq,
                lemma_obeys_deep_eq,
            }
        }
        }
    }
}

primitive_laws_eq!(bool, bool_laws);

primitive_laws_eq!(u8, u8_laws);

primitive_laws_eq!(i8, i8_laws);

primitive_laws_eq!(u16, u16_laws);

primitive_laws_eq!(i16, i16_laws);

primitive_laws_eq!(u32, u32_laws);

primitive_laws_eq!(i32, i32_laws);

primitive_laws_eq!(u64, u64_laws);

primitive_laws_eq!(i64, i64_laws);

primitive_laws_eq!(u128, u128_laws);

primitive_laws_eq!(i128, i128_laws);

primitive_laws_eq!(usize, usize_laws);

primitive_laws_eq!(isize, isize_laws);

macro_rules! tuple_eq_impl {
    ($modname:ident, $($T:ident )+) => {
        verus! {
        mod $modname {
            use super::*;

            pub broadcast proof fn lemma_obeys_eq_spec<$($T,)+>()
                where
                    $($T: PartialEq,)+
                requires
                    $(obeys_eq::<$T>(),)+
                ensures
                    #[trigger] obeys_eq::<($($T,)+)>(),
            {
                reveal(obeys_eq_spec_properties);
            }

            pub broadcast proof fn lemma_obeys_concrete_eq<$($T,)+>()
                where
                    $($T: PartialEq,)+
                requires
                    $(obeys_concrete_eq::<$T>(),)+
                ensures
                    #[trigger] obeys_concrete_eq::<($($T,)+)>(),
            {
                reveal(obeys_concrete_eq);
            }

            pub broadcast proof fn lemma_obeys_view_eq<$($T,)+>()
                where
                    $($T: PartialEq + View,)+
                requires
                    $(obeys_view_eq::<$T>(),)+
                ensures
                    #[trigger] obeys_view_eq::<($($T,)+)>(),
            {
                reveal(obeys_view_eq);
            }

            pub broadcast proof fn lemma_obeys_deep_eq<$($T,)+>()
                where
                    $($T: PartialEq + DeepView,)+
                requires
                    $(obeys_deep_eq::<$T>(),)+
                ensures
                    #[trigger] obeys_deep_eq::<($($T,)+)>(),
            {
                reveal(obeys_deep_eq);
            }

            pub broadcast group group_laws_eq {
                lemma_obeys_eq_spec,
                lemma_obeys_concrete_eq,
                lemma_obeys_view_eq,
                lemma_obeys_deep_eq,
            }
        }
        }
    }
}

tuple_eq_impl!(tuple_1_laws, T);

tuple_eq_impl!(tuple_2_laws, U T);

proof fn lemma_isomorphic_obeys_eq<T: PartialEq, U: PartialEq>(f: spec_fn(U) -> T)
    requires
        obeys_eq::<T>(),
        U::obeys_eq_spec(),
        forall|x: U, y: U| x.eq_spec(&y) == f(x).eq_spec(&f(y)),
    ensures
        obeys_eq::<U>(),
{
    reveal(obeys_eq_spec_properties);
}

macro_rules! tuple_eq_induct_impl {
    ($modname:ident, $inductmod:ident, 0 $U:ident, $($idx:tt $T:ident, )+) => {
        verus! {
        mod $modname {
            use super::*;

            pub broadcast proof fn lemma_obeys_eq_spec<$U, $($T,)+>()
                where
                    $U: PartialEq,
                    $($T: PartialEq,)+
                requires
                    obeys_eq::<$U>(),
                    $(obeys_eq::<$T>(),)+
                ensures
                    #[trigger] obeys_eq::<($U, $($T,)+)>(),
            {
                broadcast use tuple_2_laws::lemma_obeys_eq_spec;
                broadcast use $inductmod::lemma_obeys_eq_spec;
                lemma_isomorphic_obeys_eq(|x: ($U, $($T,)+)| (x.0, ($(x.$idx,)+)));
                reveal(obeys_eq_spec_properties);
            }

            pub broadcast proof fn lemma_obeys_concrete_eq<$U, $($T,)+>()
                where
                    $U: PartialEq,
                    $($T: PartialEq,)+
                requires
                    obeys_concrete_eq::<$U>(),
                    $(obeys_concrete_eq::<$T>(),)+
                ensures
                    #[trigger] obeys_concrete_eq::<($U, $($T,)+)>(),
            {
                reveal(obeys_concrete_eq);
            }

            pub broadcast proof fn lemma_obeys_view_eq<$U, $($T,)+>()
                where
                    $U: PartialEq + View,
                    $($T: PartialEq + View,)+
                requires
                    obeys_view_eq::<$U>(),
                    $(obeys_view_eq::<$T>(),)+
                ensures
                    #[trigger] obeys_view_eq::<($U, $($T,)+)>(),
            {
                broadcast use tuple_2_laws::group_laws_eq;
                broadcast use $inductmod::group_laws_eq;
                reveal(obeys_view_eq);
            }

            pub broadcast proof fn lemma_obeys_deep_eq<$U, $($T,)+>()
                where
                    $U: PartialEq + DeepView,
                    $($T: PartialEq + DeepView,)+
                requires
                    obeys_deep_eq::<$U>(),
                    $(obeys_deep_eq::<$T>(),)+
                ensures
                    #[trigger] obeys_deep_eq::<($U, $($T,)+)>(),
            {
                broadcast use tuple_2_laws::group_laws_eq;
                broadcast use $inductmod::group_laws_eq;
                reveal(obeys_deep_eq);
            }

            pub broadcast group group_laws_eq {
                lemma_obeys_eq_spec,
                lemma_obeys_concrete_eq,
                lemma_obeys_view_eq,
                lemma_obeys_deep_eq,
            }
        }
        }
    };
}

tuple_eq_induct_impl!(tuple_3_laws, tuple_2_laws, 0 V, 1 U, 2 T,);

tuple_eq_induct_impl!(tuple_4_laws, tuple_3_laws, 0 X, 1 W, 2 V, 3 U, );

tuple_eq_induct_impl!(tuple_5_laws, tuple_4_laws, 0 X, 1 W, 2 V, 3 U, 4 T, );

tuple_eq_induct_impl!(tuple_6_laws, tuple_5_laws, 0 Y, 1 X, 2 W, 3 V, 4 U, 5 T, );

tuple_eq_induct_impl!(tuple_7_laws, tuple_6_laws, 0 Z, 1 Y, 2 X, 3 W, 4 V, 5 U, 6 T, );

tuple_eq_induct_impl!(tuple_8_laws, tuple_7_laws, 0 A, 1 Z, 2 Y, 3 X, 4 W, 5 V, 6 U, 7 T, );

tuple_eq_induct_impl!(tuple_9_laws, tuple_8_laws, 0 B, 1 A, 2 Z, 3 Y, 4 X, 5 W, 6 V, 7 U, 8 T, );

tuple_eq_induct_impl!(tuple_10_laws, tuple_9_laws, 0 C, 1 B, 2 A, 3 Z, 4 Y, 5 X, 6 W, 7 V, 8 U, 9 T, );

tuple_eq_induct_impl!(tuple_11_laws, tuple_10_laws, 0 D, 1 C, 2 B, 3 A, 4 Z, 5 Y, 6 X, 7 W, 8 V, 9 U, 10 T, );

tuple_eq_induct_impl!(tuple_12_laws, tuple_11_laws, 0 E, 1 D, 2 C, 3 B, 4 A, 5 Z, 6 Y, 7 X, 8 W, 9 V, 10 U, 11 T, );

/* references */





/* Option */






} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
use vstd::view::*;
#[allow(unused_imports)]
use vstd::laws_eq::*;
} // mod laws_eq
#[allow(unused_imports)]
pub use vstd::*;

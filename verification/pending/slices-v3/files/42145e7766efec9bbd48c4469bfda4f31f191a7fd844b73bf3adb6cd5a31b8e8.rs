use verus_builtin::*;
use verus_builtin_macros::*;

verus! {



#[derive(PartialEq, Eq)]
struct TemplateCar<V> {
    four_doors: bool,
    passengers: u64,
    the_v: V,
}

impl<V> TemplateCar<V> {
    fn template_new(v: V) -> (result: TemplateCar<V>)
        ensures
            result.passengers == 205 && result.the_v == v,
    {
        TemplateCar::<V> { four_doors: false, passengers: 205, the_v: v }
    }

    
    }


} // verus!

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
    
    
    fn template_get_v(self) -> (result: V)
        ensures
            result == self.the_v,
    {
        self.the_v
    }
}


} // verus!

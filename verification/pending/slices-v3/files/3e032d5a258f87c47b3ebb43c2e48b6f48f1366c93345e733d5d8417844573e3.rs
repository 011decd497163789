use vstd::prelude::*;

verus! {
    // basic recursive expression
    fn exec_basic_recursive_expr(i: u64) -> (r: u64)
        ensures r == i
        decreases i
    {
        if i == 0 { 0 } else { 1 + exec_basic_recursive_expr(i - 1) }
    }

    // basic recursive statement
    
    // basic while loop
    
    // nested while 
    
    // infinite loop with break
    
    // for loop 
    
    
    // basic recursive expression + basic while loop
    }

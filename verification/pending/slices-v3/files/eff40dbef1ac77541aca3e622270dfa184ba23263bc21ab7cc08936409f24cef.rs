use vstd::prelude::*;

verus! {
    // basic recursive expression
    
    // basic recursive statement
    fn exec_basic_recursive_stmt(i: u64)
        decreases i 
    {
        if i != 0 {
            exec_basic_recursive_stmt(i - 1);
        }
    }

    // basic while loop
    
    // nested while 
    
    // infinite loop with break
    
    // for loop 
    
    
    // basic recursive expression + basic while loop
    }

use vstd::prelude::*;

verus! {
    // basic recursive expression
    
    // basic recursive statement
    
    // basic while loop
    
    // nested while 
    
    // infinite loop with break
    
    // for loop 
    
    
    // basic recursive expression + basic while loop
    #[verifier::loop_isolation(false)]
    fn exec_basic_recursive_stmt_basic_while_loop(mut i: u64)
        requires i <= 10,
        decreases i,
    {
        let ghost initial_i = i;
        while 0 < i && i <= 10
            invariant
                0 <= i <= 10,
                i <= initial_i,
            decreases i,
        {
            exec_basic_recursive_stmt_basic_while_loop(i - 1);
            i -= 1;
        }
    }
}

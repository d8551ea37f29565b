//! Defer, panic, recover and Goexit: the SEMANTICS.md examples, hand-built.

//! Runtime errors, append growth, maps, GC, channels and the scheduler.

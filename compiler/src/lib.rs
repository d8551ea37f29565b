//! minigo's middle: resolves names, type-checks Go's static semantics and lowers
//! the checked program to the vm's bytecode. Must not know how the VM runs it.

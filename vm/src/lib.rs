//! minigo's virtual machine: instruction set, values, heap and GC, goroutines,
//! scheduler, channels, defer/panic/recover/Goexit and crash output.
//! Must not know source syntax: bytecode carries its own file name and line table.

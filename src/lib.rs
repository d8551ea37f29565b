//! The `minigo` library: the embedding API and the one place diagnostics are
//! rendered (with ariadne). Must not know the internals of the stages.

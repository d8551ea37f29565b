//! minigo's standard library: each Go package of LANGUAGE.md, its API declared in
//! Go syntax (`<pkg>.mg`, read by the checker like user code) and its native
//! implementation (registered by name with the vm). Must not know the parser.

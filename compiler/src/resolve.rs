//! Owns lexical scopes: the block tree of one file (package block, function
//! blocks, nested blocks) and name lookup through it, ending in the universe.
//! Must not know types' rules or statements: the checker opens and closes
//! scopes as it walks.

use crate::info::ObjectId;
use std::collections::HashMap;

/// Index of a scope in a `Scopes` arena.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct ScopeId(pub u32);

#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub names: HashMap<String, ObjectId>,
    /// Objects in declaration order (for `declared and not used`, reported in order).
    pub order: Vec<ObjectId>,
    /// The function nesting level the scope belongs to (0 = package level,
    /// 1 = a top-level function body, 2 = a literal inside it, …).
    pub func_level: u32,
}

/// The scope arena of one checked file. Scope 0 is the package block; its
/// parent is the universe (looked up separately by the checker).
#[derive(Clone, Debug)]
pub struct Scopes {
    scopes: Vec<Scope>,
}

impl Default for Scopes {
    fn default() -> Self {
        Self::new()
    }
}

impl Scopes {
    pub const PACKAGE: ScopeId = ScopeId(0);

    pub fn new() -> Scopes {
        Scopes { scopes: vec![Scope::default()] }
    }

    pub fn open(&mut self, parent: ScopeId, func_level: u32) -> ScopeId {
        let id = ScopeId(self.scopes.len() as u32);
        self.scopes.push(Scope { parent: Some(parent), func_level, ..Scope::default() });
        id
    }

    pub fn get(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    /// Declares `name` in `scope`; returns the previous object of that name in
    /// the same scope (a redeclaration) without replacing it.
    pub fn declare(&mut self, scope: ScopeId, name: &str, obj: ObjectId) -> Option<ObjectId> {
        let s = &mut self.scopes[scope.0 as usize];
        if let Some(&prev) = s.names.get(name) {
            return Some(prev);
        }
        s.names.insert(name.to_string(), obj);
        s.order.push(obj);
        None
    }

    /// Looks `name` up from `scope` outwards (not including the universe).
    pub fn lookup(&self, mut scope: ScopeId, name: &str) -> Option<(ScopeId, ObjectId)> {
        loop {
            let s = self.get(scope);
            if let Some(&obj) = s.names.get(name) {
                return Some((scope, obj));
            }
            scope = s.parent?;
        }
    }

    /// Looks `name` up in `scope` only.
    pub fn lookup_local(&self, scope: ScopeId, name: &str) -> Option<ObjectId> {
        self.get(scope).names.get(name).copied()
    }
}

//! Owns Go's `ExprString`: the short source form of an expression used in
//! diagnostics (`x.f`, `f(a, b)`, `[]int{…}`, `func(x int) {…}`).
//! Must not know types.

use minigo_grammar::ast::{ChanDir, Expr, ExprKind, FuncType, InterfaceElem};

pub(crate) fn expr_string(e: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, e, 0);
    out
}

fn write_expr(out: &mut String, e: &Expr, depth: u32) {
    if depth > 64 {
        out.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Ident(n) => out.push_str(n),
        ExprKind::IntLit(s) | ExprKind::FloatLit(s) => out.push_str(s),
        ExprKind::RuneLit(c) => out.push_str(&rune_literal(*c)),
        ExprKind::StringLit(b) => out.push_str(&quote(b)),
        ExprKind::CompositeLit { ty, elems, .. } => {
            if let Some(t) = ty {
                write_expr(out, t, d);
            }
            out.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { sig, .. } => {
            out.push_str("func");
            write_sig(out, sig, d);
            out.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(out, x, d);
            out.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write_expr(out, x, d);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index(x, i) => {
            write_expr(out, x, d);
            out.push('[');
            write_expr(out, i, d);
            out.push(']');
        }
        ExprKind::IndexList(x, is) => {
            write_expr(out, x, d);
            out.push('[');
            write_list(out, is, ", ", d);
            out.push(']');
        }
        ExprKind::Tilde(x) => {
            out.push('~');
            write_expr(out, x, d);
        }
        ExprKind::Union(xs) => write_list(out, xs, " | ", d),
        ExprKind::Slice { x, lo, hi, max, three } => {
            write_expr(out, x, d);
            out.push('[');
            if let Some(l) = lo {
                write_expr(out, l, d);
            }
            out.push(':');
            if let Some(h) = hi {
                write_expr(out, h, d);
            }
            if *three {
                out.push(':');
                if let Some(m) = max {
                    write_expr(out, m, d);
                }
            }
            out.push(']');
        }
        ExprKind::TypeAssert(x, t) => {
            write_expr(out, x, d);
            out.push_str(".(");
            match t {
                Some(t) => write_expr(out, t, d),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call { func, args, ellipsis } => {
            write_expr(out, func, d);
            out.push('(');
            write_list(out, args, ", ", d);
            if ellipsis.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => {
            out.push('*');
            write_expr(out, x, d);
        }
        ExprKind::Unary(op, x) => {
            out.push_str(op.as_str());
            write_expr(out, x, d);
        }
        ExprKind::Binary(op, x, y) => {
            write_expr(out, x, d);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(out, y, d);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            match len {
                Some(l) => write_expr(out, l, d),
                None => out.push_str("..."),
            }
            out.push(']');
            write_expr(out, elem, d);
        }
        ExprKind::SliceType(elem) => {
            out.push_str("[]");
            write_expr(out, elem, d);
        }
        ExprKind::MapType(k, v) => {
            out.push_str("map[");
            write_expr(out, k, d);
            out.push(']');
            write_expr(out, v, d);
        }
        ExprKind::ChanType(dir, elem) => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(out, elem, d);
        }
        ExprKind::FuncType(sig) => {
            out.push_str("func");
            write_sig(out, sig, d);
        }
        ExprKind::StructType(fields) => {
            out.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                for (j, n) in f.names.iter().enumerate() {
                    if j > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&n.name);
                }
                if !f.names.is_empty() {
                    out.push(' ');
                }
                write_expr(out, &f.ty, d);
            }
            out.push('}');
        }
        ExprKind::InterfaceType(elems) => {
            out.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, sig } => {
                        out.push_str(&name.name);
                        write_sig(out, sig, d);
                    }
                    InterfaceElem::Embed(t) | InterfaceElem::TypeSet(t) => write_expr(out, t, d),
                }
            }
            out.push('}');
        }
        ExprKind::Bad => out.push_str("BadExpr"),
    }
}

/// `a, b, c` (with `sep` between).
fn write_list(out: &mut String, xs: &[Expr], sep: &str, depth: u32) {
    for (k, x) in xs.iter().enumerate() {
        if k > 0 {
            out.push_str(sep);
        }
        write_expr(out, x, depth);
    }
}

fn write_sig(out: &mut String, sig: &FuncType, depth: u32) {
    out.push('(');
    write_params(out, &sig.params, depth);
    out.push(')');
    let named = sig.results.iter().any(|r| !r.names.is_empty());
    if sig.results.is_empty() {
        return;
    }
    out.push(' ');
    if sig.results.len() == 1 && !named {
        write_expr(out, &sig.results[0].ty, depth);
    } else {
        out.push('(');
        write_params(out, &sig.results, depth);
        out.push(')');
    }
}

fn write_params(out: &mut String, groups: &[minigo_grammar::ast::ParamGroup], depth: u32) {
    for (i, g) in groups.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        for (j, n) in g.names.iter().enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            out.push_str(&n.name);
        }
        if !g.names.is_empty() {
            out.push(' ');
        }
        if g.variadic {
            out.push_str("...");
        }
        write_expr(out, &g.ty, depth);
    }
}

/// A Go-quoted string literal (`strconv.Quote` for the common cases).
pub(crate) fn quote(bytes: &[u8]) -> String {
    let s = String::from_utf8_lossy(bytes);
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn rune_literal(c: u32) -> String {
    match char::from_u32(c) {
        Some('\'') => "'\\''".into(),
        Some('\\') => "'\\\\'".into(),
        Some('\n') => "'\\n'".into(),
        Some('\t') => "'\\t'".into(),
        Some('\r') => "'\\r'".into(),
        Some('\0') => "'\\x00'".into(),
        Some(ch) if !ch.is_control() => format!("'{ch}'"),
        _ => format!("'\\u{c:04x}'"),
    }
}

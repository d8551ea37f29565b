//! Token-stream snapshots: one per clause of Go's semicolon rule, plus
//! literal decoding and lexical errors. Every test goes through `check_tokens!`.

macro_rules! check_tokens {
    ($src:expr, @$snapshot:literal) => {
        insta::assert_snapshot!(minigo_grammar::render_tokens($src), @$snapshot)
    };
}

#[test]
fn newline_after_identifier() {
    check_tokens!("x\ny\n", @r#"name(x) ;⏎ name(y) ;⏎"#);
}

#[test]
fn newline_after_int_literal() {
    check_tokens!("1\n0x1F\n0o17\n017\n0b101\n1_000\n", @r#"int(1) ;⏎ int(0x1F) ;⏎ int(0o17) ;⏎ int(017) ;⏎ int(0b101) ;⏎ int(1_000) ;⏎"#);
}

#[test]
fn newline_after_float_literal() {
    check_tokens!("1.5\n.5\n1e3\n0x1p-2\n1.\n", @r#"float(1.5) ;⏎ float(.5) ;⏎ float(1e3) ;⏎ float(0x1p-2) ;⏎ float(1.) ;⏎"#);
}

#[test]
fn newline_after_imaginary_literal() {
    check_tokens!("2i\n", @r#"imag(2i) ;⏎"#);
}

#[test]
fn newline_after_rune_literal() {
    check_tokens!("'a'\n'\\n'\n'\\u00e9'\n'\\377'\n'\\x41'\n'\\''\n", @r#"rune(97) ;⏎ rune(10) ;⏎ rune(233) ;⏎ rune(255) ;⏎ rune(65) ;⏎ rune(39) ;⏎"#);
}

#[test]
fn newline_after_string_literal() {
    check_tokens!("\"a\\tb\"\n", @r#"string("a\tb") ;⏎"#);
}

#[test]
fn newline_after_raw_string() {
    check_tokens!("`a\\n`\n", @r#"string("a\\n") ;⏎"#);
}

#[test]
fn raw_string_drops_carriage_returns() {
    check_tokens!("`a\r\nb`\n", @r#"string("a\nb") ;⏎"#);
}

#[test]
fn every_string_escape() {
    check_tokens!("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\" \"\\x41\\101\\u00e9\\U0001F600\"\n", @r#"string("\a\b\f\n\r\t\v\\\"") string("AAé😀") ;⏎"#);
}

#[test]
fn newline_after_break_continue_fallthrough_return() {
    check_tokens!("break\ncontinue\nfallthrough\nreturn\n", @r#"break ;⏎ continue ;⏎ fallthrough ;⏎ return ;⏎"#);
}

#[test]
fn newline_after_other_keywords() {
    check_tokens!("func\nif\nelse\nfor\nvar\n", @r#"func if else for var"#);
}

#[test]
fn newline_after_inc_dec() {
    check_tokens!("i++\ni--\n", @r#"name(i) ++ ;⏎ name(i) -- ;⏎"#);
}

#[test]
fn newline_after_closing_brackets() {
    check_tokens!("f()\na[1]\n}\n", @r#"name(f) ( ) ;⏎ name(a) [ int(1) ] ;⏎ } ;⏎"#);
}

#[test]
fn no_semicolon_after_opening_brackets() {
    check_tokens!("f(\na[\n{\n", @r#"name(f) ( name(a) [ {"#);
}

#[test]
fn no_semicolon_after_operators() {
    check_tokens!("a +\nb &&\nc ,\nd =\ne :=\nf .\ng\n", @r#"name(a) + name(b) && name(c) , name(d) = name(e) := name(f) . name(g) ;⏎"#);
}

#[test]
fn eof_after_identifier() {
    check_tokens!("x", @r#"name(x) ;EOF"#);
}

#[test]
fn eof_after_closing_brace() {
    check_tokens!("func f() {}", @r#"func name(f) ( ) { } ;EOF"#);
}

#[test]
fn eof_after_operator() {
    check_tokens!("x +", @r#"name(x) +"#);
}

#[test]
fn blank_lines_give_one_semicolon() {
    check_tokens!("x\n\n\ny\n", @r#"name(x) ;⏎ name(y) ;⏎"#);
}

#[test]
fn line_comment_acts_like_newline() {
    check_tokens!("x // comment\ny\n", @r#"name(x) ;⏎ name(y) ;⏎"#);
}

#[test]
fn line_comment_at_eof() {
    check_tokens!("x // comment", @r#"name(x) ;EOF"#);
}

#[test]
fn block_comment_with_newline_acts_like_newline() {
    check_tokens!("x /* one\ntwo */ y\n", @r#"name(x) ;⏎ name(y) ;⏎"#);
}

#[test]
fn block_comment_without_newline_is_space() {
    check_tokens!("x /* one */ y\n", @r#"name(x) name(y) ;⏎"#);
}

#[test]
fn block_comment_with_newline_after_operator() {
    check_tokens!("x + /* one\ntwo */ y\n", @r#"name(x) + name(y) ;⏎"#);
}

#[test]
fn explicit_semicolons() {
    check_tokens!("a; b;\nc\n", @r#"name(a) ; name(b) ; name(c) ;⏎"#);
}

#[test]
fn every_operator() {
    check_tokens!("+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( ) [ ] { } , . ; :\n", @r#"+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( ) [ ] { } , . ; :"#);
}

#[test]
fn keywords() {
    check_tokens!("break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var\n", @r#"break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var"#);
}

#[test]
fn unicode_identifiers() {
    check_tokens!("héllo 世界 _x x1 ÿ\n", @r#"name(héllo) name(世界) name(_x) name(x1) name(ÿ) ;⏎"#);
}

#[test]
fn byte_order_mark_at_start() {
    check_tokens!("\u{feff}x\n", @r#"name(x) ;⏎"#);
}

#[test]
fn lexical_errors_keep_the_stream_going() {
    check_tokens!("a @ b\n'ab' 09 0x \"x\\q\"\n", @r#"name(a) name(b) ;⏎ rune(98) int(09) int(0x) string("xq") ;⏎ [error 2..3: invalid character U+0040 '@'] [error 6..7: more than one character in rune literal] [error 12..13: invalid digit '9' in octal literal] [error 16..17: hexadecimal literal has no digits] [error 20..21: unknown escape]"#);
}

/// The source ending inside a rune literal's escape is reported as an
/// unterminated literal, as the Go compiler does (`go build`: "rune literal
/// not terminated" at the opening quote for both).
#[test]
fn rune_escape_cut_by_end_of_file() {
    check_tokens!("x = '\\", @"name(x) = rune(0) ;EOF [error 4..5: rune literal not terminated]");
    check_tokens!("x = '\\u12", @"name(x) = rune(0) ;EOF [error 4..5: rune literal not terminated]");
}

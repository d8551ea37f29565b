//! Owns the shortest `'g'` float formatting Go's runtime uses when printing
//! panic values and builtin `print` arguments (`strconv.FormatFloat(v, 'g', -1, bits)`).
//! Must not know values or the heap.

/// `strconv.FormatFloat(v, 'g', -1, bits)`.
pub fn format_g(v: f64, bits: u32) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    if v == 0.0 {
        return if v.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    // Shortest round-trip digits and decimal exponent.
    let repr = if bits == 32 { format!("{:e}", v as f32) } else { format!("{:e}", v) };
    let (mant, exp) = repr.split_once('e').unwrap_or((&repr, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let ndigits = digits.len() as i32;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    // strconv's %g with shortest precision: exponent form if exp < -4 || exp >= 6.
    let eprec = 6;
    if exp < -4 || exp >= eprec {
        out.push_str(&digits[..1]);
        if ndigits > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    } else if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let int_len = (exp + 1) as usize;
        if digits.len() <= int_len {
            out.push_str(&digits);
            for _ in digits.len()..int_len {
                out.push('0');
            }
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::format_g;
    #[test]
    fn go_shortest_g() {
        let cases: &[(f64, &str)] = &[(1.5, "1.5"), (3.0, "3"), (1e21, "1e+21"), (123456789.0, "1.23456789e+08"), (0.0001, "0.0001"), (0.00001, "1e-05"), (1.0 / 3.0, "0.3333333333333333"), (-0.0, "-0"), (1e20, "1e+20"), (100000.0, "100000"), (1e6, "1e+06")];
        for (v, want) in cases {
            assert_eq!(format_g(*v, 64), *want, "{v}");
        }
        assert_eq!(format_g(0.1f32 as f64, 32), "0.1");
    }
}

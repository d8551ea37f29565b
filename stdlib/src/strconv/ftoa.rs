//! Owns float formatting exactly as Go's `strconv.FormatFloat` (formats `b e E
//! f g G x X`, shortest with `prec < 0`, explicit precisions correctly rounded,
//! ties to even on the exact binary value). Shortest digits come from `ryu`;
//! fixed precisions from the exact decimal expansion in `exact_digits`.
//! Must not know fmt's flags or padding.

/// The decimal digits of a finite non-zero magnitude: `0.d1d2d3… × 10^dp`.
struct Digits {
    d: Vec<u8>,
    dp: i32,
}

impl Digits {
    fn nd(&self) -> i32 {
        self.d.len() as i32
    }

    fn trim(&mut self) {
        while self.d.last() == Some(&b'0') {
            self.d.pop();
        }
        if self.d.is_empty() {
            self.dp = 0;
        }
    }

    /// Go's `shouldRoundUp` for an exact expansion (never truncated).
    fn should_round_up(&self, nd: i32) -> bool {
        if nd < 0 || nd >= self.nd() {
            return false;
        }
        let n = nd as usize;
        if self.d[n] == b'5' && n + 1 == self.d.len() {
            return n > 0 && (self.d[n - 1] - b'0') & 1 == 1;
        }
        self.d[n] >= b'5'
    }

    /// Go's `decimal.Round(nd)`.
    fn round(&mut self, nd: i32) {
        if nd < 0 || nd >= self.nd() {
            return;
        }
        if self.should_round_up(nd) {
            let n = nd as usize;
            for i in (0..n).rev() {
                if self.d[i] < b'9' {
                    self.d[i] += 1;
                    self.d.truncate(i + 1);
                    return;
                }
            }
            self.d.clear();
            self.d.push(b'1');
            self.dp += 1;
        } else {
            self.d.truncate(nd as usize);
            self.trim();
        }
    }
}

/// The exact decimal expansion of `mant × 2^exp` (`mant != 0`).
fn exact_digits(mant: u64, exp: i32) -> Digits {
    // Little-endian base-1e9 limbs of a big integer.
    let mut limbs: Vec<u32> = vec![(mant % 1_000_000_000) as u32];
    let mut rest = mant / 1_000_000_000;
    while rest > 0 {
        limbs.push((rest % 1_000_000_000) as u32);
        rest /= 1_000_000_000;
    }
    let mul = |limbs: &mut Vec<u32>, m: u64| {
        let mut carry = 0u64;
        for l in limbs.iter_mut() {
            let v = *l as u64 * m + carry;
            *l = (v % 1_000_000_000) as u32;
            carry = v / 1_000_000_000;
        }
        while carry > 0 {
            limbs.push((carry % 1_000_000_000) as u32);
            carry /= 1_000_000_000;
        }
    };
    // mant × 2^exp = (mant × 5^-exp) / 10^-exp when exp < 0.
    let (factor, count, mut dp_shift) = if exp >= 0 { (2u64, exp, 0) } else { (5u64, -exp, exp) };
    let mut left = count;
    while left > 0 {
        let step = left.min(13); // 5^13 < 2^31, so limb × factor fits in u64
        mul(&mut limbs, factor.pow(step as u32));
        left -= step;
    }
    let mut d = Vec::with_capacity(limbs.len() * 9);
    let top = limbs.len() - 1;
    d.extend_from_slice(limbs[top].to_string().as_bytes());
    for l in limbs[..top].iter().rev() {
        d.extend_from_slice(format!("{l:09}").as_bytes());
    }
    dp_shift += d.len() as i32;
    let mut digits = Digits { d, dp: dp_shift };
    digits.trim();
    digits
}

/// Shortest digits that read back as the same float of `bit_size` bits.
fn shortest_digits(f: f64, bit_size: u32) -> Digits {
    let mut buf = ryu::Buffer::new();
    let text = if bit_size == 32 { buf.format_finite(f as f32) } else { buf.format_finite(f) };
    let text = text.trim_start_matches('-');
    let (mantissa, exp10) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], text[i + 1..].parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let int_len = mantissa.find('.').unwrap_or(mantissa.len()) as i32;
    let mut d: Vec<u8> = mantissa.bytes().filter(|b| b.is_ascii_digit()).collect();
    let leading = d.iter().take_while(|&&b| b == b'0').count();
    d.drain(..leading);
    let mut digits = Digits { d, dp: int_len - leading as i32 + exp10 };
    digits.trim();
    digits
}

/// Go's `strconv.FormatFloat(f, fmt, prec, bitSize)`; `bit_size` is 32 or 64.
pub fn format_float(f: f64, fmt: u8, prec: i64, bit_size: u32) -> String {
    let mut out = Vec::new();
    append_float(&mut out, f, fmt, prec, bit_size);
    String::from_utf8(out).unwrap_or_default()
}

/// Appends `FormatFloat(f, fmt, prec, bitSize)` to `dst`.
pub fn append_float(dst: &mut Vec<u8>, f: f64, fmt: u8, prec: i64, bit_size: u32) {
    let (bits, exp_bits, mant_bits, bias) = if bit_size == 32 {
        ((f as f32).to_bits() as u64, 8u32, 23u32, -127i32)
    } else {
        (f.to_bits(), 11, 52, -1023)
    };
    let neg = bits >> (exp_bits + mant_bits) != 0;
    let mut exp = ((bits >> mant_bits) & ((1 << exp_bits) - 1)) as i32;
    let mut mant = bits & ((1u64 << mant_bits) - 1);
    if exp == (1 << exp_bits) - 1 {
        dst.extend_from_slice(match (mant != 0, neg) {
            (true, _) => b"NaN",
            (false, true) => b"-Inf",
            (false, false) => b"+Inf",
        });
        return;
    }
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << mant_bits;
    }
    exp += bias;
    let prec = prec.clamp(-1, 1 << 20) as i32;
    match fmt {
        b'b' => return fmt_b(dst, neg, mant, exp - mant_bits as i32),
        b'x' | b'X' => return fmt_x(dst, prec, fmt, neg, mant, exp, mant_bits as i32),
        _ => {}
    }
    if mant == 0 {
        return fmt_efg(dst, neg, &Digits { d: Vec::new(), dp: 0 }, prec, fmt, prec < 0);
    }
    if prec < 0 {
        let digits = shortest_digits(f, bit_size);
        let (nd, dp) = (digits.nd(), digits.dp);
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - dp).max(0),
            b'g' | b'G' => nd,
            _ => prec,
        };
        return fmt_efg(dst, neg, &digits, prec, fmt, true);
    }
    let mut digits = exact_digits(mant, exp - mant_bits as i32);
    let mut prec = prec;
    match fmt {
        b'e' | b'E' => digits.round(prec + 1),
        b'f' => digits.round(digits.dp + prec),
        b'g' | b'G' => {
            if prec == 0 {
                prec = 1;
            }
            digits.round(prec);
        }
        _ => {}
    }
    fmt_efg(dst, neg, &digits, prec, fmt, false)
}

fn fmt_efg(dst: &mut Vec<u8>, neg: bool, digits: &Digits, mut prec: i32, mut fmt: u8, shortest: bool) {
    let (s, nd, dp) = (&digits.d, digits.nd(), digits.dp);
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    match fmt {
        b'e' | b'E' => {
            if neg {
                dst.push(b'-');
            }
            dst.push(if nd != 0 { s[0] } else { b'0' });
            if prec > 0 {
                dst.push(b'.');
                let mut i = 1;
                let m = nd.min(prec + 1);
                if i < m {
                    dst.extend_from_slice(&s[i as usize..m as usize]);
                    i = m;
                }
                dst.extend(std::iter::repeat_n(b'0', (prec + 1 - i) as usize));
            }
            dst.push(fmt);
            let mut exp = if nd == 0 { 0 } else { dp - 1 };
            if exp < 0 {
                dst.push(b'-');
                exp = -exp;
            } else {
                dst.push(b'+');
            }
            if exp < 10 {
                dst.extend_from_slice(&[b'0', exp as u8 + b'0']);
            } else if exp < 100 {
                dst.extend_from_slice(&[(exp / 10) as u8 + b'0', (exp % 10) as u8 + b'0']);
            } else {
                dst.extend_from_slice(&[(exp / 100) as u8 + b'0', (exp / 10 % 10) as u8 + b'0', (exp % 10) as u8 + b'0']);
            }
        }
        b'f' => {
            if neg {
                dst.push(b'-');
            }
            if dp > 0 {
                let m = nd.min(dp);
                dst.extend_from_slice(&s[..m as usize]);
                dst.extend(std::iter::repeat_n(b'0', (dp - m) as usize));
            } else {
                dst.push(b'0');
            }
            if prec > 0 {
                dst.push(b'.');
                let lz = prec.min((-dp).max(0));
                let off = dp + lz;
                let m = (prec - lz).min((nd - off).max(0));
                let tz = (prec - lz - m).max(0);
                dst.extend(std::iter::repeat_n(b'0', lz as usize));
                if m > 0 {
                    dst.extend_from_slice(&s[off as usize..(off + m) as usize]);
                }
                dst.extend(std::iter::repeat_n(b'0', tz as usize));
            }
        }
        _ => {
            dst.push(b'%');
            dst.push(fmt);
        }
    }
}

fn fmt_b(dst: &mut Vec<u8>, neg: bool, mant: u64, exp: i32) {
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(mant.to_string().as_bytes());
    dst.push(b'p');
    if exp >= 0 {
        dst.push(b'+');
    }
    dst.extend_from_slice(exp.to_string().as_bytes());
}

fn fmt_x(dst: &mut Vec<u8>, prec: i32, fmt: u8, neg: bool, mut mant: u64, mut exp: i32, mant_bits: i32) {
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        dst.push(b'.');
        while mant != 0 {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        dst.push(b'.');
        for _ in 0..prec {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    dst.push(if fmt == b'x' { b'p' } else { b'P' });
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    if exp < 100 {
        dst.extend_from_slice(&[(exp / 10) as u8 + b'0', (exp % 10) as u8 + b'0']);
    } else if exp < 1000 {
        dst.extend_from_slice(&[(exp / 100) as u8 + b'0', (exp / 10 % 10) as u8 + b'0', (exp % 10) as u8 + b'0']);
    } else {
        dst.extend_from_slice(&[
            (exp / 1000) as u8 + b'0',
            (exp / 100 % 10) as u8 + b'0',
            (exp / 10 % 10) as u8 + b'0',
            (exp % 10) as u8 + b'0',
        ]);
    }
}

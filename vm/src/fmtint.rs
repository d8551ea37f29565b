//! Owns decimal integer formatting without allocation: `strconv.Itoa`
//! (the `Convert` instruction's `IntToDecimal` and the stdlib native).
//! Must not know values or the heap.

/// `i` in decimal, written at the end of `buf` (no allocation): Go's
/// `FormatInt(i, 10)`. 20 bytes hold every i64 ("-9223372036854775808").
pub fn format_decimal(i: i64, buf: &mut [u8; 20]) -> &[u8] {
    let mut u = i.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (u % 10) as u8;
        u /= 10;
        if u == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    &buf[at..]
}

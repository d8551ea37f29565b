//! Owns the natives of package `time`: the clocks, sleeping, the waits of
//! timer runners (`Timer{C; when; seq; …}`), and the bridge
//! from time.mg's `*Location` values (`Location{name string; zone int}`) to
//! the engine's zones, kept in a process-wide table (`zone` indexes it;
//! entry 0 is UTC; -1 marks `Local` before its first use, when `$TZ` or
//! /etc/localtime is read and the struct is filled in). Calendar fields,
//! Format, Parse and ParseDuration are the engine's (`crate::time`).
//! The host (clock, `$TZ`/`$ZONEINFO`, zone files) is reached only through
//! `NativeCtx::host`. Must not know the scheduler's internals.

use crate::glue::{self, int_arg, str_arg};
use crate::time::calendar::{iso_week, Civil, SECONDS_PER_DAY};
use crate::time::format::{format, monotonic_suffix, Moment};
use crate::time::parse::{parse, quote, ParsedZone};
use crate::time::zone::{read_tzif, zip_entry, Zone, ZipFailure, MALFORMED};
use minigo_vm::{Errno, Host, IoPoll, NativeCtx, NativeRegistry, NativeStep, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

// ---- the zone table ----

/// Every zone a program has made (FixedZone, LoadLocation, Local), shared by
/// all programs of the process: entries never change once added, and equal
/// zones share one entry.
#[derive(Default)]
struct Zones {
    list: Vec<Arc<Zone>>,
    index: HashMap<Arc<Zone>, usize>,
}

fn zones() -> &'static Mutex<Zones> {
    static ZONES: OnceLock<Mutex<Zones>> = OnceLock::new();
    ZONES.get_or_init(|| {
        let mut z = Zones::default();
        z.add(Zone::default());
        Mutex::new(z)
    })
}

impl Zones {
    fn add(&mut self, zone: Zone) -> usize {
        if let Some(&i) = self.index.get(&zone) {
            return i;
        }
        let zone = Arc::new(zone);
        self.list.push(zone.clone());
        self.index.insert(zone, self.list.len() - 1);
        self.list.len() - 1
    }
}

fn add_zone(zone: Zone) -> i64 {
    zones().lock().map_or(0, |mut z| z.add(zone) as i64)
}

fn zone_entry(i: i64) -> Arc<Zone> {
    let table = zones().lock();
    table.ok().and_then(|z| z.list.get(i.max(0) as usize).cloned()).unwrap_or_default()
}

/// `Location.zone` of Local before its first use.
const LOCAL_UNREAD: i64 = -1;

/// The zone of a `*Location` argument (nil is UTC). Local is read from the
/// host on first use, and its name and zone stored in its struct.
fn location_zone(ctx: &mut NativeCtx, loc: Value) -> Arc<Zone> {
    let Some(s) = glue::receiver_struct(ctx.heap, loc) else { return zone_entry(0) };
    let key = ctx.heap.agg(s).get(1).map_or(0, |v| v.as_int());
    if key != LOCAL_UNREAD {
        return zone_entry(key);
    }
    let (name, zone) = local_zone(ctx.host);
    let key = add_zone(zone);
    let name = ctx.heap.alloc_str(name.as_bytes());
    if let [n, z, ..] = ctx.heap.agg_mut(s) {
        *n = name;
        *z = Value::Int(key);
    }
    zone_entry(key)
}

/// Local's name and zone as Go chooses them: `$TZ` unset reads
/// /etc/localtime ("Local"); `$TZ` empty or "UTC" is UTC; a path (after an
/// optional ':') is read as a TZif file, a name from the zone database;
/// whatever fails to load is UTC.
fn local_zone(host: &mut dyn Host) -> (String, Zone) {
    let utc = ("UTC".to_string(), Zone::default());
    let Some(tz) = env(host, "TZ") else {
        return read_file(host, "/etc/localtime").ok().and_then(|d| read_tzif(&d).ok()).map_or(utc, |z| ("Local".into(), z));
    };
    let tz = tz.strip_prefix(':').unwrap_or(&tz).to_string();
    if tz.starts_with('/') {
        let name = if tz == "/etc/localtime" { "Local".to_string() } else { tz.clone() };
        return read_file(host, &tz).ok().and_then(|d| read_tzif(&d).ok()).map_or(utc, |z| (name, z));
    }
    if tz.is_empty() || tz == "UTC" {
        return utc;
    }
    match load_from_sources(host, &tz, SYSTEM_SOURCES) {
        Ok(z) => (tz, z),
        Err(_) => utc,
    }
}

/// Where the system keeps its zone database, in the order Go looks (after
/// them, `$GOROOT/lib/time/zoneinfo.zip`).
const SYSTEM_SOURCES: &[&str] = &["/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo"];

/// The TZif data of zone `name` from `source`, a directory or a zip
/// archive; the error text is Go's, `None` when the source lacks the zone.
fn read_source(host: &mut dyn Host, source: &str, name: &str) -> Result<Vec<u8>, Option<String>> {
    if source.len() > 4 && source.ends_with(".zip") {
        let archive = read_file(host, source).map_err(errno_text)?;
        return match zip_entry(&archive, name) {
            Ok(Some(data)) => Ok(data),
            Ok(None) => Err(None),
            Err(ZipFailure::Compressed) => Err(Some(format!("unsupported compression for {name} in {source}"))),
            Err(ZipFailure::Corrupt) => Err(Some(format!("corrupt zip file {source}"))),
        };
    }
    let path = if source.is_empty() { name.to_string() } else { format!("{source}/{name}") };
    read_file(host, &path).map_err(errno_text)
}

/// Reads zone `name` from the first source that has it; the error is Go's:
/// the first failure other than a missing file, else "unknown time zone".
fn load_from_sources(host: &mut dyn Host, name: &str, sources: &[&str]) -> Result<Zone, String> {
    let goroot_zip = env(host, "GOROOT").filter(|r| !r.is_empty()).map(|r| format!("{r}/lib/time/zoneinfo.zip"));
    let mut first_error: Option<String> = None;
    for source in sources.iter().copied().chain(goroot_zip.as_deref()) {
        let found = read_source(host, source, name).and_then(|data| read_tzif(&data).map_err(|e| Some(e.to_string())));
        match found {
            Ok(zone) => return Ok(zone),
            Err(Some(e)) if first_error.is_none() => first_error = Some(e),
            Err(_) => {}
        }
    }
    Err(first_error.unwrap_or_else(|| format!("unknown time zone {name}")))
}

/// `LoadLocation(name)` past its checks of the name: `$ZONEINFO` first (a
/// directory or zip archive), then the system's database.
fn load_zone(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let name = String::from_utf8_lossy(&str_arg(ctx, args, 0)).into_owned();
    let mut first_error = None;
    if let Some(dir) = env(ctx.host, "ZONEINFO").filter(|d| !d.is_empty()) {
        match read_source(ctx.host, &dir, &name).and_then(|data| read_tzif(&data).map_err(|e| Some(e.to_string()))) {
            Ok(zone) => return zone_result(ctx, Ok(zone)),
            Err(e) => first_error = e,
        }
    }
    let result = load_from_sources(ctx.host, &name, SYSTEM_SOURCES).map_err(|e| first_error.unwrap_or(e));
    zone_result(ctx, result)
}

fn zone_result(ctx: &mut NativeCtx, result: Result<Zone, String>) -> NativeStep {
    match result {
        Ok(zone) => {
            let msg = glue::string(ctx, b"");
            glue::ret([Value::Int(add_zone(zone)), msg])
        }
        Err(e) => {
            let msg = glue::string(ctx, e.as_bytes());
            glue::ret([Value::Int(0), msg])
        }
    }
}

fn zone_from_tzif(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let data = glue::bytes_of(ctx.heap, glue::arg(args, 0));
    let result = read_tzif(&data).map_err(|_| MALFORMED.to_string());
    zone_result(ctx, result)
}

fn fixed_zone(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let name = String::from_utf8_lossy(&str_arg(ctx, args, 0)).into_owned();
    NativeStep::one(Value::Int(add_zone(Zone::fixed(&name, int_arg(args, 1)))))
}

/// `(*Location).String`: its name (nil is UTC; Local's once read).
fn location_string(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let loc = glue::arg(args, 0);
    let Some(s) = glue::receiver_struct(ctx.heap, loc) else { return glue::ret_str(ctx, b"UTC") };
    location_zone(ctx, loc);
    let name = ctx.heap.agg(s).first().copied().unwrap_or_default();
    NativeStep::one(name)
}

// ---- calendar and formatting ----

/// The zone period and wall-clock fields of `loc` at `unix`.
fn local_fields(ctx: &mut NativeCtx, loc: Value, unix: i64) -> (crate::time::zone::Period, Civil) {
    let period = location_zone(ctx, loc).lookup(unix);
    let civil = Civil::of(unix.wrapping_add(period.offset));
    (period, civil)
}

fn civil(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (_, c) = local_fields(ctx, glue::arg(args, 0), int_arg(args, 1));
    glue::ret([c.year, c.month, c.day, c.yday, c.weekday, c.hour, c.minute, c.second].map(Value::Int))
}

fn iso_week_native(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (period, _) = local_fields(ctx, glue::arg(args, 0), int_arg(args, 1));
    let days = int_arg(args, 1).wrapping_add(period.offset).div_euclid(SECONDS_PER_DAY);
    let (year, week) = iso_week(days);
    glue::ret([Value::Int(year), Value::Int(week)])
}

fn zone_at(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = location_zone(ctx, glue::arg(args, 0)).lookup(int_arg(args, 1));
    let name = glue::string(ctx, p.name.as_bytes());
    glue::ret([name, Value::Int(p.offset), Value::Int(p.start), Value::Int(p.end), Value::Bool(p.is_dst)])
}

fn format_time(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (period, civil) = local_fields(ctx, glue::arg(args, 0), int_arg(args, 1));
    let layout = str_arg(ctx, args, 3);
    let moment = Moment { civil, nanosecond: int_arg(args, 2), zone_name: &period.name, offset: period.offset };
    let text = format(&moment, &layout);
    glue::ret_str(ctx, &text)
}

fn date_unix(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let zone = location_zone(ctx, glue::arg(args, 7));
    let f = |i| int_arg(args, i);
    let (unix, nanos) = zone.date(f(0), f(1), f(2), f(3), f(4), f(5), f(6));
    glue::ret([Value::Int(unix), Value::Int(nanos)])
}

/// `(sec seconds + nsec) mod d`, never negative (Truncate and Round).
fn remainder(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let total = i128::from(int_arg(args, 0)) * 1_000_000_000 + i128::from(int_arg(args, 1));
    let d = i128::from(int_arg(args, 2).max(1));
    NativeStep::one(Value::Int(total.rem_euclid(d) as i64))
}

fn mono_text(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let s = monotonic_suffix(int_arg(args, 0));
    glue::ret_str(ctx, s.as_bytes())
}

fn quote_native(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let q = quote(&str_arg(ctx, args, 0));
    glue::ret_str(ctx, &q)
}

/// `parseTime(layout, value, def, local)`: the result and where it lives,
/// or a ParseError's elements and message.
fn parse_time(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (layout, value) = (str_arg(ctx, args, 0), str_arg(ctx, args, 1));
    let default = location_zone(ctx, glue::arg(args, 2));
    let local = location_zone(ctx, glue::arg(args, 3));
    match parse(&layout, &value, &default, &local) {
        Ok(p) => {
            let (where_, name, offset) = match p.zone {
                ParsedZone::Utc => (0, String::new(), 0),
                ParsedZone::Local => (1, String::new(), 0),
                ParsedZone::Default => (2, String::new(), 0),
                ParsedZone::Fixed(name, offset) => (3, name, offset),
            };
            let name = glue::string(ctx, name.as_bytes());
            let empty = glue::string(ctx, b"");
            glue::ret([Value::Int(p.unix), Value::Int(p.nanos), Value::Int(where_), name, Value::Int(offset), empty, empty, empty, Value::Bool(true)])
        }
        Err(e) => {
            let empty = glue::string(ctx, b"");
            let texts = [e.layout_elem, e.value_elem, e.message].map(|t| glue::string(ctx, &t));
            let [l, v, m] = texts;
            glue::ret([Value::Int(0), Value::Int(0), Value::Int(0), empty, Value::Int(0), l, v, m, Value::Bool(false)])
        }
    }
}

fn parse_duration(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (d, msg) = match crate::time::duration::parse_duration(&str_arg(ctx, args, 0)) {
        Ok(d) => (d, Vec::new()),
        Err(msg) => (0, msg),
    };
    let msg = glue::string(ctx, &msg);
    glue::ret([Value::Int(d), msg])
}

fn duration_string(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let s = crate::time::duration_string(int_arg(args, 0));
    glue::ret_str(ctx, s.as_bytes())
}

// ---- clocks ----

fn sleep(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::Sleep(int_arg(args, 0).max(0))
}

/// `clockNow() (sec int64, nsec int32, mono int64)`: the wall clock and the
/// monotonic clock (counted from 1 at the program's start, as Go's is).
fn clock_now(ctx: &mut NativeCtx, _: &[Value]) -> NativeStep {
    let (sec, nsec) = ctx.host.wall_clock();
    let mono = ctx.now_nanos() + 1;
    glue::ret([Value::Int(sec), Value::Int(nsec), Value::Int(mono)])
}

fn mono_now(ctx: &mut NativeCtx, _: &[Value]) -> NativeStep {
    NativeStep::one(Value::Int(ctx.now_nanos() + 1))
}

/// `Timer{C; when int64; seq int64; …}`: the fields the runner's natives read.
const TIMER_WHEN: usize = 1;
const TIMER_SEQ: usize = 2;

/// `waitDue(t, seq) bool`: false once `t` was armed again or stopped, true
/// once due; else parks on `t` until due or woken (`wakeRunner`), then the
/// call is retried.
fn wait_due(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let Some(t) = glue::receiver_struct(ctx.heap, glue::arg(args, 0)) else { return NativeStep::one(Value::Bool(false)) };
    let field = |i: usize| ctx.heap.agg(t).get(i).map_or(0, |v| v.as_int());
    if field(TIMER_SEQ) != int_arg(args, 1) {
        return NativeStep::one(Value::Bool(false));
    }
    let due = field(TIMER_WHEN);
    // The monotonic readings count from 1 (`mono_now`), the scheduler's from 0.
    if ctx.now_nanos() + 1 >= due {
        return NativeStep::one(Value::Bool(true));
    }
    NativeStep::BlockUntil(minigo_vm::WaitReason::Sleep, t, due - 1)
}

fn wake_runner(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    if let Some(t) = glue::receiver_struct(ctx.heap, glue::arg(args, 0)) {
        ctx.wake_all(t);
    }
    NativeStep::unit()
}

fn start_runner(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::GoRuntime { func: glue::arg(args, 0), args: minigo_vm::Values::new() }
}

pub fn register(r: &mut NativeRegistry) {
    let table: &[(&str, minigo_vm::NativeFn)] = &[
        ("time.Sleep", sleep),
        ("time.clockNow", clock_now),
        ("time.Duration.String", duration_string),
        ("time.parseDuration", parse_duration),
        ("time.dateUnix", date_unix),
        ("time.civil", civil),
        ("time.isoWeek", iso_week_native),
        ("time.zoneAt", zone_at),
        ("time.formatTime", format_time),
        ("time.monoText", mono_text),
        ("time.quote", quote_native),
        ("time.remainder", remainder),
        ("time.parseTime", parse_time),
        ("time.(*Location).String", location_string),
        ("time.fixedZone", fixed_zone),
        ("time.loadZone", load_zone),
        ("time.zoneFromTZif", zone_from_tzif),
        ("time.monoNow", mono_now),
        ("time.waitDue", wait_due),
        ("time.wakeRunner", wake_runner),
        ("time.startRunner", start_runner),
    ];
    for (name, f) in table {
        r.register(*name, *f);
    }
}

// ---- the host ----

fn env(host: &dyn Host, key: &str) -> Option<String> {
    host.env_get(key.as_bytes()).map(|v| String::from_utf8_lossy(&v).into_owned())
}

/// A zone file's bytes (at most 10 MB, as Go reads them).
fn read_file(host: &mut dyn Host, path: &str) -> Result<Vec<u8>, Errno> {
    const LIMIT: usize = 10 << 20;
    let fd = host.open(path.as_bytes(), minigo_vm::host::open_flags::O_RDONLY, 0)?;
    let mut data = Vec::new();
    let mut buf = vec![0u8; 64 << 10];
    let result = loop {
        match host.read(fd, &mut buf) {
            IoPoll::Ready(Ok(0)) => break Ok(data),
            IoPoll::Ready(Ok(n)) if data.len() + n <= LIMIT => data.extend_from_slice(&buf[..n]),
            IoPoll::Ready(Ok(_)) => break Err(Errno::EINVAL),
            IoPoll::Ready(Err(e)) => break Err(e),
            IoPoll::Pending => break Err(Errno::EIO),
        }
    };
    let _ = host.close(fd);
    result
}

/// Go's text for a failure to read a zone file; `None` for a missing file
/// (the next source is tried).
fn errno_text(e: Errno) -> Option<String> {
    Some(match e {
        Errno::ENOENT => return None,
        Errno::EISDIR => "is a directory".into(),
        Errno::ENOTDIR => "not a directory".into(),
        Errno::EACCES => "permission denied".into(),
        Errno::EIO => "input/output error".into(),
        Errno(36) => "file name too long".into(),
        Errno(40) => "too many levels of symbolic links".into(),
        Errno(n) => format!("errno {n}"),
    })
}

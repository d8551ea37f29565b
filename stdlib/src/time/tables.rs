//! Tests of the time engine against `testdata/format.out`, printed by real
//! Go (`testdata/gen_format.go`, run with TZ=UTC): Format, calendar fields,
//! zone lookups and bounds, Date's normalisation, Parse, ParseInLocation and
//! ParseDuration. Zones named `tz:NAME` are TZif files of the system database
//! the table was made with, copied to `testdata/<city>.tzif`.

use super::calendar::{Civil, UNIX_FROM_YEAR_ONE};
use super::duration::parse_duration;
use super::format::{format, Moment};
use super::parse::{parse, quote, ParsedZone};
use super::zone::{read_tzif, Zone, ALPHA, OMEGA};
use crate::golden::{rows, unhex};

fn zone(id: &str) -> Option<Zone> {
    if id == "UTC" {
        return Some(Zone::default());
    }
    if let Some(name) = id.strip_prefix("tz:") {
        let data: &[u8] = match name {
            "America/New_York" => include_bytes!("testdata/New_York.tzif"),
            "Australia/Lord_Howe" => include_bytes!("testdata/Lord_Howe.tzif"),
            _ => return None,
        };
        return Some(read_tzif(data).expect("TZif test data"));
    }
    let spec = id.strip_prefix("fixed:")?;
    let (name, offset) = spec.rsplit_once(':')?;
    Some(Zone::fixed(name, offset.parse().ok()?))
}

fn moment_text(z: &Zone, unix: i64, nanos: i64, layout: &[u8]) -> Vec<u8> {
    let p = z.lookup(unix);
    format(&Moment { civil: Civil::of(unix + p.offset), nanosecond: nanos, zone_name: &p.name, offset: p.offset }, layout)
}

fn as_go_bound(b: i64) -> i64 {
    if b == ALPHA || b == OMEGA {
        -UNIX_FROM_YEAR_ONE
    } else {
        b
    }
}

#[test]
fn matches_go_table() {
    let table = include_str!("testdata/format.out");
    let ny = zone("tz:America/New_York");
    let (mut checked, mut skipped) = (0, 0);
    for row in rows(table) {
        let z = row.get(1).and_then(|id| if row[0] == "P" || row[0] == "L" || row[0] == "PD" { None } else { Some(zone(id)) });
        match (row[0], z) {
            ("F" | "C" | "D", Some(None)) => skipped += 1,
            ("F", Some(Some(z))) => {
                let got = moment_text(&z, row[2].parse().unwrap(), row[3].parse().unwrap(), row[4].as_bytes());
                assert_eq!(String::from_utf8_lossy(&got), row[5], "{row:?}");
            }
            ("C", Some(Some(z))) => {
                let unix: i64 = row[2].parse().unwrap();
                let p = z.lookup(unix);
                let c = Civil::of(unix + p.offset);
                let (iy, iw) = super::calendar::iso_week((unix + p.offset).div_euclid(86_400));
                let got = format!(
                    "{} {} {} {} {} {} {} {} {} {} {} {} {} {} {}",
                    c.year, c.month, c.day, c.hour, c.minute, c.second, c.yday, c.weekday, iy, iw, p.name, p.offset,
                    as_go_bound(p.start), as_go_bound(p.end), p.is_dst
                );
                assert_eq!(got, row[3], "{row:?}");
            }
            ("D", Some(Some(z))) => {
                let a: Vec<i64> = row[2].split(' ').map(|x| x.parse().unwrap()).collect();
                let (unix, nanos) = z.date(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
                assert_eq!(format!("{unix} {nanos}"), row[3], "{row:?}");
            }
            ("P" | "L", _) => {
                let Some(ny) = &ny else {
                    skipped += 1;
                    continue;
                };
                let utc = Zone::default();
                let (default, local) = if row[0] == "P" { (&utc, &utc) } else { (ny, ny) };
                let (layout, value) = (unhex(row[1]), unhex(row[2]));
                let got = match parse(&layout, &value, default, local) {
                    Err(e) => {
                        let full = if e.message.is_empty() {
                            [b"parsing time ".as_slice(), &quote(&value), b" as ", &quote(&layout), b": cannot parse ", &quote(&e.value_elem), b" as ", &quote(&e.layout_elem)].concat()
                        } else {
                            [b"parsing time ".as_slice(), &quote(&value), &e.message].concat()
                        };
                        format!("err\t{}\t{}\t{}\t{}", hex(&e.layout_elem), hex(&e.value_elem), hex(&e.message), hex(&full))
                    }
                    Ok(p) => {
                        let (loc, zone) = match &p.zone {
                            ParsedZone::Utc => ("UTC".to_string(), utc.clone()),
                            ParsedZone::Local | ParsedZone::Default => (if row[0] == "P" { "UTC".into() } else { "America/New_York".into() }, local.clone()),
                            ParsedZone::Fixed(name, off) => (name.clone(), Zone::fixed(name, *off)),
                        };
                        let here = zone.lookup(p.unix);
                        format!("ok\t{}\t{}\t{}\t{}\t{}", p.unix, p.nanos, loc, hex(here.name.as_bytes()), here.offset)
                    }
                };
                assert_eq!(got, row[3..].join("\t"), "{} {:?} {:?}", row[0], String::from_utf8_lossy(&layout), String::from_utf8_lossy(&value));
            }
            ("PD", _) => {
                let got = match parse_duration(&unhex(row[1])) {
                    Ok(d) => format!("ok\t{d}"),
                    Err(e) => format!("err\t{}", hex(&e)),
                };
                assert_eq!(got, row[2..].join("\t"), "ParseDuration({:?})", String::from_utf8_lossy(&unhex(row[1])));
            }
            _ => panic!("bad row {row:?}"),
        }
        checked += 1;
    }
    assert!(checked > 3000 && skipped == 0, "{checked} rows checked, {skipped} skipped");
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|c| format!("{c:02x}")).collect()
}

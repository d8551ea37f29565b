//! Owns the proleptic Gregorian calendar package `time` uses: days since
//! 1970-01-01 to and from a civil date, leap years, month lengths, weekdays,
//! year days and ISO weeks, and the split of a zone-local second count into
//! calendar fields. Pure arithmetic; must not know zones, layouts or the vm.

pub const SECONDS_PER_DAY: i64 = 86_400;

/// Seconds from January 1 of year 1 (Go's internal epoch) to the Unix epoch.
pub const UNIX_FROM_YEAR_ONE: i64 = 62_135_596_800;

pub fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days in `month` (1–12) of `year`.
pub fn days_in(month: i64, year: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days of a common year before the first of `month` (1–13).
pub fn days_before(month: i64) -> i64 {
    const TABLE: [i64; 13] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
    TABLE[(month.clamp(1, 13) - 1) as usize]
}

/// Days from 1970-01-01 to `year`-`month`-`day`; `month` must be 1–12, `day`
/// may lie outside the month (it counts on from the month's first day).
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    // Count years from March so that February's leap day ends a year.
    let y = if month <= 2 { year.wrapping_sub(1) } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era.wrapping_mul(400);
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era.wrapping_mul(146_097).wrapping_add(day_of_era).wrapping_sub(719_468).wrapping_add(day.wrapping_sub(1))
}

/// The civil date (year, month 1–12, day 1–31) `days` after 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days.wrapping_add(719_468);
    let era = z.div_euclid(146_097);
    let day_of_era = z - era.wrapping_mul(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 };
    let year = year_of_era.wrapping_add(era.wrapping_mul(400)) + i64::from(month <= 2);
    (year, month, day)
}

/// Day of the week (0 = Sunday) of the day `days` after 1970-01-01 (a Thursday).
pub fn weekday(days: i64) -> i64 {
    (days.wrapping_add(4)).rem_euclid(7)
}

/// The calendar fields of an instant as read in some zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Civil {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    /// 1–366.
    pub yday: i64,
    /// 0 = Sunday.
    pub weekday: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
}

impl Civil {
    /// Splits `local` (seconds since 1970-01-01 00:00 of the zone's wall clock).
    pub fn of(local: i64) -> Civil {
        let days = local.div_euclid(SECONDS_PER_DAY);
        let in_day = local.rem_euclid(SECONDS_PER_DAY);
        let (year, month, day) = civil_from_days(days);
        Civil {
            year,
            month,
            day,
            yday: days - days_from_civil(year, 1, 1) + 1,
            weekday: weekday(days),
            hour: in_day / 3600,
            minute: in_day / 60 % 60,
            second: in_day % 60,
        }
    }
}

/// The ISO 8601 (year, week 1–53) of the day `days` after 1970-01-01: the
/// week's Thursday decides the year, and week 1 holds the year's first Thursday.
pub fn iso_week(days: i64) -> (i64, i64) {
    let monday_based = (weekday(days) + 6) % 7;
    let thursday = days - monday_based + 3;
    let (year, _, _) = civil_from_days(thursday);
    let yday = thursday - days_from_civil(year, 1, 1);
    (year, yday / 7 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_day_of_eight_centuries() {
        for days in -200_000..100_000 {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
            assert!((1..=days_in(m, y)).contains(&d));
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(2021, 10, 32), days_from_civil(2021, 11, 1));
        assert_eq!(Civil::of(-1).hour, 23);
        assert_eq!(iso_week(days_from_civil(2021, 1, 3)), (2020, 53));
        assert_eq!(iso_week(days_from_civil(2024, 12, 30)), (2025, 1));
    }
}

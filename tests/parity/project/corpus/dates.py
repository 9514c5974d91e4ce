"""datetime and date: construction, arithmetic, comparison, parsing and formatting."""

from datetime import date, datetime, time, timedelta, timezone


def case_date_fields():
    d = date(2024, 2, 29)
    return [d.year, d.month, d.day]


def case_date_isoformat():
    return date(2024, 3, 5).isoformat()


def case_date_fromisoformat():
    d = date.fromisoformat("2024-03-05")
    return [d.year, d.month, d.day]


def case_date_plus_timedelta():
    return (date(2024, 2, 28) + timedelta(days=2)).isoformat()


def case_date_minus_date():
    return (date(2024, 3, 1) - date(2024, 2, 1)).days


def case_date_compare():
    return [date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1)]


def case_weekday():
    return [date(2024, 3, 4).weekday(), date(2024, 3, 4).isoweekday()]


def case_invalid_date():
    return date(2023, 2, 29).isoformat()


def case_datetime_isoformat():
    return datetime(2024, 3, 5, 14, 7, 9).isoformat()


def case_datetime_fromisoformat():
    d = datetime.fromisoformat("2024-03-05T14:07:09")
    return [d.hour, d.minute, d.second]


def case_strptime():
    d = datetime.strptime("05/03/2024", "%d/%m/%Y")
    return [d.year, d.month, d.day]


def case_strftime():
    return datetime(2024, 3, 5, 14, 7).strftime("%Y-%m-%d %H:%M")


def case_timedelta_total_seconds():
    return timedelta(hours=1, minutes=30).total_seconds()


def case_timedelta_days_seconds():
    t = timedelta(days=1, hours=2)
    return [t.days, t.seconds]


def case_datetime_minus_datetime():
    delta = datetime(2024, 3, 5, 12) - datetime(2024, 3, 4, 10)
    return [delta.days, delta.seconds]


def case_date_replace():
    return date(2024, 1, 31).replace(day=1).isoformat()


def case_str_of_date():
    return str(date(2024, 3, 5))


def case_date_from_input(text):
    d = date.fromisoformat(text)
    return d.isoformat()


def case_age_in_years():
    born = date(2000, 6, 15)
    today = date(2024, 6, 14)
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def case_date_sort():
    days = [date(2024, 3, 1), date(2023, 1, 1), date(2024, 1, 1)]
    return [d.isoformat() for d in sorted(days)]


def case_timedelta_compare():
    return timedelta(days=1) > timedelta(hours=23)


def case_date_add_month_end():
    return (date(2024, 12, 31) + timedelta(days=1)).isoformat()


def case_from_import_alias():
    from datetime import date as Date
    return Date(2024, 1, 2).isoformat()


def case_timedelta_str():
    return [str(timedelta(days=2)), str(timedelta(days=1)), str(timedelta(days=-1)), str(timedelta(days=3, minutes=5))]


def case_strftime_documented_directives():
    moment = datetime(2024, 3, 5, 14, 7, 9, 1234)
    return [moment.strftime("%" + letter) for letter in "aAbBcdfGHIjmMpSuUVwWxXyYzZ%"]


def case_strftime_formats():
    # January: Transcrypt's time.js named it December in a browser on UTC
    days = [date(2023, 1, 1), date(2024, 2, 29), date(2024, 12, 31), date(2021, 1, 3)]
    formats = ["%Y-%m-%d", "%d %b %Y", "%A", "%H:%M:%S", "%%", "%%Y", "%j", "%B %d, %Y"]
    return [[d.strftime(f) for f in formats] for d in days]


def case_strftime_week_numbers():
    # the first days of the year belong to week 0 (%U, %W) or to the last ISO week of the year before
    days = [date(2020, 12, 31), date(2021, 1, 1), date(2021, 1, 3), date(2021, 1, 4), date(2026, 12, 31)]
    return [d.strftime("%U %W %G-W%V-%u %w") for d in days]


def case_strftime_time_of_day():
    return [time(0, 5, 9).strftime("%I:%M %p %H %j %Y"), time(12, 0).strftime("%I %p"),
            time(23, 59, 59, 7).strftime("%X.%f")]


def case_strftime_time_zone():
    zone = timezone(timedelta(hours=-5, minutes=-30), "EST%")
    return [datetime(2024, 3, 5, 1, 2, 3, tzinfo=zone).strftime("%z %Z %%"),
            datetime(2024, 3, 5, tzinfo=timezone(timedelta(hours=2), "CEST")).strftime("%z %Z"),
            datetime(2024, 3, 5).strftime("[%z%Z]")]


def case_format_spec_of_date():
    return ["{:%d %b %Y}".format(date(2023, 1, 1)), "{:%A %j}".format(datetime(2024, 3, 5, 1, 2))]


def case_strftime_platform_directive():
    return date(2024, 3, 5).strftime("%e %b")


def case_strftime_year_before_1000():
    return date(999, 12, 31).strftime("%Y-%m-%d")


def case_date_today():
    today = date.today()
    return [type(today).__name__, today.year >= 2024, today == datetime.now().date()]


def case_str_of_datetime():
    moment = datetime(2024, 3, 5, 1, 2, 3)
    return [str(moment), "{}".format(moment), str(datetime(2024, 3, 5, 1, 2, 3, 40))]


def case_datetime_ctime():
    return [datetime(2024, 3, 5, 1, 2, 3).ctime(), datetime(2024, 12, 25).ctime(), date(2024, 3, 5).ctime()]

"""datetime and date: construction, arithmetic, comparison, parsing and formatting."""

from datetime import date, datetime, timedelta


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

"""The official calendar as chinesecalendar 1.11 publishes it, and the plain-week fallback."""

from __future__ import annotations

import datetime as dt

from partyplan.rosters.calendar import DayKind, OfficialDay, classify, covered_years, month_days, official_days

D = dt.date


def official_exceptions(year: int) -> dict[dt.date, DayKind]:
    return {day.date: day.kind for day in official_days(year) or []}


def test_covered_years_are_the_packages_2004_to_2026():
    assert covered_years() == range(2004, 2027)


def test_years_without_a_notice_have_no_official_days():
    assert official_days(2027) is None
    assert official_days(2003) is None


def test_national_day_2026_holidays_and_adjusted_workdays():
    days = {day.date: day for day in official_days(2026) or []}
    for number in range(1, 8):
        assert days[D(2026, 10, number)] == OfficialDay(D(2026, 10, number), DayKind.HOLIDAY, "National Day", "国庆节")
    # The State Council notice for 2026: Sunday 20 Sep and Saturday 10 Oct are worked.
    assert days[D(2026, 9, 20)] == OfficialDay(D(2026, 9, 20), DayKind.WORKDAY, "National Day", "国庆节调休上班")
    assert days[D(2026, 10, 10)] == OfficialDay(D(2026, 10, 10), DayKind.WORKDAY, "National Day", "国庆节调休上班")
    assert D(2026, 10, 8) not in days and D(2026, 10, 11) not in days


def test_official_days_are_in_date_order_and_use_full_chinese_names():
    days = official_days(2026) or []
    assert [d.date for d in days] == sorted(d.date for d in days)
    assert {d.name_zh for d in days if d.kind == DayKind.HOLIDAY} == {
        "元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节",
    }


def test_october_2026_classified():
    days = dict(month_days(2026, 10, official_exceptions(2026)))
    assert len(days) == 31
    holidays = sorted(day for day, kind in days.items() if kind == DayKind.HOLIDAY)
    rest_days = sorted(day for day, kind in days.items() if kind == DayKind.REST_DAY)
    assert holidays == [D(2026, 10, n) for n in range(1, 8)]
    assert rest_days == [D(2026, 10, n) for n in (11, 17, 18, 24, 25, 31)]
    assert days[D(2026, 10, 10)] == DayKind.WORKDAY  # a Saturday, worked for National Day
    assert days[D(2026, 10, 8)] == DayKind.WORKDAY
    assert sum(kind == DayKind.WORKDAY for kind in days.values()) == 18


def test_plain_week_without_exceptions():
    assert classify(D(2027, 1, 2), {}) == DayKind.REST_DAY  # Saturday
    assert classify(D(2027, 1, 4), {}) == DayKind.WORKDAY  # Monday
    assert [kind for _, kind in month_days(2027, 2, {})][:7] == [
        DayKind.WORKDAY, DayKind.WORKDAY, DayKind.WORKDAY, DayKind.WORKDAY, DayKind.WORKDAY,
        DayKind.REST_DAY, DayKind.REST_DAY,
    ]


def test_recorded_exception_wins_over_the_weekday():
    override = {D(2027, 1, 1): DayKind.HOLIDAY, D(2027, 1, 2): DayKind.WORKDAY}
    assert classify(D(2027, 1, 1), override) == DayKind.HOLIDAY
    assert classify(D(2027, 1, 2), override) == DayKind.WORKDAY
    assert month_days(2027, 1, override)[2] == (D(2027, 1, 3), DayKind.REST_DAY)

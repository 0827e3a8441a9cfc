"""The on-duty record book: entries, follow-ups, inspection, the month's figures and the printed book."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from partyplan.db.models import FollowUp, Person, ShiftType
from partyplan.errors import ExportTargetError
from partyplan.rosters import duty_log, duty_log_export
from partyplan.rosters.duty_log import EntryData, EntryNotFound, InvalidEntry

D = dt.date
T = dt.time
TODAY = D(2025, 6, 10)


@pytest.fixture
def staff(database):  # type: ignore[no-untyped-def]
    """Two cadres on duty, a leader who inspects, and the workday evening shift."""
    with database.session() as s:
        people = [Person(name=n) for n in ("张伟", "李娜", "王书记")]
        shift = ShiftType(name="工作日晚班", start_time=T(17, 30), end_time=T(20, 30), day_kinds="workday", needed=2)
        s.add_all([*people, shift])
        s.flush()
        return {"zhang": people[0].id, "li": people[1].id, "wang": people[2].id, "shift": shift.id}


def entry(day: dt.date, matter: str = "咨询医保报销", **fields) -> EntryData:  # type: ignore[no-untyped-def]
    return EntryData(day=day, matter=matter, **fields)


@pytest.fixture
def month(database, staff):  # type: ignore[no-untyped-def]
    """A made-up May 2025 (6 entries, 2 open follow-ups), one April and one June entry; added out of order."""
    zhang, li, shift = staff["zhang"], staff["li"], staff["shift"]
    made = {
        "e6": entry(D(2025, 5, 31), "咨询低保申请条件", time=T(19), handled_by_id=li, category="consultation"),
        "e3": entry(D(2025, 5, 6), "投诉楼上噪音", category="complaint", resident_name="赵大妈",
                    follow_up=FollowUp.OPEN, follow_up_due=D(2025, 5, 20), handled_by_id=zhang),
        "e1": entry(D(2025, 5, 6), "咨询社保卡补办", time=T(18), handled_by_id=zhang, shift_type_id=shift,
                    category="consultation", contact="13800138000", household="3栋2单元501",
                    answer="告知携带身份证到社保窗口", result="已答复"),
        "e2": entry(D(2025, 5, 6), "开具居住证明", time=T(17, 40), category="certificate",
                    follow_up=FollowUp.CLOSED),
        "e4": entry(D(2025, 5, 10), "楼道灯不亮", time=T(9, 30), category="repair", follow_up=FollowUp.OPEN),
        "e5": entry(D(2025, 5, 17), "邻里漏水纠纷", time=T(10), category="dispute"),
        "april": entry(D(2025, 4, 28), "困难家庭申请临时救助", category="assistance", follow_up=FollowUp.OPEN,
                       follow_up_due=D(2025, 5, 5)),
        "june": entry(D(2025, 6, 2), "建议增设电动车充电桩", category="suggestion", follow_up=FollowUp.OPEN,
                      follow_up_due=D(2025, 6, 30)),
    }
    with database.session() as s:
        return {key: duty_log.add_entry(s, data, today=TODAY) for key, data in made.items()}


def test_add_keeps_every_field_and_resolves_names(database, staff):
    data = EntryData(day=D(2025, 5, 6), time=T(18, 5), shift_type_id=staff["shift"], handled_by_id=staff["zhang"],
                     resident_name=" 赵大妈 ", contact="138-0013-8000", household="3栋501", matter=" 咨询医保 ",
                     category="consultation", answer="已告知", result="满意", follow_up=FollowUp.OPEN,
                     follow_up_due=D(2025, 5, 9))
    with database.session() as s:
        entry_id = duty_log.add_entry(s, data, today=TODAY)
    with database.session() as s:
        row = duty_log.get_entry(s, entry_id)
    assert (row.handled_by_name, row.shift_name, row.inspected_on, row.closed_on) == ("张伟", "工作日晚班", None, None)
    assert row.to_data() == replace(data, resident_name="赵大妈", matter="咨询医保")


def test_month_is_listed_by_day_then_time_untimed_last(database, month):
    with database.session() as s:
        rows = duty_log.list_entries(s, 2025, 5)
    assert [r.id for r in rows] == [month[k] for k in ("e2", "e1", "e3", "e4", "e5", "e6")]
    with database.session() as s:
        assert [r.id for r in duty_log.list_entries(s, 2025, 4)] == [month["april"]]


def test_filters_by_category_follow_up_and_search(database, month):
    with database.session() as s:
        assert [r.id for r in duty_log.list_entries(s, 2025, 5, category="consultation")] == [month["e1"], month["e6"]]
        assert [r.id for r in duty_log.list_entries(s, 2025, 5, follow_up=FollowUp.OPEN)] == [month["e3"], month["e4"]]
        assert [r.id for r in duty_log.list_entries(s, 2025, 5, search="社保")] == [month["e1"]]
        assert [r.id for r in duty_log.list_entries(s, 2025, 5, search="李娜")] == [month["e6"]]  # cadre's name
        assert [r.id for r in duty_log.list_entries(s, 2025, 5, search="赵大妈")] == [month["e3"]]
        assert duty_log.list_entries(s, 2025, 5, search="%") == []  # typed wildcards are literal
        assert [r.id for r in duty_log.list_entries(s, 2025, 5, category="consultation", search="低保")] == [
            month["e6"]]


def test_update_changes_fields_and_stamps_closing(database, month):
    with database.session() as s:
        data = duty_log.get_entry(s, month["e4"]).to_data()
        duty_log.update_entry(s, month["e4"], replace(data, result="已联系物业", follow_up=FollowUp.CLOSED),
                              today=D(2025, 5, 12))
        closed = duty_log.get_entry(s, month["e4"])
        assert (closed.result, closed.follow_up, closed.closed_on) == ("已联系物业", FollowUp.CLOSED, D(2025, 5, 12))
        duty_log.update_entry(s, month["e4"], replace(data, follow_up=FollowUp.OPEN), today=TODAY)
        assert duty_log.get_entry(s, month["e4"]).closed_on is None


def test_delete_and_missing_entries(database, month):
    with database.session() as s:
        duty_log.delete_entry(s, month["e5"])
    with database.session() as s:
        assert month["e5"] not in [r.id for r in duty_log.list_entries(s, 2025, 5)]
        for call in (lambda: duty_log.get_entry(s, month["e5"]), lambda: duty_log.delete_entry(s, month["e5"]),
                     lambda: duty_log.update_entry(s, month["e5"], entry(D(2025, 5, 1)), today=TODAY)):
            with pytest.raises(EntryNotFound) as caught:
                call()
            assert caught.value.entry_id == month["e5"]


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"matter": "  "}, "matter", "required"),
    ({"category": "gossip"}, "category", "unknown_category"),
    ({"day": D(2025, 6, 11)}, "day", "future"),
    ({"follow_up_due": D(2025, 5, 5)}, "follow_up_due", "due_before_day"),
    ({"contact": "138-0"}, "contact", "phone_digits"),
    ({"contact": "+86 138-0013-8000-1234"}, "contact", "phone_digits"),
    ({"handled_by_id": 9999}, "handled_by_id", "unknown"),
    ({"shift_type_id": 9999}, "shift_type_id", "unknown"),
])
def test_invalid_entries_name_field_and_code(database, staff, change, field, code):
    good = entry(D(2025, 5, 6), follow_up=FollowUp.OPEN, follow_up_due=D(2025, 5, 6), contact="13800138000")
    with database.session() as s:
        duty_log.add_entry(s, good, today=TODAY)  # the unchanged entry is fine, so only `change` can fail
        with pytest.raises(InvalidEntry) as caught:
            duty_log.add_entry(s, replace(good, **change), today=TODAY)
        assert (caught.value.field, caught.value.code) == (field, code)
        assert len(duty_log.list_entries(s, 2025, 5)) == 1


@pytest.mark.parametrize(("contact", "ok"), [
    ("", True), ("13800138000", True), ("+86 138-0013-8000", True), ("(0571) 8888-1234", True), ("12345", True),
    ("微信 zs_01", True), ("请转告楼长 1234", True), ("1234", False), ("1234567890123456", False), ("--", False),
])
def test_phone_rule_applies_only_to_phone_like_contacts(contact, ok):
    assert duty_log.phone_ok(contact) is ok


def test_open_follow_ups_span_months_and_leave_when_closed(database, month):
    with database.session() as s:
        rows = duty_log.open_follow_ups(s, today=TODAY)
    assert [r.id for r in rows] == [month[k] for k in ("april", "e3", "june", "e4")]  # by due, no due last
    assert [duty_log.is_overdue(r, TODAY) for r in rows] == [True, True, False, False]
    assert duty_log.is_overdue(rows[0], D(2025, 5, 5)) is False  # due today is not yet overdue
    with database.session() as s:
        duty_log.close_follow_up(s, month["e3"], D(2025, 5, 21), result="已上门协调")
    with database.session() as s:
        closed = duty_log.get_entry(s, month["e3"])
        assert [r.id for r in duty_log.open_follow_ups(s)] == [month[k] for k in ("april", "june", "e4")]
        assert not duty_log.is_overdue(closed, TODAY)
    assert (closed.follow_up, closed.closed_on, closed.result) == (FollowUp.CLOSED, D(2025, 5, 21), "已上门协调")


def test_closing_appends_to_the_result_and_refuses_what_is_not_open(database, month):
    with database.session() as s:
        duty_log.update_entry(s, month["e4"], replace(duty_log.get_entry(s, month["e4"]).to_data(), result="已报物业"),
                              today=TODAY)
        duty_log.close_follow_up(s, month["e4"], D(2025, 5, 11), result="灯已修好")
        assert duty_log.get_entry(s, month["e4"]).result == "已报物业\n灯已修好"
        for entry_id, on, field, code in [(month["e4"], D(2025, 5, 12), "follow_up", "not_open"),
                                          (month["e1"], D(2025, 5, 12), "follow_up", "not_open"),
                                          (month["june"], D(2025, 6, 1), "closed_on", "before_day")]:
            with pytest.raises(InvalidEntry) as caught:
                duty_log.close_follow_up(s, entry_id, on)
            assert (caught.value.field, caught.value.code) == (field, code)


def test_inspection_marks_only_the_chosen_entries(database, staff, month):
    with database.session() as s:
        duty_log.inspect(s, [month["e1"], month["e2"]], staff["wang"], " 记录完整 ", D(2025, 6, 1))
    with database.session() as s:
        rows = {r.id: r for r in duty_log.list_entries(s, 2025, 5)}
        with pytest.raises(InvalidEntry) as caught:
            duty_log.inspect(s, [month["e3"]], 9999, "", D(2025, 6, 1))
    assert caught.value.field == "inspected_by_id" and caught.value.code == "unknown"
    seen = rows[month["e1"]]
    assert (seen.inspected_by_id, seen.inspected_by_name, seen.inspected_on, seen.inspection_comment) == (
        staff["wang"], "王书记", D(2025, 6, 1), "记录完整")
    assert rows[month["e2"]].inspected_on == D(2025, 6, 1)
    assert [r.inspected_on for k, r in rows.items() if k not in (month["e1"], month["e2"])] == [None] * 4


def test_monthly_summary_of_a_made_up_month(database, staff, month):
    with database.session() as s:
        duty_log.inspect(s, [month["e1"], month["e2"], month["e5"]], staff["wang"], "", D(2025, 6, 1))
        summary = duty_log.monthly_summary(s, 2025, 5)
        empty = duty_log.monthly_summary(s, 2025, 3)
    assert summary.by_category == {"consultation": 2, "certificate": 1, "complaint": 1, "dispute": 1, "repair": 1,
                                   "assistance": 0, "suggestion": 0, "other": 0}
    assert list(summary.by_category) == list(duty_log.CATEGORIES)
    assert (summary.total, summary.resolved, summary.open, summary.inspected) == (6, 4, 2, 3)
    assert summary.resolved_share == pytest.approx(4 / 6)
    assert (empty.total, empty.resolved_share, sum(empty.by_category.values())) == (0, 0.0, 0)


def test_export_is_a_print_ready_record_book(database, staff, month, tmp_path):
    with database.session() as s:
        duty_log.inspect(s, [month["e1"]], staff["wang"], "记录完整", D(2025, 6, 1))
        out = duty_log_export.write_xlsx(s, 2025, 5, tmp_path / "book.xlsx", office="幸福社区")
    ws = load_workbook(out).active
    assert ws["A1"].value == "幸福社区值班记录簿 2025年5月"
    assert [c.value for c in ws[2]] == ["日期", "时间", "值班人", "来访人", "联系方式", "住址/户", "事项", "类别",
                                        "答复/处理", "结果", "跟进", "检查"]
    assert [c.value for c in ws[4]] == [dt.datetime(2025, 5, 6), T(18), "张伟（工作日晚班）", None, "13800138000",
                                        "3栋2单元501", "咨询社保卡补办", "咨询", "告知携带身份证到社保窗口", "已答复",
                                        "无需跟进", "王书记 2025-06-01：记录完整"]
    assert (ws["A4"].number_format, ws["B4"].number_format) == ("yyyy-mm-dd", "hh:mm")
    assert [ws[f"K{r}"].value for r in (3, 5, 6)] == ["已办结（2025-06-10）", "待跟进（2025-05-20前）", "待跟进"]
    assert [ws[f"G{r}"].value for r in range(3, 9)] == ["开具居住证明", "咨询社保卡补办", "投诉楼上噪音", "楼道灯不亮",
                                                        "邻里漏水纠纷", "咨询低保申请条件"]
    shaded = [r for r in range(3, 9) if ws.cell(row=r, column=12).fill.fill_type == "solid"]
    assert shaded == [5, 6] and ws["A5"].fill.start_color.rgb.endswith("FFF2CC")
    assert ws["C3"].font.name == "SimSun" and ws.column_dimensions["G"].width >= 16


def test_export_print_settings(database, month, tmp_path):
    with database.session() as s:
        ws = load_workbook(duty_log_export.write_xlsx(s, 2025, 5, tmp_path / "book.xlsx")).active
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) == 9 and ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$2:$2"
    assert "&P" in ws.oddFooter.center.text and "A1:L1" in {str(r) for r in ws.merged_cells.ranges}


def test_export_summary_block(database, staff, month, tmp_path):
    with database.session() as s:
        duty_log.inspect(s, [month["e1"], month["e2"], month["e5"]], staff["wang"], "", D(2025, 6, 1))
        ws = load_workbook(duty_log_export.write_xlsx(s, 2025, 5, tmp_path / "book.xlsx")).active
    assert all(ws.cell(row=r, column=c).value is None for r in (9, 10) for c in range(1, 13))  # two blank rows
    assert ws["A11"].value == "本月小结" and ws["A11"].font.b
    block = [(ws[f"A{r}"].value, ws[f"B{r}"].value) for r in range(12, 24)]
    assert block == [("咨询", 2), ("证明开具", 1), ("投诉", 1), ("纠纷调解", 1), ("报修", 1), ("困难求助", 0),
                     ("意见建议", 0), ("其他", 0), ("合计", 6), ("办结率", pytest.approx(4 / 6)), ("待跟进", 2),
                     ("已检查", 3)]
    assert ws["B21"].number_format == "0.0%" and ws.max_row == 23


def test_english_export_words(database, month, tmp_path):
    with database.session() as s:
        ws = load_workbook(duty_log_export.write_xlsx(s, 2025, 5, tmp_path / "book.xlsx", language="en",
                                                      office="Riverside office")).active
        empty = load_workbook(duty_log_export.write_xlsx(s, 2025, 3, tmp_path / "march.xlsx", language="en")).active
    assert ws["A1"].value == "Riverside office on-duty record book, May 2025"
    assert (ws["H3"].value, ws["K5"].value, ws["L2"].value) == ("Certificate", "Open (due 2025-05-20)", "Inspection")
    assert empty["A1"].value == "On-duty record book, March 2025"
    assert (empty["A3"].value, empty["A5"].value, empty["A14"].value, empty["B14"].value) == (
        None, "Month summary", "Total", 0)  # no entries: the summary follows two blank rows under the header


def test_locked_target_keeps_the_old_file(database, month, tmp_path, monkeypatch):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "book.xlsx"
    out.write_bytes(b"last month's book")

    def locked(*_args):  # type: ignore[no-untyped-def]
        raise PermissionError("open in Excel")

    monkeypatch.setattr(os, "replace", locked)
    with database.session() as s, pytest.raises(ExportTargetError) as caught:
        duty_log_export.write_xlsx(s, 2025, 5, out)
    assert (caught.value.path, caught.value.reason) == (out, "locked")
    assert out.read_bytes() == b"last month's book"
    assert list(folder.iterdir()) == [out], "no temporary file left behind"


def test_who_was_on_duty_comes_from_the_published_roster(database, staff):
    """A new entry's shift and cadre: the published version (never a draft after it), the shift whose hours
    hold the time, else the day's only shift; nothing when the month was never published."""
    from partyplan.db.models import Roster, RosterAssignment, RosterStatus

    with database.session() as s:
        noon = ShiftType(name="工作日午间", start_time=T(12), end_time=T(13, 30), day_kinds="workday", needed=1)
        night = ShiftType(name="夜间值守", start_time=T(22), end_time=T(6), day_kinds="workday", needed=1)
        s.add_all([noon, night])
        s.flush()
        ids = {"noon": noon.id, "night": night.id}
    day = D(2025, 5, 6)
    with database.session() as s:
        assert duty_log.on_duty(s, day, T(18)) is None  # nothing published yet
        published = Roster(year=2025, month=5, version=1, status=RosterStatus.PUBLISHED)
        draft = Roster(year=2025, month=5, version=2, status=RosterStatus.DRAFT)
        s.add_all([published, draft])
        s.flush()
        s.add_all([RosterAssignment(roster_id=published.id, day=day, shift_type_id=staff["shift"], person_id=staff["li"]),
                   RosterAssignment(roster_id=published.id, day=day, shift_type_id=staff["shift"], person_id=staff["zhang"]),
                   RosterAssignment(roster_id=published.id, day=day, shift_type_id=ids["noon"], person_id=staff["wang"]),
                   RosterAssignment(roster_id=published.id, day=D(2025, 5, 7), shift_type_id=ids["night"],
                                    person_id=staff["wang"]),
                   RosterAssignment(roster_id=draft.id, day=day, shift_type_id=staff["shift"], person_id=staff["wang"])])
    with database.session() as s:
        evening = duty_log.on_duty(s, day, T(18, 30))
        assert evening is not None and evening.shift_type_id == staff["shift"] and evening.shift_name == "工作日晚班"
        assert [name for _id, name in evening.people] == sorted(["张伟", "李娜"]) or len(evening.people) == 2
        assert {pid for pid, _n in evening.people} == {staff["zhang"], staff["li"]}  # not the draft's 王书记
        assert duty_log.on_duty(s, day, T(12, 15)).people == ((staff["wang"], "王书记"),)
        assert duty_log.on_duty(s, day, T(9)) is None and duty_log.on_duty(s, day) is None  # two shifts, no clue
        assert duty_log.on_duty(s, D(2025, 5, 7), T(2)).shift_type_id == ids["night"]  # after midnight
        assert duty_log.on_duty(s, D(2025, 5, 7)).shift_type_id == ids["night"]  # the day's only shift
        assert duty_log.on_duty(s, D(2025, 5, 8), T(18)) is None

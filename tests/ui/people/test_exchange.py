"""File > Import people and Export people as a user does them: pick a file, read the preview, confirm."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProgressDialog, QPushButton

from partyplan.people import service as people
from partyplan.people import sheet_import
from partyplan.people.validation import PersonData


def messy_sheet(path):  # type: ignore[no-untyped-def]
    book = Workbook()
    sheet = book.active
    sheet.append(["柳北桥社区党员花名册（2026年）"])
    sheet.append(["序号", "姓名", "性别", "出生日期", "手机号码", "身份", "党员类别", "家庭住址", "籍贯"])
    sheet.append([1, "韦丽萍", "女", dt.datetime(1968, 3, 9), 13877100001, "党员、志愿者", "在册", "桥北路3号", "广西"])
    sheet.append([2, "覃志强", "男", "1985-02-30", "13877100002", "党员", "在册", "桥北路5号", "广西"])
    sheet.append([3, "已有人", "男", "1970/1/1", "13877100003", "干部", "", "", ""])
    sheet.append([4, "蒙秀英", "女", "1990年5月", "13877100004", "居民代表", "", "跃进路8号", "广西"])
    sheet.append([5, "韦丽萍", "女", "1968.3.9", "13877100001", "党员", "在册", "", ""])
    book.save(path)
    return path


def test_import_preview_marks_rows_and_imports_only_after_confirming(qtbot, window, database, prompt_log, tmp_path, settle):
    window.ops.add_person(PersonData(name="已有人", phone="13877100003"))
    prompt_log.files = [str(messy_sheet(tmp_path / "花名册.xlsx"))]
    window.findChild(type(window._actions["import_people"]), "action_import_people").trigger()
    settle()
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    model = dialog.table.model()
    results = {model.index(r, 2).data(): (model.index(r, 0).data(), model.index(r, 1).data(),
                                          model.index(r, model.columnCount() - 1).data())
               for r in range(model.rowCount())}
    assert results["覃志强"][1] == "Not imported" and "Birth date" in results["覃志强"][2]
    assert results["已有人"][1] == "Duplicate, skipped" and "Already recorded as 已有人 (the same name and phone)" == results["已有人"][2]
    ok_rows = [r for r in range(model.rowCount()) if model.index(r, 1).data() == "Will be imported"]
    assert [model.index(r, 2).data() for r in ok_rows] == ["韦丽萍", "蒙秀英"]
    assert "Same person as row 3" in model.index(model.rowCount() - 1, model.columnCount() - 1).data()
    assert "籍贯" in dialog.summary.text() and "序号" in dialog.summary.text()
    with database.session() as session:
        assert people.count_people(session) == 1, "nothing written before confirming"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Import people (2)"
    assert "“Import people (2)”" in dialog.summary.text(), "the hint names the button as it reads"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle()
    with database.session() as session:
        rows = {r.name: r for r in people.list_people(session)}
    assert set(rows) == {"已有人", "韦丽萍", "蒙秀英"}
    assert rows["韦丽萍"].phone == "13877100001" and rows["蒙秀英"].birth_date == dt.date(1990, 5, 1)
    assert window.people_tab.model.rowCount() == 3


def test_rows_imported_with_a_note_are_marked_and_explained(qtbot, window, database, prompt_log, tmp_path, settle):
    """A role word that is none of ours (楼栋长) is no reason to refuse the person: the row is imported,
    blue, with the word kept in the notes; a sheet of several worksheets says which one was read."""
    book = Workbook()
    book.active.title = "说明"
    book.active.append(["本表由社区居委会填写"])
    sheet = book.create_sheet("名单")
    sheet.append(["姓名", "手机", "身份"])
    sheet.append(["褚卫东", "13900001006", "楼栋长"])
    sheet.append(["卫兰芳", "13900001007", "志愿者"])
    book.active = 1
    book.save(tmp_path / "名单.xlsx")
    prompt_log.files = [str(tmp_path / "名单.xlsx")]
    window.import_people()
    settle()
    dialog = window.import_dialog
    model = dialog.table.model()
    reason = model.index(0, model.columnCount() - 1)
    assert (model.index(0, 1).data(), reason.data()) == (
        "Will be imported", "Roles: “楼栋长” is none of the roles (cadre, party member, volunteer, resident "
                            "representative): kept in the notes")
    assert reason.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#e3f0fb"
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    summary = dialog.summary.text()
    assert "1 of the rows to import have a note" in summary and "Read the worksheet “名单”" in summary
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    with database.session() as session:
        assert {p.name: p.notes for p in people.list_people(session)} == {"褚卫东": "身份：楼栋长", "卫兰芳": None}


def test_the_preview_says_when_a_cell_reads_like_a_formula(qtbot, window, prompt_log, tmp_path, settle):
    book = Workbook()
    book.active.append(["姓名", "手机", "备注"])
    book.active.append(["=1+1", "+86 138 7710 0001", '=HYPERLINK("http://example.com")'])
    book.active.append(["蒙秀英", "13877100004", "-"])
    book.active["A2"].data_type = book.active["C2"].data_type = "s"  # typed text, as a CSV or a quoted cell gives
    book.save(tmp_path / "list.xlsx")
    prompt_log.files = [str(tmp_path / "list.xlsx")]
    window.findChild(type(window._actions["import_people"]), "action_import_people").trigger()
    settle()
    model = window.import_dialog.table.model()
    reasons = [model.index(r, model.columnCount() - 1).data() for r in range(model.rowCount())]
    assert reasons == ["Name, Notes: starts like a spreadsheet formula; kept and exported as plain text", ""]
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Will be imported"] * 2
    window.import_dialog.reject()


def test_cancelled_import_writes_nothing(qtbot, window, database, prompt_log, tmp_path, settle):
    prompt_log.files = [str(messy_sheet(tmp_path / "list.xlsx"))]
    window.import_people()
    settle()
    dialog = window.import_dialog
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    with database.session() as session:
        assert people.count_people(session) == 0


def test_cancelling_while_people_are_added_adds_nobody_and_keeps_the_preview(qtbot, window, database, prompt_log,
                                                                            tmp_path, monkeypatch, settle):
    """The write runs off the GUI thread behind a progress dialog; Cancel rolls the whole import back."""
    prompt_log.files = [str(messy_sheet(tmp_path / "list.xlsx"))]
    window.import_people()
    settle()
    dialog = window.import_dialog
    release = threading.Event()
    real_add = sheet_import.service.add_person

    def slow_add(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real_add(*args, **kwargs)

    def press_cancel() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if not shown:
            QTimer.singleShot(50, press_cancel)
            return
        assert "Adding people (3)" in shown[0].labelText()
        shown[0].findChild(QPushButton).click()
        release.set()

    monkeypatch.setattr(sheet_import.service, "add_person", slow_add)
    QTimer.singleShot(50, press_cancel)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle()
    assert release.is_set() and dialog.isVisible(), "still open: the user may import after all, or close it"
    with database.session() as session:
        assert people.count_people(session) == 0, "the person added before Cancel was rolled back"
    monkeypatch.undo()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle()
    assert not dialog.isVisible() and window.people_tab.model.rowCount() == 3


def test_malformed_file_gets_a_message_naming_it(window, prompt_log, tmp_path, settle):
    broken = tmp_path / "名单.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    prompt_log.files = [str(broken)]
    window.import_people()
    settle()
    assert window.import_dialog is None
    assert len(prompt_log.errors) == 1 and "名单.xlsx" in prompt_log.errors[0]


def test_export_through_the_menu_and_read_the_file_back(window, prompt_log, tmp_path, settle):
    window.ops.add_person(PersonData(name="黄海", phone="13900001111", birth_date=dt.date(1980, 8, 1)))
    target = tmp_path / "people-export"
    prompt_log.files = [str(target)]
    window.export_people()
    settle()
    written = tmp_path / "people-export.xlsx"
    sheet = load_workbook(written).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Name", "Gender", "Birth date", "Phone"]
    assert [c.value for c in sheet[2]][:4][0] == "黄海" and sheet.cell(2, 4).value == "13900001111"
    assert "People written to " in window.statusBar().currentMessage()


def test_export_to_a_missing_folder_is_explained_and_offered_again(window, prompt_log, tmp_path, settle):
    window.ops.add_person(PersonData(name="黄海"))
    good = tmp_path / "ok.xlsx"
    prompt_log.files = [str(tmp_path / "nowhere" / "x.xlsx"), str(good)]
    window.export_people()
    settle()
    assert len(prompt_log.errors) == 1 and "nowhere" in prompt_log.errors[0]
    assert good.exists()


def test_export_into_a_folder_others_can_read_is_warned_about(window, prompt_log, tmp_path, monkeypatch, settle):
    """Personal data in a shared folder (Public, a share, a world-readable folder): said, not refused."""
    from partyplan.ui import main_window

    window.ops.add_person(PersonData(name="黄海", id_number="110101198008010013"))
    asked: list[Path] = []
    monkeypatch.setattr(main_window, "readable_by_others", lambda path: asked.append(Path(path)) or True)
    prompt_log.files = [str(tmp_path / "shared.xlsx")]
    window.export_people()
    settle()
    assert asked == [tmp_path / "shared.xlsx"]
    assert len(prompt_log.warnings) == 1 and "personal data" in prompt_log.warnings[0]
    monkeypatch.setattr(main_window, "readable_by_others", lambda _path: False)
    prompt_log.files = [str(tmp_path / "mine.xlsx")]
    window.export_people()
    settle()
    assert len(prompt_log.warnings) == 1

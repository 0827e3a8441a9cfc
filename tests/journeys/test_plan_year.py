"""Journey 2: the year's plan, from the committee's text to the reports on it.

The plan is pasted from the committee's document, one heading typed without its 、 is fixed in the
text until the preview shows it as a section, and the plan is saved; then the year goes by: a monthly
item ticked off month by month, an item under way with a progress note, one done; Word and Excel
written and read back.
"""

from __future__ import annotations

import datetime as dt

from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QProgressBar, QTreeView

from partyplan.db.models import ItemStatus, Recurrence
from partyplan.plans import service as plan_service
from tests.journeys import drive

MONTHLY = "每月开展一次主题党日活动"
UNDER_WAY = "组织党员志愿者每季度开展一次环境整治"
DONE = "按月编制社区干部错时值班表并公布"
NOTE = "已联系物业，三月完成第一次整治"


def plan_text(year: int) -> str:
    """As the committee wrote it, with one slip: 三 without its 、, so it is not yet a heading."""
    return f"""柳北桥社区党委{year}年党建工作计划

为加强社区党组织建设，更好服务居民群众，结合本社区实际，制定本计划。

一、加强政治理论学习
1. {MONTHLY}。
2. 组织党员参加“三会一课”，全年党员大会不少于4次。
二、推进错时值班服务
1. {DONE}。
2. 社区班子每月检查值班记录簿。
三 开展志愿服务
1. {UNDER_WAY}。
2. 重阳节走访慰问辖区独居老人。
四、做好年终总结
1. 十二月召开组织生活会，开展民主评议党员。
"""


def test_a_plan_pasted_fixed_followed_and_reported(qtbot, window, store, files, language, tmp_path):
    year = dt.date.today().year
    plans = drive.visit(window, "Plans")

    # -- paste the plan; the preview shows the slip; fix it in the text ---------------------------
    drive.press(plans, "Import a plan document...")
    dialog = drive.wait_dialog(qtbot, title="Import plan")
    text = drive.shown(dialog, QPlainTextEdit)[0]
    drive.paste(text, plan_text(year))
    preview = drive.shown(dialog, QTreeView)[0]
    qtbot.waitUntil(lambda: preview.model().rowCount() == 3)  # 三 without its 、 runs into the item above
    QTest.keyClick(text, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    line = plan_text(year).splitlines().index("三 开展志愿服务")
    for _ in range(line):
        QTest.keyClick(text, Qt.Key.Key_Down)
    QTest.keyClick(text, Qt.Key.Key_Home)
    QTest.keyClick(text, Qt.Key.Key_Right)
    QTest.keyClick(text, Qt.Key.Key_Delete)  # the space
    drive.type_text(text, "、", replace=False)
    qtbot.waitUntil(lambda: preview.model().rowCount() == 4)
    assert str(year) in drive.field(dialog, "Year and kind").text()
    drive.finish(qtbot, dialog)
    with store.session() as session:
        [summary_row] = plan_service.list_plans(session)
        tree = plan_service.load_tree(session, summary_row.id)
    assert tree.plan.year == year and tree.plan.title == f"柳北桥社区党委{year}年党建工作计划"
    assert [s.title for s in tree.sections] == ["加强政治理论学习", "推进错时值班服务", "开展志愿服务", "做好年终总结"]
    assert sum(len(s.items) for s in tree.sections) == 7

    # -- through the year ----------------------------------------------------------------------------
    tree_view = drive.named(plans, QTreeView, "plan_tree")
    drive.select_in_tree(tree_view, MONTHLY)
    drive.choose(drive.field(plans, "Repeats", QComboBox), "Every month")
    for month in (1, 2, 3):
        drive.choose(drive.named(plans, QComboBox, f"occurrence_{month}"), "Done")
    drive.select_in_tree(tree_view, UNDER_WAY)
    drive.choose(drive.field(plans, "Status", QComboBox), "In progress")
    drive.type_text(drive.by_placeholder(plans, "What was done, decided or is still open"), NOTE)
    drive.press(plans, "Add note")
    drive.select_in_tree(tree_view, DONE)
    drive.choose(drive.field(plans, "Status", QComboBox), "Done")
    whole = next(bar for bar in drive.shown(plans, QProgressBar) if bar.format().startswith(tuple(drive.words("Whole plan"))))
    assert whole.value() >= 1 and whole.value() < whole.maximum()
    with store.session() as session:
        items = [i for s in plan_service.load_tree(session, summary_row.id).sections for i in s.items]
    monthly, under_way, done = (next(i for i in items if i.title.startswith(t)) for t in (MONTHLY, UNDER_WAY, DONE))
    assert monthly.recurrence is Recurrence.MONTHLY
    assert {m for m, (status, _on) in monthly.occurrences.items() if status is ItemStatus.DONE} == {1, 2, 3}
    assert under_way.status is ItemStatus.IN_PROGRESS and [n.text for n in under_way.notes] == [NOTE]
    assert done.status is ItemStatus.DONE and done.completed_on == dt.date.today()

    # -- Word and Excel ----------------------------------------------------------------------------
    word, sheet_path = tmp_path / "工作计划.docx", tmp_path / "工作计划.xlsx"
    files.pick(word)
    with drive.answer(drive.ok):
        drive.press(plans, "Word...")
        drive.settle(qtbot)
    paragraphs = [p.text for p in Document(str(word)).paragraphs]
    assert tree.plan.title in paragraphs and any(UNDER_WAY in p for p in paragraphs)
    assert any("开展志愿服务" in p for p in paragraphs)
    files.pick(sheet_path)
    with drive.answer(drive.ok):
        drive.press(plans, "Excel...")
        drive.settle(qtbot)
    rows = {str(r[2]).rstrip("。"): r for r in load_workbook(sheet_path).active.iter_rows(min_row=3, values_only=True)}
    status = {"zh_CN": ("进行中", "已完成", "已完成3/12"), "en": ("In progress", "Done", "3/12 done")}[language]
    assert (rows[UNDER_WAY][5], rows[DONE][5], rows[MONTHLY][5]) == status
    assert NOTE in str(rows[UNDER_WAY][7])

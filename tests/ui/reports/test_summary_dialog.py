"""Report > Yearly summary as a user does it: choose parts, type the notes, preview, write the file."""

from __future__ import annotations

from docx import Document
from PySide6.QtGui import QAction

from partyplan.plans import service as plans
from partyplan.reports import summary_data


def test_summary_dialog_previews_keeps_notes_and_writes(window, database, prompt_log, tmp_path, settle):
    with database.session() as s:
        plan = plans.create_plan(s, plans.PlanData(year=2026, title="2026年工作计划"))
        plans.add_item(s, plans.add_section(s, plan, "第一季度", quarter=1), "召开党委扩大会议")
    window.findChild(QAction, "action_summary").trigger()
    dialog = window.summary_dialog
    dialog.year.setValue(2026)
    dialog.notes.setPlainText("明年重点：完善错时值班。")
    dialog.refresh()
    assert "2026年工作计划" in dialog.preview.toPlainText() and "明年重点" in dialog.preview.toPlainText()
    dialog.parts["charts"].setChecked(False)
    prompt_log.files = [str(tmp_path / "summary")]
    dialog.accept()
    settle()
    doc = Document(tmp_path / "summary.docx")
    texts = [p.text for p in doc.paragraphs]
    assert "明年重点：完善错时值班。" in texts and len(doc.inline_shapes) == 0
    assert texts[0] == "Work summary 2026", "written in the window's language"
    assert texts[1] in dialog.preview.toPlainText(), "the preview shows the document's own words"
    assert [box.text() for name, box in dialog.parts.items() if name in ("training", "development")] == [
        "Training and commendations", "Member development"]
    with database.session() as s:
        assert summary_data.load_notes(s, 2026) == "明年重点：完善错时值班。"


def test_cancelling_still_keeps_the_typed_notes(window, database):
    dialog = window.open_summary()
    dialog.year.setValue(2025)
    dialog.notes.setPlainText("草稿")
    dialog.reject()
    with database.session() as s:
        assert summary_data.load_notes(s, 2025) == "草稿"

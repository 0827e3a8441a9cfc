"""Journey 5: nothing typed is lost silently.

The real window on a store filled with the demo office, in Chinese and in English. For every dialog that
takes typing: open it through the window's own tabs, buttons and menus (found by the words on screen),
type into it with the keyboard, then press Esc, click the window's close button and Cancel. Each time
the user is asked "Discard your changes?"; Keep editing keeps the dialog and the text, Discard closes it
and the store is exactly as it was. A dialog left without typing closes without a question. Pages that
keep typing until Save (the evaluation's assessments, a plan item's progress note) ask before another
row is shown, and the window asks before it closes.

Self-contained: the fixtures are defined here, and every question the window asks is answered here.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QDialogButtonBox,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QWidget,
)

from partyplan import demo, i18n
from partyplan.db.database import open_database
from partyplan.exchange import data_file
from partyplan.ui import prompts
from partyplan.ui.main_window import MainWindow
from partyplan.ui.operations import Operations

# A dialog's question comes before any write, and Save from it writes through the same services every other
# test runs on the server: this journey runs on SQLite (offscreen and under Xvfb), not again on PostgreSQL.
pytestmark = pytest.mark.same_on_both_stores

# Both by default; CI's second pass under a real X server runs Chinese only (the behaviour is the same in
# both, the English words are checked offscreen) to stay within its time.
LANGUAGES = tuple(os.environ.get("PARTYPLAN_LOST_TYPING_LANGUAGES", "zh_CN,en").split(","))
TYPED = "测试 typed text 123"


def tr(context: str, text: str) -> str:
    """What the window shows for `text` in the language installed now (menu accelerators left out)."""
    return QCoreApplication.translate(context, text).replace("&", "")


# -- the store and the window --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_document(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The demo office once per module (drawing up its rosters takes seconds), as data to load."""
    folder = tmp_path_factory.mktemp("demo")
    db = open_database(folder / "demo.sqlite3", backup_dir=folder / "backups")
    try:
        with db.session() as session:
            demo.fill(session, today=dt.date.today())
        with data_file.snapshot(db) as conn:
            document = data_file.export_document(conn)
    finally:
        db.close()
    return data_file.validate_document(document)


@pytest.fixture
def store(database, demo_document):  # type: ignore[no-untyped-def]
    data_file.import_data(database, demo_document)
    return database


def stored(database) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    with data_file.snapshot(database) as conn:
        return data_file.export_document(conn)["tables"]


class Answers:
    """Every modal question, answered here; "Discard your changes?" takes the answers queued."""

    def __init__(self) -> None:
        self.discard: list[str] = []  # the answers still to give
        self.asked: list[str] = []  # the title of each dialog or page that asked
        self.errors: list[str] = []

    def discard_changes(self, _parent: QWidget | None, title: str) -> str:
        self.asked.append(title)
        assert self.discard, f"asked “Discard your changes?” ({title}) with no answer ready"
        return self.discard.pop(0)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    log = Answers()
    monkeypatch.setattr(prompts, "discard_changes", log.discard_changes)
    monkeypatch.setattr(prompts, "error", lambda _p, _t, text: log.errors.append(text))
    monkeypatch.setattr(prompts, "warning", lambda _p, _t, text: log.errors.append(text))
    monkeypatch.setattr(prompts, "info", lambda *_a: None)
    monkeypatch.setattr(prompts, "confirm", lambda *_a: True)
    return log


@pytest.fixture
def open_window(qtbot, qapp, store, answers) -> Iterator[Callable[[str], MainWindow]]:  # type: ignore[no-untyped-def]
    """The window as `partyplan` builds it, on the demo store, in `language`."""
    def make(language: str) -> MainWindow:
        i18n.install(language)
        window = MainWindow(Operations(store), language)
        qtbot.addWidget(window, before_close_func=lambda _w: tidy(window, answers))
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    i18n.install("en")


def tidy(window: MainWindow, answers: Answers) -> None:
    """A test may end with a dialog open or typing left on a page: drop them without a fuss, so that
    the window closes (a window-modal dialog would outlive it)."""
    answers.discard.extend([prompts.DISCARD] * 5)
    for dialog in reversed(window.findChildren(QDialog)):
        if dialog.isVisible():
            dialog.reject()


# -- finding and using widgets by what they show --------------------------------------------------------
def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def go(window: MainWindow, *tabs: str) -> None:
    """Click through the tabs named, outermost first."""
    for text in tabs:
        for tab_widget in window.findChildren(QTabWidget):
            bar = tab_widget.tabBar()
            index = next((n for n in range(tab_widget.count()) if tab_widget.tabText(n).replace("&", "") == text), -1)
            if index >= 0 and bar.isVisible():
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
                QApplication.processEvents()
                break
        else:
            raise AssertionError(f"no tab “{text}” on screen")


def button(root: QWidget, text: str, near: QWidget | None = None) -> QAbstractButton:
    """The button on screen reading `text`; with several, the one closest to `near` in the widget tree."""
    found = [b for b in root.findChildren(QAbstractButton) if shown(b) and b.text().replace("&", "") == text
             and not isinstance(b.parent(), QTabBar)]
    assert found, f"no button “{text}” on screen"
    if near is not None and len(found) > 1:
        found.sort(key=lambda b: _distance(b, near))
    return found[0]


def _distance(a: QWidget, b: QWidget) -> int:
    chain = []
    widget: QWidget | None = a
    while widget is not None:
        chain.append(widget)
        widget = widget.parentWidget()
    steps, widget = 0, b
    while widget is not None and widget not in chain:
        widget, steps = widget.parentWidget(), steps + 1
    return steps + (chain.index(widget) if widget is not None else 999)


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def table(root: QWidget, name: str) -> QAbstractItemView:
    """The table on screen by its object name (two areas may each have a members_table)."""
    views = [v for v in root.findChildren(QAbstractItemView, name) if v.isVisible()]
    assert views, f"no table {name} on screen"
    return views[0]


def click_row(view: QAbstractItemView, row: int = 0, column: int = 0) -> None:
    index = view.model().index(row, column)
    assert index.isValid(), f"{view.objectName()} has no row {row}"
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    QApplication.processEvents()


def menu(window: MainWindow, *path: str) -> None:
    """Choose a menu command by the words of its menu and item."""
    actions = window.menuBar().actions()
    for depth, text in enumerate(path):
        action = next((a for a in actions if a.text().replace("&", "") == text), None)
        assert action is not None, f"no menu item “{text}”"
        if depth == len(path) - 1:
            action.trigger()
        else:
            actions = action.menu().actions()
    QApplication.processEvents()


def modal() -> QDialog:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog) and dialog.isVisible(), "no dialog opened"
    return dialog


def first_text_field(dialog: QDialog) -> QWidget:
    """The first box on screen to type words into (not a number box, a list's search, or a sub-dialog's)."""
    for widget in dialog.findChildren(QWidget):
        if not shown(widget) or widget.window() is not dialog or widget.property("changes_ignored"):
            continue
        if isinstance(widget, QLineEdit) and not widget.isReadOnly() \
                and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            return widget
        if isinstance(widget, QPlainTextEdit) and not widget.isReadOnly():
            return widget
    raise AssertionError(f"{dialog.windowTitle()}: nothing to type into")


def text_of(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]


def type_into(widget: QWidget, text: str = TYPED) -> None:
    """Type as a user does: Latin letters and digits as key presses, Chinese as the input method hands
    it over (a committed string), the way a pinyin keyboard delivers it."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.setFocus()
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            QTest.keyClicks(widget, run)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def press_escape(dialog: QDialog) -> None:
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    QApplication.processEvents()


def cancel_button(dialog: QDialog) -> QAbstractButton | None:
    for box in dialog.findChildren(QDialogButtonBox):
        if box.window() is dialog:
            for b in box.buttons():
                if box.buttonRole(b) == QDialogButtonBox.ButtonRole.RejectRole and shown(b):
                    return b
    return None


# -- the dialogs, each opened the way a user opens it -----------------------------------------------------
@dataclass(frozen=True)
class Case:
    name: str
    open: Callable[[MainWindow], None]
    change: Callable[[QDialog], Callable[[], object]] | None = None  # how to change it; returns a reading


def _tab(*path: tuple[str, str]) -> list[str]:
    return [tr(context, text) for context, text in path]


PEOPLE, REGISTER = ("MainWindow", "People"), ("PeopleArea", "Register")
DEVELOPMENT, TRAINING = ("PeopleArea", "Member development"), ("PeopleArea", "Training and commendations")
BRANCHES = ("PeopleArea", "Branches")
DUES, TRANSFERS = ("PeopleArea", "Party dues"), ("PeopleArea", "Transfers")
PLANS, ROSTERS, POSTS, MEETINGS = (("MainWindow", "Plans"), ("MainWindow", "Duty Rosters"),
                                   ("MainWindow", "Volunteer Posts"), ("MainWindow", "Meetings"))


def opens(tabs: list[tuple[str, str]], context: str, label: str, row: str | None = None,
          row_number: int = 0) -> Callable[[MainWindow], None]:
    """Go to the tabs, choose a row of table `row` if given, click the button reading `label`."""

    def run(window: MainWindow) -> None:
        go(window, *_tab(*tabs))
        near = None
        if row is not None:
            near = table(window, row)
            click_row(near, row_number)
        click(button(window, tr(context, label), near))

    return run


def tick_a_ballot(dialog: QDialog) -> Callable[[], object]:
    view = dialog.findChild(QAbstractItemView)
    index = view.model().index(0, 2)
    rect = view.visualRect(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    if index.data(Qt.ItemDataRole.CheckStateRole) not in (Qt.CheckState.Checked, Qt.CheckState.Checked.value):
        view.model().setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)  # the box's offset
    return lambda: index.data(Qt.ItemDataRole.CheckStateRole)


def type_a_number(dialog: QDialog) -> Callable[[], object]:
    """Type another number over the first number box's."""
    spin = next(w for w in dialog.findChildren(QSpinBox) + dialog.findChildren(QDoubleSpinBox) if shown(w))
    new = int(spin.value()) + 1 if spin.value() + 1 <= spin.maximum() else int(spin.minimum())
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, str(new))
    assert spin.value() == new
    return spin.value


def pick_another(dialog: QDialog) -> Callable[[], object]:
    """Choose the next entry of the first drop-down list with the keyboard."""
    combo = next(w for w in dialog.findChildren(QComboBox) if shown(w) and w.count() > 1)
    before = combo.currentIndex()
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down if before < combo.count() - 1 else Qt.Key.Key_Up)
    assert combo.currentIndex() != before
    return combo.currentIndex


def open_record_then_resolution(window: MainWindow) -> None:
    opens([MEETINGS, ("MeetingsTab", "Schedule")], "SchedulePage", "Record...", "meetings_table")(window)
    record = modal()
    go(window, tr("RecordMeetingDialog", "Resolutions and votes"))  # tabs inside the dialog
    click(button(record, tr("ResolutionsPage", "Add...")))


CASES = [
    Case("person_new", opens([PEOPLE, REGISTER], "PeopleTab", "Add person...")),
    Case("person_edit", opens([PEOPLE, REGISTER], "PeopleTab", "Edit...", "people_table")),
    Case("organisation_new", opens([PEOPLE, BRANCHES], "BranchesPage", "New...")),
    Case("organisation_edit", opens([PEOPLE, BRANCHES], "BranchesPage", "Edit...")),
    Case("organisation_assign", opens([PEOPLE, BRANCHES], "BranchesPage", "Assign to...", "unit_members"),
         pick_another),
    Case("organisation_term", opens([PEOPLE, BRANCHES], "BranchesPage", "Record a term...")),
    Case("organisation_postpone", opens([PEOPLE, BRANCHES], "BranchesPage", "Postpone the election...")),
    Case("development_applicant", opens([PEOPLE, DEVELOPMENT], "DevelopmentPage", "New applicant...")),
    Case("development_rules", opens([PEOPLE, DEVELOPMENT], "DevelopmentPage", "Rules..."), type_a_number),
    Case("training_session", opens([PEOPLE, TRAINING], "TrainingPage", "New session...")),
    Case("training_requirements", opens([PEOPLE, TRAINING], "TrainingPage", "Requirements..."), type_a_number),
    Case("class_hours", opens([PEOPLE, TRAINING], "TrainingPage", "Class hours..."), type_a_number),
    Case("commendation", opens([PEOPLE, TRAINING], "TrainingPage", "New commendation...")),
    Case("dues_base", opens([PEOPLE, DUES], "DuesPage", "Set base...", "dues_grid_table"), type_a_number),
    Case("dues_rules", opens([PEOPLE, DUES], "DuesPage", "Rules..."), type_a_number),
    Case("transfer", opens([PEOPLE, TRANSFERS], "TransfersPage", "Record transfer...")),
    Case("plan_new", opens([PLANS], "PlansTab", "New plan...")),
    Case("plan_import", opens([PLANS], "PlansTab", "Import...")),
    Case("plan_target", opens([PLANS], "PlansTab", "Add target...")),
    Case("plan_actual", opens([PLANS], "PlansTab", "Record actual...", "targets_table")),
    Case("duty_entry", opens([ROSTERS, ("RosterTab", "On-duty record book")], "DutyLogPage", "New entry...")),
    Case("duty_inspect", opens([ROSTERS, ("RosterTab", "On-duty record book")], "DutyLogPage", "Mark inspected...",
                               "duty_log_table")),
    Case("shift_type", opens([ROSTERS, ("RosterTab", "Who serves and shifts")], "RosterSetupPage", "Add...")),
    Case("duty_member", opens([ROSTERS, ("RosterTab", "Who serves and shifts")], "RosterSetupPage", "Edit...",
                              "members_table")),
    Case("mark_day", opens([ROSTERS, ("RosterTab", "Calendar")], "RosterCalendarPage", "Mark day...",
                           "calendar_grid", 2)),
    Case("holiday_notice", opens([ROSTERS, ("RosterTab", "Calendar")], "RosterCalendarPage",
                                 "Enter holiday notice...")),
    Case("post_new", opens([POSTS, ("PostsTab", "Posts and members")], "PostsMembersPage", "New post...")),
    Case("post_settings", opens([POSTS], "PostsTab", "Settings..."), type_a_number),
    Case("post_assign", opens([POSTS, ("PostsTab", "Posts and members")], "PostsMembersPage", "Assign people...",
                              "posts_table")),
    Case("post_move", opens([POSTS, ("PostsTab", "Posts and members")], "PostsMembersPage", "Move...",
                            "members_table"), pick_another),
    Case("service", opens([POSTS, ("PostsTab", "Service")], "PostsServicePage", "Record service...")),
    Case("visit", opens([POSTS, ("PostsTab", "Household visits")], "PostsVisitsPage", "New visit...")),
    Case("close_difficulty", opens([POSTS, ("PostsTab", "Household visits")], "PostsVisitsPage",
                                   "Close difficulty...", "open_difficulties_table")),
    Case("meeting_new", opens([MEETINGS, ("MeetingsTab", "Schedule")], "SchedulePage", "Plan meeting...")),
    Case("meeting_record", opens([MEETINGS, ("MeetingsTab", "Schedule")], "SchedulePage", "Record...",
                                 "meetings_table")),
    Case("meeting_resolution", open_record_then_resolution),
    Case("talk", opens([MEETINGS, ("MeetingsTab", "Talks")], "TalksPage", "Record a talk...")),
    Case("ballot", opens([MEETINGS, ("MeetingsTab", "Democratic evaluation")], "EvaluationPage",
                         "Count ballots one by one..."), tick_a_ballot),
    Case("meeting_type", opens([MEETINGS, ("MeetingsTab", "Meeting types")], "TypesPage", "Add type...")),
    Case("evaluation_settings", opens([MEETINGS, ("MeetingsTab", "Democratic evaluation")], "EvaluationPage",
                                      "Excellent cap...")),
    Case("vote_rules", opens([MEETINGS, ("MeetingsTab", "Meeting types")], "TypesPage", "Vote rules..."),
         pick_another),
    Case("settings", lambda window: menu(window, tr("MainWindow", "&Settings"),
                                         tr("MainWindow", "Office name and language..."))),
]


def change(case: Case, dialog: QDialog) -> Callable[[], object]:
    """Type into the dialog as a user would; returns how to read back what was typed."""
    if case.change is not None:
        return case.change(dialog)
    field = first_text_field(dialog)
    type_into(field)
    assert TYPED in text_of(field), f"{case.name}: typing did not arrive"
    return lambda: text_of(field)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_dialog_asks_before_what_was_typed_is_dropped(case, language, open_window, answers, store):  # type: ignore[no-untyped-def]
    window = open_window(language)
    case.open(window)
    dialog = modal()
    title = dialog.windowTitle()
    press_escape(dialog)
    assert answers.asked == [] and not dialog.isVisible(), f"{case.name}: a dialog left untouched closes at once"
    while isinstance(QApplication.activeModalWidget(), QDialog):  # the dialog this one was opened from
        press_escape(QApplication.activeModalWidget())
    assert answers.asked == []

    case.open(window)
    dialog = modal()
    before = stored(store)
    reading = change(case, dialog)
    typed = reading()

    answers.discard.append(prompts.KEEP)
    press_escape(dialog)
    assert answers.asked == [title], f"{case.name}: Esc dropped the typing without asking"
    assert dialog.isVisible() and reading() == typed, f"{case.name}: Keep editing did not keep the text"

    answers.discard.append(prompts.KEEP)
    dialog.close()  # the window's close button
    assert len(answers.asked) == 2 and dialog.isVisible() and reading() == typed

    cancel = cancel_button(dialog)
    if cancel is not None:
        answers.discard.append(prompts.KEEP)
        click(cancel)
        assert len(answers.asked) == 3 and dialog.isVisible() and reading() == typed

    answers.discard.append(prompts.DISCARD)
    press_escape(dialog)
    assert not dialog.isVisible(), f"{case.name}: Discard did not close the dialog"
    assert stored(store) == before, f"{case.name}: Discard wrote to the store"
    assert not answers.errors


# -- Save from the question keeps what was typed ---------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_save_from_the_question_saves_the_person(language, open_window, answers, store):  # type: ignore[no-untyped-def]
    window = open_window(language)
    CASES[0].open(window)
    dialog = modal()
    type_into(first_text_field(dialog), "晏小满")
    answers.discard.append(prompts.SAVE)
    press_escape(dialog)
    assert not dialog.isVisible()
    people = stored(store)["people"]
    assert [p["name"] for p in people].count("晏小满") == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_save_from_the_question_keeps_the_minutes(language, open_window, answers, store):  # type: ignore[no-untyped-def]
    window = open_window(language)
    opens([MEETINGS, ("MeetingsTab", "Schedule")], "SchedulePage", "Record...", "meetings_table")(window)
    dialog = modal()
    minutes = next(w for w in dialog.findChildren(QPlainTextEdit)
                   if w.placeholderText() == tr("RecordMeetingDialog", "what was reported, discussed and decided"))
    type_into(minutes, "会议纪要：讨论了冬季防火。")
    answers.discard.append(prompts.SAVE)
    press_escape(dialog)
    assert not dialog.isVisible() and not answers.errors
    assert any("会议纪要：讨论了冬季防火。" in (m["minutes"] or "") for m in stored(store)["meetings"])


# -- pages that keep typing until Save --------------------------------------------------------------------
def assessment_box(window: MainWindow) -> QGroupBox:
    prefix = tr("EvaluationPage", "Assessment: %1").split("%1")[0]
    box = next((b for b in window.findChildren(QGroupBox) if b.isVisible() and b.title().startswith(prefix)), None)
    assert box is not None, "no member's assessment on screen"
    return box


def open_evaluation(window: MainWindow) -> tuple[QAbstractItemView, QPlainTextEdit]:
    go(window, *_tab(MEETINGS, ("MeetingsTab", "Democratic evaluation")))
    view = table(window, "evaluation_table")
    click_row(view, 0)
    self_text = assessment_box(window).findChildren(QPlainTextEdit)[0]
    return view, self_text


def selected_row(view: QAbstractItemView) -> int:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else -1


@pytest.mark.parametrize("language", LANGUAGES)
def test_switching_members_asks_about_an_unsaved_self_assessment(language, open_window, answers, store):  # type: ignore[no-untyped-def]
    window = open_window(language)
    view, self_text = open_evaluation(window)
    first_name = view.model().index(0, 0).data()
    assert first_name in assessment_box(window).title()
    before = stored(store)
    type_into(self_text, "本人自评：认真履职。")
    typed = self_text.toPlainText()

    answers.discard.append(prompts.KEEP)
    click_row(view, 1)
    assert len(answers.asked) == 1, "moving to another member dropped the self-assessment without asking"
    assert selected_row(view) == 0 and self_text.toPlainText() == typed, "Keep editing keeps member and text"

    answers.discard.append(prompts.KEEP)
    window.close()  # the whole window: the page asks too
    assert len(answers.asked) == 2 and window.isVisible()

    answers.discard.append(prompts.DISCARD)
    click_row(view, 1)
    assert selected_row(view) == 1 and "本人自评" not in self_text.toPlainText()
    assert stored(store) == before, "Discard wrote nothing"

    type_into(self_text, "第二位的自评。")
    answers.discard.append(prompts.SAVE)
    click_row(view, 2)
    assert selected_row(view) == 2 and not answers.errors
    saved = [s["self_assessment"] for s in stored(store)["evaluation_subjects"]]
    assert any("第二位的自评。" in (text or "") for text in saved), "Save kept the text for the member it was typed for"
    click_row(view, 1)
    assert "第二位的自评。" in self_text.toPlainText()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_tally_typed_meanwhile_keeps_the_assessment_on_screen(language, open_window, answers, store):  # type: ignore[no-untyped-def]
    window = open_window(language)
    view, self_text = open_evaluation(window)
    type_into(self_text, "尚未保存的自评")
    model = view.model()
    column = 2
    model.setData(model.index(0, column), 3)  # a tally typed in the table reads the page again
    QApplication.processEvents()
    assert selected_row(view) == 0 and "尚未保存的自评" in self_text.toPlainText()
    assert answers.asked == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_progress_note_typed_for_one_item_is_not_left_for_the_next(language, open_window, answers, store):  # type: ignore[no-untyped-def]
    window = open_window(language)
    go(window, *_tab(PLANS))
    tree = table(window, "plan_tree")
    items = [tree.model().index(r, 0, tree.model().index(0, 0)) for r in range(2)]
    for index in items:
        assert index.isValid()
    def choose(index) -> None:  # type: ignore[no-untyped-def]
        tree.scrollTo(index)
        QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
        QApplication.processEvents()

    choose(items[0])
    note = next(w for w in window.findChildren(QLineEdit)
                if w.isVisible() and w.placeholderText() == tr("PlanItemPanel", "What was done, decided or is still open"))
    type_into(note, "已走访十户")
    answers.discard.append(prompts.KEEP)
    choose(items[1])
    assert len(answers.asked) == 1 and note.text() == "已走访十户"
    assert tree.selectionModel().selectedRows()[0].data() == items[0].data()

    answers.discard.append(prompts.SAVE)
    choose(items[1])
    assert note.text() == "", "the next item starts without the other item's note"
    notes = stored(store)["plan_progress_notes"]
    assert any(n["text"] == "已走访十户" for n in notes)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_closes_without_a_question_when_nothing_is_typed(language, open_window, answers):  # type: ignore[no-untyped-def]
    window = open_window(language)
    open_evaluation(window)
    window.close()
    assert answers.asked == [] and not window.isVisible()

"""The side panel of the schedule: one meeting at a glance — when, where, who came, what was decided."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from partyplan import texts
from partyplan.enums import MeetingStatus, Presence
from partyplan.meetings import service
from partyplan.meetings.service import MeetingDetail
from partyplan.meetings.votes import InvalidVote
from partyplan.texts import meetings as words
from partyplan.ui.meetings.models import STATUS_COLOURS


class MeetingSummary(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_summary")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setMargin(10)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.setWidget(holder)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(240)
        self.detail: MeetingDetail | None = None
        self.plan_item = ""

    def show_meeting(self, detail: MeetingDetail | None, plan_item: str = "", hint: str = "") -> None:
        self.detail, self.plan_item = detail, plan_item
        self.label.setText(self._html(detail, plan_item) if detail else f"<p style='color:#666'>{html.escape(hint)}</p>")

    def _html(self, d: MeetingDetail, plan_item: str) -> str:
        row = d.row
        e = html.escape
        name = row.title or words.type_name(row.type_name, row.type_name_en)
        colour = STATUS_COLOURS[row.status]
        kind = words.type_name(d.type.name, d.type.name_en)
        parts = [f"<h3 style='margin:0'>{e(name)}</h3>",
                 f"<p><span style='color:{colour}; font-weight:600'>{e(words.status_label(row.status))}</span>"
                 + (f" · {e(kind)}" if kind != name else "") + "</p>"]
        facts = [(self.tr("Date"), row.day.isoformat() + (f" {row.start_time:%H:%M}" if row.start_time else "")),
                 (self.tr("Planned for"), row.planned_on.isoformat() if row.held_on and row.held_on != row.planned_on
                  else ""),
                 (self.tr("Place"), row.place), (self.tr("Chair"), row.chair_name),
                 (self.tr("Recorder"), d.recorder_name), (self.tr("Fulfils plan item"), plan_item)]
        parts.append("<table cellspacing='0' cellpadding='2'>" + "".join(
            f"<tr><td style='color:#555; padding-right:8px'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in facts if v)
            + "</table>")
        if row.status is MeetingStatus.HELD:
            parts.append(self._attendance(d))
        # tr() outside f-strings: lupdate does not look inside them.
        agenda_title, resolutions_title = self.tr("Agenda"), self.tr("Resolutions")
        if d.agenda:
            parts.append(f"<p><b>{e(agenda_title)}</b><br>" + "<br>".join(e(line) for line in
                                                                             d.agenda.splitlines() if line.strip()))
        if d.resolutions:
            parts.append(f"<p><b>{e(resolutions_title)}</b></p><ol style='margin-left:-20px'>"
                         + "".join(f"<li>{e(r.text)}{self._vote(d, r)}</li>" for r in d.resolutions) + "</ol>")
        return "".join(parts)

    def _attendance(self, d: MeetingDetail) -> str:
        a = d.row.attendance
        e = html.escape
        text = (self.tr("Present %1 of %2 (%3)").replace("%1", str(a.present)).replace("%2", str(a.expected))
                .replace("%3", words.rate_text(a.rate) or "—"))
        wrap = "{}（{}）" if words.chinese() else "{} ({})"
        away = [wrap.format(x.name, x.reason) if x.reason else x.name
                for x in d.attendees if x.presence is not Presence.PRESENT]
        listed = texts.list_separator().join(away)
        not_present, title = self.tr("Not present:"), self.tr("Attendance")
        more = f"<br><span style='color:#555'>{e(not_present)} {e(listed)}</span>" if away else ""
        return f"<p><b>{e(title)}</b><br>{e(text)}{more}</p>"

    def _vote(self, d: MeetingDetail, resolution) -> str:  # type: ignore[no-untyped-def]
        if not resolution.voted:
            return ""
        try:
            result = service.vote_result(d, resolution)
        except InvalidVote:
            return ""
        colour = "#1b7a3d" if result.passed else "#b00020"
        tally = f"{resolution.votes_for}/{resolution.votes_against}/{resolution.abstentions}"
        return (f"<br><span style='color:{colour}'>{html.escape(words.outcome_label(result.outcome.value))}"
                f" ({tally})</span>")

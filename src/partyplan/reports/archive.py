"""The year's file for binding: every register and record of one year in one folder (or .zip).

At year end the office prints and binds what the year produced ("finishing and binding the year's
file"). The archive gathers it from every area, numbered in binding order, with an index sheet that lists
each file. It is built in a temporary folder beside the target and only then put in place, so a
cancelled or failed run leaves the previous archive (and nothing half-written) behind.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from partyplan import office
from partyplan.db.database import Database
from partyplan.db.models import MeetingStatus
from partyplan.errors import ExportTargetError, PartyPlanError
from partyplan.exchange import lock
from partyplan.files import DISK_FULL, atomic_write, new_folder_mode, replace_retrying

Writer = Callable[[Session, Path], object]

WORDS = {
    "zh_CN": {
        "folder": "{year}年度档案", "index": "00 目录.xlsx",
        "plans": "01 年度工作计划", "rosters": "02 值班表", "duty_log": "03 值班记录",
        "meetings": "04 会议", "minutes": "会议记录", "posts": "05 志愿服务", "training": "06 培训与表彰",
        "development": "07 党员发展", "summary": "08 {year}年工作总结.docx",
        "roster_file": "{year}年{month:02d}月值班表.xlsx", "log_file": "{year}年{month:02d}月值班记录.xlsx",
        "meeting_register": "会议台账.xlsx", "posts_register": "志愿服务台账.xlsx",
        "training_register": "培训与表彰台账.xlsx", "development_register": "发展党员工作台账.xlsx",
        "part": {"plans": "工作计划", "rosters": "值班表", "duty_log": "值班记录", "meetings": "会议",
                 "posts": "志愿服务", "training": "培训与表彰", "development": "党员发展", "summary": "工作总结",
                 "index": "目录"},
        "what": {
            "plan_docx": "{title}（正文）", "plan_xlsx": "{title}（任务清单）",
            "roster": "{year}年{month}月值班表（第{version}版，{published}发布）",
            "log": "{year}年{month}月值班记录，{count}条", "meeting_register": "{year}年会议台账及会议制度落实情况",
            "minutes": "{day} {name}会议记录", "posts": "志愿服务岗位名册、服务时长、入户走访登记",
            "training": "培训登记、参训人员、学时统计、表彰登记", "development": "发展党员工作台账（截至{day}）",
            "summary": "{year}年工作总结",
        },
        "title": "{office}{year}年度档案目录", "head": ["序号", "类别", "文件", "内容"],
        "made": "生成时间：{when}；共{count}个文件。", "missing": "未发布值班表的月份：{months}",
        "no_log": "无值班记录的月份：{months}", "month": "{month}月", "sep": "、", "none": "无",
    },
    "en": {
        "folder": "Archive {year}", "index": "00 Index.xlsx",
        "plans": "01 Plans", "rosters": "02 Duty rosters", "duty_log": "03 Duty record book",
        "meetings": "04 Meetings", "minutes": "Minutes", "posts": "05 Volunteer service",
        "training": "06 Training and commendations", "development": "07 Member development",
        "summary": "08 Work summary {year}.docx",
        "roster_file": "{year}-{month:02d} duty roster.xlsx", "log_file": "{year}-{month:02d} duty record book.xlsx",
        "meeting_register": "Meeting register.xlsx", "posts_register": "Volunteer registers.xlsx",
        "training_register": "Training and commendation registers.xlsx",
        "development_register": "Development register.xlsx",
        "part": {"plans": "Plans", "rosters": "Duty rosters", "duty_log": "Duty record book", "meetings": "Meetings",
                 "posts": "Volunteer service", "training": "Training and commendations",
                 "development": "Member development", "summary": "Work summary", "index": "Index"},
        "what": {
            "plan_docx": "{title} (text)", "plan_xlsx": "{title} (task list)",
            "roster": "Duty roster {year}-{month:02d} (version {version}, published {published})",
            "log": "Duty record book {year}-{month:02d}, {count} entries",
            "meeting_register": "Meetings held in {year} and the required-meeting check",
            "minutes": "Minutes: {name}, {day}", "posts": "Post roster, service hours and household visits",
            "training": "Training sessions, participants, totals per person, commendations",
            "development": "Member development register (as at {day})", "summary": "Work summary {year}",
        },
        "title": "{office} archive {year}: index", "head": ["No.", "Part", "File", "Contents"],
        "made": "Made {when}; {count} files.", "missing": "Months without a published roster: {months}",
        "no_log": "Months without duty records: {months}", "month": "{month:02d}", "sep": ", ", "none": "none",
    },
}
UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')  # not allowed in Windows file names
NAME_BYTES = 255  # a file name's limit on ext4 and most file systems, counted in UTF-8 bytes
NUMBER_ROOM = len(" (9999)")  # what _unique may add
STALE_SECONDS = 24 * 3600  # a leftover whose process cannot be checked (another computer) is this old


class ArchiveCancelled(PartyPlanError):
    """The user stopped the run; the previous archive, if any, is untouched."""


@dataclass(frozen=True)
class ArchiveFile:
    path: str  # relative to the archive, with "/" between folders
    part: str  # key of WORDS["part"]
    contents: str


@dataclass
class Job:
    file: ArchiveFile
    write: Writer


@dataclass(frozen=True)
class ArchiveResult:
    target: Path
    files: list[ArchiveFile]  # the index first
    notes: list[str]


def words(language: str) -> dict:  # type: ignore[type-arg]
    return WORDS["zh_CN" if language.lower().startswith("zh") else "en"]


def target_path(out_dir: Path, year: int, *, as_zip: bool, language: str) -> Path:
    name = words(language)["folder"].format(year=year)
    return Path(out_dir) / (name + ".zip" if as_zip else name)


def plan_jobs(session: Session, year: int, *, language: str, today: dt.date | None = None
              ) -> tuple[list[Job], list[str]]:
    """What the archive of `year` will hold, and notes on what is missing (shown before and in the index)."""
    from partyplan.meetings import export as meeting_docs
    from partyplan.meetings import export_sheets as meeting_sheets
    from partyplan.meetings import service as meetings
    from partyplan.plans import export as plan_export
    from partyplan.plans import service as plans
    from partyplan.posts import export as posts_export
    from partyplan.rosters import duty_log, duty_log_export
    from partyplan.rosters import service as rosters
    from partyplan.training import export as training_export

    today = today or dt.date.today()
    w = words(language)
    what = w["what"]
    jobs: list[Job] = []
    names: set[str] = set()

    def add(folder: str, name: str, part: str, contents: str, write: Writer) -> None:
        path = _unique(f"{folder}/{_safe(name)}" if folder else _safe(name), names)
        jobs.append(Job(ArchiveFile(path, part, contents), write))

    for plan in plans.list_plans(session):
        if plan.year <= year <= (plan.end_year or plan.year):
            add(w["plans"], f"{plan.title}.docx", "plans", what["plan_docx"].format(title=plan.title),
                _bind(plan_export.write_docx, plan.id, language=language, today=today))
            add(w["plans"], f"{plan.title}.xlsx", "plans", what["plan_xlsx"].format(title=plan.title),
                _bind(plan_export.write_xlsx, plan.id, language=language, today=today))

    name, phone = office.office_name(session), office.get_setting(session, "duty_phone")
    unpublished = []
    for month in range(1, 13):  # the version list only: the roster itself is read when its file is written
        latest = rosters.latest_published(session, year, month)
        if latest is None:
            unpublished.append(month)
            continue
        version, at = latest
        add(w["rosters"], w["roster_file"].format(year=year, month=month), "rosters",
            what["roster"].format(year=year, month=month, version=version, published=at.date().isoformat() if at else ""),
            _roster_writer(year, month, version, language=language, office=name, duty_phone=phone))
    counts = duty_log.entries_per_month(session, year)
    quiet = [month for month in range(1, 13) if month not in counts]
    for month, count in sorted(counts.items()):
        add(w["duty_log"], w["log_file"].format(year=year, month=month), "duty_log",
            what["log"].format(year=year, month=month, count=count),
            _bind(duty_log_export.write_xlsx, year, month, language=language, office=name))

    add(w["meetings"], w["meeting_register"], "meetings", what["meeting_register"].format(year=year),
        _bind(meeting_sheets.write_register_xlsx, year, language=language, today=min(today, dt.date(year, 12, 31))))
    english = w is WORDS["en"]
    for meeting in meetings.list_meetings(session, year, status=MeetingStatus.HELD):
        if meeting.day.year != year:
            continue
        kind = meeting.type_name_en if english and meeting.type_name_en else meeting.type_name
        label = meeting.title if meeting.title and meeting.title != kind else kind
        add(f"{w['meetings']}/{w['minutes']}", f"{meeting.day.isoformat()} {label}.docx", "meetings",
            what["minutes"].format(day=meeting.day.isoformat(), name=label),
            _bind(meeting_docs.write_minutes_docx, meeting.id, language=language))

    add(w["posts"], w["posts_register"], "posts", what["posts"],
        _bind(posts_export.write_xlsx, year, language=language, today=min(today, dt.date(year, 12, 31))))
    add(w["training"], w["training_register"], "training", what["training"],
        _bind(training_export.write_xlsx, year, language=language))
    from partyplan.development import export as development_export

    add(w["development"], w["development_register"], "development",
        what["development"].format(day=today.isoformat()),
        _bind(development_export.write_register_xlsx, language=language, today=today))
    add("", w["summary"].format(year=year), "summary", what["summary"].format(year=year),
        _summary_writer(year, today, language))

    notes = []
    if unpublished:
        notes.append(w["missing"].format(months=_months(unpublished, w)))
    if quiet:
        notes.append(w["no_log"].format(months=_months(quiet, w)))
    return jobs, notes


def write_archive(db: Database, year: int, out_dir: Path, *, as_zip: bool = False, language: str = "zh_CN",
                  today: dt.date | None = None, report: Callable[[float], None] | None = None,
                  stopped: Callable[[], bool] | None = None) -> ArchiveResult:
    """Write the archive of `year` into `out_dir`, replacing an earlier one only when the new one is whole.

    Safe to call off the GUI thread: it opens its own sessions. `report(fraction)` follows the files;
    once `stopped()` is true the run ends with ArchiveCancelled and nothing changes on disk.
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise ExportTargetError(out_dir, "no_folder")
    target = target_path(out_dir, year, as_zip=as_zip, language=language)
    if target.exists() and target.is_dir() == as_zip:
        raise ExportTargetError(target, "is_directory" if as_zip else "not_a_folder")
    report = report or (lambda _fraction: None)
    stopped = stopped or (lambda: False)
    clean_leftovers(out_dir, target)
    with db.session() as session:
        jobs, notes = plan_jobs(session, year, language=language, today=today)
        office_name = office.office_name(session)
    try:  # the process id in the name lets the next run tell a killed run's folder from a running one's
        work = Path(tempfile.mkdtemp(prefix=f".{target.stem}-{os.getpid()}-", dir=out_dir))
    except OSError as exc:
        raise ExportTargetError(out_dir, "disk_full" if exc.errno in DISK_FULL else "read_only") from exc
    try:
        _build(db, jobs, notes, work, target, year=year, office_name=office_name, language=language,
               as_zip=as_zip, report=report, stopped=stopped)
        w = words(language)
        index = ArchiveFile(w["index"], "index", w["title"].format(office=office_name, year=year))
        return ArchiveResult(target, [index] + [job.file for job in jobs], notes)
    except ExportTargetError as exc:
        if exc.reason == "disk_full":  # a file inside the hidden folder: name the archive instead
            raise ExportTargetError(target, "disk_full") from exc
        raise
    except OSError as exc:
        if exc.errno in DISK_FULL:
            raise ExportTargetError(target, "disk_full") from exc
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _build(db: Database, jobs: list[Job], notes: list[str], work: Path, target: Path, *, year: int, office_name: str,
           language: str, as_zip: bool, report: Callable[[float], None], stopped: Callable[[], bool]) -> None:
    """Every file into the hidden folder `work`, the index last, then the whole put in place."""
    for n, job in enumerate(jobs):
        if stopped():
            raise ArchiveCancelled()
        path = work / job.file.path
        path.parent.mkdir(parents=True, exist_ok=True)
        with db.session() as session:
            job.write(session, path)
        report((n + 1) / (len(jobs) + 2))
    w = words(language)
    write_index(work / w["index"], [job.file for job in jobs], notes, year=year, office=office_name, language=language)
    if stopped():
        raise ArchiveCancelled()
    if as_zip:
        _zip(work, target)
    else:
        _put_in_place(work, target)
    report(1.0)


def clean_leftovers(out_dir: Path, target: Path) -> list[Path]:
    """Remove what a run killed half-way left in `out_dir`: its hidden build folder, an old archive set
    aside for the swap (put back first when the swap did not finish), a half-written .zip. A leftover
    of a process still running is left alone; one whose process cannot be checked, for a day."""
    removed = []
    now = time.time()
    aside = sorted(out_dir.glob(f".{target.name}-old-*"))
    if not target.exists():
        for folder in aside:  # killed between the two renames of the swap: the old archive goes back
            if (folder / "archive").is_dir():
                os.replace(folder / "archive", target)
                break
    for path in [*out_dir.glob(f".{target.stem}-*"), *aside]:
        if not _abandoned(path, target, now):
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def _abandoned(path: Path, target: Path, now: float) -> bool:
    match = re.match(rf"^\.(?:{re.escape(target.stem)}|{re.escape(target.name)}-old)-(\d+)-", path.name)
    if match and path.is_dir():
        pid = int(match[1])
        return pid != os.getpid() and not lock.pid_alive(pid)
    try:
        return now - path.stat().st_mtime > (STALE_SECONDS if path.is_dir() else 3600)
    except OSError:
        return False


def write_index(path: Path, files: list[ArchiveFile], notes: list[str], *, year: int, office: str,
                language: str) -> Path:
    """One sheet listing every file of the archive with a link to it, printable as the file's first page."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from partyplan.reports import sheets

    w = words(language)
    book = Workbook()
    ws = book.active
    ws.title = str(year)
    sheets.write_title(ws, w["title"].format(office=office, year=year), len(w["head"]))
    ws.append(w["head"])
    for n, file in enumerate(files, 1):
        ws.append([n, w["part"][file.part], file.path, file.contents])
        ws.cell(row=ws.max_row, column=3).hyperlink = file.path  # relative: the link works wherever it is copied
    sheets.style_header_row(ws, 2)
    sheets.style_body(ws, 3, ws.max_row)
    link = Font(name=sheets.FONT_NAME, charset=sheets.GB2312, color="1F4E9A", underline="single")
    for n in range(3, ws.max_row + 1):
        ws.cell(row=n, column=3).font = link
        ws.cell(row=n, column=1).alignment = Alignment(horizontal="center", vertical="center")
    ws.append([])
    made = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    for line in [w["made"].format(when=made, count=len(files) + 1), *notes]:
        ws.append([line])
        ws.cell(row=ws.max_row, column=1).font = sheets.chinese_font()
    sheets.fit_columns(ws, max_width=60)
    ws.column_dimensions["A"].width = 6
    ws.freeze_panes = "A3"
    sheets.set_print_setup(ws, landscape=True, title_rows="2:2", language=language)
    return sheets.save_workbook(book, path)


# -- putting the archive in place ----------------------------------------------------------------
def _put_in_place(work: Path, target: Path) -> None:
    """Swap the finished folder in; the old one is renamed aside first and only removed once the new one is in."""
    built = work / "archive"
    built.mkdir()
    for child in list(work.iterdir()):
        if child != built:
            child.rename(built / child.name)
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}-old-{os.getpid()}-", dir=target.parent))
        try:
            replace_retrying(target, old / "archive")  # an indexer's moment is waited out
        except OSError as exc:  # on Windows: a file of the old archive is open in Word or Excel
            old.rmdir()
            raise ExportTargetError(target, "folder_in_use") from exc
    os.chmod(built, new_folder_mode()) if os.name == "posix" else None  # mkdtemp made it 0700
    try:
        os.replace(built, target)
    except OSError as exc:
        if old is not None:
            os.replace(old / "archive", target)
            old.rmdir()
        raise ExportTargetError(target, "folder_in_use") from exc
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _zip(work: Path, target: Path) -> None:
    files = sorted(p for p in work.rglob("*") if p.is_file())
    with atomic_write(target, ".zip") as temp, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files:  # names are stored as UTF-8 (flag set), which Windows Explorer and 7-Zip read
            archive.write(path, f"{target.stem}/{path.relative_to(work).as_posix()}")


# -- writers bound to their arguments ------------------------------------------------------------
def _bind(function, *args, **kwargs) -> Writer:  # type: ignore[no-untyped-def]
    return lambda session, path: function(session, *args, path, **kwargs)


def _roster_writer(year: int, month: int, version: int, **kwargs) -> Writer:  # type: ignore[no-untyped-def]
    def write(session: Session, path: Path) -> Path:
        from partyplan.rosters import roster_export
        from partyplan.rosters import service as rosters

        return roster_export.write_xlsx(rosters.load_view(session, year, month, version), path, **kwargs)
    return write


def _summary_writer(year: int, today: dt.date, language: str) -> Writer:
    def write(session: Session, path: Path) -> Path:
        from partyplan.reports import summary_data, yearly

        summary = summary_data.collect(session, summary_data.Period(year), today)
        return yearly.write(summary, path, today=min(today, dt.date(year, 12, 31)), language=language)
    return write


def _safe(name: str) -> str:
    """A file name Windows accepts, cut (at a character, never inside one) so that with its suffix and a
    number _unique may add it fits the 255 bytes a file name may take."""
    stem, dot, suffix = name.rpartition(".") if "." in name else (name, "", "")
    cleaned = " ".join(UNSAFE.sub("_", stem).split()).strip(" .") or "_"
    room = NAME_BYTES - NUMBER_ROOM - len(f"{dot}{suffix}".encode())
    cleaned = cleaned.encode()[:room].decode("utf-8", errors="ignore").rstrip(" .") or "_"
    return f"{cleaned}{dot}{suffix}"


def _unique(path: str, taken: set[str]) -> str:
    stem, dot, suffix = path.rpartition(".") if "." in path else (path, "", "")
    candidate, n = path, 2
    while candidate.lower() in taken:
        candidate, n = f"{stem} ({n}){dot}{suffix}", n + 1
    taken.add(candidate.lower())
    return candidate


def _months(months: list[int], w: dict) -> str:  # type: ignore[type-arg]
    return w["sep"].join(w["month"].format(month=m) for m in months) if months else w["none"]

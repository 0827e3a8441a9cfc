"""The demo office's duty: three published months, next month's draft, and a record book."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session

from partyplan import office
from partyplan.db.models import FollowUp
from partyplan.rosters import duty_log, service, setup

MATTERS = [
    ("certificate", "开具居住证明", "核实户籍信息后当场开具", "已办结"),
    ("consultation", "咨询医保缴费办法", "讲解缴费渠道和时间", "已答复"),
    ("repair", "楼道灯不亮", "联系物业维修", "物业已修好"),
    ("dispute", "邻里因漏水发生纠纷", "约双方到社区调解", "达成调解协议"),
    ("assistance", "独居老人申请临时救助", "指导填写申请表", "已上报街道"),
    ("complaint", "夜间广场舞噪音扰民", "与舞蹈队协商调整时间", "待回访"),
    ("suggestion", "建议增设电动车充电桩", "记录并提交居委会讨论", "已列入议题"),
    ("consultation", "咨询孩子入学政策", "提供学区划分说明", "已答复"),
]
RESIDENTS = ("王阿姨", "李先生", "张女士", "刘大爷", "陈先生", "赵女士", "黄师傅", "周同学")


def fill(session: Session, cadres: list[int], *, today: dt.date, seed: int = 2026) -> int:
    """Returns the number of rosters written."""
    rng = random.Random(seed)
    setup.seed_default_shifts(session)
    office.set_setting(session, "duty_phone", "0772-2861234")
    for pid in cadres[:4]:
        setup.save_member(session, pid, setup.MemberData(tags=frozenset({"leader"}), max_per_month=8,
                                                         backup_id=cadres[(cadres.index(pid) + 4) % len(cadres)]))
    setup.save_member(session, cadres[5], setup.MemberData(unavailable_weekdays=frozenset({2}), max_per_month=6))
    setup.add_absence(session, cadres[6], today.replace(day=1), today.replace(day=10), "年休假")
    months = _months_around(today)
    written = 0
    for n, (year, month) in enumerate(months):
        roster_id = service.generate(session, year, month, time_limit_s=3)
        written += 1
        if n < len(months) - 1:
            service.publish(session, roster_id, now=dt.datetime(year, month, 1, 9, 0) - dt.timedelta(days=3))
            _record_book(session, rng, year, month, today)
    return written


def _months_around(today: dt.date) -> list[tuple[int, int]]:
    """Two months back, this month (all published) and next month (a draft)."""
    result = []
    for offset in (-2, -1, 0, 1):
        month = today.month + offset
        year = today.year + (month - 1) // 12
        result.append((year, (month - 1) % 12 + 1))
    return result


def _record_book(session: Session, rng: random.Random, year: int, month: int, today: dt.date) -> None:
    view = service.load_view(session, year, month)
    duties = sorted(view.cells.items())
    for (day, shift_id), people in rng.sample(duties, min(len(duties), 9)):
        if day > today:
            continue
        category, matter, answer, result = rng.choice(MATTERS)
        follow = FollowUp.OPEN if result == "待回访" else FollowUp.NONE
        entry = duty_log.add_entry(session, duty_log.EntryData(
            day=day, time=dt.time(18 if day.weekday() < 5 else 10, rng.choice((5, 20, 40))), shift_type_id=shift_id,
            handled_by_id=people[0].person_id, resident_name=rng.choice(RESIDENTS),
            contact=f"13{rng.randint(100000000, 999999999)}", household=f"{rng.randint(1, 24)}-{rng.randint(101, 1802)}",
            matter=matter, category=category, answer=answer, result=result, follow_up=follow,
            follow_up_due=day + dt.timedelta(days=14) if follow is FollowUp.OPEN else None), today=today)
        if day < today - dt.timedelta(days=20):
            duty_log.inspect(session, [entry], view.fairness[0].person_id, "记录完整", day + dt.timedelta(days=7))

"""The demo office's 2026 plan, half-way through the year's work as it would be in late autumn."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from partyplan.db.models import Comparison, ItemStatus, PlanKind, Recurrence
from partyplan.plans import service, targets
from partyplan.plans.service import PlanData

GUIDING = ("为切实加强社区党建工作，围绕服务社区居民、服务驻区单位，充分发挥社区党组织战斗堡垒作用，"
           "结合本社区实际，制定本计划。")

# (section, quarter, [(task, unit, quarter, month, recurrence, status, note)])
SECTIONS = [
    ("抓好制度建设，形成社区干部良好管理机制", None, [
        ("组织社区干部参加政治理论、法律法规、社区服务等培训，全年不少于10天", "社区党委", None, None,
         Recurrence.NONE, ItemStatus.IN_PROGRESS, "已完成7天：政治理论3天、法律法规2天、社区服务2天"),
        ("每半年开展一次社区干部谈心谈话，及时解决存在的问题", "社区党委", 2, None,
         Recurrence.NONE, ItemStatus.DONE, "上半年谈心谈话12人次"),
        ("年底召开党员和居民代表大会，在述职基础上开展民主评议", "社区党委", 4, 12,
         Recurrence.NONE, ItemStatus.NOT_STARTED, ""),
    ]),
    ("设岗定责，增强主动服务意识", None, [
        ("设立治安巡逻岗、政策宣传岗、纠纷调解岗、便民服务岗等八类责任岗位", "社区居委会", 1, None,
         Recurrence.NONE, ItemStatus.DONE, "八类岗位已设立，认岗党员54人"),
        ("开展“选一个岗、献一技之长、捐一天时间”活动", "社区党委", 2, None,
         Recurrence.NONE, ItemStatus.DONE, ""),
        ("每半年组织一次入户走访，了解社情民意", "网格员", 3, None,
         Recurrence.NONE, ItemStatus.POSTPONED, "因防汛推迟至10月"),
    ]),
    ("民主议事，加强基层民主建设", None, [
        ("每季度召开一次情况通报会，向党员和居民代表通报工作", "社区党委", None, None,
         Recurrence.QUARTERLY, ItemStatus.NOT_STARTED, ""),
        ("涉及居民切身利益的事项，召开听证会广泛征求意见", "社区居委会", 3, None,
         Recurrence.NONE, ItemStatus.DONE, "7月召开加装电梯听证会"),
        ("重大事项提交居民代表会议表决", "社区居委会", None, None,
         Recurrence.NONE, ItemStatus.IN_PROGRESS, ""),
    ]),
    ("错时服务，践行服务理念", None, [
        ("按月编制社区干部错时值班表并公布", "办公室", None, None,
         Recurrence.MONTHLY, ItemStatus.NOT_STARTED, ""),
        ("建立《社区干部值班记录簿》，记录居民来访事项、答复及办理结果", "办公室", 1, None,
         Recurrence.NONE, ItemStatus.DONE, ""),
        ("社区班子定期检查值班记录，检查结果纳入干部考核", "社区党委", 4, None,
         Recurrence.NONE, ItemStatus.NOT_STARTED, ""),
    ]),
]


def fill(session: Session, cadres: list[int], *, today: dt.date) -> int:
    year = 2026
    plan_id = service.create_plan(session, PlanData(
        year=year, title=f"柳北桥社区党委{year}年工作计划", kind=PlanKind.ANNUAL, organization="柳北桥社区党委",
        guiding_text=GUIDING, dated=dt.date(year, 1, 8)))
    numerals = "一二三四五六七八九十"
    for n, (title, quarter, tasks) in enumerate(SECTIONS):
        section_id = service.add_section(session, plan_id, title, quarter=quarter, number=numerals[n])
        for m, (task, unit, q, month, recurrence, status, note) in enumerate(tasks):
            item_id = service.add_item(session, section_id, task, number=str(m + 1), responsible_unit=unit,
                                       quarter=q, month=month, recurrence=recurrence)
            _progress(session, item_id, recurrence, status, note, year, q, today)
            service.set_item_people(session, item_id, [cadres[(n * 3 + m) % len(cadres)]])
    _targets(session, plan_id)
    return 1


def _progress(session: Session, item_id: int, recurrence: Recurrence, status: ItemStatus, note: str, year: int,
              quarter: int | None, today: dt.date) -> None:
    if recurrence is Recurrence.QUARTERLY:
        for period in range(1, 5):
            if dt.date(year, period * 3, 28) < today:
                service.set_occurrence(session, item_id, period, ItemStatus.DONE, dt.date(year, period * 3, 25))
    elif recurrence is Recurrence.MONTHLY:
        for period in range(1, 13):
            if dt.date(year, period, 1) < today:
                service.set_occurrence(session, item_id, period, ItemStatus.DONE, dt.date(year, period, 1))
    elif status is not ItemStatus.NOT_STARTED:
        done_on = dt.date(year, (quarter or 3) * 3, 20) if status is ItemStatus.DONE else None
        service.update_item(session, item_id, {"status": status, "completed_on": done_on})
    if note:
        service.add_note(session, item_id, note, min(today, dt.date(year, (quarter or 3) * 3, 22)))


def _targets(session: Session, plan_id: int) -> None:
    sites = targets.add_target(session, plan_id, targets.TargetData("创建市级党建示范点", 2, "个"))
    targets.add_actual(session, sites, 1, dt.date(2026, 9, 30), "柳北桥社区已通过验收")
    targets.add_target(session, plan_id, targets.TargetData("发展新党员", 3, "名", Comparison.ABOUT, "dev_new_members"))
    targets.add_target(session, plan_id, targets.TargetData(
        "新党员中女性比例", 26, "%", Comparison.AT_LEAST, "dev_women_share"))
    training = targets.add_target(session, plan_id, targets.TargetData("社区干部人均培训天数", 10, "天"))
    targets.add_actual(session, training, 7, dt.date(2026, 10, 31))

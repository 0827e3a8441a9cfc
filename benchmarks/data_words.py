"""The Chinese words make_data.py draws from: plan sections and tasks, duty-book matters, service
activities, household visits, meeting agendas and commendations, so that the large store reads like a
real community office's ten years and not like "item 1, item 2" (text length affects layout and paint
time, so it matters for the figures too). Words already in partyplan.demo are imported from there."""

from __future__ import annotations

from partyplan.demo.meetings import AGENDAS, LEAVE_REASONS, PLACES as MEETING_PLACES, RESOLUTIONS
from partyplan.demo.people import GIVEN_FEMALE, GIVEN_MALE, STREETS, SURNAMES, UNITS
from partyplan.demo.posts import ACTIVITIES, BENEFICIARIES, DIFFICULTIES, PLACES as SERVICE_PLACES, SITUATIONS
from partyplan.demo.rosters import MATTERS as DEMO_MATTERS

__all__ = [
    "ACTIVITIES", "AGENDAS", "AWARDS", "BENEFICIARIES", "DIFFICULTIES", "GIVEN_FEMALE", "GIVEN_MALE", "LEAVE_REASONS",
    "MATTERS", "MEETING_PLACES", "NOTES", "RESIDENT_TITLES", "RESOLUTIONS", "RESPONSIBLE_UNITS", "SECTIONS",
    "SERVICE_PLACES", "SITUATIONS", "STEPS", "STREETS", "SURNAMES", "UNITS",
]

# (section title, tasks): each task becomes a parent item whose children are its monthly steps.
SECTIONS = [
    ("加强政治建设，坚定理想信念", ("组织党员学习党的创新理论", "开展“学党史、悟思想”专题学习", "书记带头讲专题党课",
                                    "组织收看党员教育电视片", "开展党员政治生日活动", "组织参观红色教育基地")),
    ("抓好制度建设，形成良好管理机制", ("完善社区干部考勤和请销假制度", "落实“三会一课”制度", "严格党费收缴管理",
                                        "开展社区干部谈心谈话", "规范社区印章和档案管理", "完善居务公开制度")),
    ("设岗定责，增强主动服务意识", ("设立八类党员志愿服务责任岗位", "组织党员认岗承诺",
                                    "开展“选一个岗、献一技之长”活动", "评选星级党员志愿者", "更新岗位公示栏",
                                    "组织岗位履职情况测评")),
    ("民主议事，加强基层民主建设", ("召开情况通报会通报社区工作", "召开居民代表会议审议重大事项", "开展居民议事协商",
                                    "组织驻区单位座谈会", "收集整理居民意见建议", "公开议事结果并跟踪落实")),
    ("错时服务，践行服务理念", ("按月编制社区干部错时值班表", "落实值班记录簿登记制度", "检查值班记录并通报",
                                "开展周末便民服务", "完善社区服务事项清单", "推行“一站式”受理服务")),
    ("加强党员教育管理", ("开展党员积分制管理", "联系流动党员和在职党员", "走访慰问老党员和困难党员",
                          "组织党员冬训", "开展民主评议党员", "更新党员信息管理系统")),
    ("做好发展党员工作", ("培养入党积极分子", "确定发展对象并开展政治审查", "组织发展对象集中培训",
                          "召开支部大会讨论接收预备党员", "做好预备党员转正工作", "规范发展党员档案")),
    ("深化志愿服务，凝聚社区力量", ("开展“我为群众办实事”志愿服务", "组织“四点半课堂”", "开展便民义诊义剪",
                                    "组织义务植树和环境整治", "开展关爱空巢老人活动", "统计志愿服务时长")),
    ("推进平安社区建设", ("组织夜间楼院巡逻", "开展消防安全隐患排查", "开展反诈宣传进楼院",
                          "排查化解矛盾纠纷", "做好重点人员帮扶", "开展防汛应急演练")),
    ("办好民生实事", ("推进老旧小区加装电梯", "改造小区停车设施", "增设电动车充电桩",
                      "做好低保和临时救助", "开展就业援助和技能培训", "建设社区长者食堂")),
]
STEPS = ("制定方案", "动员部署", "组织实施", "督促检查", "总结通报")
RESPONSIBLE_UNITS = ("社区党委", "社区居委会", "网格员", "办公室", "第一党支部", "第二党支部", "社区团委", "妇联",
                     "志愿服务队")
NOTES = ("已按计划完成", "参加人数较多，效果良好", "因防汛推迟，已补办", "已形成工作台账", "居民反映较好",
         "已报街道备案", "正在组织实施，进度正常", "部分楼栋尚未完成，下月继续")

MATTERS = DEMO_MATTERS + [
    ("certificate", "开具无犯罪记录证明材料", "告知需到派出所办理，提供所需材料清单", "已答复"),
    ("consultation", "咨询高龄津贴申领", "讲解申领条件，指导线上申请", "已答复"),
    ("repair", "单元门禁损坏", "报物业维修", "物业已修好"),
    ("complaint", "小区垃圾清运不及时", "联系环卫所加派车辆", "已解决"),
    ("assistance", "残疾人申请辅助器具", "协助填写申请并上报", "已上报残联"),
    ("dispute", "楼上楼下因噪音发生争执", "上门了解情况并调解", "双方达成谅解"),
    ("suggestion", "建议在广场增设健身器材", "记录并提交居委会讨论", "已列入议题"),
    ("other", "拾到钱包一个", "登记后联系失主", "已归还失主"),
]
RESIDENT_TITLES = ("阿姨", "先生", "女士", "大爷", "师傅", "大姐")
AWARDS = [  # (title, level, awarding body, month, to a person?)
    ("优秀志愿者", "community", "中共柳北桥社区委员会", 3, True),
    ("五四红旗团委", "provincial", "共青团广西壮族自治区委员会", 5, False),
    ("先进基层党组织", "district", "中共柳州市柳北区委员会", 6, False),
    ("优秀共产党员", "district", "中共柳州市柳北区委员会", 6, True),
    ("优秀党务工作者", "municipal", "中共柳州市委员会", 6, True),
    ("最美家庭", "municipal", "柳州市妇女联合会", 10, True),
]

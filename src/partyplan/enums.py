"""The kinds of things the office records (roles, statuses, stages, grades, ...), apart from the store.

The store's models keep these as enum columns and import them from here (`partyplan.db.models` still
re-exports them), so the window and the services can name a status without importing the store.
"""

from __future__ import annotations

import enum


# -- People -----------------------------------------------------------------------------------
class Gender(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"


class Role(enum.StrEnum):
    CADRE = "cadre"
    PARTY_MEMBER = "party_member"
    VOLUNTEER = "volunteer"
    RESIDENT_REP = "resident_rep"


class Education(enum.StrEnum):
    """Highest schooling, as member-development statistics count it."""

    PRIMARY = "primary"  # 小学及以下
    JUNIOR = "junior"  # 初中
    SENIOR = "senior"  # 高中、中专、中技
    COLLEGE = "college"  # 大专
    BACHELOR = "bachelor"  # 本科
    POSTGRADUATE = "postgraduate"  # 研究生


class Occupation(enum.StrEnum):
    """Occupation as the party's internal statistics count it (党内统计)."""

    WORKER = "worker"  # 工人
    FARMER = "farmer"  # 农牧渔民
    PROFESSIONAL = "professional"  # 专业技术人员
    MANAGER = "manager"  # 企事业单位管理人员
    OFFICIAL = "official"  # 党政机关工作人员
    STUDENT = "student"  # 学生
    RETIRED = "retired"  # 离退休人员
    OTHER = "other"  # 其他职业人员


class PartyCategory(enum.StrEnum):
    """Where a party member's membership is kept: registered here, in service elsewhere, or floating."""

    REGISTERED = "registered"
    IN_SERVICE = "in_service"
    FLOATING = "floating"


# -- Branches and party groups ----------------------------------------------------------------
class OrgKind(enum.StrEnum):
    COMMITTEE = "committee"  # 党委 (a community party committee)
    GENERAL_BRANCH = "general_branch"  # 党总支
    BRANCH = "branch"  # 党支部
    GROUP = "group"  # 党小组


# -- Plans ------------------------------------------------------------------------------------
class PlanKind(enum.StrEnum):
    ANNUAL = "annual"
    WORK_POINTS = "work_points"
    MULTI_YEAR = "multi_year"


class ItemStatus(enum.StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class Recurrence(enum.StrEnum):
    """An item made once that appears in each period ("enlarged committee meeting every quarter")."""

    NONE = "none"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"


class Comparison(enum.StrEnum):
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    ABOUT = "about"
    EQUAL = "equal"


# -- Duty rosters and the record book ---------------------------------------------------------
class RosterStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    SUPERSEDED = "superseded"  # an older published version, kept for the record


class FollowUp(enum.StrEnum):
    NONE = "none"
    OPEN = "open"
    CLOSED = "closed"


# -- Meetings ---------------------------------------------------------------------------------
class Cadence(enum.StrEnum):
    NONE = "none"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"
    MONTHS = "months"  # specific months, listed in MeetingType.months


class Quorum(enum.StrEnum):
    """How many of the members with voting rights must be present for the meeting to be valid."""

    NONE = "none"
    MORE_THAN_HALF = "more_than_half"
    TWO_THIRDS = "two_thirds"
    FOUR_FIFTHS = "four_fifths"  # elections: more than four fifths of those entitled (see meetings/votes.py)


class Majority(enum.StrEnum):
    """What passes a resolution (see meetings/votes.py)."""

    SIMPLE = "simple"  # more votes for than against
    MORE_THAN_HALF = "more_than_half"  # votes for are more than half of the voters present
    TWO_THIRDS = "two_thirds"  # votes for are at least two thirds of the voters present
    HALF_OF_ENTITLED = "half_of_entitled"  # votes for are more than half of ALL members entitled to vote


class VoteKind(enum.StrEnum):
    """What a vote decides: an ordinary resolution follows its meeting type's rule; the others follow the
    rule published for them (meetings/vote_rules.py), and all but an ordinary resolution concern a person
    or, for an election, a committee."""

    RESOLUTION = "resolution"
    ELECTION = "election"  # 选举
    ADMISSION = "admission"  # 接收预备党员
    CONVERSION = "conversion"  # 预备党员转正
    EXTENSION = "extension"  # 延长预备期
    CANCELLATION = "cancellation"  # 取消预备党员资格
    DISPOSAL = "disposal"  # 不合格党员的组织处置（劝其退党、除名）


class MeetingStatus(enum.StrEnum):
    PLANNED = "planned"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class Presence(enum.StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    LEAVE = "leave"


class Grade(enum.StrEnum):
    EXCELLENT = "excellent"  # 优秀
    QUALIFIED = "qualified"  # 合格
    BASIC = "basic"  # 基本合格
    UNQUALIFIED = "unqualified"  # 不合格


# -- Member development -----------------------------------------------------------------------
class Stage(enum.StrEnum):
    APPLICANT = "applicant"  # 入党申请人
    ACTIVIST = "activist"  # 入党积极分子
    TARGET = "target"  # 发展对象
    PROBATIONARY = "probationary"  # 预备党员
    FULL = "full"  # 正式党员
    CANCELLED = "cancelled"  # 取消预备党员资格 / closed


class StepKind(enum.StrEnum):
    """The steps of a member's file, named after the standard steps of 《中国共产党发展党员工作细则》."""

    APPLICATION = "application"  # 递交入党申请书
    TALK = "talk"  # 党组织派人谈话
    MENTORS = "mentors"  # mentors (培养联系人) assigned or changed
    ACTIVIST = "activist"  # 支委会研究决定为入党积极分子
    FILING = "filing"  # 报上级党委备案 (of the activist, then of the development target)
    ASSESSMENT = "assessment"  # 培养教育考察, every six months
    TARGET = "target"  # 支委会讨论同意列为发展对象
    SPONSORS = "sponsors"  # 确定入党介绍人
    REVIEW = "review"  # political review 政治审查
    TRAINING = "training"  # centralised training 集中培训
    COMMITTEE_REVIEW = "committee_review"  # 支部委员会审查
    PRE_REVIEW = "pre_review"  # 基层党委预审
    APPLICATION_FORM = "application_form"  # 填写《入党志愿书》
    NOTICE = "notice"  # public notice 公示
    PROBATIONARY = "probationary"  # admitted by the general meeting's vote 支部大会讨论接收
    ORGANISER_TALK = "organiser_talk"  # 上级党委派人谈话 (党委委员或组织员)
    APPROVAL = "approval"  # the higher committee's approval of the latest decision
    OATH = "oath"  # 入党宣誓
    EXTENSION = "extension"  # 延长预备期, by the general meeting's vote
    CONVERSION_APPLICATION = "conversion_application"  # 书面转正申请
    FULL = "full"  # conversion to full membership by the general meeting's vote
    CANCELLED = "cancelled"  # the file closed, or the probation cancelled by the general meeting's vote


# -- Member records, transfers and disposals --------------------------------------------------
class Measure(enum.StrEnum):
    """What the branch decides for a member graded unqualified (关于稳妥有序开展不合格党员组织处置工作的意见)."""

    UNDECIDED = "undecided"
    HELP = "help"  # 教育帮助 (帮教): a member assigned to help
    CORRECTION = "correction"  # 限期改正, by a deadline
    PERSUADE = "persuade"  # 劝其退党, by the general meeting's vote
    REMOVAL = "removal"  # 除名, by the general meeting's vote


class DisposalOutcome(enum.StrEnum):
    OPEN = "open"
    CORRECTED = "corrected"  # the member put it right: the follow-up ends
    LEFT = "left"  # left the party (persuaded) or was removed
    OTHER = "other"


class Direction(enum.StrEnum):
    IN = "in"  # 转入
    OUT = "out"  # 转出


# -- Party dues -------------------------------------------------------------------------------
class DuesCategory(enum.StrEnum):
    """Which rule of 《关于中国共产党党费收缴、使用和管理的规定》 sets a member's dues."""

    SALARIED = "salaried"  # 按月领取工资 (and 年薪制): the after-tax wage, 0.5-2 %
    SELF_EMPLOYED = "self_employed"  # 个体经营等: last quarter's average monthly net income, the same brackets
    RETIRED = "retired"  # 离退休: the pension, 0.5 or 1 %
    FARMER = "farmer"  # 农民: 0.2 to 1 yuan a month
    LOW_INCOME = "low_income"  # 学生、下岗失业、依靠抚恤或救济、领取低保: 0.2 yuan a month
    REDUCED = "reduced"  # 困难: less or nothing, by the higher committee's approval

"""The rule each kind of vote is counted by: the published rule by default, the office's own where local
rules differ (kept in the office's settings, so it travels with the database file).

An ordinary resolution is counted by its meeting type's quorum and the majority chosen for it (a
residents' representatives' meeting is not a party meeting). The votes the party rules name are counted
by their own rule, whatever meeting they are taken at:

- admission, conversion, extension and cancellation of a probation (《中国共产党发展党员工作细则》第二十条,
  《中国共产党支部工作条例（试行）》第十一条) and the disposal of an unqualified member (same 第十一条: the
  general meeting "讨论决定对党员的……组织处置"): more than half of those entitled present, votes for
  from more than half of ALL those entitled;
- elections (《中国共产党基层组织选举工作条例》): more than four fifths present, a candidate elected by
  more than half of the voters present.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from partyplan.db.models import Majority, Quorum, VoteKind
from partyplan.meetings import InvalidMeeting
from partyplan.office import get_setting, set_setting

PREFIX = "votes.rule."


@dataclass(frozen=True)
class VoteRule:
    quorum: Quorum
    majority: Majority


_BRANCH_DECISION = VoteRule(Quorum.MORE_THAN_HALF, Majority.HALF_OF_ENTITLED)
PUBLISHED: dict[VoteKind, VoteRule] = {
    VoteKind.ELECTION: VoteRule(Quorum.FOUR_FIFTHS, Majority.MORE_THAN_HALF),
    VoteKind.ADMISSION: _BRANCH_DECISION,
    VoteKind.CONVERSION: _BRANCH_DECISION,
    VoteKind.EXTENSION: _BRANCH_DECISION,
    VoteKind.CANCELLATION: _BRANCH_DECISION,
    VoteKind.DISPOSAL: _BRANCH_DECISION,
}
RULED_KINDS = tuple(PUBLISHED)  # the kinds counted by their own rule, in the order forms list them
PERSONAL_KINDS = (VoteKind.ADMISSION, VoteKind.CONVERSION, VoteKind.EXTENSION, VoteKind.CANCELLATION,
                  VoteKind.DISPOSAL)  # a vote of these kinds names the member it concerns


def load_rules(session: Session) -> dict[VoteKind, VoteRule]:
    """Every ruled kind's rule; a stored value that no longer reads falls back to the published one."""
    return {kind: _stored(session, kind) or published for kind, published in PUBLISHED.items()}


def rule_for(session: Session, kind: VoteKind) -> VoteRule | None:
    """The rule a kind is counted by; None for an ordinary resolution (its meeting type decides)."""
    kind = VoteKind(kind)
    return None if kind is VoteKind.RESOLUTION else _stored(session, kind) or PUBLISHED[kind]


def save_rule(session: Session, kind: VoteKind, rule: VoteRule) -> None:
    kind = VoteKind(kind)
    if kind is VoteKind.RESOLUTION:
        raise InvalidMeeting("kind", "type_rule")
    set_setting(session, PREFIX + kind.value, f"{Quorum(rule.quorum).value},{Majority(rule.majority).value}")


def reset_rules(session: Session) -> dict[VoteKind, VoteRule]:
    """The published rules again, for every kind."""
    for kind, rule in PUBLISHED.items():
        save_rule(session, kind, rule)
    return dict(PUBLISHED)


def is_published(kind: VoteKind, rule: VoteRule) -> bool:
    return PUBLISHED.get(VoteKind(kind)) == rule


def _stored(session: Session, kind: VoteKind) -> VoteRule | None:
    text = get_setting(session, PREFIX + kind.value, "")
    quorum, _, majority = text.partition(",")
    try:
        return VoteRule(Quorum(quorum), Majority(majority)) if text else None
    except ValueError:
        return None

"""The rules of a vote, as pure functions: is the meeting quorate, did the resolution pass.

`eligible` is everyone entitled to vote (应到会有表决权的党员), `present` those of them at the meeting.
The published rules count them so:

- 《中国共产党支部工作条例（试行）》第十一条: a branch general meeting may vote only with more than half of
  the members entitled to vote present, and a resolution passes when the votes for are more than half
  of ALL members entitled to vote (赞成人数超过应到会有表决权的党员的半数), not of those present. Ten
  entitled, six present and four for is therefore not passed. 《中国共产党发展党员工作细则》第二十条 counts
  an admission the same way. That is Quorum.MORE_THAN_HALF with Majority.HALF_OF_ENTITLED.
- 《中国共产党基层组织选举工作条例》: an election is valid only with more than four fifths of the members
  entitled to vote present (Quorum.FOUR_FIFTHS); a candidate is elected by votes for from more than
  half of the voters present (Majority.MORE_THAN_HALF).
- Other meetings (a residents' representatives' meeting, a committee) keep the rule their type sets.

Abstaining or not voting is never a vote for. A tally with more votes than voters present is refused,
never trimmed.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from partyplan.db.models import Majority, Quorum
from partyplan.errors import PartyPlanError


@dataclass
class InvalidVote(PartyPlanError):
    code: str  # "negative", "too_many_votes", "too_many_present"
    votes: int = 0
    present: int = 0
    row: int | None = None  # which resolution, counted from 0, when a whole meeting is checked


class Outcome(enum.StrEnum):
    PASSED = "passed"
    NO_QUORUM = "no_quorum"
    NO_MAJORITY = "no_majority"


@dataclass(frozen=True)
class VoteResult:
    eligible: int
    present: int
    votes_for: int
    votes_against: int
    abstentions: int
    quorum: Quorum
    majority: Majority
    quorum_met: bool
    majority_met: bool

    @property
    def passed(self) -> bool:
        return self.quorum_met and self.majority_met

    @property
    def outcome(self) -> Outcome:
        if not self.quorum_met:
            return Outcome.NO_QUORUM
        return Outcome.PASSED if self.majority_met else Outcome.NO_MAJORITY

    @property
    def not_voting(self) -> int:
        """Voters present who cast no vote at all (neither for, against nor abstaining)."""
        return self.present - self.votes_for - self.votes_against - self.abstentions

    @property
    def needed(self) -> int:
        """The fewest votes for that pass under this rule, for the minutes and the form."""
        return votes_needed(self.majority, self.present, self.votes_against, self.eligible)


def quorum_met(quorum: Quorum, present: int, eligible: int) -> bool:
    """`present` voting members out of `eligible` with voting rights."""
    if quorum is Quorum.NONE:
        return True
    if eligible <= 0:
        return False
    if quorum is Quorum.MORE_THAN_HALF:
        return present * 2 > eligible
    if quorum is Quorum.FOUR_FIFTHS:
        return present * 5 > eligible * 4
    return present * 3 >= eligible * 2  # TWO_THIRDS


def majority_met(majority: Majority, votes_for: int, votes_against: int, present: int,
                 eligible: int | None = None) -> bool:
    """`eligible` matters only to HALF_OF_ENTITLED; left out, those present are all who are entitled."""
    if majority is Majority.SIMPLE:
        return votes_for > votes_against
    if majority is Majority.HALF_OF_ENTITLED:
        entitled = present if eligible is None else eligible
        return entitled > 0 and votes_for * 2 > entitled
    if present <= 0:
        return False
    if majority is Majority.MORE_THAN_HALF:
        return votes_for * 2 > present
    return votes_for * 3 >= present * 2  # TWO_THIRDS


def check_tally(votes_for: int, votes_against: int, abstentions: int, present: int, eligible: int) -> None:
    """Refuse what cannot have happened: negative counts, more votes than voters present."""
    if min(votes_for, votes_against, abstentions, present, eligible) < 0:
        raise InvalidVote("negative")
    if present > eligible:
        raise InvalidVote("too_many_present", present=present)
    cast = votes_for + votes_against + abstentions
    if cast > present:
        raise InvalidVote("too_many_votes", votes=cast, present=present)


def decide(quorum: Quorum, majority: Majority, *, eligible: int, present: int, votes_for: int,
           votes_against: int, abstentions: int) -> VoteResult:
    check_tally(votes_for, votes_against, abstentions, present, eligible)
    quorum, majority = Quorum(quorum), Majority(majority)
    return VoteResult(
        eligible=eligible, present=present, votes_for=votes_for, votes_against=votes_against,
        abstentions=abstentions, quorum=quorum, majority=majority,
        quorum_met=quorum_met(quorum, present, eligible),
        majority_met=majority_met(majority, votes_for, votes_against, present, eligible),
    )


def votes_needed(majority: Majority, present: int, votes_against: int = 0, eligible: int | None = None) -> int:
    """The fewest votes for that pass, shown beside the tally so the chair can read the rule."""
    if majority is Majority.SIMPLE:
        return votes_against + 1
    if majority is Majority.MORE_THAN_HALF:
        return present // 2 + 1
    if majority is Majority.HALF_OF_ENTITLED:
        return (present if eligible is None else eligible) // 2 + 1
    return -(-present * 2 // 3)  # ceil(2/3 of present)

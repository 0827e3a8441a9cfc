"""The rules of a vote, as pure functions: is the meeting quorate, did the resolution pass.

Quorum counts the members with voting rights who are present against all who hold voting rights
(a branch general meeting is valid only with more than half of them there). Majority counts the
votes for against the voters present, as party rules count them: abstaining or not voting is not a
vote for. A tally that has more votes than voters present is refused, never trimmed.
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


def quorum_met(quorum: Quorum, present: int, eligible: int) -> bool:
    """`present` voting members out of `eligible` with voting rights."""
    if quorum is Quorum.NONE:
        return True
    if eligible <= 0:
        return False
    if quorum is Quorum.MORE_THAN_HALF:
        return present * 2 > eligible
    return present * 3 >= eligible * 2  # TWO_THIRDS


def majority_met(majority: Majority, votes_for: int, votes_against: int, present: int) -> bool:
    if majority is Majority.SIMPLE:
        return votes_for > votes_against
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
    return VoteResult(
        eligible=eligible, present=present, votes_for=votes_for, votes_against=votes_against,
        abstentions=abstentions, quorum=quorum, majority=majority,
        quorum_met=quorum_met(quorum, present, eligible),
        majority_met=majority_met(majority, votes_for, votes_against, present),
    )


def votes_needed(majority: Majority, present: int, votes_against: int = 0) -> int:
    """The fewest votes for that pass, shown beside the tally so the chair can read the rule."""
    if majority is Majority.SIMPLE:
        return votes_against + 1
    if majority is Majority.MORE_THAN_HALF:
        return present // 2 + 1
    return -(-present * 2 // 3)  # ceil(2/3 of present)

"""Words for the party organisations: their kinds and the organisation services' problem codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from partyplan.db.models import OrgKind

translate = QCoreApplication.translate


def kind_label(kind: OrgKind) -> str:
    return {
        OrgKind.COMMITTEE: translate("OrganisationTexts", "Party committee (党委)"),
        OrgKind.GENERAL_BRANCH: translate("OrganisationTexts", "General branch (党总支)"),
        OrgKind.BRANCH: translate("OrganisationTexts", "Branch (支部)"),
        OrgKind.GROUP: translate("OrganisationTexts", "Party group (党小组)"),
    }[OrgKind(kind)]


def election_label(kind: str) -> str:
    return {
        "election_due": translate("OrganisationTexts", "Prepare the election: the term ends within six months"),
        "expired": translate("OrganisationTexts", "The term has ended without an election"),
    }.get(kind, kind)


def sanhui_label(key: str) -> str:
    """三会一课, named as the rules name them."""
    return {
        "general_meeting": translate("OrganisationTexts", "Branch general meeting (支部党员大会)"),
        "branch_committee": translate("OrganisationTexts", "Branch committee meeting (支委会)"),
        "party_group": translate("OrganisationTexts", "Party group meeting (党小组会)"),
        "party_lecture": translate("OrganisationTexts", "Party lecture (党课)"),
    }.get(key, key)


def problem(field: str, code: str) -> str:
    sentences = {
        "required": translate("OrganisationTexts", "This field is required."),
        "too_long": translate("OrganisationTexts", "This is too long."),
        "duplicate": translate("OrganisationTexts", "An organisation with this name already exists."),
        "parent_kind": translate("OrganisationTexts", "A party group belongs to a branch; a branch to a party "
                                                      "committee or a general branch (or to none); a general branch "
                                                      "to a party committee (or to none)."),
        "not_found": translate("OrganisationTexts", "Not found; it may have been deleted."),
        "in_use": translate("OrganisationTexts", "Organisations stand under this one: its kind cannot change."),
        "not_a_unit": translate("OrganisationTexts", "People belong to a branch or a party group."),
        "no_committee": translate("OrganisationTexts", "A party group elects no committee."),
        "term_years": translate("OrganisationTexts", "A committee's term is three or five years."),
        "future": translate("OrganisationTexts", "This date is in the future."),
        "election_missing": translate("OrganisationTexts", "Choose the meeting that held the election (a vote "
                                                           "recorded as an election)."),
        "election_day": translate("OrganisationTexts", "The term starts the day the election meeting was held; "
                                                       "record the meeting as held first."),
        "election_failed": translate("OrganisationTexts", "The election at that meeting did not pass (more than "
                                                          "four fifths must be present)."),
        "before_current": translate("OrganisationTexts", "A later term is already recorded."),
        "postpone_range": translate("OrganisationTexts", "The election can be put off by at most a year after "
                                                         "the term's end."),
    }
    return sentences.get(code, code)


def error_message(exc: BaseException) -> str:
    from partyplan import texts
    from partyplan.organisations import InvalidOrganisation

    if isinstance(exc, InvalidOrganisation):
        return problem(exc.field, exc.code)
    return texts.error_message(exc)

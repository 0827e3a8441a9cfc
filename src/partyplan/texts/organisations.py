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
    }
    return sentences.get(code, code)


def error_message(exc: BaseException) -> str:
    from partyplan import texts
    from partyplan.organisations import InvalidOrganisation

    if isinstance(exc, InvalidOrganisation):
        return problem(exc.field, exc.code)
    return texts.error_message(exc)

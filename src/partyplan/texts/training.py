"""Words for training and commendations: kinds, levels, and the services' problem codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from partyplan import errors
from partyplan.texts import list_separator

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    return {
        "political_theory": translate("TrainingTexts", "Political theory"),
        "law": translate("TrainingTexts", "Law"),
        "community_service": translate("TrainingTexts", "Community service"),
        "business_skills": translate("TrainingTexts", "Business skills"),
        "development_target": translate("TrainingTexts", "Development targets (centralised)"),
        "backbone": translate("TrainingTexts", "Backbone members"),
        "other": translate("TrainingTexts", "Other"),
    }.get(kind, kind)


def level_label(level: str) -> str:
    return {
        "national": translate("TrainingTexts", "National"),
        "provincial": translate("TrainingTexts", "Provincial"),
        "municipal": translate("TrainingTexts", "Municipal"),
        "district": translate("TrainingTexts", "District"),
        "community": translate("TrainingTexts", "Community"),
    }.get(level, level)


def grade_label(grade: str | None) -> str:
    return {
        "excellent": translate("TrainingTexts", "Excellent"),
        "qualified": translate("TrainingTexts", "Qualified"),
        "basic": translate("TrainingTexts", "Basically qualified"),
        "unqualified": translate("TrainingTexts", "Unqualified"),
    }.get(grade or "", "")


def title_suggestions() -> list[str]:
    """Titles offered in the commendation dialog; the office may type any other."""
    return [
        translate("TrainingTexts", "Outstanding Communist Party member"),
        translate("TrainingTexts", "Outstanding party worker"),
        translate("TrainingTexts", "Advanced grassroots party organisation"),
        translate("TrainingTexts", "Outstanding league member"),
        translate("TrainingTexts", "Red-flag league committee"),
        translate("TrainingTexts", "Top ten outstanding young people"),
        translate("TrainingTexts", "Outstanding volunteer"),
    ]


def amount(value: float) -> str:
    """10 rather than 10.0; 2.5 stays 2.5."""
    return f"{value:g}" if value == round(value, 2) else f"{value:.2f}"


def problem(field: str, code: str, people: tuple[str, ...] = ()) -> str:
    sentences = {
        "required": translate("TrainingTexts", "This field is required."),
        "unknown_kind": translate("TrainingTexts", "Choose a kind of training from the list."),
        "before_start": translate("TrainingTexts", "The last day cannot be before the first day."),
        "negative": translate("TrainingTexts", "Enter zero or more."),
        "no_length": translate("TrainingTexts", "Enter the days or the class hours, so that the session counts."),
        "longer_than_dates": translate("TrainingTexts", "More days than the dates span: check the dates or the days."),
        "too_many": translate("TrainingTexts", "A year has at most 366 days."),
        "hours_range": translate("TrainingTexts", "A training day has more than 0 and at most 24 hours."),
        "hours_required_range": translate("TrainingTexts", "Enter more than 0 and at most 2000 class hours."),
        "has_certificate": translate("TrainingTexts", "This person holds a certificate for the session; clear it "
                                                      "before marking them absent."),
        "not_attended": translate("TrainingTexts", "Only someone who attended can hold a certificate."),
        "duplicate": translate("TrainingTexts", "This certificate number is already given to someone else."),
        "too_long": translate("TrainingTexts", "At most 60 characters."),
        "unknown_level": translate("TrainingTexts", "Choose a level from the list."),
        "no_recipient": translate("TrainingTexts", "Choose a person or type the organisation awarded."),
        "two_recipients": translate("TrainingTexts",
                                    "A commendation goes to a person or to an organisation, not both."),
        "evaluation_year_range": translate("TrainingTexts", "The evaluation year cannot be after the award's date."),
    }
    if code == "archived":
        return translate("TrainingTexts", "Archived people cannot be added to a session: %1.").replace(
            "%1", list_separator().join(people))
    return sentences.get(code, code)


def not_found(kind: str) -> str:
    return {
        "session": translate("TrainingTexts", "This training session no longer exists; someone may have deleted it."),
        "participant": translate("TrainingTexts", "This person is no longer on the session's list."),
        "commendation": translate("TrainingTexts", "This commendation no longer exists; someone may have deleted it."),
        "person": translate("TrainingTexts", "This person is no longer in People."),
    }.get(kind, kind)


def error_message(exc: errors.PartyPlanError) -> str:
    """A refusal or a general error (a locked export file, a lost database) as one paragraph."""
    from partyplan import texts
    from partyplan.training import InvalidTraining, TrainingNotFound

    if isinstance(exc, InvalidTraining):
        return problem(exc.field, exc.code, exc.people)
    if isinstance(exc, TrainingNotFound):
        return not_found(exc.kind)
    return texts.error_message(exc)

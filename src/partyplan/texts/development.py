"""Words for member development: stages, steps, what is due, the rules, and the pipeline's problem codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from partyplan.db.models import Stage, StepKind

translate = QCoreApplication.translate


def stage_label(stage: Stage) -> str:
    return {
        Stage.APPLICANT: translate("DevelopmentTexts", "Applicant"),
        Stage.ACTIVIST: translate("DevelopmentTexts", "Activist"),
        Stage.TARGET: translate("DevelopmentTexts", "Development target"),
        Stage.PROBATIONARY: translate("DevelopmentTexts", "Probationary member"),
        Stage.FULL: translate("DevelopmentTexts", "Full member"),
        Stage.CANCELLED: translate("DevelopmentTexts", "Closed"),
    }[stage]


def kind_label(kind: StepKind, *, admitted: bool = False) -> str:
    """A step's name; a closing step reads as a cancelled probation once the person was admitted."""
    if kind is StepKind.CANCELLED:
        return (translate("DevelopmentTexts", "Probation cancelled") if admitted
                else translate("DevelopmentTexts", "File closed"))
    return {
        StepKind.APPLICATION: translate("DevelopmentTexts", "Application received"),
        StepKind.TALK: translate("DevelopmentTexts", "Talk with the applicant"),
        StepKind.MENTORS: translate("DevelopmentTexts", "Mentors assigned"),
        StepKind.ACTIVIST: translate("DevelopmentTexts", "Became an activist"),
        StepKind.FILING: translate("DevelopmentTexts", "Filed with the higher committee"),
        StepKind.ASSESSMENT: translate("DevelopmentTexts", "Assessment"),
        StepKind.TARGET: translate("DevelopmentTexts", "Became a development target"),
        StepKind.SPONSORS: translate("DevelopmentTexts", "Sponsors named"),
        StepKind.REVIEW: translate("DevelopmentTexts", "Political review"),
        StepKind.TRAINING: translate("DevelopmentTexts", "Centralised training"),
        StepKind.COMMITTEE_REVIEW: translate("DevelopmentTexts", "Reviewed by the branch committee"),
        StepKind.PRE_REVIEW: translate("DevelopmentTexts", "Preliminary review by the higher committee"),
        StepKind.APPLICATION_FORM: translate("DevelopmentTexts", "Application form filled in"),
        StepKind.NOTICE: translate("DevelopmentTexts", "Public notice"),
        StepKind.PROBATIONARY: translate("DevelopmentTexts", "Admitted as probationary member"),
        StepKind.ORGANISER_TALK: translate("DevelopmentTexts", "Talk with the higher committee's organiser"),
        StepKind.APPROVAL: translate("DevelopmentTexts", "Approved by the higher committee"),
        StepKind.OATH: translate("DevelopmentTexts", "Oath taken"),
        StepKind.EXTENSION: translate("DevelopmentTexts", "Probation extended"),
        StepKind.CONVERSION_APPLICATION: translate("DevelopmentTexts", "Written application for conversion"),
        StepKind.FULL: translate("DevelopmentTexts", "Became a full member"),
    }[kind]


def due_label(kind: str) -> str:
    return {
        "talk": translate("DevelopmentTexts", "Talk with the applicant"),
        "filing": translate("DevelopmentTexts", "File with the higher committee"),
        "assessment": translate("DevelopmentTexts", "Six-monthly assessment"),
        "approval": translate("DevelopmentTexts", "Higher approval"),
        "probation_end": translate("DevelopmentTexts", "Probation ends"),
        "eligible_target": translate("DevelopmentTexts", "May become a development target"),
        "eligible_admission": translate("DevelopmentTexts", "Ready for the admission vote"),
    }.get(kind, kind)


def people_label(kind: StepKind) -> str:
    return (translate("DevelopmentTexts", "Sponsors") if kind is StepKind.PROBATIONARY
            else translate("DevelopmentTexts", "Mentors"))


def rule_label(name: str) -> str:
    return {
        "min_age": translate("DevelopmentTexts", "Minimum age at application (years)"),
        "talk_within_months": translate("DevelopmentTexts", "Talk with the applicant within (months)"),
        "assessment_every_months": translate("DevelopmentTexts", "Assess activists every (months)"),
        "applicant_mentors": translate("DevelopmentTexts", "Mentors of an applicant"),
        "mentors_min": translate("DevelopmentTexts", "Mentors, at least"),
        "mentors_max": translate("DevelopmentTexts", "Mentors, at most"),
        "target_after_months": translate("DevelopmentTexts", "As an activist before becoming a target (months)"),
        "filing_within_months": translate("DevelopmentTexts", "File decisions with the higher committee within "
                                                              "(months)"),
        "notice_working_days": translate("DevelopmentTexts", "Public notice, at least (working days)"),
        "training_min_days": translate("DevelopmentTexts", "Centralised training, at least (days)"),
        "training_min_hours": translate("DevelopmentTexts", "... or at least (class hours)"),
        "sponsors": translate("DevelopmentTexts", "Sponsors for admission"),
        "approval_within_months": translate("DevelopmentTexts", "Higher approval within (months)"),
        "probation_months": translate("DevelopmentTexts", "Probation (months)"),
        "extension_min_months": translate("DevelopmentTexts", "Extension, at least (months)"),
        "extension_max_months": translate("DevelopmentTexts", "Extension, at most (months)"),
        "extensions_max": translate("DevelopmentTexts", "Extensions allowed"),
    }.get(name, name)


def check_label(check: str) -> str:
    """The rules a branch may set aside with a justification, as the rules dialog lists them."""
    return {
        "age": translate("DevelopmentTexts", "Minimum age"),
        "talk": translate("DevelopmentTexts", "Talk on time"),
        "mentors": translate("DevelopmentTexts", "Number of mentors"),
        "target_wait": translate("DevelopmentTexts", "Time as an activist"),
        "training": translate("DevelopmentTexts", "Length of training"),
        "sponsors": translate("DevelopmentTexts", "Number of sponsors"),
        "approval": translate("DevelopmentTexts", "Approval on time"),
        "probation": translate("DevelopmentTexts", "Length of probation"),
        "extension": translate("DevelopmentTexts", "Extension length and count"),
    }.get(check, check)


def stat_label(source: str) -> str:
    return {
        "dev_new_members": translate("DevelopmentTexts", "New members"),
        "dev_under35_share": translate("DevelopmentTexts", "Under 35, %"),
        "dev_women_share": translate("DevelopmentTexts", "Women, %"),
        "dev_senior_education_share": translate("DevelopmentTexts", "Senior high school or more, %"),
        "dev_activist_ratio": translate("DevelopmentTexts", "Activists per target"),
    }.get(source, source)


def problem(field: str, code: str, limits: tuple[float, ...] = ()) -> str:
    """Why a step was refused, with the rule's numbers filled in."""
    text = _FIELD_SENTENCES.get((field, code)) or _SENTENCES.get(code)
    sentence = text() if text else code
    for n, value in enumerate(limits, 1):
        sentence = sentence.replace(f"%{n}", number(value))
    return sentence


def justification_hint() -> str:
    return translate("DevelopmentTexts", "Local rules allow an exception here. Give the justification to record the "
                                         "step anyway; it is shown with the step in every report.")


def rule_problem(code: str, limits: tuple[float, ...] = ()) -> str:
    sentence = {
        "range": translate("DevelopmentTexts", "Enter a value between %1 and %2."),
        "min_above_max": translate("DevelopmentTexts", "The smallest number cannot be more than the largest."),
    }.get(code, code)
    for n, value in enumerate(limits, 1):
        sentence = sentence.replace(f"%{n}", number(value))
    return sentence


def error_message(exc: BaseException) -> str:
    from partyplan import texts
    from partyplan.development.pipeline import CaseNotFound, InvalidStep

    from partyplan.development.rules import RANGES, InvalidRule

    if isinstance(exc, InvalidStep):
        return problem(exc.field, exc.code, exc.limits)
    if isinstance(exc, InvalidRule):
        return f"{rule_label(exc.field)}: {rule_problem(exc.code, RANGES.get(exc.field, ()))}"
    if isinstance(exc, CaseNotFound):
        return translate("DevelopmentTexts", "This development file no longer exists.")
    return texts.error_message(exc)


def number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


_FIELD_SENTENCES = {
    ("person", "required"): lambda: translate("DevelopmentTexts", "Choose a person."),
    ("days", "required"): lambda: translate("DevelopmentTexts", "Enter the training days or class hours."),
    ("months", "required"): lambda: translate("DevelopmentTexts", "Enter the extension in months."),
    ("note", "required"): lambda: translate("DevelopmentTexts", "Give the reason."),
    ("meeting", "not_found"): lambda: translate("DevelopmentTexts", "This meeting no longer exists."),
    ("ends_on", "before_start"): lambda: translate("DevelopmentTexts", "The notice cannot end before it starts."),
}
_SENTENCES = {
    "required": lambda: translate("DevelopmentTexts", "This field is required."),
    "future": lambda: translate("DevelopmentTexts", "This date is in the future."),
    "before_previous": lambda: translate("DevelopmentTexts", "A step cannot be dated before the file's latest step."),
    "wrong_stage": lambda: translate("DevelopmentTexts", "This step cannot be recorded at the current stage."),
    "negative": lambda: translate("DevelopmentTexts", "Days and hours cannot be negative."),
    "already_open": lambda: translate("DevelopmentTexts", "This person already has an open development file."),
    "already_member": lambda: translate("DevelopmentTexts", "This person is already a party member."),
    "too_young": lambda: translate("DevelopmentTexts",
                                   "An applicant must be at least %1 years old on the day of the application."),
    "birth_unknown": lambda: translate("DevelopmentTexts", "No birth date is recorded, so the minimum age (%1) "
                                                           "cannot be checked; enter it in People first."),
    "talk_late": lambda: translate("DevelopmentTexts", "The talk is due within %1 month(s) of the application."),
    "talk_missing": lambda: translate("DevelopmentTexts", "Record the talk with the applicant first."),
    "mentors_count": lambda: translate("DevelopmentTexts", "An activist has %1 to %2 mentors."),
    "sponsors_count": lambda: translate("DevelopmentTexts", "Admission needs %1 sponsors."),
    "not_member": lambda: translate("DevelopmentTexts", "Mentors and sponsors must be party members."),
    "not_full_member": lambda: translate("DevelopmentTexts", "Mentors and sponsors must be full members; a "
                                                             "probationary member cannot be one."),
    "applicant_mentors_count": lambda: translate("DevelopmentTexts", "An applicant is given %1 to %2 mentor(s)."),
    "no_applicant_mentors": lambda: translate("DevelopmentTexts", "The office's rules give applicants no mentor; "
                                                                  "mentors are assigned to activists."),
    "self": lambda: translate("DevelopmentTexts", "A person cannot be their own mentor or sponsor."),
    "target_too_early": lambda: translate("DevelopmentTexts", "A development target must have been an activist "
                                                              "for at least %1 months."),
    "review_missing": lambda: translate("DevelopmentTexts", "Record the political review first."),
    "notice_missing": lambda: translate("DevelopmentTexts", "Record the public notice first."),
    "training_short": lambda: translate("DevelopmentTexts", "Centralised training must reach %1 days or %2 class "
                                                            "hours (training steps and attended sessions)."),
    "already_done": lambda: translate("DevelopmentTexts", "The approval is already recorded."),
    "approval_late": lambda: translate("DevelopmentTexts", "The higher approval is due within %1 months of the "
                                                           "admission."),
    "extension_again": lambda: translate("DevelopmentTexts", "Probation can be extended %1 time(s) only."),
    "extension_length": lambda: translate("DevelopmentTexts", "An extension is %1 to %2 months."),
    "approval_missing": lambda: translate("DevelopmentTexts", "Record the higher approval first."),
    "approval_pending": lambda: translate("DevelopmentTexts", "The higher committee has not yet approved the last "
                                                              "decision; record its approval first."),
    "filing_missing": lambda: translate("DevelopmentTexts", "File the decision with the higher committee first."),
    "already_filed": lambda: translate("DevelopmentTexts", "This stage's filing is already recorded."),
    "committee_review_missing": lambda: translate("DevelopmentTexts", "Record the branch committee's review first."),
    "pre_review_missing": lambda: translate("DevelopmentTexts", "Record the higher committee's preliminary review "
                                                                "first."),
    "form_missing": lambda: translate("DevelopmentTexts", "Record the application form (入党志愿书) first."),
    "notice_running": lambda: translate("DevelopmentTexts", "The public notice has not ended: the vote comes after "
                                                            "its last day."),
    "notice_short": lambda: translate("DevelopmentTexts", "The public notice runs at least %1 working days."),
    "organiser_talk_missing": lambda: translate("DevelopmentTexts", "Record the organiser's talk with the new member "
                                                                    "before the approval."),
    "already_approved": lambda: translate("DevelopmentTexts", "The admission is already approved."),
    "conversion_application_missing": lambda: translate("DevelopmentTexts", "Record the written application for "
                                                                            "conversion first."),
    "vote_missing": lambda: translate("DevelopmentTexts", "Choose the general meeting that voted on this."),
    "vote_day": lambda: translate("DevelopmentTexts", "The step is dated the day the meeting was held; record the "
                                                      "meeting as held first."),
    "vote_not_found": lambda: translate("DevelopmentTexts", "The meeting has no vote of this kind on this person; "
                                                            "record the vote with the meeting."),
    "vote_failed": lambda: translate("DevelopmentTexts", "The meeting's vote did not pass."),
    "meeting_day": lambda: translate("DevelopmentTexts", "The step is dated the day of the linked meeting."),
    "probation_short": lambda: translate("DevelopmentTexts", "Full membership comes after %1 months of probation "
                                                             "(plus any extension)."),
}

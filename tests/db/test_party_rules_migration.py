"""0008_party_rules on a store written by 0006: every row is kept, on this back end (SQLite or PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import text

from partyplan.db import migrate
from partyplan.db.database import open_database
from partyplan.db.engine import make_engine, resolve_url
from partyplan.db.models import Majority, Person, Quorum, VoteKind
from partyplan.development import pipeline
from partyplan.meetings import service, types
from partyplan.meetings.vote_rules import VoteRule


def _old_store(db_location: str) -> None:
    """A 0006 store with the pre-filled general meeting (majority of those present), an office's own type
    that chose that rule on purpose, and a meeting whose vote was recorded passed by the old rule."""
    engine = make_engine(resolve_url(db_location))
    migrate.upgrade(engine, db_location, None, target="0006_development_training")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO people (name, archived) VALUES ('张书记', false)"))
        for key, name in (("general_meeting", "支部党员大会"), (None, "居民议事会")):
            conn.execute(text("INSERT INTO meeting_types (key, name, name_en, cadence, months, attendee_role, votes, "
                              "quorum, majority, position, archived) VALUES (:key, :name, '', 'quarterly', '', "
                              "'party_member', true, 'more_than_half', 'more_than_half', 0, false)"),
                         {"key": key, "name": name})
        type_id = conn.execute(text("SELECT id FROM meeting_types WHERE key = 'general_meeting'")).scalar()
        conn.execute(text("INSERT INTO meetings (type_id, title, planned_on, held_on, place, status, agenda, minutes) "
                          "VALUES (:t, '', '2025-09-25', '2025-09-25', '', 'held', '', '')"), {"t": type_id})
        meeting_id = conn.execute(text("SELECT id FROM meetings")).scalar()
        conn.execute(text("INSERT INTO meeting_resolutions (meeting_id, position, text, voted, votes_for, "
                          "votes_against, abstentions, majority, passed) VALUES (:m, 0, '同意改造方案', true, 4, 1, 1, "
                          "'more_than_half', true)"), {"m": meeting_id})
        person = conn.execute(text("SELECT id FROM people")).scalar()
        conn.execute(text("INSERT INTO development_cases (person_id, stage, opened_on) VALUES (:p, 'target', "
                          "'2024-03-01')"), {"p": person})
        case = conn.execute(text("SELECT id FROM development_cases")).scalar()
        for kind, day in (("application", "2024-03-01"), ("talk", "2024-03-15"), ("activist", "2024-04-10"),
                          ("target", "2025-05-06"), ("notice", "2025-09-01")):
            conn.execute(text("INSERT INTO development_steps (case_id, kind, day, note, justification) "
                              "VALUES (:c, :k, :d, '', '')"), {"c": case, "k": kind, "d": day})
    engine.dispose()


def test_votes_recorded_before_keep_their_rule_and_the_general_meeting_takes_the_published_one(db_location, tmp_path):
    _old_store(db_location)
    db = open_database(db_location, backup_dir=tmp_path / "b")
    try:
        assert db.report.before == "0006_development_training" and db.report.after == migrate.head_revision()
        with db.session() as s:
            kinds = {t.name: t for t in types.list_types(s)}
            (meeting,) = service.list_meetings(s, 2025)
            detail = service.load_meeting(s, meeting.id)
            assert [(p.name, p.organisation_id) for p in s.query(Person)] == [("张书记", None)]
            (case,) = pipeline.people_with_open_files(s)
            steps = pipeline.case_detail(s, pipeline.open_case_of(s, case) or 0).steps
    finally:
        db.close()
    assert kinds["支部党员大会"].majority is Majority.HALF_OF_ENTITLED
    assert kinds["居民议事会"].majority is Majority.MORE_THAN_HALF, "an office's own type keeps its choice"
    (old,) = detail.resolutions
    assert (old.text, old.votes_for, old.passed, old.kind, old.quorum) == ("同意改造方案", 4, True, VoteKind.RESOLUTION,
                                                                          None)
    assert service.vote_rule(detail, old) == VoteRule(Quorum.MORE_THAN_HALF, Majority.MORE_THAN_HALF)
    assert [(st.kind.value, st.ends_on, st.reference) for st in steps][-2:] == [("target", None, ""),
                                                                                ("notice", None, "")]

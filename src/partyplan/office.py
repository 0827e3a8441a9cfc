"""Settings kept in the office's database (they travel with the file to another PC)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from partyplan.db.models import OfficeSetting

OFFICE_NAME = "office_name"
OFFICE_NAME_MAX = 100


def get_setting(session: Session, key: str, default: str = "") -> str:
    row = session.get(OfficeSetting, key)
    return row.value if row else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(OfficeSetting, key)
    if row is None:
        session.add(OfficeSetting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def office_name(session: Session) -> str:
    return get_setting(session, OFFICE_NAME)


def set_office_name(session: Session, name: str) -> None:
    set_setting(session, OFFICE_NAME, " ".join(name.split())[:OFFICE_NAME_MAX])

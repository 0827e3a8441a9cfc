"""One declarative base for every model, so Alembic sees one metadata with stable constraint names."""

from __future__ import annotations

import datetime as dt
import enum

from typing import Any

from sqlalchemy import Date, Enum, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Named constraints: SQLite batch migrations can only drop or alter a constraint that has a name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def enum_column(enum_cls: type[enum.Enum]) -> Enum:
    """Store an enum by its value as plain text: readable in any SQL tool, no native PG types to migrate."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        str: String(200),
        dt.date: Date(),
    }


class Versioned:
    """A record several PCs may edit at once: every UPDATE and DELETE names the version it read
    (`UPDATE ... WHERE id = ? AND row_version = ?`) and raises the version, so a save made from a stale copy
    changes nothing and is reported (`partyplan.db.concurrency.ConflictError`) instead of silently
    undoing another PC's work. It counts the record's writes: 1 when it is made. (Not a roster's
    `version`, which numbers its published issues.)"""

    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]

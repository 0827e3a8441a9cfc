"""One declarative base for every model, so Alembic sees one metadata with stable constraint names."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, Enum, MetaData, String
from sqlalchemy.orm import DeclarativeBase

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

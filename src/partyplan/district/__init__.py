"""A district on one PostgreSQL server: one schema per office, staff roles that see only their office, a
district role that reads them all, the roll-up of their figures, and how a PC connects."""

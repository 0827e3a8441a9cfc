"""Duty Rosters: the month's roster, its on-duty record book, who serves and shifts, the calendar."""

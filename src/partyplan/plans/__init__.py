"""Yearly work plans: sections, items, targets, progress; text import and exports."""

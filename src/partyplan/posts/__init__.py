"""Volunteer responsibility posts (设岗定责): the posts, who is on which post with what skill, the
service they give ("choose one post, contribute one skill, donate one day") and household visits
("enter a hundred doors, know a hundred families").

- `service`: posts, members on posts, the area's settings, and the typed errors of the area;
- `service_records`: service given, per person and per post totals, the yearly target;
- `visits`: household visits and their difficulties until resolved;
- `figures`: the year's figures for the yearly report;
- `export`: the three print-ready Excel sheets.
"""

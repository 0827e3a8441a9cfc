"""Party members as the branch keeps them: each member's standing (probationary or full, read from the
development file), the voter roll, member records and transfers of the organisational relation.

Every module takes a Session and speaks in dataclasses; problems are raised as typed errors whose codes
`texts/members.py` turns into words.
"""

"""Member development (发展党员): each person's file through the fixed stages, the rules that govern
the waiting times as editable data, the leader's due list, the year's statistics and the exports.

`rules` keeps the rules in the office's key/value table; `pipeline` opens files and records steps,
refusing (or, where local practice allows, justifying) a step that breaks a rule; `due` works out what
is due on a given date; `stats` counts a year against the plan's targets; `export` writes the register
to Excel and a person's record to Word.
"""

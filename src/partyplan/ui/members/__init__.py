"""Member records, transfers of the organisational relation and the member statistics in the window."""

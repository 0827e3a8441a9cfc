"""Monthly duty rosters: calendar, solver, publishing and the on-duty record book."""

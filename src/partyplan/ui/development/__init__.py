"""Member development: each applicant's file step by step, what is due, the figures and rules."""

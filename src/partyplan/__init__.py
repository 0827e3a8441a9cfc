"""PartyPlan: plans, duty rosters, volunteer posts and meetings for a community office."""

# Written here rather than read with importlib.metadata, which costs every start (and every command)
# tens of milliseconds; tests/test_project.py checks it against pyproject.toml.
__version__ = "0.1.0"

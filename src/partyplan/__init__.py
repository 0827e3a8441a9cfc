"""PartyPlan: plans, duty rosters, volunteer posts and meetings for a community office."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("partyplan")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"

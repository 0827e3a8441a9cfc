"""All models, imported here so that `Base.metadata` is complete wherever the package is imported."""

from partyplan.db.models.office import OfficeSetting
from partyplan.db.models.people import Gender, PartyCategory, Person, PersonRole, Role

__all__ = ["Gender", "OfficeSetting", "PartyCategory", "Person", "PersonRole", "Role"]

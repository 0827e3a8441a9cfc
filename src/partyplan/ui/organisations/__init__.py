"""The Branches page: the party organisations, their members and committee terms."""

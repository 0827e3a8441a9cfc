"""People shared by every tab: records, validation, archive, spreadsheet import and export."""

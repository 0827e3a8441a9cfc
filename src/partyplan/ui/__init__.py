"""The Qt front end: widgets, item models and dialogs. Data changes go through `operations`."""

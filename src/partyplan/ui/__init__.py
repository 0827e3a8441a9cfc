"""The Qt front end. One package per area (its tab or pages, dialogs, item models, operations class);
at the top only what the areas share. Data changes go through `operations`."""

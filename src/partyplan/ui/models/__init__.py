"""Qt item models over service rows."""

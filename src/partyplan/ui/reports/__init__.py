"""Reports: the yearly summary or quarterly report, and the year's archive."""

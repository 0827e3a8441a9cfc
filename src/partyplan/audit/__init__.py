"""The audit log read back: one record's history, and the log of a period for an inspector (Excel)."""

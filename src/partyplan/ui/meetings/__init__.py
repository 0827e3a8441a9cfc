"""Meetings: types, schedule, records, talks, the cadence check and democratic evaluation."""

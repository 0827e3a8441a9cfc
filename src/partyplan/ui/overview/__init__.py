"""The Overview tab: what needs attention today across every area."""

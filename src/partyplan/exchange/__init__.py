"""Moving the office's data in and out of the store as whole files: backups for now."""

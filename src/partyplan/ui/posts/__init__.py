"""Volunteer Posts: the posts and who holds them, service records and household visits."""

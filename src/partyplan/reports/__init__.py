"""Word and Excel output in the shapes offices hand in and print."""

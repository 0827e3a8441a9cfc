"""Party dues (党费) in the window."""

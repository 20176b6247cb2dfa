"""vetkit's command line: thin commands over the sandbox, grader and question bank."""

"""Each user's history of inputs, commands and outcomes, in SQLite through sqlite-utils."""

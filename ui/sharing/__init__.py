"""What the window does for a team sharing the plan: presence, the team watch, backups, the file
changing under the window, conflicted copies."""

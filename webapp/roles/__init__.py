"""Match Day pages: roles, their matches and fairness report for recruiters; a candidate's matches."""

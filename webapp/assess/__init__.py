"""Assessments: vetting invites and attempts, mock interviews, and the recruiter's view of what was sent."""

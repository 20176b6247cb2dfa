"""Recruiters' review: candidate lists and pages, submission review with rubric and overrides, similar
submissions, exports, blind review, and the admins' rejudge."""

"""Assessment blueprints: which questions a candidate gets, in which sections, with which time limits.

Blueprints for vetting assessments and mock interviews, and the seeded drawing
of one form per candidate, live here (see shared/DESIGN.md).  Depends on the
grader and reads the question bank; never imports Flask.
"""

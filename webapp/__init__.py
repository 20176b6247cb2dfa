"""The Flask webapp: models, blueprints, background tasks, templates and static assets.

The app factory ``create_app(test_config=None)`` will live here, with one
blueprint per area (auth, candidate, practice, recruiter, api); see
shared/DESIGN.md.  It is the only package that imports Flask.
"""

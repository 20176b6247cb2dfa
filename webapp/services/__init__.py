"""Service functions behind the routes, the CLI and the tasks: each does one job and owns its transaction.

Routes stay thin (parse, check access, call one of these, render); nothing here
imports a blueprint.
"""

"""The grader: turns sandbox runs into verdicts, scores and per-skill vetting signals.

Never imports Flask; reads the question bank and calls the sandbox.
"""

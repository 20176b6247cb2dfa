"""Take-home notebooks: task folders, grading steps, metrics and probes (docs/formats-takehome.md).

* ``task``: ``task.yaml`` and what it names, read into a frozen ``Task``;
* ``grade``: the ordered grading steps and ``grade_takehome``;
* ``metrics``: the predictions file scored against hidden labels;
* ``probes``: named functions called with hidden inputs after the notebook ran;
* ``check``: the bank check of take-home tasks (reference and starter notebooks graded).
"""

from .grade import STEPS, TakehomeGrade, grade_takehome
from .task import Task, TaskError, load_task, read_task

__all__ = ["STEPS", "TakehomeGrade", "Task", "TaskError", "grade_takehome", "load_task", "read_task"]

"""JSON schemas of the supervisor's answers: nothing from a container is trusted unchecked."""

import jsonschema

from .errors import ContainerProtocolError

_NUMBER = {"type": "number", "minimum": 0, "maximum": 1e7}
_COUNT = {"type": "integer", "minimum": 0, "maximum": 1 << 40}
_OPT_INT = {"type": ["integer", "null"], "minimum": -(1 << 31), "maximum": 1 << 31}
_BLOBS = {"type": "array", "items": _COUNT, "maxItems": 1024}
_SHORT = {"type": "string", "maxLength": 4096}
_ERROR = {"type": ["object", "null"], "properties": {
    "cell_index": _OPT_INT, "ename": _SHORT, "evalue": {"type": "string", "maxLength": 65536},
    "traceback": {"type": "string", "maxLength": 262144}}}

SCHEMAS = {
    "ready": {"required": ["event"], "properties": {"pid": _COUNT}},
    "files": {"required": ["count"], "properties": {"count": _COUNT}},
    "exec": {
        "anyOf": [
            {"required": ["spawn_error"], "properties": {"spawn_error": _SHORT}},
            {"required": ["exit_code", "signal", "cpu_time", "group_cpu_time", "wall_time", "memory_kb",
                          "group_memory_kb", "oom_killed", "stopped_by", "stdout_overflow", "stderr_total"]},
        ],
        "properties": {
            "exit_code": _OPT_INT, "signal": _OPT_INT, "cpu_time": _NUMBER, "group_cpu_time": _NUMBER,
            "wall_time": _NUMBER, "memory_kb": _COUNT, "group_memory_kb": _COUNT, "oom_killed": {"type": "boolean"},
            "stopped_by": {"enum": [None, "cpu", "wall", "idle", "output"]},
            "stdout_overflow": {"type": "boolean"}, "stderr_total": _COUNT,
            "collected": {"type": "array", "items": _SHORT, "maxItems": 256},
            "problems": {"type": "object", "additionalProperties": _SHORT, "maxProperties": 256},
        },
    },
    "reset": {},
    "started": {},
    "stdout": {},
    "exited": {},
    "notebook": {"required": ["status", "cells_executed", "wall_time", "oom_killed"], "properties": {
        "status": {"enum": ["ok", "error", "timeout", "kernel_died", "invalid"]},
        "cells_executed": _COUNT, "wall_time": _NUMBER, "oom_killed": {"type": "boolean"},
        "outputs_truncated": {"type": "boolean"}, "warm": {"type": "boolean"}, "error": _ERROR,
        "after_status": {"enum": ["ok", "error", "aborted", "timeout", "not_run"]},
        "collected": {"type": "array", "items": _SHORT, "maxItems": 256},
        "problems": {"type": "object", "additionalProperties": _SHORT, "maxProperties": 256}}},
    "warm": {"required": ["status"], "properties": {
        "status": {"enum": ["warm", "failed"]}, "imports": {"enum": ["ok", "error", "aborted"]},
        "stderr": {"type": "string", "maxLength": 65536}}},
}


def _validator(event, schema):
    full = dict(schema, type="object")
    full["properties"] = dict(schema.get("properties", {}), event={"const": event}, blobs=_BLOBS)
    validator_class = jsonschema.validators.validator_for(full)
    validator_class.check_schema(full)
    return validator_class(full)


VALIDATORS = {event: _validator(event, schema) for event, schema in SCHEMAS.items()}


def validate(header):
    """Raise ContainerProtocolError unless ``header`` is a well-formed answer."""
    event = header.get("event")
    validator = VALIDATORS.get(event) if isinstance(event, str) else None
    if validator is None:
        raise ContainerProtocolError(f"the sandbox sent an unknown event {str(event)[:40]!r}")
    try:
        validator.validate(header)
    except jsonschema.ValidationError as exc:
        raise ContainerProtocolError(f"the sandbox sent an invalid {event} answer: {exc.message[:300]}") from None

"""The sandbox's exceptions: one base, turned into an exit code or HTTP status only at the edge."""


class SandboxError(Exception):
    """Something on our side failed (engine, image, container protocol): never the candidate's fault."""


class EngineUnavailable(SandboxError):
    """No Docker engine answers; the message says how to get one."""


class ImageMissing(SandboxError):
    """The runner image is not built; the message says how to build it."""


class ContainerProtocolError(SandboxError):
    """The container answered with something malformed, oversized or too late."""


class InvalidSubmission(SandboxError):
    """The source files or notebook given to the sandbox cannot be used as they are."""

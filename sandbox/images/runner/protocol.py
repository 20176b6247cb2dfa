"""Framing shared by the host and the in-container runner (standard library only).

A frame is one line of UTF-8 JSON (an object) followed by the raw bytes of its
blobs, whose lengths the header lists under ``"blobs"``.  Binary payloads such as
stdin, stdout and compiled notebooks travel as blobs, never inside the JSON.

The reader is defensive: the header line and every blob have size caps, so a
compromised peer can neither exhaust memory nor smuggle anything but JSON and
bytes.  This file is copied into the runner image as ``vetkit_runner.protocol``.
"""

import json

MAX_HEADER_BYTES = 1 << 20


class ProtocolError(Exception):
    """The peer sent something that is not a well-formed frame within the caps."""


def encode_frame(header, blobs=()):
    """Return the bytes of one frame: ``header`` (a dict) plus its ``blobs``."""
    blobs = [bytes(b) for b in blobs]
    head = dict(header, blobs=[len(b) for b in blobs])
    line = json.dumps(head, separators=(",", ":")).encode() + b"\n"
    return line + b"".join(blobs)


def read_frame(read_exact, read_line, max_blob_bytes):
    """Read one frame using the given byte readers; return ``(header, blobs)``.

    ``read_line(limit)`` returns one line (with its newline) of at most ``limit``
    bytes, or ``b""`` at end of stream; ``read_exact(n)`` returns exactly ``n``
    bytes or raises ``ProtocolError``.  Returns ``(None, [])`` at a clean end.
    """
    line = read_line(MAX_HEADER_BYTES + 1)
    if not line:
        return None, []
    if not line.endswith(b"\n"):
        raise ProtocolError("frame header is too long or cut short")
    try:
        header = json.loads(line)
    except ValueError as exc:
        raise ProtocolError(f"frame header is not JSON: {exc}") from None
    if not isinstance(header, dict):
        raise ProtocolError("frame header is not a JSON object")
    sizes = header.get("blobs", [])
    if not isinstance(sizes, list) or not all(isinstance(n, int) and n >= 0 for n in sizes):
        raise ProtocolError("frame header has a malformed blob list")
    if sum(sizes) > max_blob_bytes:
        raise ProtocolError(f"frame blobs exceed the cap of {max_blob_bytes} bytes")
    return header, [read_exact(n) for n in sizes]

"""Host-side pieces without Docker: framing caps, answer schemas, verdict rules, limits, languages."""

import io
import os
import signal

import pytest

import sandbox
from sandbox import Verdict, languages, schemas
from sandbox.images.runner import protocol
from sandbox.verdicts import classify, worst


def frames(data, cap=1 << 20):
    stream = io.BytesIO(data)

    def read_exact(n):
        chunk = stream.read(n)
        if len(chunk) != n:
            raise protocol.ProtocolError("short")
        return chunk
    return protocol.read_frame(read_exact, stream.readline, cap)


def test_frames_round_trip_with_binary_blobs():
    header, blobs = frames(protocol.encode_frame({"op": "x"}, [b"\x00\n\xff", b""]))
    assert header == {"op": "x", "blobs": [3, 0]} and blobs == [b"\x00\n\xff", b""]


@pytest.mark.parametrize("data, message", [
    (b"not json\n", "not JSON"),
    (b"[1]\n", "not a JSON object"),
    (b'{"blobs": [-1]}\n', "malformed blob list"),
    (b'{"blobs": [99999999]}\n', "exceed the cap"),
    (b"{" + b" " * (protocol.MAX_HEADER_BYTES + 10), "too long"),
])
def test_malformed_frames_are_refused(data, message):
    with pytest.raises(protocol.ProtocolError, match=message):
        frames(data)


def test_clean_end_of_stream_is_not_an_error():
    assert frames(b"") == (None, [])


GOOD_EXEC = {"event": "exec", "exit_code": 0, "signal": None, "cpu_time": 0.1, "group_cpu_time": 0.1,
             "wall_time": 0.2, "memory_kb": 100, "group_memory_kb": 900, "oom_killed": False, "stopped_by": None,
             "stdout_overflow": False, "stderr_total": 0, "blobs": [1, 0]}


def test_well_formed_answers_pass_the_schema():
    schemas.validate(GOOD_EXEC)


@pytest.mark.parametrize("change", [{"cpu_time": "fast"}, {"stopped_by": "moon"}, {"memory_kb": -5},
                                    {"event": "surprise"}, {"exit_code": 2 ** 40}])
def test_malformed_answers_are_refused(change):
    with pytest.raises(sandbox.ContainerProtocolError):
        schemas.validate(dict(GOOD_EXEC, **change))


def facts(**changes):
    return dict(GOOD_EXEC, **changes)


@pytest.mark.parametrize("change, stderr, expected", [
    ({}, b"", Verdict.OK),
    ({"exit_code": 1}, b"", Verdict.RTE),
    ({"exit_code": None, "signal": signal.SIGSEGV}, b"", Verdict.RTE),
    ({"exit_code": None, "signal": signal.SIGXCPU}, b"", Verdict.TLE),
    ({"stopped_by": "wall", "exit_code": None, "signal": 9}, b"", Verdict.TLE),
    ({"oom_killed": True, "exit_code": None, "signal": 9}, b"", Verdict.MLE),
    ({"memory_kb": 300 * 1024}, b"", Verdict.MLE),
    ({"group_memory_kb": 300 * 1024}, b"", Verdict.MLE),  # spread over processes, daemons or shared memory
    ({"exit_code": 1}, b"MemoryError", Verdict.MLE),
    ({"exit_code": 0}, b"MemoryError", Verdict.OK),  # what a program prints alone never decides
    ({"exit_code": 1}, b"time limit exceeded", Verdict.RTE),
    ({"stopped_by": "output", "exit_code": None, "signal": 9}, b"", Verdict.OLE),
    ({"stopped_by": "wall", "oom_killed": True, "exit_code": None, "signal": 9}, b"", Verdict.TLE),
])
def test_verdict_rules_and_precedence(change, stderr, expected):
    assert classify(facts(**change), stderr, cpu_limit=2.0, memory_limit_kb=256 * 1024) == expected


def test_worst_follows_the_documented_precedence():
    assert worst([Verdict.OK, Verdict.RTE, Verdict.TLE]) == Verdict.TLE
    assert worst([Verdict.CE, Verdict.SE]) == Verdict.SE
    assert worst([]) == Verdict.OK


def test_wall_limit_defaults_to_twice_cpu_plus_one():
    assert sandbox.Limits(cpu_time=3).effective_wall_time == 7
    assert sandbox.Limits(cpu_time=3, wall_time=4).effective_wall_time == 4
    assert sandbox.Limits().with_changes(cpu_time=None, memory_mb=64).memory_mb == 64


def test_java_heap_and_main_class_follow_the_limit():
    program = languages.prepare("java", {"A.java": b"public class A { public static void main(String[] a) {} }"},
                                memory_mb=300)
    assert "-Xmx300m" in program.run_argv and program.run_argv[-1] == "A"


def test_java_package_is_part_of_the_main_class():
    source = b"package org.x;\npublic class Tool { public static void main(String[] a) {} }"
    assert languages.prepare("java", {"t.java": source}, memory_mb=64).run_argv[-1] == "org.x.Tool"


def test_python_entry_point_rules():
    files = {"util.py": b"X = 1", "app.py": b"if __name__ == '__main__':\n    pass"}
    assert languages.prepare("python", files, memory_mb=64).run_argv[-1].endswith("/app.py")
    with pytest.raises(sandbox.InvalidSubmission, match="name it main.py"):
        languages.prepare("python", {"a.py": b"x=1", "b.py": b"y=2"}, memory_mb=64)


@pytest.mark.parametrize("name", ["../x.py", "/etc/x.py", "a//b.py", "./main.py", "lib/../../x.py", "x\x00.py",
                                  "a\nb.py", "", "x" * 300 + ".py"])
def test_file_names_that_leave_their_folder_are_refused_on_the_host(name):
    with pytest.raises(sandbox.InvalidSubmission, match="is not allowed: use a relative name"):
        languages.prepare("python", {name: b"print(1)"}, memory_mb=64)


def test_plain_and_nested_file_names_are_accepted():
    program = languages.prepare("python", {"main.py": b"import lib.util", "lib/util.py": b"X = 1"}, memory_mb=64)
    assert sorted(program.files) == ["lib/util.py", "main.py"]


def test_a_container_never_swaps():
    options = sandbox.containers.container_options(memory_mb=300, pids=8, cpus=1.0, workdir_mb=8,
                                                   file_size_bytes=1, open_files=8)
    assert options["mem_limit"] == options["memswap_limit"] == "300m"


def test_a_pipe_at_its_end_is_not_a_program_still_writing():
    """The supervisor pauses between reads only while a program keeps writing; output followed by the
    program's exit (its pipes at their end) costs no pause on any test."""
    from sandbox.images.runner import jail
    read_end, write_end = os.pipe()
    os.write(write_end, b"42\n")
    collector = jail._Collector(read_end, cap=100, keep_tail=False)
    collector.pump()
    assert jail.still_writing([read_end], [collector]), "output came and the pipe is open"
    os.close(write_end)
    collector.pump()
    assert not collector.open
    assert not jail.still_writing([read_end], [collector]), "the pipe reached its end: nothing is being written"
    assert bytes(collector.data) == b"42\n"

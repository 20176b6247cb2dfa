"""Entry points found on the host: Java file and class names from code only, C++ units by every extension."""

from sandbox import languages


def java(files):
    return languages.prepare("java", files, memory_mb=64)


def test_a_comment_or_string_saying_public_class_never_names_a_file():
    program = java({"hello.java": b"/*\n * declares another public class\n * 'message'. public class Fake\n */\n"
                                  b"public class hello { public static void main(String[] a) {} }\n",
                    "message.java": b"// public class Comment\npublic class message {\n"
                                    b"  String s = \"public class Nope\"; char c = '\"';\n}\n"})
    assert sorted(program.files) == ["hello.java", "message.java"]
    assert program.run_argv[-1] == "hello" and not program.compile_error


def test_the_main_class_is_found_after_its_package():
    program = java({"Main.java": b"package a.b;\n// class Decoy { static void main() }\nclass Helper {}\n"
                                 b"public class Main {\n  public static void main(String... args) {}\n}\n"})
    assert program.run_argv[-1] == "a.b.Main"


def test_no_main_class_or_two_is_a_compile_error_not_a_refusal():
    missing = java({"main.java": b"public class main {\n  int main() { return 0; }\n}\n"})
    assert "exactly one class" in missing.compile_error and "found none" in missing.compile_error
    two = java({"a.java": b"public class a { public static void main(String[] x) {} }\n",
                "b.java": b"public class b { public static void main(String[] x) {} }\n"})
    assert "found 2: a, b" in two.compile_error


def test_c_plus_plus_extension_is_a_translation_unit():
    program = languages.prepare("cpp", {"main.c++": b"int main() {}\n", "util.hpp": b"\n"}, memory_mb=64)
    assert program.compile_argv[-2:] == [f"{languages.SRC}/main.c++", "-lm"]

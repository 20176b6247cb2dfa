"""Question bank tests."""

"""vetkit test suite (a package, so test folders may mirror package names)."""

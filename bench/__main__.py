"""``python -m bench`` (``make bench``): run every benchmark and print its figures."""

from bench import judge_bench, sandbox_bench, speed_bench, takehome_bench, web_bench


def main():
    """Run the benchmarks in order."""
    sandbox_bench.main()
    judge_bench.main()
    takehome_bench.main()
    web_bench.main()
    speed_bench.main()


if __name__ == "__main__":
    main()

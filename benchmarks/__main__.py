"""Run every benchmark in turn: ``python -m benchmarks`` (``make bench``)."""

from __future__ import annotations

import time

from benchmarks import (
    bench_app,
    bench_balance_check,
    bench_balance_report,
    bench_concurrent_writers,
    bench_csv_import,
    bench_demo_insert,
    bench_fill,
    bench_followups,
    bench_ics_export,
    bench_ics_import,
    bench_offer_check,
    bench_series,
    bench_week_list,
)

BENCHMARKS = (
    bench_week_list,
    bench_demo_insert,
    bench_balance_check,
    bench_balance_report,
    bench_followups,
    bench_offer_check,
    bench_series,
    bench_fill,
    bench_ics_export,
    bench_ics_import,
    bench_csv_import,
    bench_concurrent_writers,
    bench_app,
)


def main() -> None:
    began = time.perf_counter()
    for benchmark in BENCHMARKS:
        benchmark.main()
        print()
    print(f"{len(BENCHMARKS)} benchmarks in {time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()

"""The command line under arguments nobody should type, but scripts and shells do.

Hypothesis draws whole command lines: text at its edges (empty, NUL, direction
overrides, emoji, a 10 MB string, invalid UTF-8 as the shell hands it over,
decoded with surrogateescape), numbers at theirs (beyond 64 bits, negative,
``nan``), dates at the edges of the calendar, odd ``--db`` values (``:memory:``,
a 131 071-character path, broken PostgreSQL addresses with a password) and odd
files to import or export (empty, binary, a FIFO, a folder). Whatever it draws:

* the exit code is one of the README's (0 to 5), never 70, "unexpected";
* no traceback (unless ``--debug`` asked for one), and a failure says why in a line of its own;
* a failing command writes nothing to the plan;
* a password in the ``--db`` address is never printed, ``--debug`` or not.

Every path the commands write to lies in the test's own folder: the commands
run from there and every path drawn is relative to it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.service import Planner
from tests.helpers.cli import Result, run_cli
from tests.helpers.fixed import PLANNING_ZONE, PLATFORMS, USER

SECRET = "S3KRIT-pw"
"""The password in every PostgreSQL address drawn: it must never be printed."""

EXAMPLES = int(os.environ.get("DIALOGOS_FUZZ_EXAMPLES", "80"))

HUGE = "x" * (10 * 1024 * 1024)

# -- values -------------------------------------------------------------------------------

shell_bytes = st.binary(max_size=24).map(os.fsdecode)
"""What Python makes of ``argv``'s bytes: those that are not UTF-8 become lone surrogates."""

word = st.one_of(st.text(max_size=40), shell_bytes)
"""Any argument a shell can pass (only surrogates that stand for a byte)."""

text = st.one_of(
    word,
    st.text(st.characters(codec=None, categories=["Cs", "Cc", "Cf", "So", "Zs"]), max_size=12),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "caf\udce9",
            "\ud800",
            "Sale \u202eesrever\u202c",
            "☕🦄👩🏽‍💻",
            "a\nb",
            "-",
            "--",
            "http://a b",
            HUGE,
        ]
    ),
)
name = st.one_of(st.sampled_from(["Instagram", "x", "LinkedIn", "Question", "Offer"]), text)
number = st.one_of(
    st.integers().map(str),
    st.sampled_from(
        [
            "0",
            "-1",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "-9223372036854775809",
            str(2**64),
            str(10**400),
            "1e309",
            "nan",
            "-inf",
            "٣",
            " 7 ",
            "1_000",
            "",
        ]
    ),
    text,
)
edge_days = ["0001-01-01", "1899-12-31", "1900-01-01", "2024-02-29", "2026-02-29", "2999-12-31", "3000-01-01"]
date = st.one_of(
    st.dates().map(lambda day: day.isoformat()), st.sampled_from([*edge_days, "9999-12-31", "2026-13-01"]), text
)
moment = st.one_of(
    st.datetimes().map(lambda at: at.isoformat(sep=" ", timespec="minutes")),
    st.sampled_from(
        [
            "0001-01-01 00:00",
            "9999-12-31 23:59",
            "1900-01-01 00:00",
            "2999-12-31 23:59",
            "2026-03-29 02:30",
            "2026-10-25 02:30",
            "2026-06-01T10:00+14:00",
            "2999-12-31T23:59-23:59",
            "2026-06-01",
        ]
    ),
    text,
)
week = st.one_of(
    st.builds(lambda year, number: f"{year:04d}-W{number:02d}", st.integers(0, 9999), st.integers(0, 99)),
    st.sampled_from(["9999-W52", "0001-W01", "1900-W01", "2999-W52", "2999-W53", "2026-W53", "1899-W52"]),
    text,
)
zone = st.one_of(
    st.sampled_from(["Europe/Paris", "Pacific/Kiritimati", "America/Santiago", "Etc/GMT-14", "../../etc/passwd"]),
    text,
)
url = st.one_of(st.sampled_from(["https://example.org/post", "http://a b", "https://exa mple.org", "ftp://x"]), text)
kind = st.one_of(st.sampled_from(["instagram", "x", "blog"]), text)
side = st.sampled_from(["conversation", "information", "promotion"])
status = st.sampled_from(
    ["idea", "draft", "ready", "in_review", "in-review", "approved", "scheduled", "published", "cancelled"]
)
role = st.one_of(st.sampled_from(["editor", "approver"]), text)
switch = st.one_of(st.sampled_from(["on", "off"]), text)

servers = [
    f"postgresql://camille:50%off-{SECRET}@127.0.0.1:1/plan",
    f"postgresql://camille:{SECRET}@127.0.0.1:abc/plan",
    f"postgresql://camille:{SECRET}@127.0.0.1:99999/plan",
    f"postgresql://camille:{SECRET}@[::1/plan",
    f"postgresql://camille:{SECRET}@127.0.0.1:1,127.0.0.2:x/plan",
    f"postgresql://camille:{SECRET} with space@127.0.0.1:1/plan",
    f"postgresql://camille@127.0.0.1:1/plan?password={SECRET}&sslmode=bogus",
    f"postgresql://camille@127.0.0.1:1/plan?password=%{SECRET}",
    f"postgres://camille:{SECRET}@127.0.0.1:1/plan?bogus=1",
    f"postgresql://:{SECRET}@/plan?host=127.0.0.1&port=1",
    "postgresql://",
    "postgres://@",
]


def relative(given: str) -> str:
    """A path inside the test's folder, whatever ``given`` holds (no folder above it)."""
    return "./" + given.replace("/", "_").replace("\x00", "_")[:200]


path = st.one_of(
    word.map(relative), st.sampled_from(["./missing/folder/file", ".", "./fifo", "./folder", "./" + "y" * 300])
)
readable = st.one_of(
    path.filter(lambda chosen: chosen != "./fifo"),  # reading a FIFO waits for a writer: a hang, not a failure
    st.sampled_from(["./empty.txt", "./binary.bin", "./plan.ics", "./plan.csv", "/dev/null", "/dev/zero"]),
)
database = st.one_of(
    st.just("PLAN"),
    st.sampled_from([":memory:", "", "./" + "x" * 131_069, "./a\x00b", "./folder", "./missing/plan.sqlite", *servers]),
    word.map(relative),
)

# -- command lines --------------------------------------------------------------------------


@st.composite
def options(draw: st.DrawFn, **choices: st.SearchStrategy[str]) -> list[str]:
    """Some of ``choices`` (``--flag``: value), in a drawn order."""
    chosen = draw(st.lists(st.sampled_from(sorted(choices)), unique=True, max_size=len(choices)))
    words: list[str] = []
    for option in chosen:
        words += [f"--{option.replace('_', '-')}", draw(choices[option])]
    return words


def post_fields(*, adding: bool) -> st.SearchStrategy[list[str]]:
    required = (
        st.tuples(name, text, moment).map(lambda t: ["--platform", t[0], "--title", t[1], "--at", t[2]])
        if adding
        else st.just([])
    )
    optional = options(
        tz=zone,
        category=name,
        body=text,
        status=status,
        duration=number,
        author=text,
        campaign=text,
        link=url,
        notes=text,
        reason=text,
        **({} if adding else {"platform": name, "title": text, "at": moment, "expect_version": number}),
    )
    return st.tuples(required, optional, st.sampled_from([[], ["--force"]])).map(lambda t: t[0] + t[1] + t[2])


formats = st.sampled_from([[], ["--format", "json"], ["--format", "csv"]])
ranges = st.one_of(
    st.just([]), week.map(lambda w: ["--week", w]), st.tuples(date, date).map(lambda d: ["--from", d[0], "--to", d[1]])
)
filters = st.lists(name, max_size=2).map(lambda names: [w for n in names for w in ("--platform", n)])


NOTHING: st.SearchStrategy[list[str]] = st.just([])


def command(*words: str, then: st.SearchStrategy[list[str]] = NOTHING) -> st.SearchStrategy[list[str]]:
    return then.map(lambda rest: [*words, *rest])


def one(values: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    return values.map(lambda value: [value])


def each(*parts: st.SearchStrategy[list[str]]) -> st.SearchStrategy[list[str]]:
    return st.tuples(*parts).map(lambda drawn: [w for part in drawn for w in part])


commands = st.one_of(
    command("post", "add", then=post_fields(adding=True)),
    command("post", "edit", then=each(one(number), post_fields(adding=False))),
    command("post", "move", then=each(one(number), moment.map(lambda at: ["--at", at]), options(tz=zone))),
    st.tuples(st.sampled_from(["show", "rm", "history"]), number).map(lambda t: ["post", t[0], t[1]]),
    command("post", "restore", then=st.tuples(number, number).map(lambda t: [t[0], "--version", t[1]])),
    command("post", "list", then=each(ranges, filters, formats)),
    command("balance", then=each(ranges, filters)),
    command(
        "platform",
        "add",
        then=each(one(name), kind.map(lambda k: ["--kind", k]), options(colour=text, limit=number)),
    ),
    command("platform", "edit", then=each(one(name), options(name=name, kind=kind, limit=number))),
    command("platform", "rm", then=one(name)),
    command("category", "add", then=st.tuples(name, side).map(lambda t: [t[0], "--side", t[1]])),
    command("slot", "add", then=each(options(platform=name, day=text, time=text, side=text), formats)),
    command("slot", "list", then=each(filters, formats)),
    command("slot", "rm", then=one(number)),
    command("category", "edit", then=each(one(name), options(name=name))),
    command("category", "rm", then=one(name)),
    command(
        "rules",
        "set",
        then=options(
            platform=name,
            window=number,
            max_promotion=number,
            min_conversation=number,
            max_promo_streak=number,
            min_promo_gap_hours=number,
            expect_version=number,
        ),
    ),
    command("rules", "unset", then=each(name.map(lambda n: ["--platform", n]), options(expect_version=number))),
    command("export", "ics", then=each(one(path), ranges, filters, options(reminder=number))),
    command("export", "csv", then=each(one(path), ranges)),
    command("import", "csv", then=one(readable)),
    command("import", "ics", then=each(one(readable), options(name=text))),
    command(
        "import",
        "ics",
        then=each(readable.map(lambda p: [p, "--as", "posts"]), options(platform=name, category=name), ranges),
    ),
    st.tuples(st.sampled_from(["--hide", "--show", "--remove"]), name).map(lambda t: ["import", "ics", *t]),
    command("db", "backup", then=one(path)),
    command("db", "restore", then=one(readable)),
    st.sampled_from([["db", "info"], ["db", "check"], ["db", "backups"], ["rules", "list"], ["platform", "list"]]),
    command("team", "add", then=each(one(name), role.map(lambda r: ["--role", r]))),
    command("team", "set", then=options(review=switch, self_approval=switch)),
    st.tuples(st.sampled_from(["list", "waiting"]), formats).map(lambda t: ["team", t[0], *t[1]]),
    st.tuples(st.sampled_from(["submit", "approve"]), number, options(comment=text, expect_version=number)).map(
        lambda t: ["post", t[0], t[1], *t[2]]
    ),
    command("post", "return", then=each(one(number), options(comment=text, expect_version=number))),
    command("post", "comment", then=each(one(number), one(text))),
    command("post", "comments", then=each(one(number), formats)),
    command("team", "seen", then=one(number)),
)

# -- the test -----------------------------------------------------------------------------------


@pytest.fixture
def workshop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The folder the commands run in, with a plan to copy and files to import."""
    monkeypatch.chdir(tmp_path)
    template = tmp_path / "template.sqlite"
    with Planner.open(template, planning_zone=PLANNING_ZONE, user=USER) as planner:
        for platform_name, platform_kind in PLATFORMS:
            planner.add_platform(platform_name, platform_kind)
    assert run_cli(["post", "add", "--platform", "X", "--title", "T", "--at", "2026-06-01 10:00"], template).code == 0
    assert run_cli(["export", "ics", str(tmp_path / "plan.ics")], template).code == 0
    assert run_cli(["export", "csv", str(tmp_path / "plan.csv")], template).code == 0
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "fifo")
    yield template


def revision(plan_path: Path) -> int:
    with closing(sqlite3.connect(f"file:{plan_path}?mode=ro", uri=True)) as connection:
        return int(connection.execute('SELECT "revision" FROM "meta"').fetchone()[0])


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(words=commands, db=database, debug=st.booleans(), french=st.booleans(), user=st.one_of(st.none(), text))
def test_any_command_line_exits_0_to_5_says_why_and_never_shows_a_password(
    workshop: Path, words: list[str], db: str, debug: bool, french: bool, user: str | None
) -> None:
    plan_path = workshop.with_name("plan.sqlite")
    shutil.copyfile(workshop, plan_path)
    before = revision(plan_path)
    arguments = [*words, *(["--debug"] if debug else []), *(["--lang", "fr"] if french else [])]
    arguments += [] if user is None else ["--user", user]

    result: Result = run_cli(arguments, str(plan_path) if db == "PLAN" else db)

    assert result.code in range(6), result
    assert SECRET not in result.out + result.err
    if not debug:
        assert "Traceback" not in result.err, result.err
    if result.code not in (0, 1):
        assert revision(plan_path) == before, result
        # Said in a line of its own (after a warning, before the rows a CSV import refuses).
        assert any(line.startswith(("Error: ", "Erreur : ")) for line in result.err.splitlines()), result.err

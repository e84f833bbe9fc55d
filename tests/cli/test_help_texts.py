"""``--help`` reads as one list: every command's line starts lower-case, and the file to write
is named the same way whatever the format."""

from __future__ import annotations

import re

import pytest

from tests.helpers.cli import run_cli

# A command's line in a listing: four spaces, its name, then its description after two spaces or more.
COMMAND_LINE = re.compile(r"^    ([a-z]+) {2,}(\S.*)$")


def command_lines(arguments: list[str]) -> dict[str, str]:
    result = run_cli(arguments, None)
    assert result.code == 0, result
    return {m[1]: m[2] for line in result.out.splitlines() if (m := COMMAND_LINE.match(line))}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("command", [[], ["export"], ["import"]])
def test_every_command_description_starts_lower_case(lang: str, command: list[str]) -> None:
    lines = command_lines(["--lang", lang, *command, "--help"])

    assert len(lines) >= 2
    assert {name: text for name, text in lines.items() if not text[0].islower()} == {}
    assert {name: text for name, text in lines.items() if text.endswith(".")} == {}


@pytest.mark.parametrize(("lang", "placeholder"), [("en", "FILE|-"), ("fr", "FICHIER|-")])
def test_ics_and_csv_exports_name_their_file_alike(lang: str, placeholder: str) -> None:
    for kind in ("ics", "csv"):
        result = run_cli(["--lang", lang, "export", kind, "--help"], None)
        usage_end = result.out.split("\n\n")[0]

        assert usage_end.rstrip().endswith(placeholder), (kind, usage_end)


def file_help(output: str, placeholder: str) -> str:
    """The help of the file argument, from its line in the listing to the next option, on one line."""
    lines = output.splitlines()
    start = next(n for n, line in enumerate(lines) if line.strip().startswith(placeholder + " "))
    words = [lines[start].strip().removeprefix(placeholder)]
    for line in lines[start + 1 :]:
        if not line.startswith(" " * 8):  # a wrapped help goes on deeper than the next option's "  -"
            break
        words.append(line)
    return " ".join(" ".join(words).split())


@pytest.mark.parametrize(
    ("lang", "placeholder", "text"),
    [
        ("en", "FILE|-", "the {format} file to write, or - for standard output"),
        ("fr", "FICHIER|-", "le fichier {format} à écrire, ou - pour la sortie standard"),
    ],
)
def test_ics_and_csv_exports_describe_their_file_alike(lang: str, placeholder: str, text: str) -> None:
    for kind, name in (("ics", ".ics"), ("csv", "CSV")):
        result = run_cli(["--lang", lang, "export", kind, "--help"], None)

        assert file_help(result.out, placeholder) == text.format(format=name), kind

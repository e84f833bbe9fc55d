"""A PostgreSQL server's address as the user typed it, and what of it may be shown.

A ``--db postgresql://user:password@host:port/database`` address may hold a
password, in its user part or as a ``password=`` parameter. Nothing Dialogos
shows (a message, a window title, a remembered setting, a ``--debug``
traceback) may carry it, whatever the driver echoes back: libpq quotes the
token it could not parse, sometimes the whole address. So every path goes
through the two functions here: :func:`shown` for the address itself, and
:func:`redact` for any text that may quote it.

The address is read leniently, by hand: an address the standard library's
``urlsplit`` refuses (a port that is not a number, a broken IPv6 host) must
still be shown without its password, and said to be wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

HIDDEN = "***"
"""What a password becomes in a text that quoted it."""

# A scheme of two letters or more, then ":/": "postgresql://", "postgres:/" (a typo), not "C:/".
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:/+")
# Any "scheme://user:password@" or "password=…" in a text, whoever wrote the text.
_USER_PASSWORD = re.compile(r"(\b[A-Za-z][A-Za-z0-9+.-]+://[^\s/@:?#]*):[^\s/@?#]*@")
_PASSWORD_PARAMETER = re.compile(r"(\b[a-z]*password\s*=\s*)('[^']*'|\"[^\"]*\"|[^\s&'\"]+)", re.IGNORECASE)
# Where the URI syntax cuts a password typed without percent-encoding.
_DELIMITERS = re.compile(r"[@/:?#&=]")
# Pieces of a password shorter than this are left in a text: redacting every "a" would make it unreadable.
_SHORTEST_PIECE = 4


@dataclass(frozen=True, slots=True)
class Address:
    """The parts of a server address, as typed (nothing decoded)."""

    scheme: str  # "postgresql://"
    user_info: str  # "camille:50%off" (empty without an "@")
    host_port: str  # "db.example:5432", "[::1]:5432", "a:1,b:2"
    path: str  # "/plan"
    query: str  # "sslmode=require&password=…" (without the "?")
    fragment: str  # after "#", without it

    @property
    def user(self) -> str:
        return self.user_info.split(":", 1)[0]

    @property
    def password(self) -> str | None:
        return self.user_info.split(":", 1)[1] if ":" in self.user_info else None

    def parameters(self) -> list[tuple[str, str]]:
        """The query's ``key=value`` pairs, as typed."""
        return [(pair.partition("=")[0], pair.partition("=")[2]) for pair in self.query.split("&") if pair]


def is_address(text: str) -> bool:
    """Whether ``text`` reads as an address with a scheme (``postgresql://…``) rather than a file."""
    return bool(_SCHEME.match(text))


def parse(text: str) -> Address:
    """The parts of ``text``, an address; never refuses (a part it cannot find is empty)."""
    match = _SCHEME.match(text)
    scheme = match.group(0) if match else ""
    rest = text[len(scheme) :]
    rest, _, fragment = rest.partition("#")
    rest, _, query = rest.partition("?")
    # The user part ends at the last "@" before the path: a password may hold an unencoded "/" or "@".
    at = rest.rfind("@")
    user_info, authority_and_path = (rest[:at], rest[at + 1 :]) if at >= 0 else ("", rest)
    slash = authority_and_path.find("/")
    host_port, path = (
        (authority_and_path[:slash], authority_and_path[slash:]) if slash >= 0 else (authority_and_path, "")
    )
    return Address(scheme, user_info, host_port, path, query, fragment)


def _is_password_key(key: str) -> bool:
    return "password" in unquote(key).strip().lower()


def shown(text: str) -> str:
    """``text`` (a server address, or what was typed for one) without its password, the rest
    as typed: what messages, titles and settings name."""
    address = parse(text)
    result = address.scheme
    if address.user_info:
        result += f"{address.user}@"
    result += address.host_port + address.path
    kept = [pair for pair in address.query.split("&") if pair and not _is_password_key(pair.partition("=")[0])]
    if kept:
        result += "?" + "&".join(kept)
    if address.fragment:
        result += "#" + address.fragment
    return result


def password_of(text: str) -> str | None:
    """The password an address carries (its ``password=`` parameter, else its user part), percent-decoded."""
    if not is_address(text):
        return None
    address = parse(text)
    for key, value in address.parameters():
        if _is_password_key(key):
            return unquote(value)
    return None if address.password is None else unquote(address.password)


def secrets_of(text: str) -> set[str]:
    """The forms a password of ``text`` (an address) may take in a message: as typed,
    percent-decoded, and each long enough piece a URI parser could cut it into."""
    if not is_address(text):
        return set()
    address = parse(text)
    typed = [value for key, value in address.parameters() if _is_password_key(key)]
    if address.password:
        typed.append(address.password)
    found: set[str] = set()
    for secret in typed:
        for form in {secret, unquote(secret, errors="replace"), secret.strip("'\"")} - {""}:
            found.add(form)
            # libpq ends the user part at the first "@" or "/": it may quote a piece of the password.
            found.update(piece for piece in _DELIMITERS.split(form) if len(piece) >= _SHORTEST_PIECE)
    return found


def redact(text: str, *addresses: str) -> str:
    """``text`` without any password of ``addresses`` (in any of its forms), nor any password
    written in it as an address's ``user:password@`` or a ``password=`` parameter."""
    secrets: set[str] = set()
    for address in addresses:
        secrets |= secrets_of(address)
    # The longest first: a piece must not break up a whole password before it is replaced.
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, HIDDEN)
    text = _USER_PASSWORD.sub(r"\1@", text)
    return _PASSWORD_PARAMETER.sub(lambda match: match.group(1) + HIDDEN, text)


def database_and_host(text: str) -> tuple[str, str]:
    """The database and the host a server address names, with libpq's defaults
    (the database named after the user; the host in the query, else this computer)."""
    address = parse(text)
    query = {unquote(key): unquote(value) for key, value in address.parameters()}
    database = unquote(address.path.lstrip("/")) or query.get("dbname", "") or unquote(address.user)
    host = address.host_port.split(",", 1)[0]  # the first of several hosts
    host = host[1:].partition("]")[0] if host.startswith("[") else host.partition(":")[0]
    return database, unquote(host) or query.get("host", "") or "localhost"


__all__ = ["HIDDEN", "Address", "database_and_host", "is_address", "parse", "redact", "secrets_of", "shown"]

"""Carry French (or any) translations over to messages whose context changed.

After ``make translations``, a message moved to another context (a class renamed, words gathered in
``ui/labels.py``'s "Labels") comes back unfinished, while its old context's copy is marked vanished.
This gives each unfinished message the translation of a finished or vanished one with the same source
text (and comment), then drops the vanished copies that served. Run it, then ``make translations`` again.

    python packaging/carry_over_translations.py resources/translations/dialogos_fr.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def carry_over(ts: Path) -> int:
    tree = ET.parse(ts)
    known: dict[tuple[str, str], ET.Element] = {}
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or len(translation)):
            continue
        key = (message.findtext("source") or "", message.findtext("comment") or "")
        known.setdefault(key, translation)
    filled = 0
    used: set[tuple[str, str]] = set()
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        key = (message.findtext("source") or "", message.findtext("comment") or "")
        found = known.get(key)
        if found is None:
            continue
        used.add(key)
        message.remove(translation)
        copy = ET.fromstring(ET.tostring(found))
        copy.attrib.pop("type", None)
        message.append(copy)
        filled += 1
    for context in tree.getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            key = (message.findtext("source") or "", message.findtext("comment") or "")
            if translation is not None and translation.get("type") in ("vanished", "obsolete") and key in used:
                context.remove(message)
        if not context.findall("message"):
            tree.getroot().remove(context)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return filled


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {carry_over(Path(name))} translation(s) carried over")

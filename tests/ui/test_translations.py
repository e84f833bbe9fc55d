"""The French translation is complete and the compiled file matches its source."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from importlib import resources

TRANSLATIONS = resources.files("ui.resources").joinpath("translations")


def test_every_french_string_is_translated() -> None:
    tree = ET.parse(str(TRANSLATIONS.joinpath("dialogos_fr.ts")))
    missing = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None and translation.get("type") == "unfinished"
    ]
    assert missing == []


def test_placeholders_survive_translation() -> None:
    """A translation keeps every {name} of its source, or the app would raise or show a hole."""
    tree = ET.parse(str(TRANSLATIONS.joinpath("dialogos_fr.ts")))
    broken = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        wanted = set(re.findall(r"\{\w+\}", source))
        broken += [source for form in forms if set(re.findall(r"\{\w+\}", form)) != wanted]
    assert broken == []

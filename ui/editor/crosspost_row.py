"""The editor's cross-post row: for a new post, a checkbox per platform (the post is made once on
each one checked, in one group); for a post of a cross-post, the other platforms it is on."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from planner.model import Platform, Post


class PlatformChecks(QWidget):
    """A checkbox per platform. The editor's platform is always checked (and cannot be unchecked
    here: change it above); the others are added to make a cross-post."""

    changed = Signal()

    def __init__(self, platforms: Sequence[Platform], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._main: str | None = None
        self.boxes: dict[str, QCheckBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for platform in platforms:
            box = QCheckBox(platform.name, self)
            box.setToolTip(self.tr("Also make this post on {platform}, as a cross-post").format(platform=platform.name))
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes[platform.name] = box
        layout.addStretch(1)

    def set_main(self, name: str) -> None:
        """``name`` is the editor's platform now: checked and fixed; the one before is free again, unchecked."""
        if name == self._main:
            return
        previous = self.boxes.get(self._main or "")
        if previous is not None:
            previous.setEnabled(True)
            previous.setChecked(False)
        self._main = name
        box = self.boxes.get(name)
        if box is not None:
            box.setChecked(True)
            box.setEnabled(False)

    def chosen(self) -> list[str]:
        """The editor's platform first, then the others checked, in their order."""
        others = [name for name, box in self.boxes.items() if box.isChecked() and name != self._main]
        return [self._main, *others] if self._main else others


class SiblingsLabel(QLabel):
    """ "Also on: Facebook, LinkedIn": the other posts of the edited post's cross-post."""

    def __init__(self, siblings: Sequence[Post], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        names = ", ".join(post.platform for post in siblings)
        self.setText(self.tr("Also on: {platforms}", "the other platforms of a cross-post").format(platforms=names))
        self.setToolTip(self.tr("This post is a cross-post: a changed title or text can go to the others too."))
        self.setVisible(bool(siblings))

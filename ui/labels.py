"""The core's words in the user's language: sides, statuses, platform kinds, follow-up offsets.

Written once, in one translation context ("Labels"), for every view, dialog
and editor that names them.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from planner.balance.rules import PRESET_LABELS, PRESETS
from planner.defaults import PLATFORM_KINDS
from planner.model import Side, Status


def side_label(side: Side | None) -> str:
    """The side's name (“no side” for a post without one)."""
    labels = {
        Side.CONVERSATION: QCoreApplication.translate("Labels", "Conversation"),
        Side.INFORMATION: QCoreApplication.translate("Labels", "Information"),
        Side.PROMOTION: QCoreApplication.translate("Labels", "Promotion"),
    }
    return labels[side] if side else QCoreApplication.translate("Labels", "no side")


def status_label(status: Status) -> str:
    """The status's name."""
    labels = {
        Status.IDEA: QCoreApplication.translate("Labels", "Idea"),
        Status.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        Status.READY: QCoreApplication.translate("Labels", "Ready"),
        Status.IN_REVIEW: QCoreApplication.translate("Labels", "In review"),
        Status.APPROVED: QCoreApplication.translate("Labels", "Approved"),
        Status.SCHEDULED: QCoreApplication.translate("Labels", "Scheduled"),
        Status.PUBLISHED: QCoreApplication.translate("Labels", "Published"),
        Status.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }
    return labels[status]


def kind_label(kind: str) -> str:
    """A platform kind's name: brands keep the core's label, common words are translated."""
    generic = {
        "blog": QCoreApplication.translate("Labels", "Blog"),
        "newsletter": QCoreApplication.translate("Labels", "Newsletter"),
        "forum": QCoreApplication.translate("Labels", "Forum"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
    found = PLATFORM_KINDS.get(kind)
    return generic.get(kind) or (found.label if found else kind)


def offset_words(after: timedelta) -> str:
    """A follow-up's offset after its post, in the largest whole unit: "2 h", "3 d", "90 min".
    Abbreviated units take no plural, in English as in French."""
    minutes = int(after.total_seconds()) // 60
    if minutes and minutes % (24 * 60) == 0:
        text = QCoreApplication.translate("Labels", "{count} d", "days after a post")
        return text.format(count=minutes // (24 * 60))
    if minutes and minutes % 60 == 0:
        text = QCoreApplication.translate("Labels", "{count} h", "hours after a post")
        return text.format(count=minutes // 60)
    return QCoreApplication.translate("Labels", "{count} min", "minutes after a post").format(count=minutes)


def add_presets(combo: QComboBox) -> None:
    """The balance rules' presets as ``combo``'s entries (their names as data), each with its
    numbers as a tooltip: the rules dialog and the start panel offer the same choice."""
    for name, (window, promotion, conversation) in PRESETS.items():
        combo.addItem(PRESET_LABELS.get(name, name), name)
        # One literal (no implicit concatenation) so that lupdate reads it whole.
        tip = QCoreApplication.translate(
            "Labels",
            "In any {window} posts in a row: promotions at most {promotion}, conversation at least {conversation}",
        )
        combo.setItemData(
            combo.count() - 1,
            tip.format(window=window, promotion=promotion, conversation=conversation),
            Qt.ItemDataRole.ToolTipRole,
        )

"""Kept on time as the app words it: one line and a tooltip with the breakdown.

The figures are the core's (:class:`planner.model.KeptOnTime`); the balance panel and the
Insights show them in the same words, so a manager reads one figure, not two.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from planner.model import KeptOnTime


def kept_text(kept: KeptOnTime) -> str:
    """ "Kept on time: 78% (7 of 9)"; "" when nothing was due (nothing to say)."""
    if not kept.due:
        return ""
    share = kept.share
    locale = QLocale()
    if share is None:
        return QCoreApplication.translate("KeptOnTime", "Kept on time: none to judge yet")
    percent = QCoreApplication.translate("KeptOnTime", "{number}%", "a percentage").format(
        number=locale.toString(round(share * 100))
    )
    text = QCoreApplication.translate("KeptOnTime", "Kept on time: {share} ({kept} of {judged})")
    return text.format(share=percent, kept=locale.toString(kept.kept_on_time), judged=locale.toString(kept.judged))


def kept_tooltip(kept: KeptOnTime) -> str:
    """What became of the follow-ups due, one fate a line, and how the share is counted."""
    if not kept.due:
        return ""
    locale = QLocale()
    lines = [
        QCoreApplication.translate("KeptOnTime", "Follow-ups due in this range: {count}").format(
            count=locale.toString(kept.due)
        ),
        QCoreApplication.translate("KeptOnTime", "Kept on time: {count}").format(
            count=locale.toString(kept.kept_on_time)
        ),
        QCoreApplication.translate("KeptOnTime", "Kept late: {count}").format(count=locale.toString(kept.kept_late)),
        QCoreApplication.translate("KeptOnTime", "Late: {count}").format(count=locale.toString(kept.late)),
        QCoreApplication.translate("KeptOnTime", "Open, not due yet: {count}").format(count=locale.toString(kept.open)),
        QCoreApplication.translate("KeptOnTime", "Dropped: {count}").format(count=locale.toString(kept.dropped)),
        QCoreApplication.translate(
            "KeptOnTime", "The share counts those kept on time among the kept and the late ones."
        ),
    ]
    return "\n".join(lines)

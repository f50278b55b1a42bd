"""GUI: translated labels for domain values (section kinds, statuses, LIX bands), dates, and
section labels built from the map's names (looked up in services.names.MapNames)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from kartedit.domain.model import SectionState
from kartedit.domain.sections import SectionKind, SectionRef, Status
from kartedit.services.names import MapNames
from kartedit.text.readability import LixBand


def kind_label(kind: SectionKind) -> str:
    """The six fixed kinds (nb: Rolle, Kartlegging, Tiltak, …) and the pathway's own texts."""
    labels = {
        SectionKind.ROLE: QCoreApplication.translate("SectionKind", "Role"),
        SectionKind.ASSESSMENT: QCoreApplication.translate("SectionKind", "Assessment"),
        SectionKind.INTERVENTION: QCoreApplication.translate("SectionKind", "Interventions"),
        SectionKind.EVALUATION: QCoreApplication.translate("SectionKind", "Evaluation"),
        SectionKind.COLLABORATION: QCoreApplication.translate("SectionKind", "Collaboration"),
        SectionKind.REFERRAL: QCoreApplication.translate("SectionKind", "Referral"),
        SectionKind.INTRODUCTION: QCoreApplication.translate("SectionKind", "Introduction"),
        SectionKind.FAMILIES: QCoreApplication.translate(
            "SectionKind", "For children, young people and parents"
        ),
    }
    return labels[kind]


def section_label(names: MapNames, ref: SectionRef) -> str:
    """«Angst › Fastlege › Rolle»: a section by the map's names and its translated kind."""
    return f"{place_label(names, ref)} › {kind_label(ref.kind)}"


def section_short(names: MapNames, ref: SectionRef) -> str:
    """«Fastlege › Rolle», where every line is about the same pathway («Innledning» alone)."""
    if ref.is_pathway_level:
        return kind_label(ref.kind)
    return f"{names.service(ref.service)} › {kind_label(ref.kind)}"


def place_label(names: MapNames, ref: SectionRef) -> str:
    """«Angst hos barn og unge › Fastlege»: where a section sits, by name (a pathway's own
    text sits in the pathway)."""
    if ref.is_pathway_level:
        return names.pathway(ref.pathway)
    return f"{names.pathway(ref.pathway)} › {names.service(ref.service)}"


def kind_and_owner(names: MapNames, ref: SectionRef) -> str:
    """«Rolle · Fastlege», or «Innledning · Angst hos barn og unge» for a pathway's own text."""
    owner = names.pathway(ref.pathway) if ref.is_pathway_level else names.service(ref.service)
    return f"{kind_label(ref.kind)} · {owner}"


def titled(template: str, name: str, field: str = "name") -> str:
    """``template`` («Høring: {name}», translated) filled with ``name`` — or ``name`` alone
    when it already begins with the template's word («Høring angst 2027», not «Høring:
    Høring angst 2027»)."""
    word = template.split("{", 1)[0].rstrip(": ").strip().casefold()
    known = {word, "høring", "høyring", "hearing"} - {""}
    if any(name.strip().casefold().startswith(w) for w in known):
        return name
    return template.format(**{field: name})


def status_label(status: Status) -> str:
    """utkast · til høring · godkjent"""
    labels = {
        Status.DRAFT: QCoreApplication.translate("Status", "Draft"),
        Status.IN_HEARING: QCoreApplication.translate("Status", "In hearing"),
        Status.APPROVED: QCoreApplication.translate("Status", "Approved"),
    }
    return labels[status]


def band_label(band: LixBand) -> str:
    """The LIX band in words: svært lett … svært vanskeleg."""
    labels = {
        LixBand.VERY_EASY: QCoreApplication.translate("LixBand", "very easy"),
        LixBand.EASY: QCoreApplication.translate("LixBand", "easy"),
        LixBand.MEDIUM: QCoreApplication.translate("LixBand", "medium"),
        LixBand.DIFFICULT: QCoreApplication.translate("LixBand", "difficult"),
        LixBand.VERY_DIFFICULT: QCoreApplication.translate("LixBand", "very difficult"),
    }
    return labels[band]


def state_summary(state: SectionState, local_edition: bool) -> str:
    """Short text for the tree's status column: «Utkast», «Godkjent · lokal · utdatert».

    Inherited is the usual case in a local edition, so the tree says it with an icon, italics
    and the tooltip; the exceptions (local, stale) are spelt out.
    """
    parts = [status_label(state.status)]
    if local_edition and state.overridden:
        parts.append(QCoreApplication.translate("SectionState", "local"))
    if state.stale:
        parts.append(QCoreApplication.translate("SectionState", "stale"))
    return " · ".join(parts)


def state_tooltip(state: SectionState, local_edition: bool) -> str:
    """One sentence per fact, so a screen reader and a tooltip say the same."""
    lines = [
        QCoreApplication.translate("SectionState", "Status: {status}.").format(
            status=status_label(state.status)
        )
    ]
    if local_edition and state.overridden:
        lines.append(QCoreApplication.translate("SectionState", "Adapted locally in this edition."))
    elif local_edition:
        lines.append(
            QCoreApplication.translate(
                "SectionState", "Inherited from the regional text; read-only here."
            )
        )
    if state.stale:
        lines.append(
            QCoreApplication.translate(
                "SectionState",
                "Stale: the regional text has changed since this local adaptation was written.",
            )
        )
    if state.open_comments:
        lines.append(
            QCoreApplication.translate(
                "SectionState", "%n open comment(s).", "", state.open_comments
            )
        )
    return "\n".join(lines)


def local_time(moment: datetime) -> str:
    """Norwegian convention: 23.11.2026 14:05, in the machine's local time."""
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def date_label(day: date) -> str:
    """Norwegian convention: 15.01.2027."""
    return day.strftime("%d.%m.%Y")


def shorten(text: str, limit: int) -> str:
    """The text on one line, cut to at most ``limit`` characters with «…» where it was cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"

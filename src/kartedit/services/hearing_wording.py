"""Application services: the words of generated documents, in bokmål and nynorsk.

Hearing letters, response forms, the merknadsdokument and the hearing summary follow the
round's written standard (``HearingRound.language``); bundle pages and the regional → local
comparison follow the round's or the edition's. Every word a reader of them sees comes from here.

A count takes its noun's singular for one: such an entry is a pair (one, many), chosen by the
``count`` it is given («1 tekst», «6 tekstar»).
"""

from __future__ import annotations

from kartedit.domain.sections import SectionKind

_WORDS: dict[str, dict[str, str | tuple[str, str]]] = {
    "nb": {
        "hearing": "Høring",
        "page": "Side",
        "from": "Fra",
        "edition": "Tekst",
        "deadline": "Svarfrist",
        "on_hearing": "Dette sendes på høring",
        "on_hearing_lead": "Høringen gjelder disse tekstene i samhandlingskartet «{map}»:",
        "questions": "Spørsmål vi særlig ønsker svar på",
        "how": "Slik svarer du",
        "how_comment": (
            "Kommenter i margen: merk teksten det gjelder, og velg Sett inn › Merknad "
            "(Kommentar i LibreOffice)."
        ),
        "how_track": (
            "Foreslå ny tekst med sporede endringer: slå på Se gjennom › Spor endringer "
            "før du skriver eller sletter i teksten."
        ),
        "how_form": "Skriv generelle merknader i svarskjemaet bakerst i dokumentet.",
        "how_keep": (
            "Behold dokumentet som det er ellers: ikke kopier tekstene over i et nytt "
            "dokument, da kan ikke svaret leses inn."
        ),
        "how_facts": (
            "Skyggelagt tekst er lokale opplysninger (for eksempel telefontid) som hver "
            "kommune fyller inn selv; «[lokal opplysning: …]» står der verdien kommer. "
            "Vil du endre en opplysning, skriv en merknad."
        ),
        "how_send": "Send dokumentet tilbake innen {deadline}.",
        "contact": "Kontakt",
        "texts": "Tekstene på høring",
        "form": "Svarskjema",
        "form_lead": "Fyll ut hvem som svarer. Flere personer kan kommentere i samme dokument. "
        "Svarer du som privatperson, lar du organisasjon stå tom.",
        "name": "Navn",
        "organisation": "Organisasjon",
        "role": "Rolle (for eksempel fagperson, leder, brukerrepresentant)",
        "remarks": "Generelle merknader per forløp",
        "pathway": "Forløp",
        "remark": "Merknader",
        "general_remark": "Generell merknad til forløpet «{pathway}»",
        "untracked": "Endret uten sporede endringer i Word-dokumentet.",
        "fact_edit": "Endret en lokal opplysning i Word-dokumentet: «{old}» → «{new}». "
        "Lokale opplysninger endres under Lokale opplysninger, ikke i teksten; "
        "ingenting er endret ennå.",
        "unknown": "Ukjent avsender",
        # merknadsdokument
        "summary": "Merknadsdokument",
        "summary_lead": "Oppsummering av høringen «{round}», svarfrist {deadline}.",
        "who": "Hvem",
        "the_remark": "Merknad",
        "assessment": "Vurdering",
        "changed": "Endring i teksten",
        "changed_yes": "endret: «{text}»",
        "changed_no": "ingen endring",
        "suggests": "Forslag: «{text}»",
        "suggests_delete": "Forslag: stryk teksten",
        "on_passage": "Om «{quote}»",
        "respondents": "Høringsinstanser",
        "counts": "Antall",
        "count_line": "{sections}, {respondents}, {comments} og {suggestions}.",
        "n_texts": ("{count} tekst", "{count} tekster"),
        "n_respondents": ("{count} høringsinstans", "{count} høringsinstanser"),
        "n_comments": ("{count} merknad", "{count} merknader"),
        "n_suggestions": "{count} forslag",
        "untouched": "Tekster uten merknader",
        "private": "privatperson",
        # hearing summary (HTML and CSV)
        "summary_title": "Høringsoppsummering",
        "summary_intro": (
            "{map} · {edition}. Høringsfrist {deadline}. Startet av {who} "
            "{started}. 1 merknad eller forslag. Laget {made}.",
            "{map} · {edition}. Høringsfrist {deadline}. Startet av {who} "
            "{started}. {count} merknader og forslag. Laget {made}.",
        ),
        "responses_from": "Høringssvar fra {count}: {names}.",
        "number": "Nr.",
        "comment_or_suggestion": "Merknad eller forslag",
        "decision": "Vedtak",
        "reason": "Begrunnelse",
        "kind_comment": "merknad",
        "kind_suggestion": "forslag",
        "kind_reply": "svar",
        "place_exact": "på plass",
        "place_moved": "flyttet",
        "place_orphaned": "ikke funnet i teksten",
        "proposed": "Foreslått tekst:",
        "strike": "(stryk teksten)",
        "reply_from": "Svar fra {who}, {day}:",
        "worked_in": "Innarbeidet i teksten (revisjon {revision})",
        # bundle index.html
        "response_deadline": "Frist for høringssvar",
        "sent_out": "Sendt på høring av {who}, {day}. Denne sida viser tekstene slik de ble "
        "sendt ut. Merknader og forslag gir du i kartedit (åpne .kartbundle-fila).",
        "revision": "revisjon",
        "regional_text": "regional tekst",
        "response": "Høringssvar",
        "response_title": "Høringssvar fra {who}",
        "response_lead": (
            "Fra {who}, {day}. 1 merknad, forslag eller svar.",
            "Fra {who}, {day}. {count} merknader, forslag og svar.",
        ),
        "no_remarks": "Ingen merknader.",
        "approved_text": "Godkjent tekst",
        "approved_lead": "{map} · {edition}. Godkjent og publisert av {who}, {day}.",
        # regional → local comparison
        "diff_title": "Regional tekst og {edition}",
        "diff_lead": (
            "Lokale tilpasninger i {edition} sammenlignet med den regionale teksten: "
            "1 tekst. Gjennomstreket tekst er fjernet, understreket tekst er lagt til.",
            "Lokale tilpasninger i {edition} sammenlignet med den regionale teksten: "
            "{count} tekster. Gjennomstreket tekst er fjernet, understreket tekst er lagt til.",
        ),
        "stale": "utdatert",
        "removed": "fjernet",
        "added": "lagt til",
    },
    "nn": {
        "hearing": "Høyring",
        "page": "Side",
        "from": "Frå",
        "edition": "Tekst",
        "deadline": "Svarfrist",
        "on_hearing": "Dette blir sendt på høyring",
        "on_hearing_lead": "Høyringa gjeld desse tekstane i samhandlingskartet «{map}»:",
        "questions": "Spørsmål vi særleg ønskjer svar på",
        "how": "Slik svarar du",
        "how_comment": (
            "Kommenter i margen: merk teksten det gjeld, og vel Set inn › Merknad "
            "(Kommentar i LibreOffice)."
        ),
        "how_track": (
            "Føreslå ny tekst med sporte endringar: slå på Sjå gjennom › Spor endringar "
            "før du skriv eller slettar i teksten."
        ),
        "how_form": "Skriv generelle merknader i svarskjemaet bakarst i dokumentet.",
        "how_keep": (
            "Behald dokumentet som det er elles: ikkje kopier tekstane over i eit nytt "
            "dokument, då kan ikkje svaret lesast inn."
        ),
        "how_facts": (
            "Skuggelagd tekst er lokale opplysningar (til dømes telefontid) som kvar "
            "kommune fyller inn sjølv; «[lokal opplysning: …]» står der verdien kjem. "
            "Vil du endre ei opplysning, skriv ein merknad."
        ),
        "how_send": "Send dokumentet tilbake innan {deadline}.",
        "contact": "Kontakt",
        "texts": "Tekstane på høyring",
        "form": "Svarskjema",
        "form_lead": "Fyll ut kven som svarar. Fleire personar kan kommentere i same dokument. "
        "Svarar du som privatperson, lèt du organisasjon stå tom.",
        "name": "Namn",
        "organisation": "Organisasjon",
        "role": "Rolle (til dømes fagperson, leiar, brukarrepresentant)",
        "remarks": "Generelle merknader per forløp",
        "pathway": "Forløp",
        "remark": "Merknader",
        "general_remark": "Generell merknad til forløpet «{pathway}»",
        "untracked": "Endra utan sporte endringar i Word-dokumentet.",
        "fact_edit": "Endra ei lokal opplysning i Word-dokumentet: «{old}» → «{new}». "
        "Lokale opplysningar blir endra under Lokale opplysningar, ikkje i teksten; "
        "ingenting er endra enno.",
        "unknown": "Ukjend avsendar",
        "summary": "Merknadsdokument",
        "summary_lead": "Oppsummering av høyringa «{round}», svarfrist {deadline}.",
        "who": "Kven",
        "the_remark": "Merknad",
        "assessment": "Vurdering",
        "changed": "Endring i teksten",
        "changed_yes": "endra: «{text}»",
        "changed_no": "inga endring",
        "suggests": "Forslag: «{text}»",
        "suggests_delete": "Forslag: stryk teksten",
        "on_passage": "Om «{quote}»",
        "respondents": "Høyringsinstansar",
        "counts": "Tal",
        "count_line": "{sections}, {respondents}, {comments} og {suggestions}.",
        "n_texts": ("{count} tekst", "{count} tekstar"),
        "n_respondents": ("{count} høyringsinstans", "{count} høyringsinstansar"),
        "n_comments": ("{count} merknad", "{count} merknader"),
        "n_suggestions": "{count} forslag",
        "untouched": "Tekstar utan merknader",
        "private": "privatperson",
        "summary_title": "Høyringsoppsummering",
        "summary_intro": (
            "{map} · {edition}. Høyringsfrist {deadline}. Starta av {who} "
            "{started}. 1 merknad eller forslag. Laga {made}.",
            "{map} · {edition}. Høyringsfrist {deadline}. Starta av {who} "
            "{started}. {count} merknader og forslag. Laga {made}.",
        ),
        "responses_from": "Høyringssvar frå {count}: {names}.",
        "number": "Nr.",
        "comment_or_suggestion": "Merknad eller forslag",
        "decision": "Vedtak",
        "reason": "Grunngjeving",
        "kind_comment": "merknad",
        "kind_suggestion": "forslag",
        "kind_reply": "svar",
        "place_exact": "på plass",
        "place_moved": "flytta",
        "place_orphaned": "ikkje funne i teksten",
        "proposed": "Føreslått tekst:",
        "strike": "(stryk teksten)",
        "reply_from": "Svar frå {who}, {day}:",
        "worked_in": "Innarbeidd i teksten (revisjon {revision})",
        "response_deadline": "Frist for høyringssvar",
        "sent_out": "Sendt på høyring av {who}, {day}. Denne sida viser tekstane slik dei vart "
        "sende ut. Merknader og forslag gir du i kartedit (opne .kartbundle-fila).",
        "revision": "revisjon",
        "regional_text": "regional tekst",
        "response": "Høyringssvar",
        "response_title": "Høyringssvar frå {who}",
        "response_lead": (
            "Frå {who}, {day}. 1 merknad, forslag eller svar.",
            "Frå {who}, {day}. {count} merknader, forslag og svar.",
        ),
        "no_remarks": "Ingen merknader.",
        "approved_text": "Godkjend tekst",
        "approved_lead": "{map} · {edition}. Godkjend og publisert av {who}, {day}.",
        "diff_title": "Regional tekst og {edition}",
        "diff_lead": (
            "Lokale tilpassingar i {edition} samanlikna med den regionale teksten: "
            "1 tekst. Gjennomstreka tekst er fjerna, understreka tekst er lagd til.",
            "Lokale tilpassingar i {edition} samanlikna med den regionale teksten: "
            "{count} tekstar. Gjennomstreka tekst er fjerna, understreka tekst er lagd til.",
        ),
        "stale": "forelda",
        "removed": "fjerna",
        "added": "lagd til",
    },
}

_KIND_TITLES_NN = {
    SectionKind.ROLE: "Rolle",
    SectionKind.ASSESSMENT: "Kartlegging",
    SectionKind.INTERVENTION: "Tiltak",
    SectionKind.EVALUATION: "Evaluering av tiltak",
    SectionKind.COLLABORATION: "Samarbeid",
    SectionKind.REFERRAL: "Vidare tilvising",
    SectionKind.INTRODUCTION: "Innleiing",
    SectionKind.FAMILIES: "Til barn, unge og foreldre",
}

_STATES = {
    "nb": {
        "open": "ikke avgjort",
        "resolved": "ferdig behandlet",
        "accepted": "tatt til følge",
        "rejected": "ikke tatt til følge",
    },
    "nn": {
        "open": "ikkje avgjort",
        "resolved": "ferdig handsama",
        "accepted": "teke til følgje",
        "rejected": "ikkje teke til følgje",
    },
}


class Wording:
    """The words of one written standard (``nb`` or ``nn``; anything else reads as ``nb``)."""

    def __init__(self, language: str) -> None:
        self.language = language if language in _WORDS else "nb"
        self._words = _WORDS[self.language]

    def __call__(self, key: str, **values: object) -> str:
        """The words of ``key`` with its values; a pair (one, many) is chosen by ``count``."""
        entry = self._words[key]
        text = (
            (entry[0] if values.get("count") == 1 else entry[1])
            if isinstance(entry, tuple)
            else entry
        )
        return text.format(**values) if values else text

    def kind(self, kind: SectionKind) -> str:
        return _KIND_TITLES_NN[kind] if self.language == "nn" else kind.norwegian_title

    def state(self, state: str) -> str:
        return _STATES[self.language][state]


def words_for(language: str) -> Wording:
    return Wording(language)

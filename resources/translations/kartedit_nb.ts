<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>ApplyReportDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="245"/>
        <source>Approved bundle applied</source>
        <translation>Godkjent pakke er tatt i bruk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="249"/>
        <source>Applied the approved texts of «{round}» ({made_by}): {updated} updated, {unchanged} already up to date. Local adaptations keep their text.</source>
        <translation>De godkjente tekstene fra «{round}» ({made_by}) er tatt i bruk (oppdatert: {updated}, var allerede oppdatert: {unchanged}). Lokale tilpasninger beholder teksten sin.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="259"/>
        <source>Now stale in {editions}: open each edition and carry its stale adaptations over to the new regional text.</source>
        <translation>Nå utdatert i {editions}: åpne hver utgave og overfør de utdaterte tilpasningene til den nye regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="266"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="266"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="266"/>
        <source>Stale local adaptations</source>
        <translation>Utdaterte lokale tilpasninger</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="269"/>
        <source>What applying did to each section</source>
        <translation>Hva som skjedde med hver seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="271"/>
        <source>updated</source>
        <translation>oppdatert</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="272"/>
        <source>already up to date</source>
        <translation>allerede oppdatert</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="273"/>
        <source>not in this map</source>
        <translation>finnes ikke i dette kartet</translation>
    </message>
</context>
<context>
    <name>ApproveRoundDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="93"/>
        <source>Approve the round «{name}»</source>
        <translation>Godkjenn runden «{name}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="99"/>
        <source>Every section of «{name}» whose comments and suggestions are all decided is approved (status «approved»). Sections still waiting for decisions stay as they are.</source>
        <translation>Alle seksjonene i «{name}» der alle merknader og forslag er avgjort, blir godkjent (status «godkjent»). Seksjoner som fortsatt venter på avgjørelser, blir som de er.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="106"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="106"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="107"/>
        <source>Sections of the round and what happens to them</source>
        <translation>Seksjonene i runden og hva som skjer med dem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="110"/>
        <source>Not decided yet: stay as they are (%n)</source>
        <translation>
            <numerusform>Ikke avgjort ennå: blir som den er (%n)</numerusform>
            <numerusform>Ikke avgjort ennå: blir som de er (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="114"/>
        <source>%n comment(s) or suggestion(s) without a decision</source>
        <translation>
            <numerusform>%n merknad eller forslag uten avgjørelse</numerusform>
            <numerusform>%n merknader eller forslag uten avgjørelse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="122"/>
        <source>Changed substantially since the hearing (%n)</source>
        <translation>
            <numerusform>Vesentlig endret etter høringen (%n)</numerusform>
            <numerusform>Vesentlig endret etter høringen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="127"/>
        <source>keeps {percent} % of the text sent out; it may need a new hearing</source>
        <translation>beholder {percent} % av teksten som ble sendt ut; den kan trenge en ny høring</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="138"/>
        <source>Ready to approve (%n)</source>
        <translation>
            <numerusform>Klar til godkjenning (%n)</numerusform>
            <numerusform>Klare til godkjenning (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="140"/>
        <source>%n comment(s), all decided</source>
        <translation>
            <numerusform>%n merknad, avgjort</numerusform>
            <numerusform>%n merknader, alle avgjort</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="146"/>
        <source>&amp;Close the round if every section gets approved</source>
        <translation>&amp;Avslutt runden hvis alle seksjonene blir godkjent</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="149"/>
        <source>A closed round takes no more responses; its sections leave «in hearing».</source>
        <translation>En avsluttet runde tar ikke imot flere høringssvar; seksjonene er ikke lenger «til høring».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="153"/>
        <source>&amp;Approve</source>
        <translation>&amp;Godkjenn</translation>
    </message>
</context>
<context>
    <name>ApproveRoundReport</name>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="177"/>
        <source>Approved: %n section(s).</source>
        <translation>
            <numerusform>Godkjent: %n seksjon.</numerusform>
            <numerusform>Godkjent: %n seksjoner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="179"/>
        <source>Already approved: %n.</source>
        <translation>
            <numerusform>Allerede godkjent: %n.</numerusform>
            <numerusform>Allerede godkjent: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="181"/>
        <source>Not approved: %n.</source>
        <translation>
            <numerusform>Ikke godkjent: %n.</numerusform>
            <numerusform>Ikke godkjent: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="185"/>
        <source>The round «{name}» is now closed.</source>
        <translation>Runden «{name}» er nå avsluttet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="189"/>
        <source>Decide on the remaining comments and suggestions, then approve again.</source>
        <translation>Ta stilling til de gjenstående merknadene og forslagene, og godkjenn så på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="195"/>
        <source>{section}: approved</source>
        <translation>{section}: godkjent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="200"/>
        <source>{section}: not approved, %n without a decision</source>
        <translation>
            <numerusform>{section}: ikke godkjent, %n uten avgjørelse</numerusform>
            <numerusform>{section}: ikke godkjent, %n uten avgjørelse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="206"/>
        <source>{section}: not approved: {reason}</source>
        <translation>{section}: ikke godkjent: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="213"/>
        <source>{section}: changed substantially since the hearing (keeps {percent} % of the text sent out); it may need a new hearing</source>
        <translation>{section}: vesentlig endret etter høringen (beholder {percent} % av teksten som ble sendt ut); den kan trenge en ny høring</translation>
    </message>
</context>
<context>
    <name>BundleDrop</name>
    <message>
        <location filename="../../src/kartedit/gui/common/bundle_drop.py" line="81"/>
        <source>Open a review bundle</source>
        <translation>Åpne en høringspakke</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/bundle_drop.py" line="83"/>
        <source>kartedit bundles (*.kartbundle);;All files (*)</source>
        <translation>kartedit-pakker (*.kartbundle);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>BundleOpen</name>
    <message>
        <location filename="../../src/kartedit/gui/common/bundle_open.py" line="46"/>
        <source>Which map should the bundle go into?</source>
        <translation>Hvilket kart skal pakken inn i?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/bundle_open.py" line="48"/>
        <source>kartedit maps (*.sqlite *.db);;All files (*)</source>
        <translation>kartedit-kart (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../src/kartedit/bundle/comments.py" line="103"/>
        <source>comments file</source>
        <translation>kommentarfil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/manifest.py" line="175"/>
        <source>bundle manifest</source>
        <translation>pakkemanifest</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/bundles.py" line="37"/>
        <source>review bundle</source>
        <translation>høringspakke</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/bundles.py" line="38"/>
        <source>response bundle</source>
        <translation>svarpakke</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/bundles.py" line="39"/>
        <source>approved bundle</source>
        <translation>godkjent pakke</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/bundles.py" line="42"/>
        <source>a review bundle</source>
        <translation>en høringspakke</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/bundles.py" line="43"/>
        <source>a response bundle</source>
        <translation>en svarpakke</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/bundles.py" line="44"/>
        <source>an approved bundle</source>
        <translation>en godkjent pakke</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="32"/>
        <source>export, inspect, validate, import and apply .kartbundle files</source>
        <translation>eksporter, undersøk, kontroller, importer og ta i bruk .kartbundle-pakker</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="39"/>
        <source>write the review (or approved) bundle of a round</source>
        <translation>skriv høringspakken (eller den godkjente pakken) for en runde</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="46"/>
        <source>&quot;Name (Organisation)&quot; (default: settings, else the round)</source>
        <translation>&quot;Navn (Organisasjon)&quot; (standard: innstillingene, ellers runden)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="52"/>
        <source>review: the texts sent out (default); approved: the approved regional texts</source>
        <translation>review: tekstene som sendes ut (standard); approved: de godkjente regionale tekstene</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="60"/>
        <source>kartbundle (default), or docx: a hearing document to answer in Word</source>
        <translation>kartbundle (standard), eller docx: et høringsdokument å svare på i Word</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="67"/>
        <source>kind, round, who, when and counts of a bundle</source>
        <translation>type, runde, hvem, når og antall i en pakke</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="73"/>
        <source>check bundles whole; one line per problem</source>
        <translation>kontroller hele pakker; én linje per problem</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="80"/>
        <source>import response bundles and answered hearing documents (.docx)</source>
        <translation>importer svarpakker og besvarte høringsdokumenter (.docx)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="89"/>
        <source>apply an approved bundle to this copy of the map</source>
        <translation>ta i bruk en godkjent pakke i denne kopien av kartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="117"/>
        <source>Wrote the review bundle {output}: 1 section of «{round_name}» (bundle {bundle_id}).</source>
        <translation>Skrev høringspakken {output}: 1 seksjon fra «{round_name}» (pakke {bundle_id}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="122"/>
        <source>Wrote the review bundle {output}: {count} sections of «{round_name}» (bundle {bundle_id}).</source>
        <translation>Skrev høringspakken {output}: {count} seksjoner fra «{round_name}» (pakke {bundle_id}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="141"/>
        <source>Wrote the approved bundle {output}: 1 approved section of «{round_name}» (bundle {bundle_id}).</source>
        <translation>Skrev den godkjente pakken {output}: 1 godkjent seksjon fra «{round_name}» (pakke {bundle_id}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="146"/>
        <source>Wrote the approved bundle {output}: {count} approved sections of «{round_name}» (bundle {bundle_id}).</source>
        <translation>Skrev den godkjente pakken {output}: {count} godkjente seksjoner fra «{round_name}» (pakke {bundle_id}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="170"/>
        <source>Wrote the hearing document {output}: 1 section of «{round_name}» (document {document_id}).</source>
        <translation>Skrev høringsdokumentet {output}: 1 seksjon fra «{round_name}» (dokument {document_id}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="175"/>
        <source>Wrote the hearing document {output}: {count} sections of «{round_name}» (document {document_id}).</source>
        <translation>Skrev høringsdokumentet {output}: {count} seksjoner fra «{round_name}» (dokument {document_id}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="238"/>
        <source>{path}: a valid {kind} (1 section).</source>
        <translation>{path}: en gyldig {kind} (1 seksjon).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="239"/>
        <source>{path}: a valid {kind} ({count} sections).</source>
        <translation>{path}: en gyldig {kind} ({count} seksjoner).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="257"/>
        <source>{path}: not imported (cancelled)</source>
        <translation>{path}: ikke importert (avbrutt)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="263"/>
        <source>{path}: refused: {reason}</source>
        <translation>{path}: avvist: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="271"/>
        <source>{path}: {reviewer} on «{round}» (this response was imported before): {new} new, {present} already present, {updated} updated; {moved} re-anchored (moved), {orphaned} orphaned</source>
        <translation>{path}: {reviewer} om «{round}» (dette høringssvaret er importert før): nye: {new}, fantes fra før: {present}, oppdatert: {updated}; forankret på nytt (flyttet): {moved}, foreldreløse: {orphaned}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="278"/>
        <source>{path}: {reviewer} on «{round}»: {new} new, {present} already present, {updated} updated; {moved} re-anchored (moved), {orphaned} orphaned</source>
        <translation>{path}: {reviewer} om «{round}»: nye: {new}, fantes fra før: {present}, oppdatert: {updated}; forankret på nytt (flyttet): {moved}, foreldreløse: {orphaned}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="327"/>
        <source>Imported {imported} of 1 file; {refused} refused.</source>
        <translation>Importerte {imported} av 1 fil; {refused} avvist.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="328"/>
        <source>Imported {imported} of {total} files; {refused} refused.</source>
        <translation>Importerte {imported} av {total} filer; {refused} avvist.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="336"/>
        <source>{refused} of 1 file refused (see above); nothing was imported.</source>
        <translation>{refused} av 1 fil ble avvist (se over); ingenting ble importert.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="340"/>
        <source>{refused} of {total} files refused (see above); nothing was imported.</source>
        <translation>{refused} av {total} filer ble avvist (se over); ingenting ble importert.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="344"/>
        <source>{refused} of {total} files refused (see above); the others were imported.</source>
        <translation>{refused} av {total} filer ble avvist (se over); de andre ble importert.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="370"/>
        <source>Applied the approved bundle of «{round_name}» by {made_by}: {updated} updated, {unchanged} unchanged.</source>
        <translation>Tok i bruk den godkjente pakken fra «{round_name}» laget av {made_by}: oppdatert: {updated}, uendret: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="385"/>
        <source>«{edition}»: 1 local adaptation now stale; re-base with «kartedit rebase {db} --edition {edition}».</source>
        <translation>«{edition}»: 1 lokal tilpasning er nå utdatert; overfør den med «kartedit rebase {db} --edition {edition}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="390"/>
        <source>«{edition}»: {count} local adaptations now stale; re-base with «kartedit rebase {db} --edition {edition}».</source>
        <translation>«{edition}»: {count} lokale tilpasninger er nå utdatert; overfør dem med «kartedit rebase {db} --edition {edition}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/main.py" line="45"/>
        <source>Offline editor for samhandlingsforløp. Without a command, the window opens (see «kartedit gui --help»).</source>
        <translation>Redigeringsverktøy for samhandlingsforløp, uten nett. Uten kommando åpnes vinduet (se «kartedit gui --help»).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/main.py" line="56"/>
        <source>language of messages (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)</source>
        <translation>språket i meldingene (standard: fra LANGUAGE, LC_ALL, LC_MESSAGES eller LANG)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/main.py" line="77"/>
        <source>open the window (the default without a command)</source>
        <translation>åpne vinduet (det som skjer uten kommando)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/main.py" line="106"/>
        <source>name a command; without one, run «kartedit» to open the window</source>
        <translation>oppgi en kommando; uten kommando åpner «kartedit» vinduet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/main.py" line="117"/>
        <source>interrupted; nothing more was written.</source>
        <translation>avbrutt; ingenting mer ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="23"/>
        <source>comment on a review bundle and export a response</source>
        <translation>kommenter en høringspakke og eksporter et høringssvar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="28"/>
        <source>comment on a passage (or suggest new wording)</source>
        <translation>kommenter et tekstutdrag (eller foreslå ny formulering)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="35"/>
        <source>the passage, exactly as in the text</source>
        <translation>tekstutdraget, nøyaktig som i teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="41"/>
        <source>which one, if it occurs often</source>
        <translation>hvilken forekomst, hvis utdraget står flere steder</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="44"/>
        <source>the comment (for a suggestion: why, optional)</source>
        <translation>merknaden (for et forslag: hvorfor, valgfritt)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="49"/>
        <source>make it a suggestion: new wording</source>
        <translation>gjør det til et forslag: ny formulering</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="54"/>
        <source>answer a comment in its thread</source>
        <translation>svar på en merknad i tråden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="62"/>
        <source>change one of your comments or suggestions</source>
        <translation>endre en av merknadene eller forslagene dine</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="71"/>
        <source>delete one of your comments and its replies</source>
        <translation>slett en av merknadene dine og svarene på den</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="78"/>
        <source>one line per comment, in the order of the texts</source>
        <translation>én linje per merknad, i tekstenes rekkefølge</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="84"/>
        <source>write the response bundle</source>
        <translation>skriv svarpakken</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="97"/>
        <source>e.g. «brukarrepresentant»</source>
        <translation>f.eks. «brukerrepresentant»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="106"/>
        <source>note: {notice}</source>
        <translation>merk: {notice}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="227"/>
        <source>No comments yet.</source>
        <translation>Ingen merknader ennå.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="241"/>
        <source>Wrote the response bundle {output}: {comments}, {suggestions}, {replies} (bundle {bundle_id}).</source>
        <translation>Skrev svarpakken {output}: {comments}, {suggestions}, {replies} (pakke {bundle_id}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="250"/>
        <source>1 comment</source>
        <translation>1 merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="251"/>
        <source>{count} comments</source>
        <translation>{count} merknader</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="255"/>
        <source>1 suggestion</source>
        <translation>1 forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="256"/>
        <source>{count} suggestions</source>
        <translation>{count} forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="260"/>
        <source>1 reply</source>
        <translation>1 svar i tråd</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="261"/>
        <source>{count} replies</source>
        <translation>{count} svar i tråder</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/adaptations.py" line="32"/>
        <source>start a local adaptation of a section</source>
        <translation>start en lokal tilpasning av en seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/adaptations.py" line="36"/>
        <location filename="../../src/kartedit/cli/adaptations.py" line="72"/>
        <location filename="../../src/kartedit/cli/common.py" line="20"/>
        <location filename="../../src/kartedit/cli/review.py" line="94"/>
        <location filename="../../src/kartedit/cli/round.py" line="70"/>
        <location filename="../../src/kartedit/cli/round.py" line="110"/>
        <location filename="../../src/kartedit/cli/writer.py" line="69"/>
        <source>&quot;Name (Organisation)&quot; (default: from settings)</source>
        <translation>&quot;Navn (Organisasjon)&quot; (standard: fra innstillingene)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/adaptations.py" line="41"/>
        <source>return a section to the regional text</source>
        <translation>gå tilbake til den regionale teksten for en seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/adaptations.py" line="47"/>
        <source>regional vs local text of every adaptation</source>
        <translation>regional mot lokal tekst for hver tilpasning</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/adaptations.py" line="56"/>
        <source>adaptations whose regional text has changed</source>
        <translation>tilpasninger der den regionale teksten er endret</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/adaptations.py" line="64"/>
        <source>carry stale adaptations over to the new regional text</source>
        <translation>overfør utdaterte tilpasninger til den nye regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/adaptations.py" line="69"/>
        <source>save the clean ones</source>
        <translation>lagre de som går rent inn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/adaptations.py" line="78"/>
        <source>how far each edition strays from the regional text</source>
        <translation>hvor mye hver utgave avviker fra den regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/adaptations.py" line="92"/>
        <source>{ref}: adapted locally in «{edition}» (revision {revision_id}).</source>
        <translation>{ref}: tilpasset lokalt i «{edition}» (versjon {revision_id}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/adaptations.py" line="110"/>
        <source>{ref}: «{edition}» shows the regional text again; the local history is kept.</source>
        <translation>{ref}: «{edition}» viser den regionale teksten igjen; den lokale historikken er tatt vare på.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/adaptations.py" line="136"/>
        <source>«{edition}» has no local adaptations in scope.</source>
        <translation>«{edition}» har ingen lokale tilpasninger i utvalget.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/adaptations.py" line="155"/>
        <source>Nothing in «{edition}» is stale.</source>
        <translation>Ingenting i «{edition}» er utdatert.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/adaptations.py" line="193"/>
        <source>Deviation from the regional text, {time}</source>
        <translation>Avvik fra den regionale teksten, {time}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/decisions.py" line="40"/>
        <source>list the comments and suggestions of hearing rounds</source>
        <translation>list opp merknadene og forslagene i høringsrunder</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/decisions.py" line="46"/>
        <location filename="../../src/kartedit/cli/round.py" line="107"/>
        <source>the round&apos;s id (or its first characters)</source>
        <translation>id-en til runden (eller de første tegnene i den)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/decisions.py" line="51"/>
        <source>part of the reviewer&apos;s name</source>
        <translation>en del av navnet til den som svarte</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/decisions.py" line="56"/>
        <source>part of the organisation&apos;s name</source>
        <translation>en del av navnet til organisasjonen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/decisions.py" line="61"/>
        <source>accept, reject or resolve a comment or suggestion</source>
        <translation>godta, avvis eller merk som løst en merknad eller et forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/decisions.py" line="67"/>
        <source>the id (or its first characters)</source>
        <translation>id-en (eller de første tegnene i den)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/decisions.py" line="73"/>
        <source>put a suggestion into the text</source>
        <translation>sett forslaget inn i teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/decisions.py" line="76"/>
        <source>do not follow it, saying why</source>
        <translation>ikke ta det til følge, og si hvorfor</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/decisions.py" line="79"/>
        <source>mark it as dealt with</source>
        <translation>merk som løst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/decisions.py" line="82"/>
        <source>undo a resolve or reject</source>
        <translation>angre at det er merket som løst eller avvist</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/decisions.py" line="85"/>
        <source>answer in the comment&apos;s thread</source>
        <translation>svar i tråden til merknaden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/decisions.py" line="88"/>
        <source>why (with --accept or --resolve)</source>
        <translation>hvorfor (med --accept eller --resolve)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/decisions.py" line="95"/>
        <source>set a section&apos;s status (draft, in_hearing, approved)</source>
        <translation>sett status for en seksjon (draft = utkast, in_hearing = til høring, approved = godkjent)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/decisions.py" line="142"/>
        <source>No comments match.</source>
        <translation>Ingen merknader passer.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/decisions.py" line="167"/>
        <source>kartedit: {item_id}: {reason} ({reviewer_name}&apos;s suggestion on {section}); nothing was changed. Resolve it in the three-way view of the coordinator&apos;s review window.</source>
        <translation>kartedit: {item_id}: {reason} (forslag fra {reviewer_name} på {section}); ingenting ble endret. Avgjør det i trevegsvisningen i koordinatorens høringsvindu.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="23"/>
        <source>create, rename, delete or list local editions</source>
        <translation>opprett, gi nytt navn til, slett eller list opp lokale utgaver</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="27"/>
        <source>create a local edition</source>
        <translation>opprett en lokal utgave</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="29"/>
        <source>e.g. voss</source>
        <translation>f.eks. voss</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="30"/>
        <source>e.g. «Voss herad»</source>
        <translation>f.eks. «Voss herad»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="34"/>
        <source>the municipality or health community</source>
        <translation>kommunen eller helsefellesskapet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="39"/>
        <source>change an edition&apos;s name, slug or organisation</source>
        <translation>endre navn, kortnavn eller organisasjon for en utgave</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="49"/>
        <source>delete a local edition and its adaptations</source>
        <translation>slett en lokal utgave og tilpasningene i den</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="56"/>
        <source>confirm deleting its adaptations</source>
        <translation>bekreft at tilpasningene i den slettes</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="62"/>
        <source>export the map as a folder first</source>
        <translation>eksporter kartet som en mappe først</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="67"/>
        <source>one line per edition with its counts</source>
        <translation>én linje per utgave med antall</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="78"/>
        <source>Created the local edition «{name}» ({slug}).</source>
        <translation>Opprettet den lokale utgaven «{name}» ({slug}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="100"/>
        <source>The edition is now «{name}» ({slug}).</source>
        <translation>Utgaven heter nå «{name}» ({slug}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="112"/>
        <source>Deleted the edition «{slug}» and {adaptations}. The map was exported to {folder} first.</source>
        <translation>Slettet utgaven «{slug}» og {adaptations}. Kartet ble først eksportert til {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="118"/>
        <source>Deleted the edition «{slug}» and {adaptations}.</source>
        <translation>Slettet utgaven «{slug}» og {adaptations}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="121"/>
        <source>its one local adaptation</source>
        <translation>den ene lokale tilpasningen i den</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="122"/>
        <source>its {count} local adaptations</source>
        <translation>de {count} lokale tilpasningene i den</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="31"/>
        <source>start, list, close, approve and summarise hearing rounds</source>
        <translation>start, list opp, lukk, godkjenn og oppsummer høringsrunder</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="36"/>
        <source>start a hearing round on a scope of sections</source>
        <translation>start en høringsrunde på et utvalg seksjoner</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="40"/>
        <source>e.g. «Høring angst 2027»</source>
        <translation>f.eks. «Høring angst 2027»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="52"/>
        <location filename="../../src/kartedit/cli/round.py" line="59"/>
        <location filename="../../src/kartedit/cli/round.py" line="66"/>
        <source>repeatable</source>
        <translation>kan gjentas</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="76"/>
        <source>questions for the hearing letter</source>
        <translation>spørsmål til høringsbrevet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="81"/>
        <source>written standard of the round&apos;s documents (default: the edition&apos;s)</source>
        <translation>skriftnormen i dokumentene til runden (standard: utgavens)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="88"/>
        <source>private persons who answer agreed to be named in the hearing summary (without it they show as «privatperson»)</source>
        <translation>privatpersoner som svarer, samtykker i å bli navngitt i høringsoppsummeringen (uten dette vises de som «privatperson»)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="97"/>
        <source>one line per round, newest first</source>
        <translation>én linje per runde, nyeste først</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="102"/>
        <source>close a round</source>
        <translation>lukk en runde</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="115"/>
        <source>approve every section whose comments are decided</source>
        <translation>godkjenn alle seksjoner der merknadene er avgjort</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="122"/>
        <source>close the round if all got approved</source>
        <translation>lukk runden hvis alt ble godkjent</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="128"/>
        <source>the round&apos;s sections: status, comments, changes</source>
        <translation>seksjonene i runden: status, merknader, endringer</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="135"/>
        <source>write the hearing summary (høringsoppsummering)</source>
        <translation>skriv høringsoppsummeringen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="175"/>
        <source>The round&apos;s documents are in {language}; private persons are named in the summary.</source>
        <translation>Dokumentene i runden er på {language}; privatpersoner blir navngitt i høringsoppsummeringen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="178"/>
        <source>The round&apos;s documents are in {language}; private persons are not named in the summary.</source>
        <translation>Dokumentene i runden er på {language}; privatpersoner blir ikke navngitt i høringsoppsummeringen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="210"/>
        <source>No hearing rounds yet.</source>
        <translation>Ingen høringsrunder ennå.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="278"/>
        <source>Wrote the hearing summary {output}: {threads} on {sections} of «{round_name}».</source>
        <translation>Skrev høringsoppsummeringen {output}: {threads} på {sections} i «{round_name}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="286"/>
        <source>1 comment or suggestion</source>
        <translation>1 merknad eller forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="287"/>
        <source>{count} comments and suggestions</source>
        <translation>{count} merknader og forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="291"/>
        <source>1 section</source>
        <translation>1 seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/round.py" line="292"/>
        <source>{count} sections</source>
        <translation>{count} seksjoner</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="26"/>
        <source>create a new map database</source>
        <translation>opprett en ny kartdatabase</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="29"/>
        <source>fill it with the demo map</source>
        <translation>fyll den med demokartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="35"/>
        <source>import a map from its plain-text folder form</source>
        <translation>importer et kart fra mappeformen med rene tekstfiler</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="42"/>
        <source>export the map as a plain-text folder</source>
        <translation>eksporter kartet som en mappe med rene tekstfiler</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="49"/>
        <source>print the text a section has in an edition</source>
        <translation>vis teksten en seksjon har i en utgave</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="55"/>
        <source>keep {{lokal:…}} placeholders instead of the values</source>
        <translation>behold {{lokal:…}}-plassholderne i stedet for verdiene</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="59"/>
        <source>save a new revision of a section</source>
        <translation>lagre en ny versjon av en seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="61"/>
        <source>what changed and why</source>
        <translation>hva som er endret, og hvorfor</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="66"/>
        <source>read the text from FILE (default: stdin)</source>
        <translation>les teksten fra FILE (standard: standard inn)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="74"/>
        <source>list a section&apos;s revisions, newest first</source>
        <translation>list opp versjonene av en seksjon, nyeste først</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="80"/>
        <source>full-text search over the texts of an edition</source>
        <translation>fritekstsøk i tekstene i en utgave</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="106"/>
        <source>Created {db} with the demo map ({revisions} revisions).</source>
        <translation>Opprettet {db} med demokartet ({revisions} versjoner).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="112"/>
        <source>Created an empty map database at {db}.</source>
        <translation>Opprettet en tom kartdatabase i {db}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="123"/>
        <source>Imported {revisions} revisions ({sections} new sections); {skipped_revisions} were already there.</source>
        <translation>Importerte {revisions} versjoner ({sections} nye seksjoner); {skipped_revisions} fantes fra før.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="136"/>
        <source>Ignored {name}: not listed in the folder&apos;s manifest.</source>
        <translation>Hoppet over {name}: står ikke i manifestet til mappen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="148"/>
        <source>Exported the map to {folder}.</source>
        <translation>Eksporterte kartet til {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="176"/>
        <source>{ref}: unchanged; no new revision.</source>
        <translation>{ref}: uendret; ingen ny versjon.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="180"/>
        <source>{ref}: saved revision {seq} ({revision_id}).</source>
        <translation>{ref}: lagret versjon {seq} ({revision_id}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/writer.py" line="205"/>
        <source>No hits for «{query}».</source>
        <translation>Ingen treff for «{query}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/desktop.py" line="17"/>
        <source>register kartedit with the desktop for this user (menu entry, .kartbundle files)</source>
        <translation>registrer kartedit på skrivebordet for denne brukeren (menyoppføring, .kartbundle-filer)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/desktop.py" line="21"/>
        <source>Write kartedit&apos;s menu entry, icons, AppStream metainfo and the .kartbundle file type under the XDG data folder of this user (no administrator rights needed), and make kartedit open .kartbundle files on a double-click.</source>
        <translation>Skriver menyoppføringen, ikonene, AppStream-metadataene og filtypen .kartbundle for kartedit i XDG-datamappen til denne brukeren (krever ikke administratorrettigheter), og lar kartedit åpne .kartbundle-filer ved dobbeltklikk.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/desktop.py" line="32"/>
        <source>the folder to write into (default: $XDG_DATA_HOME or ~/.local/share)</source>
        <translation>mappen det skal skrives til (standard: $XDG_DATA_HOME eller ~/.local/share)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/desktop.py" line="39"/>
        <source>do not make kartedit the program that opens .kartbundle files</source>
        <translation>ikke gjør kartedit til programmet som åpner .kartbundle-filer</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/desktop.py" line="52"/>
        <source>Registered kartedit with the desktop in {folder}:</source>
        <translation>kartedit er registrert på skrivebordet i {folder}:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/desktop.py" line="59"/>
        <source>Updated with: {tools}.</source>
        <translation>Oppdatert med: {tools}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/desktop.py" line="63"/>
        <source>Not installed here, skipped: {tools}.</source>
        <translation>Ikke installert her, hoppet over: {tools}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="23"/>
        <source>publish an edition as a website, PDF or Word document (or --check it first)</source>
        <translation>publiser en utgave som nettsted, PDF eller Word-dokument (eller sjekk den først med --check)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="26"/>
        <source>Publishes the approved texts (the last approved revision of each section) and records the publication with its version, so a later one can list what changed. --include-drafts makes a clearly marked draft edition.</source>
        <translation>Publiserer de godkjente tekstene (den siste godkjente versjonen av hver seksjon) og registrerer publiseringen med versjonsnummer, så en senere publisering kan vise hva som er endret. --include-drafts lager en tydelig merket utkastutgave.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="44"/>
        <source>(html)</source>
        <translation>(standard: html)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="51"/>
        <source>folder (html) or file</source>
        <translation>mappe (html) eller fil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="57"/>
        <source>default: next minor</source>
        <translation>standard: neste mindre versjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="62"/>
        <source>the change note shown with the version</source>
        <translation>endringsnotatet som vises med versjonen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="65"/>
        <source>«what changed» since this version</source>
        <translation>«hva er endret» siden denne versjonen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="70"/>
        <source>publish a marked draft</source>
        <translation>publiser et merket utkast</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="75"/>
        <source>pdf or docx of one pathway only</source>
        <translation>pdf eller docx av bare ett forløp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="80"/>
        <source>only list what would embarrass; exit 1 if any</source>
        <translation>bare list opp det som ikke bør publiseres; avslutt med 1 hvis noe finnes</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="87"/>
        <source>set the written standard (nb or nn) an edition is published in</source>
        <translation>velg skriftnormen (nb eller nn) en utgave publiseres på</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="93"/>
        <source>edition slug, e.g. voss</source>
        <translation>kortnavnet til utgaven, f.eks. voss</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="105"/>
        <source>«{edition}» is published in bokmål.</source>
        <translation>«{edition}» publiseres på bokmål.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="106"/>
        <source>«{edition}» is published in nynorsk.</source>
        <translation>«{edition}» publiseres på nynorsk.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="107"/>
        <source>«{edition}» is published in bokmål (it already was).</source>
        <translation>«{edition}» publiseres på bokmål (det gjorde den allerede).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="110"/>
        <source>«{edition}» is published in nynorsk (it already was).</source>
        <translation>«{edition}» publiseres på nynorsk (det gjorde den allerede).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="150"/>
        <source>Published version {version} of «{edition}»: {sections} sections, {changed} changed, to {path}.</source>
        <translation>Publiserte versjon {version} av «{edition}»: {sections} seksjoner, {changed} endret, til {path}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="155"/>
        <source>Published draft version {version} of «{edition}»: {sections} sections, {changed} changed, to {path}.</source>
        <translation>Publiserte utkastversjon {version} av «{edition}»: {sections} seksjoner, {changed} endret, til {path}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="160"/>
        <source>Published version {version} of «{edition}» (the same texts as recorded before): {sections} sections, {changed} changed, to {path}.</source>
        <translation>Publiserte versjon {version} av «{edition}» (de samme tekstene som er registrert fra før): {sections} seksjoner, {changed} endret, til {path}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="165"/>
        <source>Published draft version {version} of «{edition}» (the same texts as recorded before): {sections} sections, {changed} changed, to {path}.</source>
        <translation>Publiserte utkastversjon {version} av «{edition}» (de samme tekstene som er registrert fra før): {sections} seksjoner, {changed} endret, til {path}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="196"/>
        <source>note: {section}: the link «{target}» does not work; see «publish --check».</source>
        <translation>merk: {section}: lenken «{target}» virker ikke; se «publish --check».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="224"/>
        <source>1 finding in «{edition}».</source>
        <translation>1 ting å rette i «{edition}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="225"/>
        <source>{count} findings in «{edition}».</source>
        <translation>{count} ting å rette i «{edition}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="231"/>
        <source>Nothing to fix in «{edition}».</source>
        <translation>Ingenting å rette i «{edition}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="20"/>
        <source>list, check and set an edition&apos;s local facts (phone hours, forms …)</source>
        <translation>list opp, sjekk og fyll inn lokale opplysninger for en utgave (telefontider, skjemaer …)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="33"/>
        <source>only facts the texts refer to with no value</source>
        <translation>bare opplysninger tekstene viser til, men som mangler verdi</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="39"/>
        <source>fill in (or, with an empty VALUE, clear) one fact of the edition</source>
        <translation>fyll inn (eller, med tom VALUE, tøm) én opplysning i utgaven</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="47"/>
        <source>every value one fact has had in the edition: who, when and why</source>
        <translation>alle verdiene en opplysning har hatt i utgaven: hvem, når og hvorfor</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="53"/>
        <source>the pathway, for kinds with a value per pathway</source>
        <translation>forløpet, for typer med en verdi per forløp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="55"/>
        <source>why the value changed</source>
        <translation>hvorfor verdien ble endret</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="60"/>
        <source>list the map&apos;s fact kinds and how to refer to them</source>
        <translation>list opp typene lokale opplysninger i kartet og hvordan en viser til dem</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="66"/>
        <source>define a fact kind (TYPE: text, phone, email, url or hours)</source>
        <translation>definer en type lokal opplysning (TYPE: text, phone, email, url eller hours)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="74"/>
        <source>for --add-kind</source>
        <translation>til --add-kind</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="79"/>
        <source>adaptations that only add contact details: propose turning them into facts</source>
        <translation>tilpasninger som bare legger til kontaktopplysninger: foreslå å gjøre dem om til lokale opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="86"/>
        <source>accept the proposal for this adaptation: the value becomes a fact of the edition, the regional text refers to it, the section returns to the regional text</source>
        <translation>godta forslaget for denne tilpasningen: verdien blir en lokal opplysning i utgaven, den regionale teksten viser til den, og seksjonen går tilbake til den regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="94"/>
        <source>with --accept: the value to keep instead of the one found</source>
        <translation>med --accept: verdien som skal brukes i stedet for den som ble funnet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="112"/>
        <source>Added the fact kind «{name}»; refer to it as {placeholder}.</source>
        <translation>La til opplysningstypen «{name}»; vis til den som {placeholder}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="122"/>
        <source>The fact kind «{slug}» is already defined; nothing changed.</source>
        <translation>Opplysningstypen «{slug}» finnes allerede; ingenting er endret.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="168"/>
        <source>{service} {kind}: unchanged in «{edition}».</source>
        <translation>{service} {kind}: uendret i «{edition}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="175"/>
        <source>{service} {kind}: set to «{value}» in «{edition}».</source>
        <translation>{service} {kind}: satt til «{value}» i «{edition}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="185"/>
        <source>{service} {kind}: cleared in «{edition}».</source>
        <translation>{service} {kind}: tømt i «{edition}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="194"/>
        <source>No local facts missing in «{edition}».</source>
        <translation>Ingen lokale opplysninger mangler i «{edition}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="196"/>
        <source>No local facts referred to in «{edition}».</source>
        <translation>Tekstene i «{edition}» viser ikke til noen lokale opplysninger.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="228"/>
        <source>{section}: «{edition}» now shows the regional text; «{name}» is a local fact of the edition.</source>
        <translation>{section}: «{edition}» viser nå den regionale teksten; «{name}» er en lokal opplysning i utgaven.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="241"/>
        <source>new fact kind «{name}» ({slug})</source>
        <translation>ny opplysningstype «{name}» ({slug})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="243"/>
        <source>fact «{name}» ({slug})</source>
        <translation>opplysning «{name}» ({slug})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="246"/>
        <source>adds a placeholder to the regional text</source>
        <translation>legger til en plassholder i den regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="248"/>
        <source>keeps the regional text</source>
        <translation>beholder den regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="253"/>
        <source>value «{value}»</source>
        <translation>verdi «{value}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="255"/>
        <source>from: {passage}</source>
        <translation>fra: {passage}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="261"/>
        <source>No adaptation in «{edition}» only adds contact details.</source>
        <translation>Ingen tilpasning i «{edition}» legger bare til kontaktopplysninger.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="27"/>
        <source>spelling</source>
        <translation>stavemåte</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="28"/>
        <source>written standard</source>
        <translation>målform</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="29"/>
        <source>discouraged term</source>
        <translation>frarådet term</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="30"/>
        <source>hand-off to a service not in the pathway</source>
        <translation>henvisning til en tjeneste som ikke er i forløpet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="31"/>
        <source>one-sided hand-off</source>
        <translation>ensidig henvisning</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="32"/>
        <source>long sentence</source>
        <translation>lang setning</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="35"/>
        <source>error</source>
        <translation>feil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="36"/>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="39"/>
        <source>nynorsk form in a bokmål text</source>
        <translation>nynorskform i en bokmålstekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="40"/>
        <source>bokmål form in a nynorsk text</source>
        <translation>bokmålsform i en nynorsktekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="43"/>
        <source>very easy</source>
        <translation>svært lett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="44"/>
        <source>easy</source>
        <translation>lett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="45"/>
        <source>medium</source>
        <translation>middels</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="46"/>
        <source>difficult</source>
        <translation>vanskelig</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="47"/>
        <source>very difficult</source>
        <translation>svært vanskelig</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="60"/>
        <source>check the texts: spelling, written standard, terms, long sentences, hand-offs</source>
        <translation>sjekk tekstene: rettskriving, skriftnorm, termer, lange setninger, henvisninger mellom tjenester</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="63"/>
        <source>Lists every finding: section, kind, passage and suggestion. Exit 1 when there are errors (discouraged terms, hand-offs to services not in the pathway), 0 with warnings only.</source>
        <translation>Lister opp alle funn: seksjon, type, tekstutdrag og forslag. Avslutter med 1 når det finnes feil (frarådde termer, henvisninger til tjenester som ikke er i forløpet), og 0 med bare advarsler.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="72"/>
        <source>only this edition (default: every edition)</source>
        <translation>bare denne utgaven (standard: alle utgaver)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="102"/>
        <source>Spelling is unavailable: {problem}.</source>
        <translation>Stavekontroll er ikke tilgjengelig: {problem}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="117"/>
        <source>({count} word)</source>
        <translation>({count} ord)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="118"/>
        <source>({count} words)</source>
        <translation>({count} ord)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="126"/>
        <source>; that service&apos;s texts in this pathway never name this one</source>
        <translation>; den tjenestens tekster i dette forløpet nevner aldri denne</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="143"/>
        <source>LIX of pathway {pathway} (1 section): {spread}.</source>
        <translation>LIX for forløpet {pathway} (1 seksjon): {spread}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="144"/>
        <source>LIX of pathway {pathway} ({count} sections): {spread}.</source>
        <translation>LIX for forløpet {pathway} ({count} seksjoner): {spread}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="155"/>
        <source>LIX of the map (1 section): {spread}.</source>
        <translation>LIX for kartet (1 seksjon): {spread}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="156"/>
        <source>LIX of the map ({count} sections): {spread}.</source>
        <translation>LIX for kartet ({count} seksjoner): {spread}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="162"/>
        <source>{errors}, {warnings}.</source>
        <translation>{errors}, {warnings}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="165"/>
        <source>1 error</source>
        <translation>1 feil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="166"/>
        <source>{count} errors</source>
        <translation>{count} feil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="170"/>
        <source>1 warning</source>
        <translation>1 advarsel</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/check.py" line="171"/>
        <source>{count} warnings</source>
        <translation>{count} advarsler</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/text/spelling.py" line="161"/>
        <source>switched off (KARTEDIT_NO_SPELLING)</source>
        <translation>slått av (KARTEDIT_NO_SPELLING)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/text/spelling.py" line="170"/>
        <source>the spelling library is missing ({detail})</source>
        <translation>stavekontrollbiblioteket mangler ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/text/spelling.py" line="188"/>
        <source>the Norwegian dictionaries are missing ({detail})</source>
        <translation>de norske ordbøkene mangler ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/text/spelling.py" line="180"/>
        <source>the spelling library could not start ({detail})</source>
        <translation>stavekontrollbiblioteket kunne ikke starte ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="33"/>
        <source>usage: </source>
        <translation>bruk: </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="34"/>
        <source>positional arguments</source>
        <translation>argumenter</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="35"/>
        <source>options</source>
        <translation>valg</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="36"/>
        <source>show this help message and exit</source>
        <translation>vis denne hjelpen og avslutt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="37"/>
        <source>show program&apos;s version number and exit</source>
        <translation>vis versjonsnummeret og avslutt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="38"/>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: feil: %(message)s</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="39"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="40"/>
        <source>unrecognized arguments: %s</source>
        <translation>ukjente argumenter: %s</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="41"/>
        <source>the following arguments are required: %s</source>
        <translation>disse argumentene mangler: %s</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="42"/>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumentene %s må oppgis</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="43"/>
        <source>not allowed with argument %s</source>
        <translation>kan ikke brukes sammen med %s</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="44"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldig valg: %(value)r (velg blant %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="45"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig verdi for %(type)s: %(value)r</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="46"/>
        <source>expected one argument</source>
        <translation>venter én verdi</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="47"/>
        <source>expected at most one argument</source>
        <translation>venter høyst én verdi</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="48"/>
        <source>expected at least one argument</source>
        <translation>venter minst én verdi</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="49"/>
        <source>expected %s argument</source>
        <translation>venter %s verdi</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="50"/>
        <source>expected %s arguments</source>
        <translation>venter %s verdier</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="51"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig valg: %(option)s kan være %(matches)s</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/command_words.py" line="52"/>
        <source>ignored explicit argument %r</source>
        <translation>ignorerte argumentet %r</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/app.py" line="47"/>
        <source>«{text}» is not a size like 1366x768</source>
        <translation>«{text}» er ikke en størrelse som 1366x768</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/app.py" line="56"/>
        <source>Open the kartedit window on a map database, or a review bundle to comment on it (no database needed).</source>
        <translation>Åpne kartedit-vinduet på en kartdatabase, eller på en høringspakke for å kommentere den (ingen database trengs).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/app.py" line="67"/>
        <source>the map database (default: your own, made from the demo map on first start), or a FILE.kartbundle to review</source>
        <translation>kartdatabasen (standard: din egen, laget fra demokartet ved første oppstart), eller en FILE.kartbundle å gi høringssvar på</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/app.py" line="77"/>
        <source>open this review bundle in the reviewer window</source>
        <translation>åpne denne høringspakken i høringsvinduet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/app.py" line="83"/>
        <source>render the window at 1280×800 (or --size) into FILE.png and exit</source>
        <translation>tegn vinduet i 1280×800 (eller --size) til FILE.png og avslutt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/app.py" line="92"/>
        <source>with --screenshot: the window size, e.g. 1366x768 (default: 1280x800)</source>
        <translation>med --screenshot: vindusstørrelsen, f.eks. 1366x768 (standard: 1280x800)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/app.py" line="99"/>
        <source>open this section, e.g. angst/bup/role</source>
        <translation>åpne denne seksjonen, f.eks. angst/bup/role</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/app.py" line="104"/>
        <source>open this edition (default: the last)</source>
        <translation>åpne denne utgaven (standard: den sist brukte)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/app.py" line="109"/>
        <source>compare the --select section of a local --edition with the regional text, side by side (with --screenshot: render that comparison)</source>
        <translation>sammenlign --select-seksjonen i en lokal --edition med den regionale teksten, side ved side (med --screenshot: tegn den sammenligningen)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/app.py" line="118"/>
        <source>open the hearing view on this round (its id or first characters); with --screenshot: render the coordinator&apos;s review view, --select choosing the section</source>
        <translation>åpne høringsvisningen på denne runden (id-en eller de første tegnene i den); med --screenshot: tegn koordinatorens visning, med seksjonen valgt med --select</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/app.py" line="127"/>
        <source>use a dark palette (for checking the theme; with --screenshot: render it dark)</source>
        <translation>bruk mørke farger (for å sjekke temaet; med --screenshot: tegn det mørkt)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/app.py" line="134"/>
        <source>interface language (default: from the settings)</source>
        <translation>språket i vinduet (standard: fra innstillingene)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/app.py" line="140"/>
        <source>with --screenshot of the main window: also write the texts it shows (menus, actions, docks, labels) to FILE.json, to check its language</source>
        <translation>med --screenshot av hovedvinduet: skriv også tekstene det viser (menyer, handlinger, paneler, etiketter) til FILE.json, for å sjekke språket</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/app.py" line="149"/>
        <source>report errors on stderr instead of in dialogs (for headless runs)</source>
        <translation>vis feil på stderr i stedet for i dialogvinduer (for kjøring uten skjerm)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/common.py" line="29"/>
        <source>the map database</source>
        <translation>kartdatabasen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/common.py" line="32"/>
        <source>pathway slug, e.g. angst</source>
        <translation>kortnavnet til forløpet, f.eks. angst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/common.py" line="37"/>
        <source>service slug, e.g. fastlege; or introduction / families for the pathway&apos;s own text</source>
        <translation>kortnavnet til tjenesten, f.eks. fastlege; eller introduction / families for forløpets egen tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/common.py" line="46"/>
        <source>role, assessment, intervention, evaluation, collaboration or referral</source>
        <translation>role (rolle), assessment (kartlegging), intervention (tiltak), evaluation (evaluering av tiltak), collaboration (samarbeid) eller referral (videre henvisning)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/common.py" line="52"/>
        <source>local edition slug</source>
        <translation>kortnavnet til den lokale utgaven</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/common.py" line="58"/>
        <location filename="../../src/kartedit/cli/facts.py" line="28"/>
        <location filename="../../src/kartedit/cli/publish.py" line="37"/>
        <location filename="../../src/kartedit/cli/round.py" line="45"/>
        <location filename="../../src/kartedit/cli/writer.py" line="87"/>
        <source>edition slug (default: regional)</source>
        <translation>kortnavnet til utgaven (standard: regional)</translation>
    </message>
</context>
<context>
    <name>CleanRebaseDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="60"/>
        <source>Carry over «{section}»</source>
        <translation>Overfør «{section}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="63"/>
        <source>The regional text of «{section}» has changed since «{edition}» adapted it, but the change does not alter the local text. Saving keeps the local text and records the new regional text as its base.</source>
        <translation>Den regionale teksten i «{section}» er endret etter at «{edition}» tilpasset den, men endringen påvirker ikke den lokale teksten. Når du lagrer, beholdes den lokale teksten, og den nye regionale teksten blir registrert som grunnlaget for den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="69"/>
        <source>The regional text of «{section}» has changed since «{edition}» adapted it. The local change can be carried over without conflicts. Check the result: it is compared with the local text as it is now.</source>
        <translation>Den regionale teksten i «{section}» er endret etter at «{edition}» tilpasset den. Den lokale endringen kan overføres uten konflikter. Sjekk resultatet: det blir sammenlignet med den lokale teksten slik den er nå.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="77"/>
        <source>Local text now</source>
        <translation>Lokal tekst nå</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="79"/>
        <source>Carried over to the new regional text</source>
        <translation>Overført til den nye regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="83"/>
        <source>Show the &amp;regional change…</source>
        <translation>Vis den &amp;regionale endringen…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="86"/>
        <source>Show what changed in the regional text since the adaptation was written</source>
        <translation>Vis hva som er endret i den regionale teksten siden tilpasningen ble skrevet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="89"/>
        <source>Save the carried-over text</source>
        <translation>Lagre den overførte teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="91"/>
        <source>Cancel: keep the local text as it is</source>
        <translation>Avbryt: behold den lokale teksten slik den er</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="139"/>
        <source>Comment on a passage</source>
        <translation>Kommenter et tekstutdrag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="140"/>
        <source>Suggest wording</source>
        <translation>Foreslå formulering</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="141"/>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="148"/>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="142"/>
        <source>Edit comment</source>
        <translation>Rediger merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="143"/>
        <source>Edit suggestion</source>
        <translation>Rediger forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="146"/>
        <source>Add comment</source>
        <translation>Legg til merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="147"/>
        <source>Add suggestion</source>
        <translation>Legg til forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="149"/>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="150"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="155"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="157"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="158"/>
        <source>The passage:</source>
        <translation>Tekstutdraget:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="159"/>
        <source>The passage you selected</source>
        <translation>Tekstutdraget du merket</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="160"/>
        <source>You are answering:</source>
        <translation>Du svarer på:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="161"/>
        <source>The comment you answer</source>
        <translation>Merknaden du svarer på</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="162"/>
        <source>&amp;Your wording for the passage:</source>
        <translation>&amp;Din formulering av tekstutdraget:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="163"/>
        <source>Suggested wording</source>
        <translation>Foreslått formulering</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="165"/>
        <source>Leave empty to suggest deleting the passage.</source>
        <translation>La feltet stå tomt for å foreslå at tekstutdraget strykes.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="168"/>
        <source>&amp;Why (optional):</source>
        <translation>&amp;Begrunnelse (valgfritt):</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="169"/>
        <source>Why you suggest this wording</source>
        <translation>Hvorfor du foreslår denne formuleringen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="170"/>
        <source>A short reason helps the working group.</source>
        <translation>En kort begrunnelse hjelper arbeidsgruppen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="172"/>
        <source>&amp;Your reply:</source>
        <translation>&amp;Ditt svar:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="173"/>
        <source>Your reply</source>
        <translation>Svaret ditt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="176"/>
        <source>&amp;Your comment:</source>
        <translation>&amp;Din merknad:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="177"/>
        <source>Your comment</source>
        <translation>Merknaden din</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="174"/>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="178"/>
        <source>What should the working group know?</source>
        <translation>Hva bør arbeidsgruppen vite?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="179"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="192"/>
        <source>Change the wording, or write a comment instead.</source>
        <translation>Endre formuleringen, eller skriv en merknad i stedet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="195"/>
        <source>Write what you want to say.</source>
        <translation>Skriv det du vil si.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="245"/>
        <source>&amp;All sections</source>
        <translation>&amp;Alle seksjoner</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="246"/>
        <source>Show the comments of all sections</source>
        <translation>Vis merknadene i alle seksjoner</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="247"/>
        <source>Comments</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="249"/>
        <source>Choose a comment to see its passage; Delete deletes your own comment.</source>
        <translation>Velg en merknad for å se tekstutdraget den gjelder; Delete sletter din egen merknad.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="251"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Svar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="252"/>
        <source>Reply to the chosen comment</source>
        <translation>Svar på den valgte merknaden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="253"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="254"/>
        <source>Edit the chosen comment</source>
        <translation>Rediger den valgte merknaden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="255"/>
        <source>&amp;Delete…</source>
        <translation>S&amp;lett…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="256"/>
        <source>Delete the chosen comment</source>
        <translation>Slett den valgte merknaden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="257"/>
        <source>No comments</source>
        <translation>Ingen merknader</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="291"/>
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n tråd</numerusform>
            <numerusform>%n tråder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="314"/>
        <source>{created}, edited {edited}</source>
        <translation>{created}, endret {edited}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="324"/>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="324"/>
        <source>Comment</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="338"/>
        <source>Suggested wording:</source>
        <translation>Foreslått formulering:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="356"/>
        <source>Reply from {who}: {text}</source>
        <translation>Svar fra {who}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="359"/>
        <source>Suggestion from {who} for «{quote}»: «{replacement}». {text}</source>
        <translation>Forslag fra {who} til «{quote}»: «{replacement}». {text}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="362"/>
        <source>Comment from {who} on «{quote}»: {text}</source>
        <translation>Merknad fra {who} til «{quote}»: {text}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="373"/>
        <source>No comments here yet.

Select a passage in the text, then choose Comment… (Ctrl+M) or Suggest wording… (Ctrl+Shift+M).</source>
        <translation>Ingen merknader her ennå.

Merk et tekstutdrag i teksten, og velg så Kommenter… (Ctrl+M) eller Foreslå formulering… (Ctrl+Shift+M).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="418"/>
        <source>Only your own comments can be changed.</source>
        <translation>Bare dine egne merknader kan endres.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="443"/>
        <source>Show the passage</source>
        <translation>Vis tekstutdraget</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="99"/>
        <source>The local text of «{edition}» says the same as the regional text.</source>
        <translation>Den lokale teksten i «{edition}» sier det samme som den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="103"/>
        <source>{changes} between the regional text and «{edition}»; the local text keeps {kept}% of the regional wording.</source>
        <translation>{changes} mellom den regionale teksten og «{edition}»; den lokale teksten beholder {kept} % av den regionale ordlyden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="106"/>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="120"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n endring</numerusform>
            <numerusform>%n endringer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="116"/>
        <source>Revision {new} is the same text as revision {old}.</source>
        <translation>Versjon {new} har samme tekst som versjon {old}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="118"/>
        <source>{changes} from revision {old} to revision {new}.</source>
        <translation>{changes} fra versjon {old} til versjon {new}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="138"/>
        <source>{edition} (unsaved text)</source>
        <translation>{edition} (ulagret tekst)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="140"/>
        <source>{edition} (local text)</source>
        <translation>{edition} (lokal tekst)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="142"/>
        <source>Compare with the regional text</source>
        <translation>Sammenlign med den regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="145"/>
        <source>Regional text</source>
        <translation>Regional tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="158"/>
        <source>Revision {seq} · {when} · {author}</source>
        <translation>Versjon {seq} · {when} · {author}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="163"/>
        <source>(current)</source>
        <translation>(gjeldende)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="180"/>
        <source>Compare revisions {old} and {new}</source>
        <translation>Sammenlign versjon {old} og {new}</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../src/kartedit/gui/common/confirm.py" line="40"/>
        <source>Confirmation</source>
        <translation>Bekreftelse</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="123"/>
        <source>kartedit – unexpected error</source>
        <translation>kartedit – uventet feil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="131"/>
        <source>kartedit ran into an unexpected error. Your saved texts are safe, and unsaved text is kept for recovery. Please send the details below to the person who supports kartedit for you.</source>
        <translation>kartedit fikk en uventet feil. Tekstene du har lagret, er trygge, og tekst som ikke er lagret, er tatt vare på slik at den kan hentes fram igjen. Send gjerne detaljene nedenfor til den som gir deg brukerstøtte for kartedit.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="138"/>
        <source>Version: {version}
Log file: {path}</source>
        <translation>Versjon: {version}
Loggfil: {path}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="143"/>
        <source>Version and log file</source>
        <translation>Versjon og loggfil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="148"/>
        <source>Error details</source>
        <translation>Detaljer om feilen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="151"/>
        <source>&amp;Copy Details</source>
        <translation>&amp;Kopier detaljer</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="152"/>
        <source>Copy details to the clipboard</source>
        <translation>Kopier detaljene til utklippstavlen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="157"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>CreateEditionDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="180"/>
        <source>New local edition</source>
        <translation>Ny lokal utgave</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="183"/>
        <source>A local edition shows the regional text everywhere until you adapt a section for local practice.</source>
        <translation>En lokal utgave viser den regionale teksten overalt til du tilpasser en seksjon til lokal praksis.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="187"/>
        <source>&amp;Create</source>
        <translation>&amp;Opprett</translation>
    </message>
</context>
<context>
    <name>DeleteEditionDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="259"/>
        <source>Delete «{name}»</source>
        <translation>Slett «{name}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="266"/>
        <source>«{name}» holds %n local adaptation(s). Deleting the edition deletes them and their history.</source>
        <translation>
            <numerusform>«{name}» har %n lokal tilpasning. Sletter du utgaven, slettes den og historikken dens.</numerusform>
            <numerusform>«{name}» har %n lokale tilpasninger. Sletter du utgaven, slettes de og historikken deres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="272"/>
        <source>Export first saves the whole map, with this edition, as a folder you can import again; then the edition is deleted.</source>
        <translation>Eksporter først lagrer hele kartet, med denne utgaven, som en mappe du kan importere igjen; deretter blir utgaven slettet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="277"/>
        <source>«{name}» has no local adaptations: it shows the regional text everywhere. Deleting it removes only the edition.</source>
        <translation>«{name}» har ingen lokale tilpasninger: den viser den regionale teksten overalt. Sletting fjerner bare selve utgaven.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="296"/>
        <source>&amp;Export first, then delete…</source>
        <translation>&amp;Eksporter først, slett deretter…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="299"/>
        <source>Export the map to a folder, then delete the edition</source>
        <translation>Eksporter kartet til en mappe, og slett deretter utgaven</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="303"/>
        <source>&amp;Delete without export</source>
        <translation>&amp;Slett uten eksport</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="303"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="306"/>
        <source>Delete the edition now</source>
        <translation>Slett utgaven nå</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="308"/>
        <source>Cancel: keep the edition</source>
        <translation>Avbryt: behold utgaven</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="337"/>
        <source>Choose where to save the export</source>
        <translation>Velg hvor eksporten skal lagres</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="328"/>
        <source>Deviation from the regional text</source>
        <translation>Avvik fra den regionale teksten</translation>
    </message>
</context>
<context>
    <name>DeviationGridModel</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="232"/>
        <source>{service} has no part in {pathway}.</source>
        <translation>{service} har ingen rolle i {pathway}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="238"/>
        <source>0%</source>
        <translation>0&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="240"/>
        <source>%n adapted</source>
        <translation>
            <numerusform>%n tilpasset</numerusform>
            <numerusform>%n tilpasset</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="254"/>
        <source>{pathway}, {service}</source>
        <translation>{pathway}, {service}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="259"/>
        <source>{where}: no local adaptations; every edition uses the regional text.</source>
        <translation>{where}: ingen lokale tilpasninger; alle utgavene bruker den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="263"/>
        <source>{where}: {adapted} of {sections} sections adapted; they differ by {percent} from the regional text on average.</source>
        <translation>{where}: {adapted} av {sections} seksjoner er tilpasset; de avviker i snitt {percent} fra den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="273"/>
        <source>{edition}: {section} keeps {percent}</source>
        <translation>{edition}: {section} beholder {percent}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="279"/>
        <source>(stale)</source>
        <translation>(utdatert)</translation>
    </message>
</context>
<context>
    <name>DeviationView</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="81"/>
        <source>{number}%</source>
        <translation>{number}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="166"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Utgave:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="167"/>
        <source>Local edition</source>
        <translation>Lokal utgave</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="168"/>
        <source>Adapted sections of the edition</source>
        <translation>Tilpassede seksjoner i utgaven</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="169"/>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="170"/>
        <source>Editions in the heat-map</source>
        <translation>Utgaver i varmekartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="172"/>
        <source>Deviation per pathway and service; each cell says its percentage</source>
        <translation>Avvik per forløp og tjeneste; hver celle viser prosenten sin</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="176"/>
        <source>Each cell: how far the adapted sections of that service in that pathway differ from the regional text on average, and how many sections are adapted. A stronger colour means more local wording. Point at a cell for the details.</source>
        <translation>Hver celle: hvor mye de tilpassede seksjonene for den tjenesten i det forløpet i snitt avviker fra den regionale teksten, og hvor mange seksjoner som er tilpasset. Sterkere farge betyr mer lokal ordlyd. Pek på en celle for å se detaljene.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="181"/>
        <source>By &amp;edition</source>
        <translation>Per &amp;utgave</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="182"/>
        <source>&amp;Pathway × service</source>
        <translation>&amp;Forløp × tjeneste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="183"/>
        <source>Deviation views</source>
        <translation>Avviksvisninger</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="184"/>
        <source>Export &amp;CSV…</source>
        <translation>Eksporter &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="186"/>
        <source>Export the deviation of every edition as CSV</source>
        <translation>Eksporter avviket for alle utgavene som CSV</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="190"/>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="202"/>
        <source>All local editions</source>
        <translation>Alle lokale utgaver</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="228"/>
        <source>There are no local editions yet.</source>
        <translation>Det finnes ingen lokale utgaver ennå.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="231"/>
        <source>«{name}» uses the regional text everywhere.</source>
        <translation>«{name}» bruker den regionale teksten overalt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="234"/>
        <source>%n section(s) adapted</source>
        <translation>
            <numerusform>%n seksjon tilpasset</numerusform>
            <numerusform>%n seksjoner tilpasset</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="236"/>
        <source>«{name}»: {adapted}; stale: {stale}.</source>
        <translation>«{name}»: {adapted}; utdatert: {stale}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="278"/>
        <source>Export deviation as CSV</source>
        <translation>Eksporter avvik som CSV</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="279"/>
        <source>deviation.csv</source>
        <translation>avvik.csv</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="280"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="289"/>
        <source>Saved {path}</source>
        <translation>Lagret {path}</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="77"/>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="86"/>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="207"/>
        <source>Si&amp;de by side</source>
        <translation>&amp;Side ved side</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="208"/>
        <source>Show the two texts side by side</source>
        <translation>Vis de to tekstene side ved side</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="209"/>
        <source>In&amp;line</source>
        <translation>I én &amp;tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="210"/>
        <source>Show the changes inline in one text</source>
        <translation>Vis endringene i én samlet tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="211"/>
        <source>◀ &amp;Previous change</source>
        <translation>◀ &amp;Forrige endring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="212"/>
        <source>Previous change</source>
        <translation>Forrige endring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="213"/>
        <source>Previous change (Alt+Up or Shift+F8)</source>
        <translation>Forrige endring (Alt+Pil opp eller Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="214"/>
        <source>&amp;Next change ▶</source>
        <translation>&amp;Neste endring ▶</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="215"/>
        <source>Next change</source>
        <translation>Neste endring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="216"/>
        <source>Next change (Alt+Down or F8)</source>
        <translation>Neste endring (Alt+Pil ned eller F8)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="217"/>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="217"/>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="219"/>
        <source>Key: removed words are struck through, added words are underlined</source>
        <translation>Forklaring: fjernede ord er gjennomstreket, nye ord er understreket</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="278"/>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="345"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n endring</numerusform>
            <numerusform>%n endringer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="282"/>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="343"/>
        <source>No differences</source>
        <translation>Ingen forskjeller</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="347"/>
        <source>Change {current} of {count}</source>
        <translation>Endring {current} av {count}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="360"/>
        <source>{left} → {right}</source>
        <translation>{left} → {right}</translation>
    </message>
</context>
<context>
    <name>EditionActions</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="65"/>
        <source>&amp;New local edition…</source>
        <translation>&amp;Ny lokal utgave…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="67"/>
        <source>Make a local edition for a municipality or health community.</source>
        <translation>Lag en lokal utgave for en kommune eller et helsefellesskap.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="69"/>
        <source>&amp;Rename edition…</source>
        <translation>&amp;Gi utgaven nytt navn…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="70"/>
        <source>Change the name of the open local edition.</source>
        <translation>Endre navnet på den åpne lokale utgaven.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="71"/>
        <source>&amp;Delete edition…</source>
        <translation>&amp;Slett utgaven…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="73"/>
        <source>Delete the open local edition; you are asked first and may export it.</source>
        <translation>Slett den åpne lokale utgaven; du blir spurt først og kan eksportere den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="75"/>
        <source>&amp;Stale adaptations…</source>
        <translation>&amp;Utdaterte tilpasninger…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="77"/>
        <source>Local adaptations whose regional text has changed since they were written.</source>
        <translation>Lokale tilpasninger der den regionale teksten er endret etter at de ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="79"/>
        <source>De&amp;viation overview…</source>
        <translation>&amp;Avviksoversikt…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="81"/>
        <source>How much each local edition differs from the regional text.</source>
        <translation>Hvor mye hver lokal utgave avviker fra den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="83"/>
        <source>Re&amp;turn to regional…</source>
        <translation>Gå &amp;tilbake til regional tekst…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="85"/>
        <source>End the local adaptation: the edition shows the regional text again.</source>
        <translation>Avslutt den lokale tilpasningen: utgaven viser den regionale teksten igjen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="87"/>
        <source>&amp;Compare with regional…</source>
        <translation>&amp;Sammenlign med regional tekst…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="88"/>
        <source>Compare with regional</source>
        <translation>Sammenlign med regional tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="90"/>
        <source>Show how the local text differs from the regional text.</source>
        <translation>Vis hvordan den lokale teksten skiller seg fra den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="92"/>
        <source>&amp;What changed regionally…</source>
        <translation>Hva er &amp;endret regionalt…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="94"/>
        <source>What changed in the regional text since this adaptation was written.</source>
        <translation>Hva som er endret i den regionale teksten etter at denne tilpasningen ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="96"/>
        <source>Carry &amp;over…</source>
        <translation>&amp;Overfør til ny regional tekst…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="98"/>
        <source>Carry the local adaptation over to the new regional text.</source>
        <translation>Overfør den lokale tilpasningen til den nye regionale teksten.</translation>
    </message>
</context>
<context>
    <name>EditionDeviationModel</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="116"/>
        <source>Pathway</source>
        <translation>Forløp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="117"/>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="118"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="119"/>
        <source>Keeps of the regional text</source>
        <translation>Beholder av den regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="120"/>
        <source>Stale</source>
        <translation>Utdatert</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="125"/>
        <source>How much of the regional text the local text keeps, ignoring case, spacing and punctuation.</source>
        <translation>Hvor mye av den regionale teksten den lokale teksten beholder, uten hensyn til store og små bokstaver, mellomrom og tegnsetting.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="164"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="164"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="167"/>
        <source>{section} keeps {percent} of the regional text.</source>
        <translation>{section} beholder {percent} av den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="171"/>
        <source>Stale: the regional text has changed since it was adapted.</source>
        <translation>Utdatert: den regionale teksten er endret etter at den ble tilpasset.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="173"/>
        <source>Up to date with the regional text.</source>
        <translation>Oppdatert i forhold til den regionale teksten.</translation>
    </message>
</context>
<context>
    <name>EditionDialogs</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="391"/>
        <source>The regional edition cannot be deleted: every edition builds on it.</source>
        <translation>Den regionale utgaven kan ikke slettes: alle utgavene bygger på den.</translation>
    </message>
</context>
<context>
    <name>EditionSwitcher</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_switcher.py" line="35"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Utgave:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_switcher.py" line="36"/>
        <source>Edition</source>
        <translation>Utgave</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_switcher.py" line="38"/>
        <source>The regional text, or a local edition that adapts it where practice differs.</source>
        <translation>Den regionale teksten, eller en lokal utgave som tilpasser den der praksis er annerledes.</translation>
    </message>
</context>
<context>
    <name>EditionsController</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="170"/>
        <source>E&amp;dition</source>
        <translation>&amp;Utgave</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="171"/>
        <source>Compare with regional</source>
        <translation>Sammenlign med regional tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="226"/>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="230"/>
        <source>Adapt locally</source>
        <translation>Tilpass lokalt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="227"/>
        <source>Adapt «{section}» locally in «{edition}»?</source>
        <translation>Vil du tilpasse «{section}» lokalt i «{edition}»?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="232"/>
        <source>The local text starts as a copy of the regional text. Keep the adaptation small: later changes to the regional text reach it only when you carry them over, and kartedit tells you when that is due.</source>
        <translation>Den lokale teksten starter som en kopi av den regionale teksten. Hold tilpasningen liten: senere endringer i den regionale teksten kommer bare med når du overfører dem, og kartedit sier fra når det er på tide.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="247"/>
        <source>«{section}» is now adapted locally; write the local text and save it.</source>
        <translation>«{section}» er nå tilpasset lokalt; skriv den lokale teksten og lagre den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="262"/>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="266"/>
        <source>Return to regional</source>
        <translation>Gå tilbake til regional tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="263"/>
        <source>Return «{section}» to the regional text in «{edition}»?</source>
        <translation>Vil du at «{section}» skal gå tilbake til den regionale teksten i «{edition}»?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="268"/>
        <source>«{edition}» will show the regional text again. The local text and its revisions stay in the database: to get it back, adapt the section again and restore the text from the history.</source>
        <translation>«{edition}» viser den regionale teksten igjen. Den lokale teksten og versjonene dens blir liggende i databasen: vil du ha den tilbake, tilpasser du seksjonen på nytt og gjenoppretter teksten fra historikken.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="279"/>
        <source>«{section}» shows the regional text again.</source>
        <translation>«{section}» viser den regionale teksten igjen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="355"/>
        <source>Carried over to the new regional text as revision {seq}.</source>
        <translation>Overført til den nye regionale teksten som versjon {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="458"/>
        <source>Made the local edition «{name}». It inherits every regional text.</source>
        <translation>Den lokale utgaven «{name}» er laget. Den arver alle de regionale tekstene.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="490"/>
        <source>Deleted the local edition «{name}».</source>
        <translation>Den lokale utgaven «{name}» er slettet.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="88"/>
        <source>kartedit</source>
        <translation>kartedit</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="94"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/comments.py" line="122"/>
        <source>{label}: comment {number}: {message}</source>
        <translation>{label}: merknad {number}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/comments.py" line="131"/>
        <source>{label}: comment {number}: a time in it is not valid ({exc}).</source>
        <translation>{label}: merknad {number}: et tidspunkt i den er ikke gyldig ({exc}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/comments.py" line="156"/>
        <source>{label}: the comment id {comment_id} appears twice.</source>
        <translation>{label}: merknads-id-en {comment_id} forekommer to ganger.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/comments.py" line="183"/>
        <source>{label}: the reply {comment_id} answers a comment that is not in the file (or replies answer each other in a loop).</source>
        <translation>{label}: svaret {comment_id} svarer på en merknad som ikke er i filen (eller svarene svarer på hverandre i ring).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/folder.py" line="29"/>
        <source>{folder}: {relative} is a symbolic link. A map folder holds its own files; copy the file in instead of linking to it.</source>
        <translation>{folder}: {relative} er en symbolsk lenke. En kartmappe har sine egne filer; kopier filen inn i stedet for å lenke til den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/folder.py" line="43"/>
        <source>{folder}: is a symbolic link. Give the map folder itself, not a link to it.</source>
        <translation>{folder}: er en symbolsk lenke. Oppgi selve kartmappen, ikke en lenke til den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/folder.py" line="50"/>
        <location filename="../../src/kartedit/services/publish/site.py" line="152"/>
        <source>{folder}: no such folder.</source>
        <translation>{folder}: mappen finnes ikke.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/folder.py" line="56"/>
        <source>{folder}: no {manifest} here — this is not a kartedit map folder.</source>
        <translation>{folder}: ingen {manifest} her — dette er ikke en kartedit-kartmappe.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/folder.py" line="74"/>
        <source>{folder}: {relative}: {problem}</source>
        <translation>{folder}: {relative}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/folder.py" line="105"/>
        <source>{folder}: a file is in the way; choose a folder name.</source>
        <translation>{folder}: en fil står i veien; velg et mappenavn.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/folder.py" line="110"/>
        <source>{folder}: the folder is not empty and is not a kartedit map folder; choose an empty or new folder.</source>
        <translation>{folder}: mappen er ikke tom og er ikke en kartedit-kartmappe; velg en tom eller ny mappe.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/folder.py" line="119"/>
        <location filename="../../src/kartedit/safe_files.py" line="93"/>
        <location filename="../../src/kartedit/store/db.py" line="143"/>
        <source>{parent}: no such folder.</source>
        <translation>{parent}: mappen finnes ikke.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/folder.py" line="124"/>
        <source>{folder}: the map could not be written ({reason}); nothing was changed there. Free some space or choose another place, and try again.</source>
        <translation>{folder}: kartet kunne ikke skrives ({reason}); ingenting ble endret der. Frigjør litt plass eller velg et annet sted, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="111"/>
        <source>{label}: manifest.json is missing, so this is not a kartedit bundle (or it is damaged).</source>
        <translation>{label}: manifest.json mangler, så dette er ikke en kartedit-pakke (eller den er skadet).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="145"/>
        <source>{label}: this is a response bundle (comments by {reviewer}), not a review bundle. Reviewers open the review bundle the coordinator sent them; responses are for the coordinator to import.</source>
        <translation>{label}: dette er en svarpakke (merknader fra {reviewer}), ikke en høringspakke. Høringsinstansene åpner høringspakken koordinatoren sendte dem; svarpakker er for koordinatoren å importere.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="156"/>
        <source>{label}: this is a review bundle (the texts sent out for «{round}»), not a response. Open it to comment, then export a response bundle from it.</source>
        <translation>{label}: dette er en høringspakke (tekstene som ble sendt ut for «{round}»), ikke et høringssvar. Åpne den for å kommentere, og eksporter så en svarpakke fra den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="166"/>
        <source>{label}: this is {found}, not {expected}.</source>
        <translation>{label}: dette er {found}, ikke {expected}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="183"/>
        <source>{label}: {name} is missing (every {kind} has one).</source>
        <translation>{label}: {name} mangler (hver {kind} har en).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="194"/>
        <source>{label}: {name} is listed in the manifest but missing from the bundle.</source>
        <translation>{label}: {name} står i manifestet, men mangler i pakken.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="205"/>
        <source>{label}: {name} is in the bundle but not listed in its manifest.</source>
        <translation>{label}: {name} er i pakken, men står ikke i manifestet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="216"/>
        <source>{label}: {name} does not belong in a response bundle (responses carry comments, not texts).</source>
        <translation>{label}: {name} hører ikke hjemme i en svarpakke (høringssvar inneholder merknader, ikke tekster).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="222"/>
        <source>{label}: {name} does not belong in {kind}.</source>
        <translation>{label}: {name} hører ikke hjemme i {kind}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="231"/>
        <source>{label}: {name} does not match its checksum (changed or damaged on the way).</source>
        <translation>{label}: {name} stemmer ikke med sjekksummen sin (endret eller skadet underveis).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="258"/>
        <source>{where}: a value in it is not valid ({exc}).</source>
        <translation>{where}: en verdi i filen er ikke gyldig ({exc}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="268"/>
        <source>{where}: holds another map than manifest.json names.</source>
        <translation>{where}: inneholder et annet kart enn manifest.json oppgir.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="275"/>
        <source>{where}: the round&apos;s edition «{edition_slug}» is not in it.</source>
        <translation>{where}: rundens utgave «{edition_slug}» er ikke med.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="292"/>
        <source>{label}: {name} is not part of the map in {map_file}.</source>
        <translation>{label}: {name} er ikke en del av kartet i {map_file}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="308"/>
        <source>{label}: section {ref} is listed in manifest.json but not in {map_file}.</source>
        <translation>{label}: seksjonen {ref} står i manifest.json, men ikke i {map_file}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="322"/>
        <source>{label}: section {ref}: manifest.json names revision {revision}, {map_file} carries {carried}.</source>
        <translation>{label}: seksjonen {ref}: manifest.json oppgir versjon {revision}, {map_file} inneholder {carried}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="337"/>
        <source>{label}: section {ref}: its text does not match the checksum in manifest.json.</source>
        <translation>{label}: seksjonen {ref}: teksten stemmer ikke med sjekksummen i manifest.json.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="349"/>
        <source>{label}: {map_file} carries section {key} ({edition}), which manifest.json does not list.</source>
        <translation>{label}: {map_file} inneholder seksjonen {key} ({edition}), som manifest.json ikke oppgir.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="370"/>
        <source>{label}: {comments_file} is about another review bundle than manifest.json names.</source>
        <translation>{label}: {comments_file} gjelder en annen høringspakke enn manifest.json oppgir.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="388"/>
        <source>{label}: comment {comment_id} is on section {section}, which the bundle does not list.</source>
        <translation>{label}: merknad {comment_id} er på seksjonen {section}, som pakken ikke oppgir.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/kartbundle.py" line="401"/>
        <source>{label}: comment {comment_id} is on revision {revision} of {section}, but the bundle lists revision {listed}.</source>
        <translation>{label}: merknad {comment_id} er på versjon {revision} av {section}, men pakken oppgir versjon {listed}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/manifest.py" line="80"/>
        <source>{label}: not a kartedit {what} (the JSON is not an object).</source>
        <translation>{label}: ugyldig kartedit-{what} (JSON-innholdet er ikke et objekt).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/manifest.py" line="94"/>
        <source>{label}: this is the manifest of a map folder, not of a bundle; use «kartedit import-folder» on the unzipped folder.</source>
        <translation>{label}: dette er manifestet til en kartmappe, ikke til en pakke; bruk «kartedit import-folder» på den utpakkede mappen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/manifest.py" line="107"/>
        <source>{label}: not a kartedit {what} (format {found}, expected {fmt}).</source>
        <translation>{label}: ugyldig kartedit-{what} (format {found}, ventet {fmt}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/manifest.py" line="123"/>
        <source>{label}: the {what} has no schema version.</source>
        <translation>{label}: skjemaversjon mangler ({what}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/manifest.py" line="133"/>
        <source>{label}: made with a newer kartedit ({what} format version {number}; this kartedit reads up to {version}). Install the newest kartedit to open it.</source>
        <translation>{label}: laget med en nyere kartedit ({what}, formatversjon {number}; denne kartedit leser opptil {version}). Installer nyeste kartedit for å åpne den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/manifest.py" line="153"/>
        <source>{label}: does not follow the {what} schema: {problem}</source>
        <translation>{label}: følger ikke skjemaet for {what}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/manifest.py" line="167"/>
        <source>{label}: … and {count} more schema problems.</source>
        <translation>{label}: … og {count} skjemafeil til.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/manifest.py" line="218"/>
        <source>{label}: {message}</source>
        <translation>{label}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/manifest.py" line="228"/>
        <source>{label}: a date or time in it is not valid ({exc}).</source>
        <translation>{label}: en dato eller et tidspunkt i filen er ikke gyldig ({exc}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="157"/>
        <source>{label}: not a kartedit map manifest.</source>
        <translation>{label}: ikke et kartedit-kartmanifest.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="162"/>
        <source>{label}: the manifest has no schema version.</source>
        <translation>{label}: manifestet har ingen skjemaversjon.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="166"/>
        <source>{label}: made with a newer kartedit (format version {version}; this kartedit reads up to {newest}). Install the newest kartedit to read it.</source>
        <translation>{label}: laget med en nyere kartedit (formatversjon {version}; denne kartedit leser opptil {newest}). Installer nyeste kartedit for å lese den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="181"/>
        <source>{label}: the manifest is not valid: {listed} (and {count} more).</source>
        <translation>{label}: manifestet er ikke gyldig: {listed} (og {count} til).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="189"/>
        <source>{label}: the manifest is not valid: {listed}.</source>
        <translation>{label}: manifestet er ikke gyldig: {listed}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="206"/>
        <source>{label}: the service «{value}» appears twice.</source>
        <translation>{label}: tjenesten «{value}» forekommer to ganger.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="214"/>
        <source>{label}: pathway «{entry}» names unknown services: {missing}.</source>
        <translation>{label}: forløpet «{entry}» nevner ukjente tjenester: {missing}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="227"/>
        <source>{label}: the pathway «{value}» appears twice.</source>
        <translation>{label}: forløpet «{value}» forekommer to ganger.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="242"/>
        <source>{label}: the edition «{value}» appears twice.</source>
        <translation>{label}: utgaven «{value}» forekommer to ganger.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="248"/>
        <source>{label}: a map needs exactly one regional edition.</source>
        <translation>{label}: et kart må ha nøyaktig én regional utgave.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="260"/>
        <source>{label}: section {ref} names an unknown edition «{entry}».</source>
        <translation>{label}: seksjonen {ref} nevner en ukjent utgave «{entry}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="272"/>
        <source>{label}: section {ref} is not in the map&apos;s pathways and services.</source>
        <translation>{label}: seksjonen {ref} hører ikke til kartets forløp og tjenester.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="281"/>
        <source>{label}: section {ref} appears twice in «{entry}».</source>
        <translation>{label}: seksjonen {ref} forekommer to ganger i «{entry}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="293"/>
        <source>{label}: section {ref} points to «{path}»; expected «{expected}».</source>
        <translation>{label}: seksjonen {ref} peker på «{path}»; ventet «{expected}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="305"/>
        <source>{label}: the section file {expected} is missing.</source>
        <translation>{label}: seksjonsfilen {expected} mangler.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="312"/>
        <source>{label}: {expected}: {problem}</source>
        <translation>{label}: {expected}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="319"/>
        <source>{label}: {expected} does not match its checksum (changed or damaged).</source>
        <translation>{label}: {expected} stemmer ikke med sjekksummen sin (endret eller skadet).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="330"/>
        <source>{label}: {expected} is not UTF-8 text.</source>
        <translation>{label}: {expected} er ikke UTF-8-tekst.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/mapfiles.py" line="357"/>
        <source>{label}: the revision «{value}» appears twice.</source>
        <translation>{label}: versjonen «{value}» forekommer to ganger.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/problems.py" line="21"/>
        <source>the bundle cannot be used.</source>
        <translation>pakken kan ikke brukes.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/problems.py" line="27"/>
        <source>{problem} (and 1 more problem)</source>
        <translation>{problem} (og 1 problem til)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/problems.py" line="31"/>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem} (og {count} problemer til)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/schemas.py" line="72"/>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/schemas.py" line="86"/>
        <source>{label}: not UTF-8 text.</source>
        <translation>{label}: ikke UTF-8-tekst.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/schemas.py" line="90"/>
        <source>{label}: not valid JSON (line {line}, column {column}: {problem}).</source>
        <translation>{label}: ikke gyldig JSON (linje {line}, kolonne {column}: {problem}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/schemas.py" line="102"/>
        <source>{label}: not valid JSON ({error}: {exc}).</source>
        <translation>{label}: ikke gyldig JSON ({error}: {exc}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="72"/>
        <source>has an empty name.</source>
        <translation>har et tomt navn.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="74"/>
        <source>has control characters in its name.</source>
        <translation>har kontrolltegn i navnet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="77"/>
        <source>uses backslashes in its path (paths in a bundle use /).</source>
        <translation>bruker omvendt skråstrek i stien (stier i en pakke bruker /).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="81"/>
        <source>has an absolute path (it would point outside the bundle).</source>
        <translation>har en absolutt sti (den ville peke ut av pakken).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="85"/>
        <source>names a drive letter (it would point outside the bundle).</source>
        <translation>nevner en stasjonsbokstav (den ville peke ut av pakken).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="90"/>
        <source>has a path with «..» that escapes the bundle.</source>
        <translation>har en sti med «..» som går ut av pakken.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="93"/>
        <source>has an empty or «.» part in its path.</source>
        <translation>har en tom del eller en «.»-del i stien.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="96"/>
        <source>has a path longer than {limit} characters.</source>
        <translation>har en sti som er lengre enn {limit} tegn.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="157"/>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="168"/>
        <source>is a folder, not a bundle file.</source>
        <translation>er en mappe, ikke en pakkefil.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="174"/>
        <source>no such file.</source>
        <translation>filen finnes ikke.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="178"/>
        <source>cannot be read ({reason}).</source>
        <translation>kan ikke leses ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="184"/>
        <source>the file is empty: not a kartedit bundle.</source>
        <translation>filen er tom: ikke en kartedit-pakke.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="189"/>
        <source>the file is too large for a bundle ({size}; at most {limit}).</source>
        <translation>filen er for stor for en pakke ({size}; høyst {limit}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="200"/>
        <source>not a ZIP file, so not a kartedit bundle (it may be damaged, or another kind of file renamed).</source>
        <translation>ikke en ZIP-fil, og dermed ikke en kartedit-pakke (den kan være skadet, eller en annen type fil med nytt navn).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="211"/>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="241"/>
        <source>too many files in the bundle ({count}; at most {limit}).</source>
        <translation>for mange filer i pakken ({count}; høyst {limit}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="226"/>
        <source>uses a ZIP feature kartedit does not read ({exc}).</source>
        <translation>bruker en ZIP-funksjon som kartedit ikke leser ({exc}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="235"/>
        <source>a damaged ZIP file ({exc}).</source>
        <translation>en skadet ZIP-fil ({exc}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="256"/>
        <source>{label}: {filename} {problem}</source>
        <translation>{label}: {filename} {problem}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="268"/>
        <source>{label}: {filename} appears twice in the bundle.</source>
        <translation>{label}: {filename} forekommer to ganger i pakken.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="281"/>
        <source>{label}: the bundle unpacks to {size}; at most {limit} is accepted.</source>
        <translation>{label}: pakken pakkes ut til {size}; høyst {limit} godtas.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="300"/>
        <source>is a symbolic link (links could point outside the bundle).</source>
        <translation>er en symbolsk lenke (lenker kan peke ut av pakken).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="307"/>
        <source>is not an ordinary file (a device, pipe or socket).</source>
        <translation>er ikke en vanlig fil (en enhet, et rør eller en sokkel).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="311"/>
        <source>is encrypted; bundles are never encrypted.</source>
        <translation>er kryptert; pakker krypteres aldri.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="315"/>
        <source>uses an unsupported compression method ({method}).</source>
        <translation>bruker en komprimeringsmetode som ikke støttes ({method}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="323"/>
        <source>uses a ZIP feature kartedit does not read (patched data or strong encryption); bundles never do.</source>
        <translation>bruker en ZIP-funksjon som kartedit ikke leser (oppdaterte data eller sterk kryptering); det gjør pakker aldri.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="334"/>
        <source>is too large ({size}; at most {limit} per file).</source>
        <translation>er for stor ({size}; høyst {limit} per fil).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="341"/>
        <source>is compressed {ratio} times (at most {limit}): a suspicious compression ratio, as in a «zip bomb».</source>
        <translation>er komprimert {ratio} ganger (høyst {limit}): en mistenkelig komprimeringsgrad, som i en «zip-bombe».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="358"/>
        <source>{label}: {name} is missing from the bundle.</source>
        <translation>{label}: {name} mangler i pakken.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="378"/>
        <source>{label}: {name} holds more than it declares (damaged or forged).</source>
        <translation>{label}: {name} inneholder mer enn det som er oppgitt (skadet eller forfalsket).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="392"/>
        <source>{label}: {name} has a suspicious compression ratio (over {limit} times), as in a «zip bomb».</source>
        <translation>{label}: {name} har en mistenkelig komprimeringsgrad (over {limit} ganger), som i en «zip-bombe».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="410"/>
        <source>{label}: {name} uses a ZIP feature kartedit does not read ({exc}).</source>
        <translation>{label}: {name} bruker en ZIP-funksjon som kartedit ikke leser ({exc}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="424"/>
        <source>{label}: {name} is damaged and cannot be unpacked ({exc}).</source>
        <translation>{label}: {name} er skadet og kan ikke pakkes ut ({exc}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="439"/>
        <source>{label}: the bundle unpacks to more than {limit}.</source>
        <translation>{label}: pakken pakkes ut til mer enn {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/zipsafe.py" line="475"/>
        <source>{path}: is a folder; give a file name ending in .kartbundle.</source>
        <translation>{path}: er en mappe; oppgi et filnavn som slutter på .kartbundle.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/decisions.py" line="152"/>
        <source>Say what to do: --accept, --reject REASON, --resolve or --reply TEXT.</source>
        <translation>Si hva som skal gjøres: --accept, --reject BEGRUNNELSE, --resolve eller --reply TEKST.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/edition.py" line="89"/>
        <source>Nothing to change: give --name, --slug or --organisation.</source>
        <translation>Ingenting å endre: oppgi --name, --slug eller --organisation.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/review.py" line="266"/>
        <source>«{key}» fits {count} comments; give more of the comment&apos;s id.</source>
        <translation>«{key}» passer med {count} merknader; oppgi mer av merknadens id.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="125"/>
        <source>No comment «{key}» on this bundle. «kartedit review list» shows them.</source>
        <translation>Ingen merknad «{key}» på denne pakken. «kartedit review list» viser dem.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="139"/>
        <source>Give the comment with --text (or a suggestion with --suggest).</source>
        <translation>Oppgi merknaden med --text (eller et forslag med --suggest).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="151"/>
        <source>{message} Give it with --occurrence N.</source>
        <translation>{message} Oppgi det med --occurrence N.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/review.py" line="177"/>
        <source>Give the new text with --text, or new wording with --suggest.</source>
        <translation>Oppgi den nye teksten med --text, eller ny formulering med --suggest.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/formatting.py" line="36"/>
        <source>{file}: no such file.</source>
        <translation>{file}: filen finnes ikke.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/formatting.py" line="38"/>
        <source>{file}: not UTF-8 text.</source>
        <translation>{file}: ikke UTF-8-tekst.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/formatting.py" line="41"/>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: kan ikke leses ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/bundles.py" line="91"/>
        <source>A response bundle must name its reviewer and the review bundle.</source>
        <translation>En svarpakke må oppgi høringsinstansen og høringspakken.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/bundles.py" line="98"/>
        <source>A {kind} has no reviewer; only responses do.</source>
        <translation>En {kind} har ingen høringsinstans; det har bare høringssvar.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/bundles.py" line="103"/>
        <source>The bundle lists a section twice.</source>
        <translation>Pakken oppgir en seksjon to ganger.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/bundles.py" line="110"/>
        <source>An approved bundle carries regional texts only, at least one.</source>
        <translation>En godkjent pakke inneholder bare regionale tekster, minst én.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/hearing.py" line="53"/>
        <source>The round&apos;s scope names the same pathway twice.</source>
        <translation>Omfanget til runden nevner samme forløp to ganger.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/hearing.py" line="57"/>
        <source>The round&apos;s scope names the same service twice.</source>
        <translation>Omfanget til runden nevner samme tjeneste to ganger.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/hearing.py" line="61"/>
        <source>The round&apos;s scope names the same section twice.</source>
        <translation>Omfanget til runden nevner samme seksjon to ganger.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/hearing.py" line="164"/>
        <source>A hearing round needs a name, e.g. «Høring angst 2027».</source>
        <translation>En høringsrunde trenger et navn, f.eks. «Høring angst 2027».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/hearing.py" line="168"/>
        <source>The round&apos;s name is too long (at most {limit} characters).</source>
        <translation>Navnet på runden er for langt (høyst {limit} tegn).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/hearing.py" line="180"/>
        <source>The round&apos;s questions are too long (at most {limit} characters).</source>
        <translation>Spørsmålene i runden er for lange (høyst {limit} tegn).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/hearing.py" line="205"/>
        <source>«{value}» is not a date: write the deadline as YYYY-MM-DD, e.g. 2027-01-15.</source>
        <translation>«{value}» er ikke en dato: skriv fristen som ÅÅÅÅ-MM-DD, f.eks. 2027-01-15.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/people.py" line="21"/>
        <source>An author needs a name.</source>
        <translation>En forfatter trenger et navn.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/people.py" line="29"/>
        <source>«{value}» is not an author: write it as &quot;Name (Organisation)&quot;.</source>
        <translation>«{value}» er ikke en forfatter: skriv det som &quot;Navn (Organisasjon)&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/responses.py" line="56"/>
        <source>Unknown state «{value}». Use one of: {names}.</source>
        <translation>Ukjent tilstand «{value}». Bruk en av: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/responses.py" line="103"/>
        <source>The reason is too long (at most {limit} characters).</source>
        <translation>Begrunnelsen er for lang (høyst {limit} tegn).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/review.py" line="41"/>
        <source>A reviewer needs a name.</source>
        <translation>En høringsinstans trenger et navn.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/review.py" line="44"/>
        <source>The reviewer&apos;s role is too long (at most {limit} characters).</source>
        <translation>Høringsinstansens rolle er for lang (høyst {limit} tegn).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/review.py" line="81"/>
        <source>A comment on {section} is anchored to an empty passage.</source>
        <translation>En merknad på {section} er forankret i et tomt utdrag.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/review.py" line="88"/>
        <source>A comment on {section} has a damaged anchor: its offsets do not fit its quote.</source>
        <translation>En merknad på {section} har en skadet forankring: posisjonene passer ikke med sitatet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/review.py" line="123"/>
        <source>A comment has no id.</source>
        <translation>En merknad mangler id.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/review.py" line="126"/>
        <source>The comment {comment_id} is not anchored to any passage.</source>
        <translation>Merknaden {comment_id} er ikke forankret i noe utdrag.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/review.py" line="133"/>
        <source>The reply {comment_id} has an anchor of its own; replies have none.</source>
        <translation>Svaret {comment_id} har en egen forankring; svar har ingen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/review.py" line="141"/>
        <source>The reply {comment_id} is a suggestion; replies are comments.</source>
        <translation>Svaret {comment_id} er et forslag; svar er merknader.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/review.py" line="149"/>
        <source>The suggestion {comment_id} has no replacement text.</source>
        <translation>Forslaget {comment_id} har ingen erstatningstekst.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/review.py" line="154"/>
        <source>The comment {comment_id} has replacement text; only suggestions do.</source>
        <translation>Merknaden {comment_id} har erstatningstekst; det har bare forslag.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/review.py" line="163"/>
        <source>The suggested text is too long (at most {limit} characters).</source>
        <translation>Den foreslåtte teksten er for lang (høyst {limit} tegn).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/review.py" line="178"/>
        <source>The comment is empty: write what you want to say.</source>
        <translation>Merknaden er tom: skriv det du vil si.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/review.py" line="182"/>
        <source>The comment is too long ({count} characters; at most {limit}).</source>
        <translation>Merknaden er for lang ({count} tegn; høyst {limit}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/review.py" line="235"/>
        <source>No comment «{comment_id}» here.</source>
        <translation>Ingen merknad «{comment_id}» her.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/review.py" line="241"/>
        <source>The comment «{comment_id}» answers a comment that is not here.</source>
        <translation>Merknaden «{comment_id}» svarer på en merknad som ikke er her.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/sections.py" line="58"/>
        <source>Unknown section kind «{value}». Use one of: {names}.</source>
        <translation>Ukjent seksjonstype «{value}». Bruk en av: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/sections.py" line="106"/>
        <source>Unknown status «{value}». Use one of: {names}.</source>
        <translation>Ukjent status «{value}». Bruk en av: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/sections.py" line="130"/>
        <source>«{value}» is not a valid {what}: use lower-case letters a–z, digits and hyphens.</source>
        <translation>«{value}» kan ikke brukes som {what}: bruk små bokstaver a–z, sifre og bindestrek.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/sections.py" line="157"/>
        <source>«{kind}» is a text of the pathway itself, not of a service: write it as {pathway}/{kind}.</source>
        <translation>«{kind}» er en tekst for selve forløpet, ikke for en tjeneste: skriv den som {pathway}/{kind}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/sections.py" line="197"/>
        <source>«{value}» is not a section: write it as PATHWAY/SERVICE/KIND (or PATHWAY/introduction, PATHWAY/families for the pathway&apos;s own texts).</source>
        <translation>«{value}» er ikke en seksjon: skriv den som FORLØP/TJENESTE/TYPE (eller FORLØP/introduction, FORLØP/families for forløpets egne tekster).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/safe_files.py" line="89"/>
        <source>{path}: is a folder; give a file name.</source>
        <translation>{path}: er en mappe; oppgi et filnavn.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/safe_files.py" line="98"/>
        <source>{path}: could not be written ({reason}); nothing was changed.</source>
        <translation>{path}: kunne ikke skrives ({reason}); ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/approved.py" line="87"/>
        <source>The round «{round}» is on the local edition «{edition}»; an approved bundle carries regional texts only.</source>
        <translation>Runden «{round}» gjelder den lokale utgaven «{edition}»; en godkjent pakke inneholder bare regionale tekster.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/approved.py" line="111"/>
        <source>Nothing in the round «{round}» is approved yet; approve sections first (kartedit round approve).</source>
        <translation>Ingenting i runden «{round}» er godkjent ennå; godkjenn seksjoner først (kartedit round approve).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/approved.py" line="190"/>
        <source>{path}: this approved bundle is for another map («{theirs}»); this database holds «{ours}». Nothing was changed.</source>
        <translation>{path}: denne godkjente pakken gjelder et annet kart («{theirs}»); denne databasen inneholder «{ours}». Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/rounds.py" line="78"/>
        <source>The round «{round}» is closed; start a new round to send texts out again.</source>
        <translation>Runden «{round}» er avsluttet; start en ny runde for å sende ut tekster igjen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/rounds.py" line="87"/>
        <source>The round «{round}» has no sections with text to send out.</source>
        <translation>Runden «{round}» har ingen seksjoner med tekst å sende ut.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/decisions.py" line="93"/>
        <source>the passage the suggestion replaces is no longer in the text</source>
        <translation>utdraget forslaget erstatter, står ikke lenger i teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/decisions.py" line="98"/>
        <source>the passage was edited or moved since the reviewer read it</source>
        <translation>utdraget er endret eller flyttet siden høringsinstansen leste det</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/decisions.py" line="285"/>
        <source>Give a reason for rejecting: it goes in the hearing summary.</source>
        <translation>Oppgi en begrunnelse for å avvise: den kommer med i høringsoppsummeringen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/decisions.py" line="299"/>
        <source>This suggestion was accepted and is in the text; change the text instead (or restore an earlier revision).</source>
        <translation>Dette forslaget ble godtatt og står i teksten; endre teksten i stedet (eller gjenopprett en tidligere versjon).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/decisions.py" line="324"/>
        <source>Only a suggestion can be accepted; resolve a comment instead.</source>
        <translation>Bare et forslag kan godtas; merk en merknad som løst i stedet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/decisions.py" line="347"/>
        <source>Only a suggestion has wording to compare; this is a comment.</source>
        <translation>Bare et forslag har ordlyd å sammenligne; dette er en merknad.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/decisions.py" line="368"/>
        <source>{section} changed while you were merging the suggestion; open it again.</source>
        <translation>{section} ble endret mens du flettet inn forslaget; åpne den på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/decisions.py" line="431"/>
        <source>{ref} is not in the round «{round}».</source>
        <translation>{ref} er ikke med i runden «{round}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/decisions.py" line="438"/>
        <source>{ref} has {waiting} comments or suggestions without a decision; decide on them first.</source>
        <translation>{ref} har {waiting} merknader eller forslag uten avgjørelse; avgjør dem først.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/decisions.py" line="511"/>
        <source>That is a reply in a thread; decide on the thread&apos;s first comment ({parent}).</source>
        <translation>Det er et svar i en tråd; avgjør trådens første merknad ({parent}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/decisions.py" line="528"/>
        <source>This was already accepted by {by} on {date}.</source>
        <translation>Dette ble allerede godtatt av {by} {date}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/decisions.py" line="529"/>
        <source>This was already rejected by {by} on {date}.</source>
        <translation>Dette ble allerede avvist av {by} {date}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/decisions.py" line="530"/>
        <source>This was already resolved by {by} on {date}.</source>
        <translation>Dette ble allerede merket som løst av {by} {date}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/editions.py" line="102"/>
        <location filename="../../src/kartedit/store/editions.py" line="81"/>
        <source>The regional edition cannot be deleted: every edition builds on it.</source>
        <translation>Den regionale utgaven kan ikke slettes: alle utgavene bygger på den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/editions.py" line="111"/>
        <source>«{edition}» holds one local adaptation. Export it first (--export FOLDER) or confirm the deletion (--yes).</source>
        <translation>«{edition}» har én lokal tilpasning. Eksporter den først (--export MAPPE) eller bekreft slettingen (--yes).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/editions.py" line="116"/>
        <source>«{edition}» holds {count} local adaptations. Export them first (--export FOLDER) or confirm the deletion (--yes).</source>
        <translation>«{edition}» har {count} lokale tilpasninger. Eksporter dem først (--export MAPPE) eller bekreft slettingen (--yes).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/editions.py" line="160"/>
        <source>Adapting is for local editions; the regional text is the base.</source>
        <translation>Lokal tilpasning er for lokale utgaver; den regionale teksten er grunnlaget.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/editions.py" line="167"/>
        <source>{ref} is already adapted locally in «{edition}».</source>
        <translation>{ref} er allerede tilpasset lokalt i «{edition}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/editions.py" line="188"/>
        <source>{ref} is not adapted locally in «{edition}»; nothing to return.</source>
        <translation>{ref} er ikke tilpasset lokalt i «{edition}»; ingenting å tilbakestille.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/editions.py" line="206"/>
        <source>{ref} is not adapted locally in «{edition}».</source>
        <translation>{ref} er ikke tilpasset lokalt i «{edition}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/editions.py" line="249"/>
        <source>Nothing in «{edition}» is stale; every override is up to date.</source>
        <translation>Ingenting i «{edition}» er utdatert; alle lokale tilpasninger er à jour.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/editions.py" line="277"/>
        <source>{ref} changed while you were re-basing it; open it again.</source>
        <translation>{ref} ble endret mens du overførte den; åpne den på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/identity.py" line="58"/>
        <source>Who is writing? Give --author &quot;Name (Organisation)&quot;, or set your name in kartedit&apos;s settings.</source>
        <translation>Hvem skriver? Oppgi --author &quot;Navn (Organisasjon)&quot;, eller legg inn navnet ditt i innstillingene i kartedit.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/recovery.py" line="135"/>
        <source>The unsaved text of {ref} could not be kept for recovery in {directory} ({reason}). Save the section to be safe.</source>
        <translation>Den ulagrede teksten i {ref} kunne ikke tas vare på for gjenoppretting i {directory} ({reason}). Lagre seksjonen for sikkerhets skyld.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/response_import.py" line="245"/>
        <location filename="../../src/kartedit/services/word_responses.py" line="141"/>
        <source>{label}: the round «{round}» is closed, so no more responses can be imported into it.</source>
        <translation>{label}: runden «{round}» er avsluttet, så ingen flere høringssvar kan importeres i den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/response_import.py" line="285"/>
        <source>{label}: this response is about another map («{theirs}»); this database holds «{ours}». Import it into that map&apos;s database.</source>
        <translation>{label}: dette høringssvaret gjelder et annet kart («{theirs}»); denne databasen inneholder «{ours}». Importer det i databasen til det kartet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/response_import.py" line="304"/>
        <source>{label}: this response belongs to the hearing round «{round}», which this database does not have (was the round started in another copy of the map?).</source>
        <translation>{label}: dette høringssvaret hører til høringsrunden «{round}», som denne databasen ikke har (ble runden startet i en annen kopi av kartet?).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/response_import.py" line="315"/>
        <source>{label}: its round id does not match any round here.</source>
        <translation>{label}: runde-id-en passer ikke med noen runde her.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/response_import.py" line="323"/>
        <source>{label}: this response is about the edition «{edition_slug}», but the round «{round}» is on «{edition}».</source>
        <translation>{label}: dette høringssvaret gjelder utgaven «{edition_slug}», men runden «{round}» gjelder «{edition}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/response_import.py" line="345"/>
        <source>{label}: it comments on {ref}, which is not in the round «{round}».</source>
        <translation>{label}: det kommenterer {ref}, som ikke er med i runden «{round}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/response_import.py" line="360"/>
        <source>{label}: it is about a text of {ref} that this database does not have (revision {revision}). Was the review bundle made from another copy of the map?</source>
        <translation>{label}: det gjelder en tekst i {ref} som denne databasen ikke har (versjon {revision}). Ble høringspakken laget fra en annen kopi av kartet?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/response_import.py" line="378"/>
        <source>{label}: comment {comment_id} quotes a passage that is not where it says in the text of {section} (damaged or altered).</source>
        <translation>{label}: merknad {comment_id} siterer et utdrag som ikke står der det skal i teksten til {section} (skadet eller endret).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/response_import.py" line="411"/>
        <source>{label}: the comment id {comment_id} is already used by another comment in this database (a copied or altered response?).</source>
        <translation>{label}: merknads-id-en {comment_id} er allerede brukt av en annen merknad i denne databasen (et kopiert eller endret høringssvar?).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/review.py" line="58"/>
        <source>Who is reviewing? Give --reviewer &quot;Name (Organisation)&quot;, or set your name in kartedit&apos;s settings.</source>
        <translation>Hvem gir høringssvar? Oppgi --reviewer &quot;Navn (Organisasjon)&quot;, eller legg inn navnet ditt i innstillingene i kartedit.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/review.py" line="133"/>
        <source>The bundle has no section {ref}. It has: {known}{more}.</source>
        <translation>Pakken har ingen seksjon {ref}. Den har: {known}{more}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/review.py" line="211"/>
        <location filename="../../src/kartedit/services/review.py" line="315"/>
        <location filename="../../src/kartedit/services/review.py" line="353"/>
        <source>No comment «{comment_id}» on this bundle.</source>
        <translation>Ingen merknad «{comment_id}» på denne pakken.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/review.py" line="221"/>
        <source>{ref}: {message}</source>
        <translation>{ref}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/review.py" line="242"/>
        <source>The suggested text is the same as the passage; change it, or add a comment.</source>
        <translation>Den foreslåtte teksten er lik utdraget; endre den, eller skriv en merknad.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/review.py" line="263"/>
        <source>The selection lies outside the text of {ref}; select it again.</source>
        <translation>Markeringen ligger utenfor teksten til {ref}; marker på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/review.py" line="295"/>
        <source>No comment «{parent_id}» on this bundle to reply to.</source>
        <translation>Ingen merknad «{parent_id}» på denne pakken å svare på.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/review.py" line="320"/>
        <source>Only a suggestion has proposed text; this is a comment.</source>
        <translation>Bare et forslag har foreslått tekst; dette er en merknad.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/review.py" line="379"/>
        <source>{path}: that is the review bundle itself; choose another name for the response.</source>
        <translation>{path}: det er selve høringspakken; velg et annet navn for høringssvaret.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/review.py" line="436"/>
        <source>{path}: the file is too large.</source>
        <translation>{path}: filen er for stor.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/review.py" line="446"/>
        <source>{path}: your earlier comments on this bundle cannot be read ({reason}).</source>
        <translation>{path}: de tidligere merknadene dine på denne pakken kan ikke leses ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/review.py" line="463"/>
        <source>{label}: it holds comments on another bundle.</source>
        <translation>{label}: den inneholder merknader på en annen pakke.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/review.py" line="476"/>
        <source>{label}: comment {comment_id} is not on this bundle&apos;s texts.</source>
        <translation>{label}: merknad {comment_id} gjelder ikke tekstene i denne pakken.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/review.py" line="494"/>
        <source>Your earlier comments on this bundle could not be read ({problem}). The file was kept as {aside}; you start with no comments.</source>
        <translation>De tidligere merknadene dine på denne pakken kunne ikke leses ({problem}). Filen ble tatt vare på som {aside}; du begynner uten merknader.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/review.py" line="516"/>
        <source>Your change could not be saved in {parent} ({reason}); it was not made. Free some space and try again.</source>
        <translation>Endringen din kunne ikke lagres i {parent} ({reason}); den ble ikke gjort. Frigjør litt plass og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/rounds.py" line="46"/>
        <source>The deadline {deadline} has already passed; choose a later day.</source>
        <translation>Fristen {deadline} er allerede passert; velg en senere dag.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/workspace.py" line="199"/>
        <source>Revision {revision_id} does not belong to the section {ref}.</source>
        <translation>Versjon {revision_id} hører ikke til seksjonen {ref}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/approved.py" line="86"/>
        <source>The revision {revision_id} of {ref} is already in this database, but in another section: the bundle is not consistent with this map.</source>
        <translation>Versjon {revision_id} av {ref} finnes allerede i denne databasen, men i en annen seksjon: pakken stemmer ikke med dette kartet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/bulk.py" line="50"/>
        <source>This database holds no map yet; there is nothing to export.</source>
        <translation>Denne databasen har ikke noe kart ennå; det er ingenting å eksportere.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/bulk.py" line="146"/>
        <source>The revision {revision} of {ref} ({edition}) is already in this database with another section. The folder was changed after it was exported; nothing was imported.</source>
        <translation>Versjon {revision} av {ref} ({edition}) finnes allerede i denne databasen, i en annen seksjon. Mappen ble endret etter at den ble eksportert; ingenting ble importert.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/bulk.py" line="153"/>
        <source>The revision {revision} of {ref} ({edition}) is already in this database with a different text. The folder was changed after it was exported; nothing was imported.</source>
        <translation>Versjon {revision} av {ref} ({edition}) finnes allerede i denne databasen, med en annen tekst. Mappen ble endret etter at den ble eksportert; ingenting ble importert.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/bulk.py" line="174"/>
        <source>This database holds the map «{ours}»; the folder holds another map («{theirs}»). Import it into a new database instead.</source>
        <translation>Denne databasen inneholder kartet «{ours}»; mappen inneholder et annet kart («{theirs}»). Importer det i en ny database i stedet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/db.py" line="85"/>
        <location filename="../../src/kartedit/store/sqlite.py" line="153"/>
        <source>{path}: the database is busy in another window or program. Try again.</source>
        <translation>{path}: databasen er opptatt i et annet vindu eller program. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/db.py" line="91"/>
        <source>{path}: the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>{path}: disken er full. Frigjør litt plass og prøv igjen; ingenting ble lagret.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/db.py" line="67"/>
        <source>{path}: the database is read-only here (the file, its folder or the disk); nothing was saved. Copy it to a folder you may write to, to change it.</source>
        <translation>{path}: databasen er skrivebeskyttet her (filen, mappen eller disken); ingenting ble lagret. Kopier den til en mappe der du kan skrive, for å endre den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/db.py" line="98"/>
        <source>{path}: the database could not be used ({reason}).</source>
        <translation>{path}: databasen kunne ikke brukes ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/db.py" line="135"/>
        <source>{path}: a file already exists there; choose another name.</source>
        <translation>{path}: det finnes allerede en fil der; velg et annet navn.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/db.py" line="162"/>
        <source>{path}: this database was made by a newer kartedit (schema {revision}). Install the newest kartedit to open it.</source>
        <translation>{path}: denne databasen ble laget av en nyere kartedit (skjema {revision}). Installer nyeste kartedit for å åpne den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/db.py" line="172"/>
        <location filename="../../src/kartedit/store/sqlite.py" line="127"/>
        <source>{path}: this is an SQLite file, but not a kartedit database.</source>
        <translation>{path}: dette er en SQLite-fil, men ikke en kartedit-database.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/db.py" line="180"/>
        <source>{path}: this database was made by an older kartedit and must be upgraded, but it is read-only here. Copy it to a folder you may write to, and open it there.</source>
        <translation>{path}: denne databasen ble laget av en eldre kartedit og må oppgraderes, men den er skrivebeskyttet her. Kopier den til en mappe der du kan skrive, og åpne den der.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/db.py" line="197"/>
        <source>{path}: could not take a backup before upgrading ({exc}); nothing was changed. Free some space beside the database and try again.</source>
        <translation>{path}: kunne ikke ta sikkerhetskopi før oppgraderingen ({exc}); ingenting ble endret. Frigjør litt plass ved siden av databasen og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/editions.py" line="31"/>
        <source>An edition «{slug}» already exists.</source>
        <translation>Det finnes allerede en utgave «{slug}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/editions.py" line="34"/>
        <source>A local edition needs a name.</source>
        <translation>En lokal utgave trenger et navn.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/editions.py" line="58"/>
        <source>The regional edition keeps its slug «regional».</source>
        <translation>Den regionale utgaven beholder kortnavnet «regional».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/editions.py" line="62"/>
        <source>An edition «{new_slug}» already exists.</source>
        <translation>Det finnes allerede en utgave «{new_slug}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/editions.py" line="68"/>
        <source>An edition needs a name.</source>
        <translation>En utgave trenger et navn.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/editions.py" line="89"/>
        <source>«{edition}» has had hearing rounds, whose comments and decisions refer to its texts; it cannot be deleted.</source>
        <translation>«{edition}» har hatt høringsrunder, og merknadene og avgjørelsene i dem viser til tekstene; den kan ikke slettes.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/hearing_comments.py" line="281"/>
        <source>No comment «{key}» in this database. «kartedit comments» lists them.</source>
        <translation>Ingen merknad «{key}» i denne databasen. «kartedit comments» viser dem.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/hearing_comments.py" line="310"/>
        <source>No comment «{comment_id}» in this database.</source>
        <translation>Ingen merknad «{comment_id}» i denne databasen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/lookups.py" line="42"/>
        <source>{problem} Known: {known}.</source>
        <translation>{problem} Kjente: {known}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/lookups.py" line="62"/>
        <source>This database holds no map yet. Import one with «kartedit import-folder».</source>
        <translation>Denne databasen har ikke noe kart ennå. Importer et med «kartedit import-folder».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/lookups.py" line="86"/>
        <source>No edition «{value}» in this map.</source>
        <translation>Ingen utgave «{value}» i dette kartet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/lookups.py" line="99"/>
        <source>No pathway «{value}» in this map.</source>
        <translation>Ikke noe forløp «{value}» i dette kartet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/lookups.py" line="112"/>
        <source>No service «{slug}» in the pathway «{pathway}». Known: {known}.</source>
        <translation>Ingen tjeneste «{slug}» i forløpet «{pathway}». Kjente: {known}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/lookups.py" line="197"/>
        <source>This map has no regional edition.</source>
        <translation>Dette kartet har ingen regional utgave.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/overrides.py" line="34"/>
        <source>The regional edition has no overrides to end.</source>
        <translation>Den regionale utgaven har ingen lokale tilpasninger å avslutte.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/overrides.py" line="50"/>
        <source>The regional edition has no overrides; name a local edition.</source>
        <translation>Den regionale utgaven har ingen lokale tilpasninger; oppgi en lokal utgave.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/reading.py" line="259"/>
        <source>No revision «{revision_id}» in this database.</source>
        <translation>Ingen versjon «{revision_id}» i denne databasen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/rounds.py" line="90"/>
        <source>No section with text in «{edition}» matches this scope ({describe}); nothing would be sent out.</source>
        <translation>Ingen seksjon med tekst i «{edition}» passer med dette omfanget ({describe}); ingenting ville blitt sendt ut.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/rounds.py" line="102"/>
        <source>{count} of these sections (e.g. {overlap}) are already in the open round «{round}» ({round_id}). Close that round first, or choose another scope.</source>
        <translation>{count} av disse seksjonene (f.eks. {overlap}) er allerede med i den åpne runden «{round}» ({round_id}). Avslutt den runden først, eller velg et annet omfang.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/rounds.py" line="155"/>
        <source>No service «{slug}» in this map. Known: {known}.</source>
        <translation>Ingen tjeneste «{slug}» i dette kartet. Kjente: {known}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/rounds.py" line="163"/>
        <source>The service «{slug}» takes part in none of the pathways {pathways}.</source>
        <translation>Tjenesten «{slug}» er ikke med i noen av forløpene {pathways}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/rounds.py" line="196"/>
        <source>«{key}» fits {count} rounds; give more of the round&apos;s id.</source>
        <translation>«{key}» passer med {count} runder; oppgi mer av rundens id.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/rounds.py" line="205"/>
        <source>No hearing round «{key}» in this map; it has none yet.</source>
        <translation>Ingen høringsrunde «{key}» i dette kartet; det har ingen ennå.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/rounds.py" line="211"/>
        <source>No hearing round «{key}» in this map. Rounds: {listed}.</source>
        <translation>Ingen høringsrunde «{key}» i dette kartet. Runder: {listed}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/rounds.py" line="220"/>
        <source>The round «{name}» ({round_id}) is already closed.</source>
        <translation>Runden «{name}» ({round_id}) er allerede avsluttet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/sqlite.py" line="33"/>
        <source>{path}: no such database. Create one with «kartedit init {path}».</source>
        <translation>{path}: databasen finnes ikke. Lag en med «kartedit init {path}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/sqlite.py" line="41"/>
        <source>{path}: this is a folder, not a kartedit database.</source>
        <translation>{path}: dette er en mappe, ikke en kartedit-database.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/sqlite.py" line="49"/>
        <source>{path}: the database cannot be read ({reason}).</source>
        <translation>{path}: databasen kan ikke leses ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/sqlite.py" line="55"/>
        <source>{path}: this file is not a kartedit database (it is not SQLite).</source>
        <translation>{path}: denne filen er ikke en kartedit-database (den er ikke SQLite).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/sqlite.py" line="94"/>
        <source>{path}: the database file is damaged and cannot be read. Restore it from a backup copy (kartedit keeps one beside it before every upgrade).</source>
        <translation>{path}: databasefilen er skadet og kan ikke leses. Gjenopprett den fra en sikkerhetskopi (kartedit lagrer en ved siden av den før hver oppgradering).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/sqlite.py" line="115"/>
        <source>{path}: the database cannot be opened ({exc}).</source>
        <translation>{path}: databasen kan ikke åpnes ({exc}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/sqlite.py" line="141"/>
        <source>{path}: a program stopped while writing this database, and it is read-only here, so the unfinished change cannot be undone. Copy it (with any file beside it named like it) to a folder you may write to, and open it there.</source>
        <translation>{path}: et program stoppet mens det skrev til denne databasen, og den er skrivebeskyttet her, så den uferdige endringen kan ikke angres. Kopier den (sammen med filer ved siden av som har samme navn) til en mappe der du kan skrive, og åpne den der.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/sqlite.py" line="161"/>
        <source>{path}: the database cannot be read ({exc}).</source>
        <translation>{path}: databasen kan ikke leses ({exc}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/sqlite.py" line="234"/>
        <source>The upgrade left broken references ({count}); the backup copy is untouched.</source>
        <translation>Oppgraderingen etterlot brutte referanser ({count}); sikkerhetskopien er urørt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/writing.py" line="51"/>
        <source>The section {ref} has no regional text to adapt.</source>
        <translation>Seksjonen {ref} har ingen regional tekst å tilpasse.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/writing.py" line="59"/>
        <source>The section {ref} is approved and read-only. Reopen it as a draft to edit it.</source>
        <translation>Seksjonen {ref} er godkjent og skrivebeskyttet. Åpne den igjen som utkast for å redigere den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/writing.py" line="90"/>
        <source>The section {ref} is inherited from the regional text in «{edition}»; change its status in the regional edition, or adapt it locally first.</source>
        <translation>Seksjonen {ref} arves fra den regionale teksten i «{edition}»; endre statusen i den regionale utgaven, eller tilpass den lokalt først.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/text/anchor.py" line="47"/>
        <source>A comment is anchored to an empty passage.</source>
        <translation>En merknad er forankret i et tomt utdrag.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/text/anchor.py" line="51"/>
        <source>A comment&apos;s anchor is damaged: its offsets do not fit its quote.</source>
        <translation>Forankringen til en merknad er skadet: posisjonene passer ikke med sitatet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/text/anchor.py" line="88"/>
        <source>Select the passage the comment is about: nothing is selected.</source>
        <translation>Marker utdraget merknaden gjelder: ingenting er markert.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/text/anchor.py" line="109"/>
        <source>The quote is empty: give the words of the passage the comment is about.</source>
        <translation>Sitatet er tomt: oppgi ordene i utdraget merknaden gjelder.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/text/anchor.py" line="118"/>
        <source>«{quote}» does not occur in the text. Copy the passage exactly as it stands in the current text.</source>
        <translation>«{quote}» forekommer ikke i teksten. Kopier utdraget nøyaktig slik det står i den gjeldende teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/text/anchor.py" line="128"/>
        <source>«{quote}» occurs {count} times in the text. Pick one with an occurrence number from 1 to {count}.</source>
        <translation>«{quote}» forekommer {count} ganger i teksten. Velg én med et forekomstnummer fra 1 til {count}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/text/anchor.py" line="139"/>
        <source>«{quote}» occurs once in the text, so there is no occurrence number {occurrence}. Pick the number 1.</source>
        <translation>«{quote}» forekommer én gang i teksten, så det finnes ikke noe forekomstnummer {occurrence}. Velg nummer 1.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/text/anchor.py" line="145"/>
        <source>«{quote}» occurs {count} times in the text, so there is no occurrence number {occurrence}. Pick a number from 1 to {count}.</source>
        <translation>«{quote}» forekommer {count} ganger i teksten, så det finnes ikke noe forekomstnummer {occurrence}. Velg et nummer fra 1 til {count}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/app.py" line="371"/>
        <source>{path}: no such map database. Create one with «kartedit init {path}».</source>
        <translation>{path}: kartdatabasen finnes ikke. Lag en med «kartedit init {path}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/text_forms.py" line="36"/>
        <source>the text is too long for one section ({size} MB; at most {limit} MB). Split it over several sections or shorten it.</source>
        <translation>teksten er for lang for én seksjon ({size} MB; høyst {limit} MB). Del den på flere seksjoner eller gjør den kortere.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/text_forms.py" line="51"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/worddoc/ooxml.py" line="81"/>
        <source>{label}: {name} declares a document type or entities, which Word documents never do (an attempt to expand or fetch content while reading it); refused.</source>
        <translation>{label}: {name} erklærer en dokumenttype eller entiteter, noe Word-dokumenter aldri gjør (et forsøk på å utvide eller hente innhold under lesingen); avvist.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/worddoc/ooxml.py" line="96"/>
        <source>{label}: {name} is not XML (damaged document?).</source>
        <translation>{label}: {name} er ikke XML (skadet dokument?).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/worddoc/ooxml.py" line="106"/>
        <source>{label}: {name} is damaged XML ({detail}).</source>
        <translation>{label}: {name} er skadet XML ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/worddoc/reader.py" line="178"/>
        <source>{label}: the file is empty; ask the reviewer to send it again.</source>
        <translation>{label}: fila er tom; be høringsinstansen sende den på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/worddoc/reader.py" line="185"/>
        <source>{label}: saved in an old Word format (.doc or .rtf), which cannot be read. Open it in Word or LibreOffice, save it as a Word document (.docx) and import that.</source>
        <translation>{label}: lagret i et gammelt Word-format (.doc eller .rtf), som ikke kan leses. Åpne den i Word eller LibreOffice, lagre den som Word-dokument (.docx) og importer det.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/worddoc/reader.py" line="195"/>
        <source>{label}: not a Word document (.docx); an old .doc, a PDF or another kind of file renamed cannot be read. Save it from Word as .docx.</source>
        <translation>{label}: ikke et Word-dokument (.docx); en gammel .doc, en PDF eller en annen type fil med nytt navn kan ikke leses. Lagre den fra Word som .docx.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/worddoc/reader.py" line="204"/>
        <source>{label}: the Word document is damaged or incomplete (was it cut off when it was sent?); ask the reviewer to send it again.</source>
        <translation>{label}: Word-dokumentet er skadet eller ufullstendig (ble det kuttet av da det ble sendt?); be høringsinstansen sende det på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/worddoc/reader.py" line="216"/>
        <source>{label}: a LibreOffice document (.odt), not a Word document. Open it in LibreOffice, choose File › Save As… with the type «Word 2007–365 (.docx)», and import that file.</source>
        <translation>{label}: et LibreOffice-dokument (.odt), ikke et Word-dokument. Åpne det i LibreOffice, velg Fil › Lagre som … med filtypen «Word 2007–365 (.docx)», og importer den filen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/worddoc/reader.py" line="226"/>
        <source>{label}: not a Word document (it has no {part}); save it as .docx.</source>
        <translation>{label}: ikke et Word-dokument (det mangler {part}); lagre det som .docx.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/worddoc/reader.py" line="263"/>
        <source>{label}: none of the texts sent out could be found in it (their bookmarks are gone: was the text copied into a new document?).</source>
        <translation>{label}: ingen av tekstene som ble sendt ut, finnes i det (bokmerkene deres er borte: ble teksten kopiert inn i et nytt dokument?).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/worddoc/reader.py" line="316"/>
        <source>{label}: not a kartedit hearing document (it does not say which hearing round it answers: was the text copied into a new document?).</source>
        <translation>{label}: ikke et høringsdokument fra kartedit (det sier ikke hvilken høringsrunde det svarer på: ble teksten kopiert inn i et nytt dokument?).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/worddoc/reader.py" line="334"/>
        <source>{label}: its hearing round information is damaged.</source>
        <translation>{label}: opplysningene om høringsrunden i det er skadet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/bundle.py" line="104"/>
        <source>A Word document is made of a round&apos;s review texts only (--kind review).</source>
        <translation>Et Word-dokument lages bare av tekstene som sendes på høring i en runde (--kind review).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/publish.py" line="127"/>
        <source>Where to? Give -o FOLDER (or a file name for pdf and docx).</source>
        <translation>Hvor skal det publiseres? Oppgi -o MAPPE (eller et filnavn for pdf og docx).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/publishing.py" line="32"/>
        <source>«{value}» is not a version number: write it as MAJOR.MINOR, e.g. 1.2.</source>
        <translation>«{value}» er ikke et versjonsnummer: skriv det som HOVED.UNDER, for eksempel 1.2.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/publishing.py" line="75"/>
        <source>No earlier version {version} of this edition. Known: none.</source>
        <translation>Denne utgaven har ingen tidligere versjon {version}. Kjente versjoner: ingen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/publishing.py" line="81"/>
        <source>No earlier version {version} of this edition. Known: {known}.</source>
        <translation>Denne utgaven har ingen tidligere versjon {version}. Kjente versjoner: {known}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/publishing.py" line="92"/>
        <location filename="../../src/kartedit/domain/quality.py" line="90"/>
        <source>Unknown written standard «{value}»: use «nb» (bokmål) or «nn» (nynorsk).</source>
        <translation>Ukjent målform «{value}»: bruk «nb» (bokmål) eller «nn» (nynorsk).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/pdf.py" line="58"/>
        <source>PDF needs the pango library. On Debian: sudo apt-get install {packages}</source>
        <translation>PDF krever programbiblioteket pango. På Debian: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/publisher.py" line="73"/>
        <source>Version {version} of this edition was published before with other texts. Give a higher version (the latest is {latest}).</source>
        <translation>Versjon {version} av denne utgaven er publisert før med andre tekster. Oppgi en høyere versjon (den siste er {latest}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/publisher.py" line="83"/>
        <source>Version {version} is older than the latest publication ({latest}). Give a higher version.</source>
        <translation>Versjon {version} er eldre enn den siste publiseringen ({latest}). Oppgi en høyere versjon.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/publisher.py" line="139"/>
        <source>Unknown format «{value}». Use one of: {names}.</source>
        <translation>Ukjent format «{value}». Bruk ett av disse: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/publisher.py" line="145"/>
        <source>A website holds every pathway; --pathway is for pdf and docx.</source>
        <translation>Et nettsted har med alle forløpene; --pathway gjelder pdf og docx.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/publisher.py" line="164"/>
        <source>Nothing in «{edition}» is approved yet, so there is nothing to publish. Approve sections first, or publish a marked draft with --include-drafts.</source>
        <translation>Ingenting i «{edition}» er godkjent ennå, så det er ingenting å publisere. Godkjenn seksjoner først, eller publiser et merket utkast med --include-drafts.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/site.py" line="138"/>
        <source>{folder}: is a file; give a folder for the website.</source>
        <translation>{folder}: er en fil; oppgi en mappe for nettstedet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/site.py" line="143"/>
        <source>{folder}: the folder holds other files. Give an empty folder or one an earlier publication wrote.</source>
        <translation>{folder}: mappen inneholder andre filer. Oppgi en tom mappe eller en som en tidligere publisering skrev.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/site.py" line="183"/>
        <source>{folder}: the website could not be written ({reason}).</source>
        <translation>{folder}: nettstedet kunne ikke skrives ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/word_responses.py" line="153"/>
        <source>{label}: the comment id {comment_id} is already used by another comment in this database (a copied or altered document?).</source>
        <translation>{label}: merknads-ID-en {comment_id} brukes allerede av en annen merknad i denne databasen (et kopiert eller endret dokument?).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/word_responses.py" line="245"/>
        <source>{label}: this hearing document was made from another map; this database holds «{ours}». Import it into that map&apos;s database.</source>
        <translation>{label}: dette høringsdokumentet ble laget fra et annet kart; denne databasen har «{ours}». Importer det i databasen til det kartet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/word_responses.py" line="259"/>
        <source>{label}: this hearing document belongs to a hearing round this database does not have (was the round started in another copy of the map?).</source>
        <translation>{label}: dette høringsdokumentet hører til en høringsrunde som denne databasen ikke har (ble runden startet i en annen kopi av kartet?).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/word_responses.py" line="279"/>
        <source>{label}: it holds a text that the round «{round}» did not send out (revision {revision}): is it from another round?</source>
        <translation>{label}: det inneholder en tekst som runden «{round}» ikke sendte ut (revisjon {revision}): er det fra en annen runde?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/factfiles.py" line="71"/>
        <source>{label}: a fact kind appears twice.</source>
        <translation>{label}: en opplysningstype står to ganger.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/factfiles.py" line="80"/>
        <source>{label}: the fact «{kind}» of «{service}» names a fact kind the manifest does not define.</source>
        <translation>{label}: opplysningen «{kind}» for «{service}» viser til en opplysningstype manifestet ikke definerer.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/factfiles.py" line="89"/>
        <source>{label}: the fact «{kind}» of «{service}» names an unknown edition or service.</source>
        <translation>{label}: opplysningen «{kind}» for «{service}» viser til en ukjent utgave eller tjeneste.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/factfiles.py" line="101"/>
        <source>{label}: the fact «{kind}» of «{service}» does not match the kind&apos;s scope or the map&apos;s pathways.</source>
        <translation>{label}: opplysningen «{kind}» for «{service}» passer ikke med omfanget til opplysningstypen eller forløpene i kartet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/factfiles.py" line="111"/>
        <source>{label}: the fact «{kind}» of «{service}» appears twice in «{edition}».</source>
        <translation>{label}: opplysningen «{kind}» for «{service}» står to ganger i «{edition}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/bundle/factfiles.py" line="125"/>
        <source>{label}: the fact «{kind}» of «{service}»: {problem}</source>
        <translation>{label}: opplysningen «{kind}» for «{service}»: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/facts.py" line="215"/>
        <source>No proposal for {section} in «{edition}»: it is not adapted there, or its adaptation changes more than contact details. See «--propose».</source>
        <translation>Ingen forslag for {section} i «{edition}»: seksjonen er ikke tilpasset der, eller tilpasningen endrer mer enn kontaktopplysninger. Se «--propose».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/facts.py" line="41"/>
        <source>Unknown fact type «{value}». Known: {known}.</source>
        <translation>Ukjent verditype «{value}». Kjente: {known}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/facts.py" line="66"/>
        <source>«{slug}» cannot name a fact kind: use a–z, digits and single hyphens.</source>
        <translation>«{slug}» kan ikke navngi en opplysningstype: bruk a–z, sifre og enkle bindestreker.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/facts.py" line="74"/>
        <source>The fact kind «{slug}» needs a name (at most 300 characters).</source>
        <translation>Opplysningstypen «{slug}» trenger et navn (høyst 300 tegn).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/facts.py" line="149"/>
        <source>none yet</source>
        <translation>ingen ennå</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/facts.py" line="152"/>
        <source>{where}: the text refers to local facts that do not exist: {names}. Insert a fact from the list instead (known: {listed}); nothing was saved.</source>
        <translation>{where}: teksten viser til lokale opplysninger som ikke finnes: {names}. Sett inn en opplysning fra listen i stedet (kjente: {listed}); ingenting er lagret.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/facts.py" line="206"/>
        <source>«{name}» is too long ({length} characters); a fact holds at most {most}. Put longer explanations in the section text.</source>
        <translation>«{name}» er for lang ({length} tegn); en opplysning kan ha høyst {most}. Skriv lengre forklaringer i seksjonsteksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/facts.py" line="217"/>
        <source>«{name}» contains control characters; type it as plain text.</source>
        <translation>«{name}» inneholder kontrolltegn; skriv den som vanlig tekst.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/facts.py" line="227"/>
        <source>«{value}» is not a Norwegian phone number: write 8 digits, optionally with +47 first and spaces between, e.g. «55 56 78 90» or «+47 400 12 345».</source>
        <translation>«{value}» er ikke et norsk telefonnummer: skriv 8 sifre, gjerne med +47 først og mellomrom mellom, f.eks. «55 56 78 90» eller «+47 400 12 345».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/facts.py" line="238"/>
        <source>«{value}» is not an e-mail address: write it as name@domain.no, without spaces.</source>
        <translation>«{value}» er ikke en e-postadresse: skriv den som navn@domene.no, uten mellomrom.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/facts.py" line="249"/>
        <source>«{value}» is not a web address: write it in full, starting with https:// (e.g. https://www.bergen.kommune.no/skjema).</source>
        <translation>«{value}» er ikke en nettadresse: skriv den i sin helhet, med https:// først (f.eks. https://www.bergen.kommune.no/skjema).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/facts.py" line="259"/>
        <source>«{value}» does not say when: write days and times, e.g. «hverdager kl. 09.00–11.00».</source>
        <translation>«{value}» sier ikke når: skriv dager og klokkeslett, f.eks. «hverdager kl. 09.00–11.00».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/fact_proposals.py" line="194"/>
        <source>{section}: the regional text does not refer to «{name}» ({placeholder}); the value would not be shown. Nothing was changed.</source>
        <translation>{section}: den regionale teksten viser ikke til «{name}» ({placeholder}); verdien ville ikke blitt vist. Ingenting er endret.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/fact_proposals.py" line="224"/>
        <source>{section} is not adapted locally in «{edition}»; nothing was changed.</source>
        <translation>{section} er ikke tilpasset lokalt i «{edition}»; ingenting er endret.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/facts.py" line="194"/>
        <source>Unknown format «{format}»; use text, csv or json.</source>
        <translation>Ukjent format «{format}»; bruk text, csv eller json.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/facts.py" line="62"/>
        <source>No fact kind «{value}» in this map.</source>
        <translation>Opplysningstypen «{value}» finnes ikke i dette kartet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/facts.py" line="98"/>
        <source>The regional edition has no local facts: each local edition fills in its own. Name a local edition.</source>
        <translation>Den regionale utgaven har ingen lokale opplysninger: hver lokale utgave fyller inn sine egne. Oppgi en lokal utgave.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/facts.py" line="114"/>
        <source>No service «{value}» in this map.</source>
        <translation>Tjenesten «{value}» finnes ikke i dette kartet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/store/facts.py" line="156"/>
        <source>«{name}» has a value per pathway: name the pathway too (--pathway).</source>
        <translation>«{name}» har én verdi per forløp: oppgi forløpet også (--pathway).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/quality.py" line="110"/>
        <source>A term needs a preferred word in bokmål or nynorsk.</source>
        <translation>En term trenger et foretrukket ord på bokmål eller nynorsk.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/quality.py" line="114"/>
        <source>A term needs at least one discouraged variant.</source>
        <translation>En term trenger minst én frarådet variant.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/common.py" line="68"/>
        <source>Name the service too: PATHWAY SERVICE {kind}. Only introduction and families belong to the pathway itself.</source>
        <translation>Oppgi tjenesten også: FORLØP TJENESTE {kind}. Bare introduction og families hører til selve forløpet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/cli/common.py" line="87"/>
        <source>«{value}» is not a section kind. Name a service&apos;s section as PATHWAY SERVICE KIND (KIND is one of {kinds}), or a pathway&apos;s own text as PATHWAY introduction or PATHWAY families.</source>
        <translation>«{value}» er ikke en seksjonstype. Oppgi en tjenestes seksjon som FORLØP TJENESTE TYPE (TYPE er en av {kinds}), eller forløpets egen tekst som FORLØP introduction eller FORLØP families.</translation>
    </message>
</context>
<context>
    <name>FactProposalDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/fact_proposal.py" line="70"/>
        <source>Turn the adaptation into a local fact – {section}</source>
        <translation>Gjør tilpasningen om til en lokal opplysning – {section}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/fact_proposal.py" line="76"/>
        <source>{edition}&apos;s adaptation only adds contact details. Keep them as a local fact of {edition} and let the section follow the regional text again: no more stale adaptation when the regional text changes.</source>
        <translation>Tilpasningen i {edition} legger bare til kontaktopplysninger. Behold dem som en lokal opplysning for {edition}, og la seksjonen følge den regionale teksten igjen: da blir ingen tilpasning utdatert når den regionale teksten endres.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/fact_proposal.py" line="97"/>
        <source>Proposed regional text</source>
        <translation>Foreslått regional tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/fact_proposal.py" line="106"/>
        <source>Adaptation in {edition}</source>
        <translation>Tilpasningen i {edition}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/fact_proposal.py" line="112"/>
        <source>Regional text now</source>
        <translation>Regional tekst nå</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/fact_proposal.py" line="115"/>
        <source>Proposed regional text (refers to the fact)</source>
        <translation>Foreslått regional tekst (viser til opplysningen)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/fact_proposal.py" line="117"/>
        <source>Regional text (already refers to the fact)</source>
        <translation>Regional tekst (viser allerede til opplysningen)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/fact_proposal.py" line="128"/>
        <source>Name of the local fact</source>
        <translation>Navnet på den lokale opplysningen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/fact_proposal.py" line="130"/>
        <source>Value for {edition}</source>
        <translation>Verdi for {edition}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/fact_proposal.py" line="133"/>
        <source>New local fact:</source>
        <translation>Ny lokal opplysning:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/fact_proposal.py" line="133"/>
        <source>Local fact:</source>
        <translation>Lokal opplysning:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/fact_proposal.py" line="136"/>
        <source>Value for {edition}:</source>
        <translation>Verdi for {edition}:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/fact_proposal.py" line="138"/>
        <source>Accept proposal</source>
        <translation>Godta forslaget</translation>
    </message>
</context>
<context>
    <name>FactsGridDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/facts_grid.py" line="59"/>
        <source>Local facts in {edition}</source>
        <translation>Lokale opplysninger i {edition}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/facts_grid.py" line="62"/>
        <source>{missing} of {total} facts the texts refer to have no value.</source>
        <translation>{missing} av {total} opplysninger som tekstene viser til, mangler verdi.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/facts_grid.py" line="66"/>
        <source>The texts of this edition refer to no local facts.</source>
        <translation>Tekstene i denne utgaven viser ikke til noen lokale opplysninger.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/facts_grid.py" line="74"/>
        <source>Local facts by service and kind</source>
        <translation>Lokale opplysninger etter tjeneste og type</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/facts_grid.py" line="84"/>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/facts_grid.py" line="92"/>
        <source>Filled in, but no text refers to it.</source>
        <translation>Fylt inn, men ingen tekst viser til den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/facts_grid.py" line="97"/>
        <source>Referred to in {sections}</source>
        <translation>Brukt i {sections}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/facts_grid.py" line="100"/>
        <source>Save as CSV…</source>
        <translation>Lagre som CSV…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/facts_grid.py" line="117"/>
        <source>Save local facts as CSV</source>
        <translation>Lagre lokale opplysninger som CSV</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/facts_panel.py" line="90"/>
        <source>Save local facts</source>
        <translation>Lagre lokale opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/facts_panel.py" line="91"/>
        <source>Completeness…</source>
        <translation>Hva mangler…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/facts_panel.py" line="92"/>
        <source>From adaptations…</source>
        <translation>Fra tilpasninger…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/facts_panel.py" line="94"/>
        <source>Adaptations that only add contact details: propose local facts instead</source>
        <translation>Tilpasninger som bare legger til kontaktopplysninger: foreslå lokale opplysninger i stedet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/facts_panel.py" line="96"/>
        <location filename="../../src/kartedit/gui/writer/facts_panel.py" line="233"/>
        <source>Local facts</source>
        <translation>Lokale opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/facts_panel.py" line="115"/>
        <source>Open a section to see its service&apos;s local facts.</source>
        <translation>Åpne en seksjon for å se de lokale opplysningene til tjenesten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/facts_panel.py" line="122"/>
        <source>Each local edition fills in its own values. Insert a fact where the regional text needs one; the preview marks it as a local fact.</source>
        <translation>Hver lokale utgave fyller inn sine egne verdier. Sett inn en opplysning der den regionale teksten trenger en; forhåndsvisningen merker den som lokal opplysning.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/facts_panel.py" line="127"/>
        <source>Insert</source>
        <translation>Sett inn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/facts_panel.py" line="135"/>
        <source>Values for this service in this edition; the texts show them in place.</source>
        <translation>Verdier for denne tjenesten i denne utgaven; tekstene viser dem der de er satt inn.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/facts_panel.py" line="149"/>
        <source>e.g. 55 56 78 90</source>
        <translation>f.eks. 55 56 78 90</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/facts_panel.py" line="150"/>
        <source>e.g. post@kommune.no</source>
        <translation>f.eks. post@kommune.no</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/facts_panel.py" line="151"/>
        <source>e.g. https://www.kommune.no/skjema</source>
        <translation>f.eks. https://www.kommune.no/skjema</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/facts_panel.py" line="152"/>
        <source>e.g. weekdays 09.00–11.00</source>
        <translation>f.eks. hverdager kl. 09.00–11.00</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/facts_panel.py" line="153"/>
        <source>not filled in</source>
        <translation>ikke fylt inn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/facts_panel.py" line="234"/>
        <source>No adaptation in {edition} only adds contact details.</source>
        <translation>Ingen tilpasning i {edition} legger bare til kontaktopplysninger.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="45"/>
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="46"/>
        <source>Find text</source>
        <translation>Søketekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="48"/>
        <source>&amp;Find:</source>
        <translation>&amp;Finn:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="52"/>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="52"/>
        <source>Find previous (Shift+Enter)</source>
        <translation>Finn forrige (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="55"/>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="55"/>
        <source>Find next (Enter)</source>
        <translation>Finn neste (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="57"/>
        <source>Match &amp;case</source>
        <translation>Skill mellom store og små &amp;bokstaver</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="58"/>
        <source>Match case</source>
        <translation>Skill mellom store og små bokstaver</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="60"/>
        <source>Matches</source>
        <translation>Treff</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="63"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="63"/>
        <source>Close the find bar (Esc)</source>
        <translation>Lukk søkefeltet (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="67"/>
        <source>Replace with</source>
        <translation>Erstatt med</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="68"/>
        <source>Replacement text</source>
        <translation>Tekst å erstatte med</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="69"/>
        <source>R&amp;eplace:</source>
        <translation>&amp;Erstatt:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="72"/>
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="72"/>
        <source>Replace this match and find the next</source>
        <translation>Erstatt dette treffet og finn det neste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="75"/>
        <source>Replace All</source>
        <translation>Erstatt alle</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="76"/>
        <source>Replace every match (one undo step)</source>
        <translation>Erstatt alle treff (kan angres i ett steg)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="228"/>
        <source>No matches</source>
        <translation>Ingen treff</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="230"/>
        <source>{current} of {total}</source>
        <translation>{current} av {total}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="232"/>
        <source>1 match</source>
        <translation>1 treff</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="234"/>
        <source>{count} matches</source>
        <translation>{count} treff</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="288"/>
        <source>Replaced 1 match</source>
        <translation>Erstattet 1 treff</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="290"/>
        <source>Replaced {count} matches</source>
        <translation>Erstattet {count} treff</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="249"/>
        <source>This section is read-only.</source>
        <translation>Denne seksjonen er skrivebeskyttet.</translation>
    </message>
</context>
<context>
    <name>Hearing</name>
    <message>
        <location filename="../../src/kartedit/domain/hearing.py" line="82"/>
        <source>all sections</source>
        <translation>alle seksjoner</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/hearing.py" line="87"/>
        <source>pathways {slugs}</source>
        <translation>forløp {slugs}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/hearing.py" line="93"/>
        <source>services {slugs}</source>
        <translation>tjenester {slugs}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/hearing.py" line="99"/>
        <source>sections {keys}</source>
        <translation>seksjoner {keys}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/hearing.py" line="106"/>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/deadlines.py" line="56"/>
        <source>the deadline is only {days} days away; hearings usually give at least six weeks (consider 1 more week).</source>
        <translation>fristen er bare {days} dager unna; høringer gir vanligvis minst seks uker (vurder 1 uke til).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/deadlines.py" line="61"/>
        <source>the deadline is only {days} days away; hearings usually give at least six weeks (consider {count} more weeks).</source>
        <translation>fristen er bare {days} dager unna; høringer gir vanligvis minst seks uker (vurder {count} uker til).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/deadlines.py" line="69"/>
        <source>the summer holiday (July)</source>
        <translation>sommerferien (juli)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/deadlines.py" line="70"/>
        <source>Christmas</source>
        <translation>jula</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/deadlines.py" line="71"/>
        <source>Easter</source>
        <translation>påsken</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/deadlines.py" line="75"/>
        <source>the hearing period spans {season}, when few answer; consider 1 more week.</source>
        <translation>høringsperioden omfatter {season}, da få svarer; vurder 1 uke til.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/deadlines.py" line="79"/>
        <source>the hearing period spans {season}, when few answer; consider {count} more weeks.</source>
        <translation>høringsperioden omfatter {season}, da få svarer; vurder {count} uker til.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/word_responses.py" line="128"/>
        <source>nothing to import: no comments, no changes and no answers on the response form (was the document sent back as it was sent out?)</source>
        <translation>ingenting å importere: ingen merknader, ingen endringer og ingen svar i svarskjemaet (ble dokumentet sendt tilbake slik det ble sendt ut?)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/word_responses.py" line="319"/>
        <source>an empty comment by {author} was left out</source>
        <translation>en tom merknad fra {author} ble utelatt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/word_responses.py" line="365"/>
        <source>text added by {author} outside the texts on hearing was not imported: «{text}»</source>
        <translation>tekst som {author} la til utenfor tekstene på høring, ble ikke importert: «{text}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/word_responses.py" line="371"/>
        <source>text deleted by {author} outside the texts on hearing was not imported: «{text}»</source>
        <translation>tekst som {author} slettet utenfor tekstene på høring, ble ikke importert: «{text}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/word_responses.py" line="486"/>
        <source>a comment by {author} is outside the texts on hearing and was not imported: «{text}»</source>
        <translation>en merknad fra {author} står utenfor tekstene på høring og ble ikke importert: «{text}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/word_responses.py" line="515"/>
        <source>a general remark on «{pathway}» has no text on hearing to go with</source>
        <translation>en generell merknad om «{pathway}» har ingen tekst på høring å høre til</translation>
    </message>
</context>
<context>
    <name>HearingActions</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="101"/>
        <source>&amp;Import responses…</source>
        <translation>&amp;Importer høringssvar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="102"/>
        <source>Import responses</source>
        <translation>Importer høringssvar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="104"/>
        <source>Import response bundles from reviewers (Ctrl+Shift+I)</source>
        <translation>Importer svarpakker fra høringsinstansene (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="106"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="107"/>
        <source>Approve &amp;section</source>
        <translation>Godkjenn &amp;seksjonen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="109"/>
        <source>Approve the section shown; every comment on it must be decided</source>
        <translation>Godkjenn seksjonen som vises; alle merknader til den må være avgjort</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="111"/>
        <source>&amp;Approve round…</source>
        <translation>&amp;Godkjenn runden…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="112"/>
        <source>Approve round</source>
        <translation>Godkjenn runden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="114"/>
        <source>Approve every section whose comments are all decided; lists the others</source>
        <translation>Godkjenn alle seksjoner der alle merknader er avgjort; de andre blir listet opp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="116"/>
        <source>&amp;Close round…</source>
        <translation>&amp;Avslutt runden…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="117"/>
        <source>Hearing &amp;summary…</source>
        <translation>Høringsopps&amp;ummering…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="118"/>
        <source>Summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="120"/>
        <source>Save who said what and what was decided, as HTML or CSV (Ctrl+Shift+S)</source>
        <translation>Lagre hvem som sa hva og hva som ble avgjort, som HTML eller CSV (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="122"/>
        <source>&amp;Export approved bundle…</source>
        <translation>&amp;Eksporter godkjent pakke…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="123"/>
        <source>Export approved</source>
        <translation>Eksporter godkjent</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="125"/>
        <source>Write the approved regional texts for local editions to apply</source>
        <translation>Eksporter de godkjente regionale tekstene slik at lokale utgaver kan ta dem i bruk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="127"/>
        <source>Close &amp;window</source>
        <translation>Lukk &amp;vinduet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="128"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Svar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="129"/>
        <source>Re&amp;solve</source>
        <translation>Merk som &amp;løst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="130"/>
        <source>Re&amp;open</source>
        <translation>Gjen&amp;åpne</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="131"/>
        <source>&amp;Accept suggestion…</source>
        <translation>&amp;Godta forslaget…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="132"/>
        <source>Re&amp;ject…</source>
        <translation>Avv&amp;is…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="133"/>
        <source>Go to the &amp;sections</source>
        <translation>Gå til &amp;seksjonene</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="134"/>
        <source>Go to the &amp;text</source>
        <translation>Gå til &amp;teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="135"/>
        <source>Go to the &amp;comments</source>
        <translation>Gå til &amp;merknadene</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="137"/>
        <source>&amp;Round</source>
        <translation>&amp;Runde</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="138"/>
        <source>&amp;Decide</source>
        <translation>&amp;Avgjør</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="139"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="141"/>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="142"/>
        <source>Hearing toolbar</source>
        <translation>Verktøylinje for høring</translation>
    </message>
</context>
<context>
    <name>HearingController</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="93"/>
        <source>Hea&amp;ring</source>
        <translation>H&amp;øring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="94"/>
        <source>Hearing &amp;rounds…</source>
        <translation>Hørings&amp;runder…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="96"/>
        <source>Read and decide on the comments of a hearing round (Ctrl+Shift+R)</source>
        <translation>Les og avgjør merknadene i en høringsrunde (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="98"/>
        <source>&amp;Import responses…</source>
        <translation>I&amp;mporter høringssvar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="100"/>
        <source>Import reviewers&apos; response bundles, many at once (Ctrl+Shift+I)</source>
        <translation>Importer svarpakker fra høringsinstansene, mange på én gang (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="102"/>
        <source>&amp;Apply approved bundle…</source>
        <translation>&amp;Ta i bruk godkjent pakke…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="104"/>
        <source>Bring approved regional texts into this copy of the map</source>
        <translation>Hent godkjente regionale tekster inn i denne kopien av kartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="106"/>
        <source>&amp;Start hearing round…</source>
        <translation>&amp;Start høringsrunde…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="108"/>
        <source>Send pathways and services out for hearing, with a deadline</source>
        <translation>Send forløp og tjenester på høring, med en frist</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="110"/>
        <source>&amp;Export review bundle…</source>
        <translation>&amp;Eksporter høringspakke…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="112"/>
        <source>Write the file to send to the hearing participants</source>
        <translation>Lag filen som skal sendes til høringsinstansene</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="114"/>
        <source>Export hearing &amp;document…</source>
        <translation>Eksporter høringsd&amp;okument…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="116"/>
        <source>Write a Word document for participants who answer without kartedit</source>
        <translation>Lag et Word-dokument til høringsinstanser som svarer uten kartedit</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="149"/>
        <source>Hearing round started</source>
        <translation>Høringsrunden er startet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="151"/>
        <source>«{name}» has started; its sections are now in hearing. Export the review bundle to send to the participants now?</source>
        <translation>«{name}» er startet, og seksjonene er nå til høring. Vil du eksportere høringspakken som skal sendes til høringsinstansene nå?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="154"/>
        <source>Export review bundle…</source>
        <translation>Eksporter høringspakke…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="191"/>
        <source>The review bundle of «{name}» ({sections}) is saved as {path}.

Send this file to the hearing participants, by e-mail or a shared drive. They open it in kartedit (or read it in a browser), comment, and send back a response bundle before {deadline}; import those with Hearing → Import responses….</source>
        <translation>Høringspakken for «{name}» ({sections}) er lagret som {path}.

Send denne filen til høringsinstansene, på e-post eller via en delt mappe. De åpner den i kartedit (eller leser den i en nettleser), kommenterer og sender tilbake en svarpakke innen {deadline}. Importer svarene med Høring → Importer høringssvar….</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="198"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n seksjon</numerusform>
            <numerusform>%n seksjoner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="326"/>
        <source>New regional text: {section}</source>
        <translation>Ny regional tekst: {section}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="330"/>
        <source> (local adaptations that go stale: {editions})</source>
        <translation> (lokale tilpasninger som blir utdaterte: {editions})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="335"/>
        <source>Nothing changes: this map already has these texts.</source>
        <translation>Ingenting endres: kartet har allerede disse tekstene.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="338"/>
        <source>Already up to date: %n section(s)</source>
        <translation>
            <numerusform>Allerede oppdatert: %n seksjon</numerusform>
            <numerusform>Allerede oppdatert: %n seksjoner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="189"/>
        <source>Review bundle exported</source>
        <translation>Høringspakken er eksportert</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="242"/>
        <source>An import is already running; wait for its report.</source>
        <translation>En import pågår allerede; vent på rapporten fra den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="303"/>
        <source>Apply approved bundle</source>
        <translation>Ta i bruk godkjent pakke</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="305"/>
        <source>{file} holds approved regional texts. Add them to this map? Local adaptations keep their text; those whose regional text changed go stale.</source>
        <translation>{file} inneholder godkjente regionale tekster. Vil du legge dem til i dette kartet? Lokale tilpasninger beholder teksten sin; de som bygger på en regional tekst som er endret, blir utdatert.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="308"/>
        <source>Apply</source>
        <translation>Ta i bruk</translation>
    </message>
</context>
<context>
    <name>HearingDocument</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_word.py" line="40"/>
        <source>Export hearing document</source>
        <translation>Eksporter høringsdokument</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_word.py" line="42"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_word.py" line="60"/>
        <source>There is no open hearing round; start one with Hearing → Start hearing round… first.</source>
        <translation>Det finnes ingen åpen høringsrunde. Start en med Høring → Start høringsrunde… først.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_word.py" line="93"/>
        <source>1 section</source>
        <translation>1 seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_word.py" line="94"/>
        <source>{count} sections</source>
        <translation>{count} seksjoner</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_word.py" line="99"/>
        <source>Hearing document exported</source>
        <translation>Høringsdokumentet er eksportert</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_word.py" line="100"/>
        <source>The hearing document of «{name}» ({sections}) is saved as {path}.

Send it to participants who do not use kartedit. They answer in Word or LibreOffice — comments in the margin, tracked changes, or the form at the end — and send it back before {deadline}; import the returned documents with Hearing → Import responses….</source>
        <translation>Høringsdokumentet for «{name}» ({sections}) er lagret som {path}.

Send det til høringsinstanser som ikke bruker kartedit. De svarer i Word eller LibreOffice — med merknader i margen, sporede endringer eller skjemaet bakerst — og sender det tilbake innen {deadline}. Les inn dokumentene som kommer tilbake, med Høring → Importer høringssvar….</translation>
    </message>
</context>
<context>
    <name>HearingThreadsPanel</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="162"/>
        <source>Re&amp;viewer:</source>
        <translation>Avs&amp;ender:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="163"/>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisasjon:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="164"/>
        <source>Sta&amp;te:</source>
        <translation>&amp;Tilstand:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="165"/>
        <source>Show comments by this reviewer</source>
        <translation>Vis merknader fra denne avsenderen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="166"/>
        <source>Show comments from this organisation</source>
        <translation>Vis merknader fra denne organisasjonen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="167"/>
        <source>Show comments in this state</source>
        <translation>Vis merknader med denne tilstanden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="168"/>
        <source>Comments and suggestions</source>
        <translation>Merknader og forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="170"/>
        <source>Choose a comment to see its passage in the text; the buttons decide on it.</source>
        <translation>Velg en merknad for å se tekstutdraget den gjelder; knappene avgjør den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="172"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Svar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="173"/>
        <source>Reply in the chosen thread</source>
        <translation>Svar i den valgte tråden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="174"/>
        <source>Re&amp;solve</source>
        <translation>Merk som &amp;løst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="175"/>
        <source>Mark the chosen comment as dealt with</source>
        <translation>Merk den valgte merknaden som ferdig behandlet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="176"/>
        <source>Re&amp;open</source>
        <translation>Gjen&amp;åpne</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="177"/>
        <source>Undo the decision on the chosen comment</source>
        <translation>Angre avgjørelsen for den valgte merknaden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="178"/>
        <source>&amp;Accept…</source>
        <translation>G&amp;odta…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="179"/>
        <source>Accept the chosen suggestion into the text</source>
        <translation>Godta det valgte forslaget og sett det inn i teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="180"/>
        <source>Re&amp;ject…</source>
        <translation>Avv&amp;is…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="181"/>
        <source>Reject the chosen comment, giving a reason</source>
        <translation>Avvis den valgte merknaden med en begrunnelse</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="182"/>
        <source>No comments match.

Change the filters or pick a section.</source>
        <translation>Ingen merknader passer.

Endre filtrene eller velg en seksjon.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="183"/>
        <source>No comments</source>
        <translation>Ingen merknader</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="188"/>
        <source>All states</source>
        <translation>Alle tilstander</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="190"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="191"/>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="192"/>
        <source>Accepted</source>
        <translation>Godtatt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="193"/>
        <source>Rejected</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="203"/>
        <source>All reviewers</source>
        <translation>Alle avsendere</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="207"/>
        <source>All organisations</source>
        <translation>Alle organisasjoner</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="258"/>
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n tråd</numerusform>
            <numerusform>%n tråder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="275"/>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="276"/>
        <source>resolved</source>
        <translation>løst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="277"/>
        <source>accepted</source>
        <translation>godtatt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="278"/>
        <source>rejected</source>
        <translation>avvist</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="299"/>
        <source>moved: found elsewhere in today&apos;s text</source>
        <translation>flyttet: funnet et annet sted i dagens tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="304"/>
        <source>orphaned: passage gone from the text</source>
        <translation>foreldreløs: tekstutdraget er borte fra teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="316"/>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="420"/>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="316"/>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="420"/>
        <source>Comment</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="333"/>
        <source>Suggested wording:</source>
        <translation>Foreslått formulering:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="340"/>
        <source>Suggests deleting the passage.</source>
        <translation>Foreslår å stryke tekstutdraget.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="346"/>
        <source>{state} by {who}, {when}</source>
        <translation>{state} av {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="362"/>
        <source>Reply from {who}: {text}</source>
        <translation>Svar fra {who}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="367"/>
        <source>Suggestion from {who} for «{quote}», {state}: «{replacement}». {text}</source>
        <translation>Forslag fra {who} til «{quote}», {state}: «{replacement}». {text}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="376"/>
        <source>Comment from {who} on «{quote}», {state}: {text}</source>
        <translation>Merknad fra {who} til «{quote}», {state}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="380"/>
        <source>(moved)</source>
        <translation>(flyttet)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="382"/>
        <source>(orphaned: passage gone)</source>
        <translation>(foreldreløs: tekstutdraget er borte)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="424"/>
        <source>moved</source>
        <translation>flyttet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="426"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n svar</numerusform>
            <numerusform>%n svar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="478"/>
        <source>Show the passage</source>
        <translation>Vis tekstutdraget</translation>
    </message>
</context>
<context>
    <name>HearingWindow</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="163"/>
        <source>Hearing rounds — kartedit</source>
        <translation>Høringsrunder — kartedit</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="164"/>
        <source>Hearing rounds: the coordinator&apos;s review view</source>
        <translation>Høringsrunder: koordinatorens oversikt over merknadene</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="165"/>
        <source>&amp;Round:</source>
        <translation>R&amp;unde:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="166"/>
        <source>Hearing round</source>
        <translation>Høringsrunde</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="167"/>
        <source>Sections, text and comments</source>
        <translation>Seksjoner, tekst og merknader</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="194"/>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="194"/>
        <source>closed</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="196"/>
        <source>{name} ({state}, deadline {deadline})</source>
        <translation>{name} ({state}, frist {deadline})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="291"/>
        <source>No comments match the filters in this round.</source>
        <translation>Ingen merknader i denne runden passer med filtrene.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="91"/>
        <source>Reply saved.</source>
        <translation>Svaret er lagret.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="102"/>
        <source>Marked as resolved.</source>
        <translation>Merket som løst.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="111"/>
        <source>Reopened: the decision is undone.</source>
        <translation>Gjenåpnet: avgjørelsen er angret.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="132"/>
        <source>Reject…</source>
        <translation>Avvis…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="122"/>
        <source>Why is this suggestion not followed? The reason goes in the hearing summary.</source>
        <translation>Hvorfor blir ikke dette forslaget tatt til følge? Begrunnelsen kommer med i høringsoppsummeringen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="127"/>
        <source>Why is this comment not followed? The reason goes in the hearing summary.</source>
        <translation>Hvorfor blir ikke denne merknaden tatt til følge? Begrunnelsen kommer med i høringsoppsummeringen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="146"/>
        <source>Rejected; the reason is kept.</source>
        <translation>Avvist; begrunnelsen er tatt vare på.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="197"/>
        <source>Suggestion accepted: saved as revision {seq}.</source>
        <translation>Forslaget er godtatt: lagret som versjon {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="201"/>
        <source>Suggestion accepted; the text already said so.</source>
        <translation>Forslaget er godtatt; teksten sa det allerede.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="206"/>
        <source>No hearing rounds yet. Start one in the main window with Hearing → Start hearing round…, export its review bundle, and import the responses here.</source>
        <translation>Ingen høringsrunder ennå. Start en i hovedvinduet med Høring → Start høringsrunde…, eksporter høringspakken og importer høringssvarene her.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="424"/>
        <source>«{section}» is approved.</source>
        <translation>«{section}» er godkjent.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="426"/>
        <source>«{section}» was already approved.</source>
        <translation>«{section}» var allerede godkjent.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="451"/>
        <source>Approve the round</source>
        <translation>Godkjenn runden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="460"/>
        <source>%n comment(s) or suggestion(s) still have no decision.</source>
        <translation>
            <numerusform>%n merknad eller forslag er fortsatt ikke avgjort.</numerusform>
            <numerusform>%n merknader eller forslag er fortsatt ikke avgjort.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="463"/>
        <source>Close the round</source>
        <translation>Avslutt runden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="465"/>
        <source>Close «{name}»? No more responses can be imported into it, and its sections are no longer «in hearing».</source>
        <translation>Vil du avslutte «{name}»? Da kan ingen flere høringssvar importeres til den, og seksjonene er ikke lenger «til høring».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="468"/>
        <source>Close round</source>
        <translation>Avslutt runden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="478"/>
        <source>The round «{name}» is closed.</source>
        <translation>Runden «{name}» er avsluttet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="487"/>
        <source>hearing summary</source>
        <translation>høringsoppsummering</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="495"/>
        <source>Saved the hearing summary ({threads}) to {path}.</source>
        <translation>Lagret høringsoppsummeringen ({threads}) i {path}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="496"/>
        <source>%n comment(s) and suggestion(s)</source>
        <translation>
            <numerusform>%n merknad eller forslag</numerusform>
            <numerusform>%n merknader og forslag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="506"/>
        <source>approved</source>
        <translation>godkjent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="515"/>
        <source>Wrote {path}: %n approved section(s).</source>
        <translation>
            <numerusform>Skrev {path}: %n godkjent seksjon.</numerusform>
            <numerusform>Skrev {path}: %n godkjente seksjoner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="517"/>
        <source>Left out (not approved): {section}</source>
        <translation>Ikke med (ikke godkjent): {section}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="521"/>
        <source>Export approved bundle</source>
        <translation>Eksporter godkjent pakke</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/kartedit/domain/history.py" line="29"/>
        <source>Restored the revision of {created}</source>
        <translation>Gjenopprettet versjonen fra {created}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/history.py" line="30"/>
        <source>Adapted locally</source>
        <translation>Tilpasset lokalt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/history.py" line="31"/>
        <source>Carried over to the new regional text</source>
        <translation>Overført til den nye regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/history.py" line="32"/>
        <source>Accepted suggestion from {reviewer}</source>
        <translation>Godtok forslag fra {reviewer}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/history.py" line="33"/>
        <source>Approved in the hearing round «{round}» (approved bundle {bundle})</source>
        <translation>Godkjent i høringsrunden «{round}» (godkjent pakke {bundle})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/history.py" line="36"/>
        <source>Refers to the local fact «{fact}» (from «{edition}»&apos;s adaptation)</source>
        <translation>Viser til den lokale opplysningen «{fact}» (fra tilpasningen i «{edition}»)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/history.py" line="39"/>
        <source>Moved from the local adaptation of {section}</source>
        <translation>Flyttet fra den lokale tilpasningen av {section}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="78"/>
        <source>Revisions of this section, newest first</source>
        <translation>Versjoner av denne seksjonen, nyeste først</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="79"/>
        <source>View</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="80"/>
        <source>View the chosen revision</source>
        <translation>Vis den valgte versjonen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="81"/>
        <source>Compare…</source>
        <translation>Sammenlign…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="82"/>
        <source>Compare revisions</source>
        <translation>Sammenlign versjoner</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="85"/>
        <source>Compare the chosen revision with the current one, or two revisions chosen with Ctrl+click.</source>
        <translation>Sammenlign den valgte versjonen med den gjeldende, eller to versjoner valgt med Ctrl+klikk.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="89"/>
        <source>Restore…</source>
        <translation>Gjenopprett…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="90"/>
        <source>Restore the chosen revision</source>
        <translation>Gjenopprett den valgte versjonen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="92"/>
        <source>Bring back this text as a new revision; nothing in the history is lost.</source>
        <translation>Hent fram igjen denne teksten som en ny versjon; ingenting i historikken går tapt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="119"/>
        <source>Revision {seq} · {when}</source>
        <translation>Versjon {seq} · {when}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="123"/>
        <source>current</source>
        <translation>gjeldende</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="127"/>
        <source>«{message}»</source>
        <translation>«{message}»</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="206"/>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="213"/>
        <source>File or comment</source>
        <translation>Fil eller merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="213"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="213"/>
        <source>Passage</source>
        <translation>Tekstutdrag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="213"/>
        <source>Where</source>
        <translation>Plassering</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="217"/>
        <source>What became of each file and comment</source>
        <translation>Hva som skjedde med hver fil og merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="223"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Kopier rapporten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="224"/>
        <source>Copy the report as text</source>
        <translation>Kopier rapporten som tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="243"/>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="244"/>
        <source>already present</source>
        <translation>fantes fra før</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="245"/>
        <source>updated</source>
        <translation>oppdatert</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="250"/>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="252"/>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="253"/>
        <source>Comment</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="257"/>
        <source>in its thread</source>
        <translation>i tråden sin</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="259"/>
        <source>in place</source>
        <translation>på plass</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="260"/>
        <source>moved: re-anchored</source>
        <translation>flyttet: funnet på nytt sted</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="261"/>
        <source>orphaned: passage gone</source>
        <translation>foreldreløs: tekstutdraget er borte</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="270"/>
        <source>changed without tracking</source>
        <translation>endret uten sporing</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="271"/>
        <source>general remark</source>
        <translation>generell merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="272"/>
        <source>a local fact was edited: decide it under Local facts</source>
        <translation>en lokal opplysning ble endret: avgjør det under Lokale opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="277"/>
        <source>not imported (cancelled)</source>
        <translation>ikke importert (avbrutt)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="279"/>
        <source>refused: {reason}</source>
        <translation>avvist: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="281"/>
        <source>{new} new, {present} already present, {updated} updated; {moved} moved, {orphaned} orphaned</source>
        <translation>nye: {new}, fantes fra før: {present}, oppdatert: {updated}; flyttet: {moved}, foreldreløse: {orphaned}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="291"/>
        <source>(imported before)</source>
        <translation>(importert før)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="309"/>
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n fil importert</numerusform>
            <numerusform>%n filer importert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="310"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n avvist</numerusform>
            <numerusform>%n avvist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="313"/>
        <source>%n not reached (cancelled)</source>
        <translation>
            <numerusform>%n ikke behandlet (avbrutt)</numerusform>
            <numerusform>%n ikke behandlet (avbrutt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="315"/>
        <source>Comments, suggestions and replies: {new} new, {present} already present, {updated} updated; {moved} moved to where their passage is now, {orphaned} orphaned (their passage is gone; they are kept and listed with their quote).</source>
        <translation>Merknader, forslag og svar – nye: {new}, fantes fra før: {present}, oppdatert: {updated}; flyttet dit tekstutdraget står nå: {moved}; foreldreløse (tekstutdraget er borte; de blir tatt vare på og vist med sitatet sitt): {orphaned}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="328"/>
        <source>A refused file changed nothing; the other files were imported. Ask the sender for a new copy, or check that it belongs to this map.</source>
        <translation>En avvist fil endret ingenting; de andre filene ble importert. Be avsenderen om en ny kopi, eller sjekk at den hører til dette kartet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="344"/>
        <source>refused</source>
        <translation>avvist</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="257"/>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="258"/>
        <source>Reopen as draft</source>
        <translation>Åpne igjen som utkast</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="259"/>
        <source>Adapt locally…</source>
        <translation>Tilpass lokalt…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="260"/>
        <source>Adapt locally</source>
        <translation>Tilpass lokalt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="262"/>
        <source>Write a local version of this section, starting from the regional text.</source>
        <translation>Skriv en lokal tekst for denne seksjonen, med den regionale teksten som utgangspunkt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="264"/>
        <source>What changed regionally…</source>
        <translation>Hva er endret regionalt…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="266"/>
        <source>Show what changed in the regional text since the adaptation was written</source>
        <translation>Vis hva som er endret i den regionale teksten siden tilpasningen ble skrevet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="268"/>
        <source>Carry over…</source>
        <translation>Overfør…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="270"/>
        <source>Carry the local adaptation over to the new regional text</source>
        <translation>Overfør den lokale tilpasningen til den nye regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="273"/>
        <source>You see the carried-over text, and confirm it, before anything is saved.</source>
        <translation>Du ser den overførte teksten og bekrefter den før noe blir lagret.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="275"/>
        <source>Information about this section</source>
        <translation>Informasjon om denne seksjonen</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../src/kartedit/gui/common/i18n.py" line="63"/>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
</context>
<context>
    <name>LixBand</name>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="83"/>
        <source>very easy</source>
        <translation>svært lett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="84"/>
        <source>easy</source>
        <translation>lett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="85"/>
        <source>medium</source>
        <translation>middels</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="86"/>
        <source>difficult</source>
        <translation>vanskelig</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="87"/>
        <source>very difficult</source>
        <translation>svært vanskelig</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="185"/>
        <source>There is no edition «{slug}» in this map.</source>
        <translation>Det finnes ingen utgave «{slug}» i dette kartet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="248"/>
        <source>Map</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="249"/>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="321"/>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="323"/>
        <source>Local facts</source>
        <translation>Lokale opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="324"/>
        <source>&amp;Local facts</source>
        <translation>&amp;Lokale opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="250"/>
        <source>&amp;Map</source>
        <translation>&amp;Kart</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="251"/>
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="322"/>
        <source>Search &amp;results</source>
        <translation>S&amp;økeresultater</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="252"/>
        <source>kartedit main window</source>
        <translation>kartedit hovedvindu</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="466"/>
        <source>Recovered unsaved text; check it and save.</source>
        <translation>Ulagret tekst er hentet fram igjen. Sjekk teksten og lagre.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="546"/>
        <source>Saved {when} by {author}</source>
        <translation>Lagret {when} av {author}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/section_work.py" line="71"/>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/section_work.py" line="72"/>
        <source>«{section}» has changes that are not saved. Save them as a new revision?</source>
        <translation>«{section}» har endringer som ikke er lagret. Vil du lagre dem som en ny versjon?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/who.py" line="29"/>
        <source>Who is writing?</source>
        <translation>Hvem skriver?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/section_work.py" line="136"/>
        <source>Nothing to save: the text is unchanged.</source>
        <translation>Ingenting å lagre: teksten er uendret.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/section_work.py" line="166"/>
        <source>Saved revision {seq}.</source>
        <translation>Lagret versjon {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/section_work.py" line="190"/>
        <source>Status changed to «{status}».</source>
        <translation>Statusen er endret til «{status}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/section_work.py" line="224"/>
        <source>Restore revision</source>
        <translation>Gjenopprett versjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/section_work.py" line="225"/>
        <source>Bring back the text of revision {seq} ({when}, {author}) as a new revision? The history keeps every earlier text.</source>
        <translation>Vil du hente fram igjen teksten i versjon {seq} ({when}, {author}) som en ny versjon? Historikken tar vare på alle tidligere tekster.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/section_work.py" line="244"/>
        <source>Restored as revision {seq}.</source>
        <translation>Gjenopprettet som versjon {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="769"/>
        <source>About kartedit</source>
        <translation>Om kartedit</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="771"/>
        <source>&lt;p&gt;&lt;b&gt;kartedit {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline editor for regional and local &lt;i&gt;samhandlingsforløp&lt;/i&gt; for children and young people.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;kartedit {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Et redigeringsverktøy som virker uten nett, for regionale og lokale &lt;i&gt;samhandlingsforløp&lt;/i&gt; for barn og unge.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_wiring.py" line="71"/>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_wiring.py" line="72"/>
        <source>&amp;Quality</source>
        <translation>&amp;Kvalitet</translation>
    </message>
</context>
<context>
    <name>MapTree</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/map_tree.py" line="164"/>
        <source>Map: pathways, services and sections</source>
        <translation>Kart: forløp, tjenester og seksjoner</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/map_tree.py" line="166"/>
        <source>Press Enter on a section to write in it; F6 moves to the next pane.</source>
        <translation>Trykk Enter på en seksjon for å skrive i den; F6 går til neste felt.</translation>
    </message>
</context>
<context>
    <name>MapTreeModel</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/map_model.py" line="78"/>
        <source>Map</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/map_model.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/map_model.py" line="99"/>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/map_model.py" line="189"/>
        <source>Unsaved changes.</source>
        <translation>Ulagrede endringer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/writer/map_model.py" line="231"/>
        <source>%n local</source>
        <translation>
            <numerusform>%n lokal</numerusform>
            <numerusform>%n lokale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/writer/map_model.py" line="233"/>
        <source>%n stale</source>
        <translation>
            <numerusform>%n utdatert</numerusform>
            <numerusform>%n utdaterte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_wiring.py" line="33"/>
        <source>%n error(s)</source>
        <translation>%n feil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_wiring.py" line="37"/>
        <source>LIX: {spread}</source>
        <translation>LIX: {spread}</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="140"/>
        <source>Add «{word}» to the map&apos;s word list</source>
        <translation>Legg «{word}» til i kartets ordliste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="170"/>
        <source>Insert local fact</source>
        <translation>Sett inn lokal opplysning</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/preview.py" line="50"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/preview.py" line="51"/>
        <source>How the section text will look when published.</source>
        <translation>Slik ser seksjonsteksten ut når den blir publisert.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="195"/>
        <source>Publish</source>
        <translation>Publiser</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="199"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Utgave:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="200"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="201"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versjon:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="202"/>
        <source>Change &amp;note:</source>
        <translation>Endrings&amp;notat:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="203"/>
        <source>&amp;Where to:</source>
        <translation>&amp;Hvor:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="209"/>
        <source>Website (folder)</source>
        <translation>Nettsted (mappe)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="209"/>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="209"/>
        <source>Word document</source>
        <translation>Word-dokument</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="212"/>
        <source>Include &amp;drafts (a clearly marked draft edition)</source>
        <translation>Ta med u&amp;tkast (en tydelig merket utkastutgave)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="213"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="214"/>
        <source>C&amp;heck</source>
        <translation>&amp;Sjekk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="215"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publiser</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="216"/>
        <source>Before pub&amp;lishing (double-click to open):</source>
        <translation>Før pub&amp;lisering (dobbeltklikk for å åpne):</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="217"/>
        <source>Where to</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="239"/>
        <source>Folder for the website</source>
        <translation>Mappe for nettstedet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="243"/>
        <source>Save as</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="256"/>
        <source>the text is empty</source>
        <translation>teksten er tom</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="257"/>
        <source>placeholder left in the text: «{detail}»</source>
        <translation>plassholder står igjen i teksten: «{detail}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="258"/>
        <source>the link «{detail}» points nowhere in this map</source>
        <translation>lenken «{detail}» peker ikke til noe i dette kartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="259"/>
        <source>the link «{detail}» is malformed</source>
        <translation>lenken «{detail}» er feilskrevet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="260"/>
        <source>not approved</source>
        <translation>ikke godkjent</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="261"/>
        <source>the local fact «{detail}» has no value</source>
        <translation>den lokale opplysningen «{detail}» mangler verdi</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="293"/>
        <source>{count} things to look at before publishing.</source>
        <translation>{count} ting å se på før publisering.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="295"/>
        <source>Nothing to fix.</source>
        <translation>Ingenting å rette.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="310"/>
        <source>Choose where to publish first.</source>
        <translation>Velg først hvor det skal publiseres.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="316"/>
        <source>Write the version as MAJOR.MINOR, e.g. 1.2.</source>
        <translation>Skriv versjonen som HOVED.UNDER, for eksempel 1.2.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="337"/>
        <source>Publishing…</source>
        <translation>Publiserer…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="354"/>
        <source>Stopping; nothing is published…</source>
        <translation>Stopper; ingenting blir publisert…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="373"/>
        <source>Stopped. Nothing was published.</source>
        <translation>Stoppet. Ingenting ble publisert.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="377"/>
        <source>Published version {version} to {path}.</source>
        <translation>Publiserte versjon {version} til {path}.</translation>
    </message>
</context>
<context>
    <name>PublishMenu</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_menu.py" line="33"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publiser…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_menu.py" line="34"/>
        <source>Publish an edition as a website, PDF or Word document</source>
        <translation>Publiser en utgave som nettsted, PDF eller Word-dokument</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <location filename="../../src/kartedit/services/publish/check.py" line="48"/>
        <source>{section}: {problem}</source>
        <translation>{section}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/check.py" line="55"/>
        <source>the section is empty</source>
        <translation>seksjonen er tom</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/check.py" line="56"/>
        <source>placeholder left in the text: «{detail}»</source>
        <translation>plassholder står igjen i teksten: «{detail}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/check.py" line="59"/>
        <source>the link «{detail}» points nowhere in this map</source>
        <translation>lenken «{detail}» peker ikke til noe i dette kartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/check.py" line="62"/>
        <source>the link «{detail}» is malformed</source>
        <translation>lenken «{detail}» er feilskrevet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/check.py" line="63"/>
        <source>not approved ({detail})</source>
        <translation>ikke godkjent ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/check.py" line="64"/>
        <source>the local fact «{detail}» has no value</source>
        <translation>den lokale opplysningen «{detail}» mangler verdi</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/check.py" line="67"/>
        <source>not approved (draft)</source>
        <translation>ikke godkjent (utkast)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/services/publish/check.py" line="68"/>
        <source>not approved (in hearing)</source>
        <translation>ikke godkjent (til høring)</translation>
    </message>
</context>
<context>
    <name>QualityListsDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="50"/>
        <source>Word list, terms and aliases</source>
        <translation>Ordliste, termer og andre navn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="56"/>
        <source>Words the map accepts, one per line</source>
        <translation>Ord kartet godtar, ett per linje</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="60"/>
        <source>Words the dictionaries lack but the map uses, one per line:</source>
        <translation>Ord som mangler i ordbøkene, men som kartet bruker, ett per linje:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="67"/>
        <source>Preferred (bokmål)</source>
        <translation>Anbefalt (bokmål)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="68"/>
        <source>Preferred (nynorsk)</source>
        <translation>Anbefalt (nynorsk)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="69"/>
        <source>Discouraged (comma-separated)</source>
        <translation>Frarådet (skilt med komma)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="70"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="77"/>
        <source>Add term</source>
        <translation>Legg til term</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="78"/>
        <source>Remove term</source>
        <translation>Fjern term</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="92"/>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="92"/>
        <source>Other names (comma-separated)</source>
        <translation>Andre navn (skilt med komma)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="101"/>
        <source>Word list</source>
        <translation>Ordliste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="102"/>
        <source>Terms</source>
        <translation>Termer</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="103"/>
        <source>Service aliases</source>
        <translation>Andre navn på tjenester</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="149"/>
        <source>Term {row}: give a preferred word and at least one discouraged variant.</source>
        <translation>Term {row}: oppgi et anbefalt ord og minst én frarådet variant.</translation>
    </message>
</context>
<context>
    <name>QualityMarks</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_marks.py" line="32"/>
        <source>Not in the dictionary: «{word}».</source>
        <translation>Står ikke i ordboka: «{word}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_marks.py" line="37"/>
        <source>Nynorsk form in a bokmål text: «{word}».</source>
        <translation>Nynorskform i en bokmålstekst: «{word}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_marks.py" line="39"/>
        <source>Bokmål form in a nynorsk text: «{word}».</source>
        <translation>Bokmålsform i en nynorsktekst: «{word}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_marks.py" line="44"/>
        <source>The map&apos;s term list discourages «{word}».</source>
        <translation>Kartets termliste fraråder «{word}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_marks.py" line="50"/>
        <source>Long sentence: {count} words (more than 25).</source>
        <translation>Lang setning: {count} ord (mer enn 25).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_marks.py" line="54"/>
        <source>Suggestion: {words}</source>
        <translation>Forslag: {words}</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="48"/>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="143"/>
        <source>Spelling</source>
        <translation>Stavemåte</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="49"/>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="144"/>
        <source>Written standard</source>
        <translation>Målform</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="50"/>
        <source>Discouraged term</source>
        <translation>Frarådet term</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="51"/>
        <source>Hand-off outside the pathway</source>
        <translation>Henvisning til tjeneste utenfor forløpet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="54"/>
        <source>One-sided hand-off</source>
        <translation>Ensidig henvisning</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="57"/>
        <source>Long sentence</source>
        <translation>Lang setning</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="63"/>
        <source>very easy</source>
        <translation>svært lett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="64"/>
        <source>easy</source>
        <translation>lett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="65"/>
        <source>medium</source>
        <translation>middels</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="66"/>
        <source>difficult</source>
        <translation>vanskelig</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="67"/>
        <source>very difficult</source>
        <translation>svært vanskelig</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="142"/>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="145"/>
        <source>Terms</source>
        <translation>Termer</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="146"/>
        <source>Hand-offs</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="147"/>
        <source>Long sentences</source>
        <translation>Lange setninger</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="151"/>
        <source>Show findings of kind</source>
        <translation>Vis funn av typen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="152"/>
        <source>Errors only</source>
        <translation>Bare feil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="153"/>
        <source>Check the map</source>
        <translation>Kontroller kartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="154"/>
        <source>Word list and terms…</source>
        <translation>Ordliste og termer …</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="156"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="156"/>
        <source>Finding</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="156"/>
        <source>Passage</source>
        <translation>Tekstutdrag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="156"/>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="167"/>
        <source>Checking the map…</source>
        <translation>Kontrollerer kartet …</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="223"/>
        <source>Not checked yet. «Check the map» lists what to fix.</source>
        <translation>Ikke kontrollert ennå. «Kontroller kartet» viser hva som bør rettes.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="257"/>
        <source>{service} is not a service of this pathway</source>
        <translation>{service} er ikke en tjeneste i dette forløpet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="261"/>
        <source>{service} does not name this service back</source>
        <translation>{service} nevner ikke denne tjenesten tilbake</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="268"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="269"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="274"/>
        <source>LIX of the map: {spread}</source>
        <translation>LIX for kartet: {spread}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="276"/>
        <source>Spelling is unavailable: the dictionaries are missing.</source>
        <translation>Stavekontroll er ikke tilgjengelig: ordbøkene mangler.</translation>
    </message>
</context>
<context>
    <name>ReadabilityIndicator</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/status_bar.py" line="30"/>
        <source>Text statistics</source>
        <translation>Tekststatistikk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/status_bar.py" line="33"/>
        <source>LIX readability: words per sentence plus the share of words longer than six letters. Below 25 is very easy, 55 and above very difficult.</source>
        <translation>LIX-lesbarhet: ord per setning pluss andelen ord som er lengre enn seks bokstaver. Under 25 er svært lett, 55 og over er svært vanskelig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/writer/status_bar.py" line="49"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln tegn</numerusform>
            <numerusform>%Ln tegn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/writer/status_bar.py" line="50"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln ord</numerusform>
            <numerusform>%Ln ord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/status_bar.py" line="53"/>
        <source>LIX {score} ({band})</source>
        <translation>LIX {score} ({band})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/status_bar.py" line="58"/>
        <source>LIX –</source>
        <translation>LIX –</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="64"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="72"/>
        <source>Ctrl+Enter saves.</source>
        <translation>Ctrl+Enter lagrer.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="76"/>
        <source>Recover unsaved text</source>
        <translation>Hent fram ulagret tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="86"/>
        <source>kartedit was not closed properly last time. The sections below have text that was not saved. Tick the texts you want back; they open as unsaved changes that you can check and save.</source>
        <translation>kartedit ble ikke avsluttet på vanlig måte sist. Seksjonene nedenfor har tekst som ikke ble lagret. Kryss av for tekstene du vil ha tilbake; de åpnes som ulagrede endringer som du kan sjekke og lagre.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="94"/>
        <source>Unsaved texts</source>
        <translation>Ulagrede tekster</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="98"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="98"/>
        <source>Edition</source>
        <translation>Utgave</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="98"/>
        <source>Written</source>
        <translation>Sist endret</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="98"/>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="113"/>
        <source>Unsaved text of the selected section</source>
        <translation>Ulagret tekst i den valgte seksjonen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="117"/>
        <source>About the selected text</source>
        <translation>Om den valgte teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="118"/>
        <source>&amp;Unsaved text:</source>
        <translation>&amp;Ulagret tekst:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="125"/>
        <source>Restore &amp;Ticked</source>
        <translation>Hent fram a&amp;vkryssede</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="126"/>
        <source>Restore the ticked texts and discard the others</source>
        <translation>Hent fram de avkryssede tekstene og forkast resten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="132"/>
        <source>Restore &amp;All</source>
        <translation>Hent fram &amp;alle</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="133"/>
        <source>Restore all unsaved texts</source>
        <translation>Hent fram alle ulagrede tekster</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="139"/>
        <source>&amp;Discard All</source>
        <translation>&amp;Forkast alle</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="140"/>
        <source>Discard all unsaved texts</source>
        <translation>Forkast alle ulagrede tekster</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="146"/>
        <source>Decide &amp;Later</source>
        <translation>&amp;Bestem senere</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="147"/>
        <source>Keep the texts and ask again next time</source>
        <translation>Behold tekstene og spør igjen neste gang</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="165"/>
        <source>Regional text</source>
        <translation>Regional tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="198"/>
        <source>The section was not found in this map.</source>
        <translation>Fant ikke seksjonen i dette kartet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="202"/>
        <source>Same as the saved text</source>
        <translation>Lik den lagrede teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="204"/>
        <source>{added} characters added, {removed} removed</source>
        <translation>{added} tegn lagt til, {removed} fjernet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="208"/>
        <source>The section was saved again after this text was written.</source>
        <translation>Seksjonen er lagret på nytt etter at denne teksten ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="210"/>
        <source>{count} characters</source>
        <translation>{count} tegn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="261"/>
        <source>Discard unsaved text</source>
        <translation>Forkast ulagret tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="262"/>
        <source>Discard this unsaved text? This cannot be undone.</source>
        <translation>Vil du forkaste denne ulagrede teksten? Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="264"/>
        <source>Discard {count} unsaved texts? This cannot be undone.</source>
        <translation>Vil du forkaste {count} ulagrede tekster? Dette kan ikke angres.</translation>
    </message>
</context>
<context>
    <name>RegionLegend</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_parts.py" line="143"/>
        <source>conflict</source>
        <translation>konflikt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_parts.py" line="144"/>
        <source>both sides changed this passage (wavy underline)</source>
        <translation>begge sider har endret dette tekstutdraget (bølget understreking)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_parts.py" line="148"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_parts.py" line="149"/>
        <source>changed locally only (dotted)</source>
        <translation>bare endret lokalt (prikket)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_parts.py" line="153"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_parts.py" line="154"/>
        <source>changed regionally only (dashed)</source>
        <translation>bare endret regionalt (stiplet)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_parts.py" line="158"/>
        <source>same</source>
        <translation>lik</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_parts.py" line="159"/>
        <source>the same change on both sides (solid)</source>
        <translation>samme endring på begge sider (heltrukket)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_parts.py" line="176"/>
        <source>Key to the marks</source>
        <translation>Forklaring til merkene</translation>
    </message>
</context>
<context>
    <name>RenameEditionDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="217"/>
        <source>Rename «{name}»</source>
        <translation>Gi «{name}» nytt navn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="220"/>
        <source>The short name travels in exported files and bundles: change it only when it is wrong. Texts and history stay as they are.</source>
        <translation>Kortnavnet følger med i eksporterte filer og pakker: endre det bare når det er feil. Tekster og historikk blir som før.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="224"/>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
</context>
<context>
    <name>ResponseImport</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="63"/>
        <source>Import responses</source>
        <translation>Importer høringssvar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="65"/>
        <source>Responses: bundles and Word documents (*.kartbundle *.docx);;All files (*)</source>
        <translation>Høringssvar: svarpakker og Word-dokumenter (*.kartbundle *.docx);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="127"/>
        <source>Importing responses</source>
        <translation>Importerer høringssvar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="128"/>
        <source>Import progress</source>
        <translation>Framdrift for importen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="134"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="147"/>
        <source>Stopping after the file being imported; the rest stay untouched…</source>
        <translation>Stopper etter filen som importeres nå; resten blir ikke rørt …</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="155"/>
        <source>Importing response {number} of {total}…</source>
        <translation>Importerer høringssvar {number} av {total} …</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="159"/>
        <source>Done: {file}</source>
        <translation>Ferdig: {file}</translation>
    </message>
</context>
<context>
    <name>ReviewWork</name>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="93"/>
        <source>The passage you selected in the preview is not found exactly once in the text. Select it in the text on the left instead.</source>
        <translation>Tekstutdraget du merket i forhåndsvisningen, finnes ikke nøyaktig én gang i teksten. Merk det i teksten til venstre i stedet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="100"/>
        <source>Select a passage in the text first, then choose this again.</source>
        <translation>Merk først et tekstutdrag i teksten, og velg så dette på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="139"/>
        <source>Suggestion added.</source>
        <translation>Forslaget er lagt til.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="139"/>
        <source>Comment added.</source>
        <translation>Merknaden er lagt til.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="149"/>
        <source>Choose a comment in the comments panel first.</source>
        <translation>Velg først en merknad i merknadspanelet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="172"/>
        <source>Reply added.</source>
        <translation>Svaret er lagt til.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="200"/>
        <source>Changes saved.</source>
        <translation>Endringene er lagret.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="211"/>
        <source>Its replies are deleted with it.</source>
        <translation>Svarene på den blir slettet sammen med den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="214"/>
        <source>Delete comment</source>
        <translation>Slett merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="215"/>
        <source>Delete your comment on «{quote}»?</source>
        <translation>Vil du slette merknaden din til «{quote}»?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="216"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="224"/>
        <source>Comment deleted.</source>
        <translation>Merknaden er slettet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="280"/>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="288"/>
        <source>Export response</source>
        <translation>Eksporter høringssvar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="281"/>
        <source>You have not made any comments. Send a response without comments?</source>
        <translation>Du har ikke gitt noen merknader. Vil du sende et høringssvar uten merknader?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="282"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="290"/>
        <source>kartedit bundles (*.kartbundle)</source>
        <translation>kartedit-pakker (*.kartbundle)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="301"/>
        <source>Response saved in {path}.</source>
        <translation>Høringssvaret er lagret i {path}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="309"/>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="329"/>
        <source>Response exported</source>
        <translation>Høringssvaret er eksportert</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="310"/>
        <source>Your response is saved as:
{path}</source>
        <translation>Høringssvaret ditt er lagret som:
{path}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="313"/>
        <source>It holds {comments}, {suggestions} and {replies}. Send the file to {sender} by {deadline}, by e-mail or on the shared drive.</source>
        <translation>Det inneholder {comments}, {suggestions} og {replies}. Send filen til {sender} innen {deadline}, på e-post eller via fellesområdet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/review/review_work.py" line="316"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n merknad</numerusform>
            <numerusform>%n merknader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/review/review_work.py" line="317"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n forslag</numerusform>
            <numerusform>%n forslag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/review/review_work.py" line="318"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n svar</numerusform>
            <numerusform>%n svar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="324"/>
        <source>Open folder</source>
        <translation>Åpne mappen</translation>
    </message>
</context>
<context>
    <name>ReviewerActions</name>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="67"/>
        <source>&amp;Open bundle…</source>
        <translation>&amp;Åpne pakke…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="68"/>
        <source>&amp;Export response…</source>
        <translation>&amp;Eksporter høringssvar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="69"/>
        <source>Export response…</source>
        <translation>Eksporter høringssvar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="71"/>
        <source>Write your comments into a response bundle to send back (Ctrl+Shift+E)</source>
        <translation>Skriv merknadene dine til en svarpakke som du sender tilbake (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="73"/>
        <source>&amp;Who is reviewing…</source>
        <translation>&amp;Hvem svarer…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="74"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="75"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="77"/>
        <source>&amp;Comment…</source>
        <translation>&amp;Kommenter…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="78"/>
        <source>Comment…</source>
        <translation>Kommenter…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="79"/>
        <source>Comment on the selected passage (Ctrl+M)</source>
        <translation>Kommenter det merkede tekstutdraget (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="80"/>
        <source>&amp;Suggest wording…</source>
        <translation>&amp;Foreslå formulering…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="81"/>
        <source>Suggest wording…</source>
        <translation>Foreslå formulering…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="83"/>
        <source>Propose new wording for the selected passage (Ctrl+Shift+M)</source>
        <translation>Foreslå ny formulering av det merkede tekstutdraget (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="85"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Svar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="86"/>
        <source>Reply…</source>
        <translation>Svar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="87"/>
        <source>Reply to the chosen comment (Ctrl+R)</source>
        <translation>Svar på den valgte merknaden (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="88"/>
        <source>&amp;Edit comment…</source>
        <translation>&amp;Rediger merknad…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="89"/>
        <source>&amp;Delete comment…</source>
        <translation>S&amp;lett merknad…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="90"/>
        <source>&amp;Next comment</source>
        <translation>&amp;Neste merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="91"/>
        <source>&amp;Previous comment</source>
        <translation>F&amp;orrige merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="92"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="93"/>
        <source>Select &amp;all</source>
        <translation>&amp;Merk alt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="94"/>
        <source>Comments of &amp;all sections</source>
        <translation>Merknader i a&amp;lle seksjoner</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="95"/>
        <source>&amp;Next pane</source>
        <translation>&amp;Neste felt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="96"/>
        <source>P&amp;revious pane</source>
        <translation>F&amp;orrige felt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="97"/>
        <source>Go to the &amp;map</source>
        <translation>Gå til k&amp;artet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="98"/>
        <source>Go to the &amp;text</source>
        <translation>Gå til &amp;teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="99"/>
        <source>Go to the c&amp;omments</source>
        <translation>Gå til m&amp;erknadene</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="100"/>
        <source>&amp;About kartedit</source>
        <translation>&amp;Om kartedit</translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="256"/>
        <source>Who is reviewing?</source>
        <translation>Hvem svarer på høringen?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="258"/>
        <source>Your name, organisation and role go with every comment you make on this bundle, and into the response you send back.</source>
        <translation>Navnet, organisasjonen og rollen din følger med hver merknad du gir i denne pakken, og med høringssvaret du sender tilbake.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="263"/>
        <source>Your name, organisation and role go with every comment you make on this bundle, and into the response you send back to {recipient}.</source>
        <translation>Navnet, organisasjonen og rollen din følger med hver merknad du gir i denne pakken, og med høringssvaret du sender tilbake til {recipient}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="267"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="268"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="269"/>
        <source>&amp;Role in this hearing:</source>
        <translation>&amp;Rolle i denne høringen:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="270"/>
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="271"/>
        <source>e.g. Kari Nordmann</source>
        <translation>f.eks. Kari Nordmann</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="272"/>
        <source>Your organisation</source>
        <translation>Organisasjonen din</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="273"/>
        <source>e.g. PPT Voss</source>
        <translation>f.eks. PPT Voss</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="274"/>
        <source>Your role in this hearing</source>
        <translation>Rollen din i denne høringen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="275"/>
        <source>Choose one, or write your own; it may be left empty.</source>
        <translation>Velg en, eller skriv din egen; feltet kan stå tomt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="281"/>
        <source>adviser</source>
        <translation>rådgiver</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="282"/>
        <source>user representative</source>
        <translation>brukerrepresentant</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="283"/>
        <source>public health nurse</source>
        <translation>helsesykepleier</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="284"/>
        <source>general practitioner</source>
        <translation>fastlege</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="285"/>
        <source>teacher</source>
        <translation>lærer</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="286"/>
        <source>psychologist</source>
        <translation>psykolog</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="287"/>
        <source>manager</source>
        <translation>leder</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="292"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="294"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ReviewerMenus</name>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="156"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="157"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="158"/>
        <source>&amp;Comments</source>
        <translation>&amp;Merknader</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="159"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="160"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="161"/>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="162"/>
        <source>Toolbar</source>
        <translation>Verktøylinje</translation>
    </message>
</context>
<context>
    <name>ReviewerView</name>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="309"/>
        <source>Choose a section in the map on the left to read it and comment on it.</source>
        <translation>Velg en seksjon i kartet til venstre for å lese og kommentere den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="311"/>
        <source>Section text (read-only)</source>
        <translation>Seksjonstekst (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="314"/>
        <source>Select a passage with the mouse or with Shift and the arrow keys, then press Ctrl+M to comment or Ctrl+Shift+M to suggest wording.</source>
        <translation>Merk et tekstutdrag med musen eller med Shift og piltastene, og trykk så Ctrl+M for å kommentere eller Ctrl+Shift+M for å foreslå formulering.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="319"/>
        <source>Text — select a passage to comment on it</source>
        <translation>Tekst – merk et tekstutdrag for å kommentere det</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="320"/>
        <source>Preview — how the text will look</source>
        <translation>Forhåndsvisning – slik blir teksten seende ut</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="321"/>
        <source>Comment</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="322"/>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="325"/>
        <source>Select a passage in the text, then choose Comment… (Ctrl+M) or Suggest wording… (Ctrl+Shift+M). When you are done, send your comments with «Export response…».</source>
        <translation>Merk et tekstutdrag i teksten, og velg så Kommenter… (Ctrl+M) eller Foreslå formulering… (Ctrl+Shift+M). Når du er ferdig, sender du merknadene med «Eksporter høringssvar…».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="330"/>
        <source>Text and preview</source>
        <translation>Tekst og forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="331"/>
        <source>About this review bundle</source>
        <translation>Om denne høringspakken</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="332"/>
        <source>Export your response</source>
        <translation>Eksporter høringssvaret ditt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="341"/>
        <source>Hearing: {round}</source>
        <translation>Høring: {round}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="343"/>
        <source>Deadline {deadline} · {edition} · sent by {sender}, {sent}</source>
        <translation>Frist {deadline} · {edition} · sendt av {sender}, {sent}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="375"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n merknad</numerusform>
            <numerusform>%n merknader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewerWindow</name>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="151"/>
        <source>Sections in this hearing</source>
        <translation>Seksjoner på høring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="152"/>
        <source>Comments</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="153"/>
        <source>&amp;Map</source>
        <translation>&amp;Kart</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="154"/>
        <source>C&amp;omments panel</source>
        <translation>&amp;Merknadspanel</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="156"/>
        <source>Press Enter on a section to read it and comment on it; F6 moves on.</source>
        <translation>Trykk Enter på en seksjon for å lese og kommentere den; F6 går videre.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="158"/>
        <source>kartedit reviewer window</source>
        <translation>kartedit høringsvindu</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="205"/>
        <source>Suggestion from {who}: «{replacement}»</source>
        <translation>Forslag fra {who}: «{replacement}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="209"/>
        <source>Comment from {who}: {text}</source>
        <translation>Merknad fra {who}: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="213"/>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="268"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n svar</numerusform>
            <numerusform>%n svar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="265"/>
        <source>{comments} · {suggestions} · {replies} — kept on this computer</source>
        <translation>{comments} · {suggestions} · {replies} – lagret på denne maskinen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="266"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n merknad</numerusform>
            <numerusform>%n merknader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="267"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n forslag</numerusform>
            <numerusform>%n forslag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="301"/>
        <source>Choose a comment in the comments panel first.</source>
        <translation>Velg først en merknad i merknadspanelet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="321"/>
        <source>You are asked for your name and role with your first comment.</source>
        <translation>Du blir spurt om navn og rolle når du gir den første merknaden.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="323"/>
        <source>You comment as {reviewer}.</source>
        <translation>Du kommenterer som {reviewer}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="346"/>
        <source>{round} — review — kartedit</source>
        <translation>{round} – høring – kartedit</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="349"/>
        <source>{section} · {round} — review — kartedit</source>
        <translation>{section} · {round} – høring – kartedit</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="367"/>
        <source>About kartedit</source>
        <translation>Om kartedit</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="369"/>
        <source>&lt;p&gt;&lt;b&gt;kartedit {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reviewing «{round}».&lt;/p&gt;&lt;p&gt;Bundle: {path}&lt;br&gt;Your comments are kept in: {work}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;kartedit {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Høringssvar til «{round}».&lt;/p&gt;&lt;p&gt;Pakke: {path}&lt;br&gt;Merknadene dine er lagret i: {work}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="206"/>
        <source>{section} — revision {seq}</source>
        <translation>{section} — versjon {seq}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="209"/>
        <source>Saved {when} by {author}. {message}</source>
        <translation>Lagret {when} av {author}. {message}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="222"/>
        <source>Text of the revision (read-only)</source>
        <translation>Teksten i versjonen (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="230"/>
        <source>Restore this revision…</source>
        <translation>Gjenopprett denne versjonen…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="232"/>
        <source>Restore this revision</source>
        <translation>Gjenopprett denne versjonen</translation>
    </message>
</context>
<context>
    <name>RoundBanner</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="100"/>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="100"/>
        <source>closed</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="101"/>
        <source>Hearing: {name}</source>
        <translation>Høring: {name}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="104"/>
        <source>deadline {deadline}</source>
        <translation>frist {deadline}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="106"/>
        <source>started {when} by {who}</source>
        <translation>startet {when} av {who}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="113"/>
        <source>%n reviewer(s)</source>
        <translation>
            <numerusform>%n har svart</numerusform>
            <numerusform>%n har svart</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="116"/>
        <source>{total}, {open} without a decision</source>
        <translation>{total}, {open} uten avgjørelse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="117"/>
        <source>%n comment(s) and suggestion(s)</source>
        <translation>
            <numerusform>%n merknad eller forslag</numerusform>
            <numerusform>%n merknader og forslag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="120"/>
        <source>About this hearing round</source>
        <translation>Om denne høringsrunden</translation>
    </message>
</context>
<context>
    <name>RoundDialogs</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="305"/>
        <source>Web page (*.html)</source>
        <translation>Nettside (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="306"/>
        <source>Spreadsheet, CSV (*.csv)</source>
        <translation>Regneark, CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="307"/>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument, merknadsdokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="310"/>
        <source>Save the hearing summary</source>
        <translation>Lagre høringsoppsummeringen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="328"/>
        <source>Export the approved bundle</source>
        <translation>Eksporter den godkjente pakken</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="330"/>
        <source>kartedit bundles (*.kartbundle)</source>
        <translation>kartedit-pakker (*.kartbundle)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="343"/>
        <source>Apply an approved bundle</source>
        <translation>Ta i bruk en godkjent pakke</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="345"/>
        <source>kartedit bundles (*.kartbundle);;All files (*)</source>
        <translation>kartedit-pakker (*.kartbundle);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>SaveMessageDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/save_dialog.py" line="20"/>
        <source>Save revision</source>
        <translation>Lagre versjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/save_dialog.py" line="22"/>
        <source>Save «{section}» as a new revision.</source>
        <translation>Lagre «{section}» som en ny versjon.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/save_dialog.py" line="26"/>
        <source>For example: shorter referral criteria</source>
        <translation>For eksempel: kortere krav for henvisning</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/save_dialog.py" line="27"/>
        <source>What changed (optional)</source>
        <translation>Hva er endret (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/save_dialog.py" line="29"/>
        <source>&amp;What changed (optional):</source>
        <translation>&amp;Hva er endret (valgfritt):</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="217"/>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="218"/>
        <source>Search the whole map</source>
        <translation>Søk i hele kartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="220"/>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="226"/>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="242"/>
        <source>Search status</source>
        <translation>Søkestatus</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="303"/>
        <source>1 section found.</source>
        <translation>Fant 1 seksjon.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="305"/>
        <source>{count} sections found.</source>
        <translation>Fant {count} seksjoner.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="309"/>
        <source>Nothing found for «{query}».</source>
        <translation>Fant ingenting for «{query}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="330"/>
        <source>Type at least two letters, or press Enter.</source>
        <translation>Skriv minst to bokstaver, eller trykk Enter.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="131"/>
        <source>Pathway</source>
        <translation>Forløp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="131"/>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="131"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="131"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="365"/>
        <source>Choose a section in the map on the left to read and write its text.</source>
        <translation>Velg en seksjon i kartet til venstre for å lese og skrive teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="367"/>
        <source>Section text (Markdown)</source>
        <translation>Seksjonstekst (Markdown)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="368"/>
        <source>This section has no text yet. Write it here.</source>
        <translation>Denne seksjonen har ingen tekst ennå. Skriv den her.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="371"/>
        <source>Editor and preview</source>
        <translation>Redigering og forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="458"/>
        <source>{status} · inherited</source>
        <translation>{status} · arvet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="460"/>
        <source>{status} · local · stale</source>
        <translation>{status} · lokal · utdatert</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="462"/>
        <source>{status} · local</source>
        <translation>{status} · lokal</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="472"/>
        <source>This section is inherited from the regional text and is read-only in {edition}. Adapt it locally only where your practice really differs.</source>
        <translation>Denne seksjonen er arvet fra den regionale teksten og er skrivebeskyttet i {edition}. Tilpass den lokalt bare der praksisen deres virkelig er annerledes.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="483"/>
        <source>Reopen it as a draft to carry the change over.</source>
        <translation>Åpne den igjen som utkast for å overføre endringen.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="491"/>
        <source>This section is approved and read-only. Reopen it as a draft to edit it.</source>
        <translation>Denne seksjonen er godkjent og skrivebeskyttet. Åpne den igjen som utkast for å redigere den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="479"/>
        <source>The regional text has changed since this local adaptation was written. Check whether the local text should follow.</source>
        <translation>Den regionale teksten er endret etter at denne lokale tilpasningen ble skrevet. Sjekk om den lokale teksten bør følge med.</translation>
    </message>
</context>
<context>
    <name>SectionKind</name>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="19"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="20"/>
        <source>Assessment</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="21"/>
        <source>Interventions</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="22"/>
        <source>Evaluation</source>
        <translation>Evaluering av tiltak</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="23"/>
        <source>Collaboration</source>
        <translation>Samarbeid</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="24"/>
        <source>Referral</source>
        <translation>Videre henvisning</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="25"/>
        <source>Introduction</source>
        <translation>Innledning</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="26"/>
        <source>For children, young people and parents</source>
        <translation>Til barn, unge og foreldre</translation>
    </message>
</context>
<context>
    <name>SectionState</name>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="100"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="102"/>
        <source>stale</source>
        <translation>utdatert</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="109"/>
        <source>Status: {status}.</source>
        <translation>Status: {status}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="114"/>
        <source>Adapted locally in this edition.</source>
        <translation>Tilpasset lokalt i denne utgaven.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="117"/>
        <source>Inherited from the regional text; read-only here.</source>
        <translation>Arvet fra den regionale teksten; skrivebeskyttet her.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="123"/>
        <source>Stale: the regional text has changed since this local adaptation was written.</source>
        <translation>Utdatert: den regionale teksten er endret etter at denne lokale tilpasningen ble skrevet.</translation>
    </message>
</context>
<context>
    <name>SectionTextPane</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="322"/>
        <source>Approve &amp;section</source>
        <translation>Godkjenn se&amp;ksjonen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="324"/>
        <source>Approve this section (every comment on it must be decided)</source>
        <translation>Godkjenn denne seksjonen (alle merknader til den må være avgjort)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="326"/>
        <source>Comment</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="327"/>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="328"/>
        <source>Section text as it is now (read-only)</source>
        <translation>Seksjonsteksten slik den er nå (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="330"/>
        <source>Commented passages are marked; choose one to see its comments.</source>
        <translation>Tekstutdrag med merknader er markert; velg ett for å se merknadene.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="332"/>
        <source>Comments whose passage is gone from the text</source>
        <translation>Merknader der tekstutdraget er borte fra teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="335"/>
        <source>Choose a hearing round and a section.</source>
        <translation>Velg en høringsrunde og en seksjon.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="350"/>
        <source>%n without a decision</source>
        <translation>
            <numerusform>%n uten avgjørelse</numerusform>
            <numerusform>%n uten avgjørelse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="357"/>
        <source>⚠ Changed substantially since the hearing: the text keeps only {percent} % of what was sent out. It may need a new hearing.</source>
        <translation>⚠ Vesentlig endret etter høringen: teksten beholder bare {percent} % av det som ble sendt ut. Den kan trenge en ny høring.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="364"/>
        <source>«{quote}» — {who}: passage gone</source>
        <translation>«{quote}» — {who}: tekstutdraget er borte</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="370"/>
        <source>Orphaned: this passage is no longer in the text ({when}).</source>
        <translation>Foreldreløs: dette tekstutdraget finnes ikke lenger i teksten ({when}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="376"/>
        <source>Orphaned — passage no longer in the text (%n)</source>
        <translation>
            <numerusform>Foreldreløs — tekstutdraget finnes ikke lenger i teksten (%n)</numerusform>
            <numerusform>Foreldreløse — tekstutdraget finnes ikke lenger i teksten (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionsList</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="147"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="147"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="147"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="148"/>
        <source>Comments without a decision, of all comments</source>
        <translation>Merknader uten avgjørelse, av alle merknader</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="149"/>
        <source>How the text stands since the hearing</source>
        <translation>Hvordan teksten har endret seg etter høringen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="150"/>
        <source>Sections of the round</source>
        <translation>Seksjonene i runden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="163"/>
        <source>All sections</source>
        <translation>Alle seksjoner</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="208"/>
        <source>Status: {status}.</source>
        <translation>Status: {status}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="209"/>
        <source>%n comment(s) or suggestion(s)</source>
        <translation>
            <numerusform>%n merknad eller forslag</numerusform>
            <numerusform>%n merknader eller forslag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="210"/>
        <source>%n without a decision</source>
        <translation>
            <numerusform>%n uten avgjørelse</numerusform>
            <numerusform>%n uten avgjørelse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="213"/>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="218"/>
        <source>The text keeps only {percent} % of what was sent out: it may need a new hearing.</source>
        <translation>Teksten beholder bare {percent} % av det som ble sendt ut: den kan trenge en ny høring.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="223"/>
        <source>edited</source>
        <translation>redigert</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="55"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="59"/>
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="60"/>
        <source>e.g. Kari Nordmann</source>
        <translation>f.eks. Kari Nordmann</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="62"/>
        <source>Your organisation</source>
        <translation>Organisasjonen din</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="63"/>
        <source>e.g. Helsestasjonen i Voss</source>
        <translation>f.eks. Helsestasjonen i Voss</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="68"/>
        <source>Interface language</source>
        <translation>Språk i programmet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="75"/>
        <source>Editor font size</source>
        <translation>Skriftstørrelse i redigeringsfeltet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="77"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="83"/>
        <source>The new language is used the next time kartedit starts.</source>
        <translation>Det nye språket tas i bruk neste gang kartedit starter.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="91"/>
        <source>Your name and organisation are recorded on every revision you save.</source>
        <translation>Navnet og organisasjonen din blir registrert på hver versjon du lagrer.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="95"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="96"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="97"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="99"/>
        <source>Editor &amp;font size:</source>
        <translation>S&amp;kriftstørrelse:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="104"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="105"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="132"/>
        <source>The settings could not be saved: {reason}</source>
        <translation>Innstillingene kunne ikke lagres: {reason}</translation>
    </message>
</context>
<context>
    <name>StaleModel</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="435"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="435"/>
        <source>Regional change</source>
        <translation>Regional endring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="449"/>
        <source>Minor</source>
        <translation>Liten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="449"/>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="452"/>
        <source>Minor: only spacing, punctuation or case changed in the regional text.</source>
        <translation>Liten: bare mellomrom, tegnsetting eller store og små bokstaver er endret i den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="454"/>
        <source>Changed: the regional wording changed.</source>
        <translation>Endret: den regionale ordlyden er endret.</translation>
    </message>
</context>
<context>
    <name>StaleOverridesDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="480"/>
        <source>Stale adaptations in «{name}»</source>
        <translation>Utdaterte tilpasninger i «{name}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="492"/>
        <source>Stale local adaptations</source>
        <translation>Utdaterte lokale tilpasninger</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="496"/>
        <source>&amp;Show regional change…</source>
        <translation>&amp;Vis regional endring…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="498"/>
        <source>Show what changed in the regional text since the adaptation was written</source>
        <translation>Vis hva som er endret i den regionale teksten siden tilpasningen ble skrevet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="500"/>
        <source>&amp;Carry over…</source>
        <translation>&amp;Overfør…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="502"/>
        <source>Carry the local adaptation over to the new regional text</source>
        <translation>Overfør den lokale tilpasningen til den nye regionale teksten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="530"/>
        <source>The regional text has changed under %n local adaptation(s) in «{name}». Compare what changed, then carry each adaptation over; you see the result before anything is saved.</source>
        <translation>
            <numerusform>Den regionale teksten er endret siden %n lokal tilpasning i «{name}» ble skrevet. Sammenlign hva som er endret, og overfør deretter tilpasningen; du ser resultatet før noe blir lagret.</numerusform>
            <numerusform>Den regionale teksten er endret siden %n lokale tilpasninger i «{name}» ble skrevet. Sammenlign hva som er endret, og overfør deretter hver tilpasning; du ser resultatet før noe blir lagret.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="543"/>
        <source>Nothing in «{name}» is stale; every adaptation is up to date.</source>
        <translation>Ingenting i «{name}» er utdatert; alle tilpasningene er oppdaterte.</translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="97"/>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="98"/>
        <source>Start hearing round</source>
        <translation>Start høringsrunde</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="101"/>
        <source>e.g. «Høring angst 2027»</source>
        <translation>f.eks. «Høring angst 2027»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="102"/>
        <source>Name of the round</source>
        <translation>Navnet på runden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="105"/>
        <source>Edition</source>
        <translation>Utgave</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="119"/>
        <source>Pathways</source>
        <translation>Forløp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="120"/>
        <source>Services</source>
        <translation>Tjenester</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="121"/>
        <source>&amp;Pathways</source>
        <translation>&amp;Forløp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="123"/>
        <source>Ser&amp;vices</source>
        <translation>&amp;Tjenester</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="133"/>
        <source>Check what to send out. Nothing checked in a list means all of it: with nothing checked at all, every section goes out for hearing. A pathway&apos;s introduction and its text for families go out with it when no service is checked.</source>
        <translation>Kryss av for det som skal sendes ut. Ingen avkrysninger i en liste betyr alt i den: uten noen avkrysninger i det hele tatt går alle seksjoner på høring. Innledningen til et forløp og teksten til barn, unge og foreldre følger med forløpet når ingen tjeneste er krysset av.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="140"/>
        <source>About the scope</source>
        <translation>Om omfanget</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="147"/>
        <source>Deadline for responses</source>
        <translation>Frist for høringssvar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="150"/>
        <source>About the deadline</source>
        <translation>Om svarfristen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="155"/>
        <source>Optional: what you want the participants to answer (Markdown)</source>
        <translation>Valgfritt: hva du ønsker at høringsinstansene skal svare på (Markdown)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="157"/>
        <source>Questions for the hearing letter</source>
        <translation>Spørsmål i høringsbrevet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="161"/>
        <source>Written standard of the hearing documents</source>
        <translation>Skriftnorm i høringsdokumentene</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="162"/>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="163"/>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="167"/>
        <source>Private persons who answer agree to be named in the hearing summary</source>
        <translation>Privatpersoner som svarer, samtykker i å bli navngitt i høringsoppsummeringen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="169"/>
        <source>Consent to name private persons</source>
        <translation>Samtykke til å navngi privatpersoner</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="172"/>
        <source>Without consent, the hearing summary and the merknadsdokument show «privatperson» instead of the name of someone who answered without an organisation.</source>
        <translation>Uten samtykke viser høringsoppsummeringen og merknadsdokumentet «privatperson» i stedet for navnet til den som svarte uten en organisasjon.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="182"/>
        <source>You will be asked for your name when you start the round.</source>
        <translation>Du blir spurt om navnet ditt når du starter runden.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="185"/>
        <source>Started by</source>
        <translation>Startet av</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="191"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="195"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="196"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Utgave:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="197"/>
        <source>&amp;Deadline:</source>
        <translation>Fri&amp;st:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="199"/>
        <source>&amp;Questions:</source>
        <translation>Spørs&amp;mål:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="200"/>
        <source>&amp;Written standard:</source>
        <translation>Skriftn&amp;orm:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="202"/>
        <source>Started by:</source>
        <translation>Startet av:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="208"/>
        <source>&amp;Start round</source>
        <translation>Start &amp;runden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="209"/>
        <source>Start round</source>
        <translation>Start runden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="211"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="242"/>
        <source>The deadline is only {days} days away; hearings usually give at least six weeks.</source>
        <translation>Svarfristen er bare {days} dager unna. En høring gir vanligvis minst seks uker.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="249"/>
        <source>The hearing period spans the summer holiday (July); consider {weeks} more weeks.</source>
        <translation>Høringsperioden går over sommerferien (juli). Vurder {weeks} uker ekstra.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="254"/>
        <source>The hearing period spans Christmas; consider one more week.</source>
        <translation>Høringsperioden går over julen. Vurder én uke ekstra.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="256"/>
        <source>The hearing period spans Easter; consider one more week.</source>
        <translation>Høringsperioden går over påsken. Vurder én uke ekstra.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="268"/>
        <source>Give the round a name, e.g. «Høring angst 2027».</source>
        <translation>Gi runden et navn, f.eks. «Høring angst 2027».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="273"/>
        <source>A round needs the name of who starts it.</source>
        <translation>En runde trenger navnet på den som starter den.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="307"/>
        <source>{name} (deadline {deadline})</source>
        <translation>{name} (frist {deadline})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="314"/>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="330"/>
        <source>Export review bundle</source>
        <translation>Eksporter høringspakke</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="315"/>
        <source>Which open round?</source>
        <translation>Hvilken åpen runde?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="332"/>
        <source>kartedit bundles (*.kartbundle)</source>
        <translation>kartedit-pakker (*.kartbundle)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="73"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="74"/>
        <source>In hearing</source>
        <translation>Til høring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="75"/>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
</context>
<context>
    <name>SuggestionMerge</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="134"/>
        <source>Accept a suggestion for «{section}»</source>
        <translation>Godta et forslag til «{section}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="135"/>
        <source>The text of «{section}» has changed since the reviewer read it, so the suggestion cannot simply be put in. Where only the suggestion or only the later edits changed a passage, the result already takes that change. Where both changed the same passage, it is marked as a conflict: pick a side for it, or edit it.</source>
        <translation>Teksten i «{section}» er endret etter at avsenderen leste den, så forslaget kan ikke bare settes inn. Der bare forslaget eller bare de senere endringene har endret et tekstutdrag, har resultatet allerede tatt med endringen. Der begge har endret det samme tekstutdraget, er det merket som en konflikt: velg en side, eller rediger det.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="143"/>
        <source>Text the &amp;reviewer read</source>
        <translation>Teksten &amp;avsenderen leste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="144"/>
        <source>The text the reviewer read (read-only)</source>
        <translation>Teksten avsenderen leste (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="147"/>
        <source>Text &amp;now</source>
        <translation>&amp;Dagens tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="148"/>
        <source>The section&apos;s text now (read-only)</source>
        <translation>Seksjonsteksten nå (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="151"/>
        <source>With the &amp;suggestion</source>
        <translation>Med forsla&amp;get</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="152"/>
        <source>The text the reviewer read, with the suggestion (read-only)</source>
        <translation>Teksten avsenderen leste, med forslaget (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="157"/>
        <source>suggestion</source>
        <translation>forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="158"/>
        <source>changed by the suggestion only (dotted)</source>
        <translation>bare endret av forslaget (prikket)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="163"/>
        <source>now</source>
        <translation>nå</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="164"/>
        <source>changed since the hearing only (dashed)</source>
        <translation>bare endret etter høringen (stiplet)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="169"/>
        <source>Use the s&amp;uggestion</source>
        <translation>Bruk f&amp;orslaget</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="170"/>
        <source>Use the suggested wording for this conflict</source>
        <translation>Bruk den foreslåtte ordlyden i denne konflikten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="175"/>
        <source>Keep the text &amp;now</source>
        <translation>Behold &amp;teksten nå</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="176"/>
        <source>Keep today&apos;s wording for this conflict</source>
        <translation>Behold dagens ordlyd i denne konflikten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="179"/>
        <source>Use both wordings for this conflict, the suggestion first</source>
        <translation>Bruk begge formuleringene i denne konflikten, forslaget først</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="182"/>
        <source>Keep the suggested wording followed by today&apos;s, then edit it down.</source>
        <translation>Behold den foreslåtte ordlyden etterfulgt av dagens, og kort deretter ned.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="187"/>
        <source>resolved with the suggestion</source>
        <translation>løst med forslaget</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="190"/>
        <source>resolved with today&apos;s wording</source>
        <translation>løst med dagens ordlyd</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="193"/>
        <source>Save becomes available when every conflict is resolved: use «Use the suggestion», «Keep the text now» or «Use both», or edit the marked passage yourself.</source>
        <translation>Lagre blir tilgjengelig når alle konfliktene er løst: bruk «Bruk forslaget», «Behold teksten nå» eller «Bruk begge», eller rediger det markerte tekstutdraget selv.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="198"/>
        <source>Cancel: leave the suggestion undecided and the text as it is</source>
        <translation>Avbryt: la forslaget være uavgjort og teksten være som den er</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="202"/>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="251"/>
        <source>Accept the suggestion</source>
        <translation>Godta forslaget</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="203"/>
        <source>Save the result as a new revision of «{section}» in «{edition}»?</source>
        <translation>Vil du lagre resultatet som en ny versjon av «{section}» i «{edition}»?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="207"/>
        <source>The suggestion is marked as accepted and the revision names the reviewer. The earlier text stays in the history.</source>
        <translation>Forslaget blir merket som godtatt, og versjonen nevner avsenderen. Den tidligere teksten blir liggende i historikken.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="229"/>
        <source>Merge the suggestion into today&apos;s text</source>
        <translation>Flett forslaget inn i dagens tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="238"/>
        <source>Replace «{quote}» with «{replacement}» in «{section}»?</source>
        <translation>Vil du erstatte «{quote}» med «{replacement}» i «{section}»?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="246"/>
        <source>Delete «{quote}» from «{section}»?</source>
        <translation>Vil du stryke «{quote}» fra «{section}»?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="253"/>
        <source>Accept</source>
        <translation>Godta</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="254"/>
        <source>This saves a new revision naming {reviewer}. To undo it later, restore the earlier revision from the history.</source>
        <translation>Dette lagrer en ny versjon som nevner {reviewer}. For å angre senere kan du gjenopprette den tidligere versjonen fra historikken.</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../src/kartedit/domain/sections.py" line="120"/>
        <source>slug</source>
        <translation>kortnavn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/sections.py" line="121"/>
        <source>pathway slug</source>
        <translation>kortnavn for forløp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/sections.py" line="122"/>
        <source>service slug</source>
        <translation>kortnavn for tjeneste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/sections.py" line="123"/>
        <source>edition slug</source>
        <translation>kortnavn for utgave</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/hearing.py" line="21"/>
        <source>bokmål</source>
        <translation>bokmål</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/domain/hearing.py" line="22"/>
        <source>nynorsk</source>
        <translation>nynorsk</translation>
    </message>
</context>
<context>
    <name>ThreeWayDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="222"/>
        <source>Carry over «{section}»</source>
        <translation>Overfør «{section}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="224"/>
        <source>The regional text of «{section}» has changed since «{edition}» adapted it. Where only one side changed a passage, the result already takes that change. Where both sides changed the same passage, the result starts with your local wording and the passage is marked as a conflict: pick a side for it, or edit it.</source>
        <translation>Den regionale teksten i «{section}» er endret etter at «{edition}» tilpasset den. Der bare den ene siden har endret et tekstutdrag, har resultatet allerede tatt med endringen. Der begge sider har endret det samme tekstutdraget, starter resultatet med den lokale ordlyden deres, og tekstutdraget er merket som en konflikt: velg en side, eller rediger det.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="230"/>
        <source>&amp;Old regional text (the base of the adaptation)</source>
        <translation>&amp;Gammel regional tekst (grunnlaget for tilpasningen)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="231"/>
        <source>Old regional text, the base of the local adaptation (read-only)</source>
        <translation>Gammel regional tekst, grunnlaget for den lokale tilpasningen (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="233"/>
        <source>New &amp;regional text</source>
        <translation>Ny &amp;regional tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="233"/>
        <source>New regional text (read-only)</source>
        <translation>Ny regional tekst (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="234"/>
        <source>&amp;Local text now</source>
        <translation>&amp;Lokal tekst nå</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="234"/>
        <source>Local text as it is now (read-only)</source>
        <translation>Den lokale teksten slik den er nå (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="126"/>
        <source>Result: the text that will be saved (editable)</source>
        <translation>Resultat: teksten som blir lagret (kan redigeres)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="159"/>
        <source>R&amp;esult — edit freely; this text is saved</source>
        <translation>R&amp;esultat – rediger fritt; det er denne teksten som lagres</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="180"/>
        <source>&amp;Save…</source>
        <translation>&amp;Lagre…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="182"/>
        <source>Save the result</source>
        <translation>Lagre resultatet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="235"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="235"/>
        <source>changed locally only (dotted)</source>
        <translation>bare endret lokalt (prikket)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="236"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="236"/>
        <source>changed regionally only (dashed)</source>
        <translation>bare endret regionalt (stiplet)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="252"/>
        <source>Cancel: keep the local text as it is</source>
        <translation>Avbryt: behold den lokale teksten slik den er</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="265"/>
        <source>◀ &amp;Previous conflict</source>
        <translation>◀ &amp;Forrige konflikt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="266"/>
        <source>Previous conflict</source>
        <translation>Forrige konflikt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="267"/>
        <source>Previous conflict (Alt+Up or Shift+F8)</source>
        <translation>Forrige konflikt (Alt+Pil opp eller Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="268"/>
        <source>&amp;Next conflict ▶</source>
        <translation>&amp;Neste konflikt ▶</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="269"/>
        <source>Next conflict</source>
        <translation>Neste konflikt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="270"/>
        <source>Next conflict (Alt+Down or F8)</source>
        <translation>Neste konflikt (Alt+Pil ned eller F8)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="237"/>
        <source>Use l&amp;ocal</source>
        <translation>Bruk l&amp;okal</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="237"/>
        <source>Use the local wording for this conflict</source>
        <translation>Bruk den lokale ordlyden i denne konflikten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="239"/>
        <source>Use re&amp;gional</source>
        <translation>Bruk re&amp;gional</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="240"/>
        <source>Use the new regional wording for this conflict</source>
        <translation>Bruk den nye regionale ordlyden i denne konflikten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="275"/>
        <source>Use &amp;both</source>
        <translation>Bruk &amp;begge</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="243"/>
        <source>Use both wordings for this conflict, local first</source>
        <translation>Bruk begge formuleringene i denne konflikten, den lokale først</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="244"/>
        <source>Keep the local wording followed by the regional one, then edit it down.</source>
        <translation>Behold den lokale ordlyden etterfulgt av den regionale, og kort deretter ned.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="404"/>
        <source>{resolved} of {total} resolved</source>
        <translation>{resolved} av {total} løst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="409"/>
        <source>Conflict {current} of {total}: {state}</source>
        <translation>Konflikt {current} av {total}: {state}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="413"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="415"/>
        <source>No conflicts</source>
        <translation>Ingen konflikter</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="426"/>
        <source>Every conflict is resolved. Save… asks once more before saving.</source>
        <translation>Alle konfliktene er løst. Lagre… spør én gang til før noe lagres.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="249"/>
        <source>Save becomes available when every conflict is resolved: use «Use local», «Use regional» or «Use both», or edit the marked passage yourself.</source>
        <translation>Lagre blir tilgjengelig når alle konfliktene er løst: bruk «Bruk lokal», «Bruk regional» eller «Bruk begge», eller rediger det merkede tekstutdraget selv.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="436"/>
        <source>not resolved yet</source>
        <translation>ikke løst ennå</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="246"/>
        <source>resolved with the local wording</source>
        <translation>løst med den lokale ordlyden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="247"/>
        <source>resolved with the regional wording</source>
        <translation>løst med den regionale ordlyden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="439"/>
        <source>resolved with both wordings</source>
        <translation>løst med begge formuleringene</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="440"/>
        <source>resolved by editing</source>
        <translation>løst ved redigering</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="254"/>
        <source>Save the carried-over text</source>
        <translation>Lagre den overførte teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="255"/>
        <source>Save the result as a new revision of «{section}» in «{edition}»?</source>
        <translation>Vil du lagre resultatet som en ny versjon av «{section}» i «{edition}»?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="487"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="257"/>
        <source>The new regional text becomes the base of this local adaptation, so it is no longer stale. The earlier local text stays in the history.</source>
        <translation>Den nye regionale teksten blir grunnlaget for denne lokale tilpasningen, så den er ikke lenger utdatert. Den tidligere lokale teksten blir værende i historikken.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="495"/>
        <source>Discard your choices?</source>
        <translation>Vil du forkaste valgene dine?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="496"/>
        <source>Close without saving? Your choices and edits in the result are lost.</source>
        <translation>Vil du lukke uten å lagre? Valgene og endringene dine i resultatet går tapt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="497"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="126"/>
        <source>What changed in the regional text</source>
        <translation>Hva som er endret i den regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="127"/>
        <source>Regional text the adaptation was based on</source>
        <translation>Den regionale teksten tilpasningen bygde på</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="129"/>
        <source>Regional text now</source>
        <translation>Regional tekst nå</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="131"/>
        <source>Changes in the regional text of «{section}» since «{edition}» adapted it.</source>
        <translation>Endringer i den regionale teksten i «{section}» etter at «{edition}» tilpasset den.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="85"/>
        <source>&amp;Save revision…</source>
        <translation>&amp;Lagre versjon…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="86"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="87"/>
        <source>Save the text as a new revision (Ctrl+S)</source>
        <translation>Lagre teksten som en ny versjon (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="88"/>
        <source>&amp;Open bundle…</source>
        <translation>Å&amp;pne høringspakke…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="89"/>
        <source>Open a review bundle to comment on it (Ctrl+O)</source>
        <translation>Åpne en høringspakke for å kommentere den (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="90"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="92"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="93"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="94"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="95"/>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="96"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="97"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="98"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="99"/>
        <source>Select &amp;all</source>
        <translation>&amp;Merk alt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="100"/>
        <source>&amp;Find and replace in section…</source>
        <translation>&amp;Finn og erstatt i seksjonen…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="101"/>
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="102"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Erstatt…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="103"/>
        <source>Search the &amp;whole map…</source>
        <translation>&amp;Søk i hele kartet…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="104"/>
        <source>Search map</source>
        <translation>Søk i kartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="105"/>
        <source>Search the texts of the whole map (Ctrl+Shift+F)</source>
        <translation>Søk i tekstene i hele kartet (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="106"/>
        <source>&amp;Editor</source>
        <translation>&amp;Redigeringsfelt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="107"/>
        <source>&amp;Preview</source>
        <translation>&amp;Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="108"/>
        <source>&amp;Next pane</source>
        <translation>&amp;Neste felt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="109"/>
        <source>P&amp;revious pane</source>
        <translation>F&amp;orrige felt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="110"/>
        <source>Go to the &amp;map</source>
        <translation>Gå til k&amp;artet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="111"/>
        <source>Go to the &amp;text</source>
        <translation>Gå til &amp;teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="112"/>
        <source>Mark as &amp;draft</source>
        <translation>Merk som &amp;utkast</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="113"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="114"/>
        <source>Send to &amp;hearing</source>
        <translation>Send til &amp;høring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="115"/>
        <source>In hearing</source>
        <translation>Til høring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="116"/>
        <source>&amp;Approve</source>
        <translation>&amp;Godkjenn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="117"/>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="120"/>
        <source>Status: {label} ({key})</source>
        <translation>Status: {label} ({key})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="126"/>
        <source>Adapt &amp;locally…</source>
        <translation>Tilpass &amp;lokalt…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="128"/>
        <source>Write a local version of this section, starting from the regional text.</source>
        <translation>Skriv en lokal tekst for denne seksjonen, med den regionale teksten som utgangspunkt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="131"/>
        <source>&amp;About kartedit</source>
        <translation>&amp;Om kartedit</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="204"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="205"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="206"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="207"/>
        <source>&amp;Section</source>
        <translation>&amp;Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="208"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="209"/>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="210"/>
        <source>Toolbar</source>
        <translation>Verktøylinje</translation>
    </message>
</context>
<context>
    <name>_EditionForm</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="98"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Kortnavn:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="100"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="120"/>
        <source>Name of the edition</source>
        <translation>Navnet på utgaven</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="121"/>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="127"/>
        <source>For example: Voss herad</source>
        <translation>For eksempel: Voss herad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="122"/>
        <source>Short name used in files and bundles</source>
        <translation>Kortnavn som brukes i filer og pakker</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="123"/>
        <source>for example: voss-herad</source>
        <translation>for eksempel: voss-herad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="125"/>
        <source>Municipality or health community the edition belongs to</source>
        <translation>Kommunen eller helsefellesskapet utgaven hører til</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="129"/>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="160"/>
        <source>Lower-case letters a–z, digits and hyphens; used in files and bundles.</source>
        <translation>Små bokstaver a–z, sifre og bindestreker; brukes i filer og pakker.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="144"/>
        <source>Give the edition a short name.</source>
        <translation>Gi utgaven et kortnavn.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="149"/>
        <source>Use only lower-case letters a–z, digits and single hyphens, for example «voss-herad».</source>
        <translation>Bruk bare små bokstaver a–z, sifre og enkle bindestreker, for eksempel «voss-herad».</translation>
    </message>
</context>
<context>
    <name>_HeatLegend</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="307"/>
        <source>{percent} or more</source>
        <translation>{percent} eller mer</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="319"/>
        <source>Deviation:</source>
        <translation>Avvik:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="320"/>
        <source>Colour scale from 0% (lightest) to 60% or more (darkest)</source>
        <translation>Fargeskala fra 0&#xa0;% (lysest) til 60&#xa0;% eller mer (mørkest)</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="en">
<context>
    <name>CleanRebaseDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="602"/>
        <source>Carry over «{section}»</source>
        <translation>Overfør «{section}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="605"/>
        <source>The regional text of «{section}» has changed since «{edition}» adapted it, but the change does not alter the local text. Saving keeps the local text and records the new regional text as its base.</source>
        <translation>Den regionale teksten i «{section}» er endra etter at «{edition}» tilpassa han, men endringa påverkar ikkje den lokale teksten. Når du lagrar, blir den lokale teksten behalden, og den nye regionale teksten blir registrert som grunnlaget for han.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="611"/>
        <source>The regional text of «{section}» has changed since «{edition}» adapted it. The local change can be carried over without conflicts. Check the result: it is compared with the local text as it is now.</source>
        <translation>Den regionale teksten i «{section}» er endra etter at «{edition}» tilpassa han. Den lokale endringa kan overførast utan konfliktar. Sjekk resultatet: det blir samanlikna med den lokale teksten slik han er no.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="619"/>
        <source>Local text now</source>
        <translation>Lokal tekst no</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="621"/>
        <source>Carried over to the new regional text</source>
        <translation>Overført til den nye regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="625"/>
        <source>Show the &amp;regional change…</source>
        <translation>Vis den &amp;regionale endringa…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="628"/>
        <source>Show what changed in the regional text since the adaptation was written</source>
        <translation>Vis kva som er endra i den regionale teksten sidan tilpassinga vart skriven</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="631"/>
        <source>Save the carried-over text</source>
        <translation>Lagre den overførte teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="633"/>
        <source>Cancel: keep the local text as it is</source>
        <translation>Avbryt: behald den lokale teksten slik han er</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../src/kartedit/gui/confirm.py" line="40"/>
        <source>Confirmation</source>
        <translation>Stadfesting</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/errors.py" line="94"/>
        <source>kartedit – unexpected error</source>
        <translation>kartedit – uventa feil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/errors.py" line="102"/>
        <source>kartedit ran into an unexpected error. Your saved texts are safe, and unsaved text is kept for recovery. Please send the details below to the person who supports kartedit for you.</source>
        <translation>kartedit fekk ein uventa feil. Tekstane du har lagra, er trygge, og tekst som ikkje er lagra, er teken vare på slik at han kan hentast fram att. Send gjerne detaljane nedanfor til den som gir deg brukarstøtte for kartedit.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/errors.py" line="109"/>
        <source>Version: {version}
Log file: {path}</source>
        <translation>Versjon: {version}
Loggfil: {path}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/errors.py" line="114"/>
        <source>Version and log file</source>
        <translation>Versjon og loggfil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/errors.py" line="119"/>
        <source>Error details</source>
        <translation>Detaljar om feilen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/errors.py" line="122"/>
        <source>&amp;Copy Details</source>
        <translation>&amp;Kopier detaljar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/errors.py" line="123"/>
        <source>Copy details to the clipboard</source>
        <translation>Kopier detaljane til utklippstavla</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/errors.py" line="128"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>CreateEditionDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="178"/>
        <source>New local edition</source>
        <translation>Ny lokal utgåve</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="181"/>
        <source>A local edition shows the regional text everywhere until you adapt a section for local practice.</source>
        <translation>Ei lokal utgåve viser den regionale teksten overalt til du tilpassar ein seksjon til lokal praksis.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="185"/>
        <source>&amp;Create</source>
        <translation>&amp;Opprett</translation>
    </message>
</context>
<context>
    <name>DeleteEditionDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="257"/>
        <source>Delete «{name}»</source>
        <translation>Slett «{name}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="264"/>
        <source>«{name}» holds %n local adaptation(s). Deleting the edition deletes them and their history.</source>
        <translation>
            <numerusform>«{name}» har %n lokal tilpassing. Slettar du utgåva, blir ho sletta saman med historikken.</numerusform>
            <numerusform>«{name}» har %n lokale tilpassingar. Slettar du utgåva, blir dei sletta saman med historikken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="270"/>
        <source>Export first saves the whole map, with this edition, as a folder you can import again; then the edition is deleted.</source>
        <translation>Eksporter først lagrar heile kartet, med denne utgåva, som ei mappe du kan importere att; deretter blir utgåva sletta.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="275"/>
        <source>«{name}» has no local adaptations: it shows the regional text everywhere. Deleting it removes only the edition.</source>
        <translation>«{name}» har ingen lokale tilpassingar: ho viser den regionale teksten overalt. Sletting fjernar berre sjølve utgåva.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="294"/>
        <source>&amp;Export first, then delete…</source>
        <translation>&amp;Eksporter først, slett deretter…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="297"/>
        <source>Export the map to a folder, then delete the edition</source>
        <translation>Eksporter kartet til ei mappe, og slett deretter utgåva</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="301"/>
        <source>&amp;Delete without export</source>
        <translation>&amp;Slett utan eksport</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="301"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="304"/>
        <source>Delete the edition now</source>
        <translation>Slett utgåva no</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="306"/>
        <source>Cancel: keep the edition</source>
        <translation>Avbryt: behald utgåva</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="335"/>
        <source>Choose where to save the export</source>
        <translation>Vel kvar eksporten skal lagrast</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="638"/>
        <source>Deviation from the regional text</source>
        <translation>Avvik frå den regionale teksten</translation>
    </message>
</context>
<context>
    <name>DeviationGridModel</name>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="268"/>
        <source>{service} has no part in {pathway}.</source>
        <translation>{service} har inga rolle i {pathway}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="274"/>
        <source>0%</source>
        <translation>0&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/deviation_view.py" line="276"/>
        <source>%n adapted</source>
        <translation>
            <numerusform>%n tilpassa</numerusform>
            <numerusform>%n tilpassa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="290"/>
        <source>{pathway}, {service}</source>
        <translation>{pathway}, {service}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="295"/>
        <source>{where}: no local adaptations; every edition uses the regional text.</source>
        <translation>{where}: ingen lokale tilpassingar; alle utgåvene brukar den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="299"/>
        <source>{where}: {adapted} of {sections} sections adapted; they differ by {percent} from the regional text on average.</source>
        <translation>{where}: {adapted} av {sections} seksjonar er tilpassa; dei avvik i snitt {percent} frå den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="309"/>
        <source>{edition}: {section} keeps {percent}</source>
        <translation>{edition}: {section} held på {percent}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="315"/>
        <source>(stale)</source>
        <translation>(forelda)</translation>
    </message>
</context>
<context>
    <name>DeviationView</name>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="117"/>
        <source>{number}%</source>
        <translation>{number}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="476"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Utgåve:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="477"/>
        <source>Local edition</source>
        <translation>Lokal utgåve</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="478"/>
        <source>Adapted sections of the edition</source>
        <translation>Tilpassa seksjonar i utgåva</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="479"/>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="480"/>
        <source>Editions in the heat-map</source>
        <translation>Utgåver i varmekartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="482"/>
        <source>Deviation per pathway and service; each cell says its percentage</source>
        <translation>Avvik per forløp og teneste; kvar celle viser prosenten sin</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="486"/>
        <source>Each cell: how far the adapted sections of that service in that pathway differ from the regional text on average, and how many sections are adapted. Darker means more local wording. Point at a cell for the details.</source>
        <translation>Kvar celle: kor mykje dei tilpassa seksjonane for den tenesta i det forløpet i snitt avvik frå den regionale teksten, og kor mange seksjonar som er tilpassa. Mørkare tyder meir lokal ordlyd. Peik på ei celle for å sjå detaljane.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="491"/>
        <source>By &amp;edition</source>
        <translation>Per &amp;utgåve</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="492"/>
        <source>&amp;Pathway × service</source>
        <translation>&amp;Forløp × teneste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="493"/>
        <source>Deviation views</source>
        <translation>Avviksvisingar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="494"/>
        <source>Export &amp;CSV…</source>
        <translation>Eksporter &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="496"/>
        <source>Export the deviation of every edition as CSV</source>
        <translation>Eksporter avviket for alle utgåvene som CSV</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="500"/>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="512"/>
        <source>All local editions</source>
        <translation>Alle lokale utgåver</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="538"/>
        <source>There are no local editions yet.</source>
        <translation>Det finst ingen lokale utgåver enno.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="541"/>
        <source>«{name}» uses the regional text everywhere.</source>
        <translation>«{name}» brukar den regionale teksten overalt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="545"/>
        <source>«{name}»: {adapted} sections adapted, {stale} of them stale.</source>
        <translation>«{name}»: {adapted} seksjonar tilpassa, {stale} av dei forelda.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="586"/>
        <source>Export deviation as CSV</source>
        <translation>Eksporter avvik som CSV</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="587"/>
        <source>deviation.csv</source>
        <translation>avvik.csv</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="588"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="600"/>
        <source>Saved {path}</source>
        <translation>Lagra {path}</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="81"/>
        <source>Removed</source>
        <translation>Fjerna</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="90"/>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="209"/>
        <source>Si&amp;de by side</source>
        <translation>&amp;Side ved side</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="210"/>
        <source>Show the two texts side by side</source>
        <translation>Vis dei to tekstane side ved side</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="211"/>
        <source>In&amp;line</source>
        <translation>I éin &amp;tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="212"/>
        <source>Show the changes inline in one text</source>
        <translation>Vis endringane i éin samla tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="213"/>
        <source>◀ &amp;Previous change</source>
        <translation>◀ &amp;Førre endring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="214"/>
        <source>Previous change</source>
        <translation>Førre endring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="215"/>
        <source>Previous change (Alt+Up or Shift+F8)</source>
        <translation>Førre endring (Alt+Pil opp eller Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="216"/>
        <source>&amp;Next change ▶</source>
        <translation>&amp;Neste endring ▶</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="217"/>
        <source>Next change</source>
        <translation>Neste endring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="218"/>
        <source>Next change (Alt+Down or F8)</source>
        <translation>Neste endring (Alt+Pil ned eller F8)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="219"/>
        <source>removed</source>
        <translation>fjerna</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="219"/>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="221"/>
        <source>Key: removed words are struck through, added words are underlined</source>
        <translation>Forklaring: fjerna ord er gjennomstreka, nye ord er understreka</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/diff_view.py" line="280"/>
        <location filename="../../src/kartedit/gui/diff_view.py" line="347"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n endring</numerusform>
            <numerusform>%n endringar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="284"/>
        <source>Changes</source>
        <translation>Endringar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="345"/>
        <source>No differences</source>
        <translation>Ingen skilnader</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="349"/>
        <source>Change {current} of {count}</source>
        <translation>Endring {current} av {count}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/diff_view.py" line="362"/>
        <source>{left} → {right}</source>
        <translation>{left} → {right}</translation>
    </message>
</context>
<context>
    <name>EditionDeviationModel</name>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="152"/>
        <source>Pathway</source>
        <translation>Forløp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="153"/>
        <source>Service</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="154"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="155"/>
        <source>Keeps of the regional text</source>
        <translation>Held på av den regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="156"/>
        <source>Stale</source>
        <translation>Forelda</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="161"/>
        <source>How much of the regional text the local text keeps, ignoring case, spacing and punctuation.</source>
        <translation>Kor mykje av den regionale teksten den lokale teksten held på, utan omsyn til store og små bokstavar, mellomrom og teiknsetjing.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="200"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="200"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="203"/>
        <source>{section} keeps {percent} of the regional text.</source>
        <translation>{section} held på {percent} av den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="207"/>
        <source>Stale: the regional text has changed since it was adapted.</source>
        <translation>Forelda: den regionale teksten er endra etter at han vart tilpassa.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="209"/>
        <source>Up to date with the regional text.</source>
        <translation>Oppdatert i høve til den regionale teksten.</translation>
    </message>
</context>
<context>
    <name>EditionDialogs</name>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="390"/>
        <source>The regional edition cannot be deleted: every edition builds on it.</source>
        <translation>Den regionale utgåva kan ikkje slettast: alle utgåvene byggjer på henne.</translation>
    </message>
</context>
<context>
    <name>EditionSwitcher</name>
    <message>
        <location filename="../../src/kartedit/gui/edition_switcher.py" line="35"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Utgåve:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_switcher.py" line="36"/>
        <source>Edition</source>
        <translation>Utgåve</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_switcher.py" line="38"/>
        <source>The regional text, or a local edition that adapts it where practice differs.</source>
        <translation>Den regionale teksten, eller ei lokal utgåve som tilpassar han der praksis er annleis.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/kartedit/gui/errors.py" line="77"/>
        <source>kartedit</source>
        <translation>kartedit</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/errors.py" line="83"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="45"/>
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="46"/>
        <source>Find text</source>
        <translation>Søketekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="48"/>
        <source>&amp;Find:</source>
        <translation>&amp;Finn:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="52"/>
        <source>Previous</source>
        <translation>Førre</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="52"/>
        <source>Find previous (Shift+Enter)</source>
        <translation>Finn førre (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="55"/>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="55"/>
        <source>Find next (Enter)</source>
        <translation>Finn neste (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="57"/>
        <source>Match &amp;case</source>
        <translation>Skil mellom store og små &amp;bokstavar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="58"/>
        <source>Match case</source>
        <translation>Skil mellom store og små bokstavar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="60"/>
        <source>Matches</source>
        <translation>Treff</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="63"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="63"/>
        <source>Close the find bar (Esc)</source>
        <translation>Lukk søkjefeltet (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="67"/>
        <source>Replace with</source>
        <translation>Byt ut med</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="68"/>
        <source>Replacement text</source>
        <translation>Tekst å byte ut med</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="69"/>
        <source>R&amp;eplace:</source>
        <translation>Byt &amp;ut:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="72"/>
        <source>Replace</source>
        <translation>Byt ut</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="72"/>
        <source>Replace this match and find the next</source>
        <translation>Byt ut dette treffet og finn det neste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="75"/>
        <source>Replace All</source>
        <translation>Byt ut alle</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="76"/>
        <source>Replace every match (one undo step)</source>
        <translation>Byt ut alle treff (kan angrast i eitt steg)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="228"/>
        <source>No matches</source>
        <translation>Ingen treff</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="230"/>
        <source>{current} of {total}</source>
        <translation>{current} av {total}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="232"/>
        <source>1 match</source>
        <translation>1 treff</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="234"/>
        <source>{count} matches</source>
        <translation>{count} treff</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="288"/>
        <source>Replaced 1 match</source>
        <translation>Bytte ut 1 treff</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="290"/>
        <source>Replaced {count} matches</source>
        <translation>Bytte ut {count} treff</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/find_replace.py" line="249"/>
        <source>This section is read-only.</source>
        <translation>Denne seksjonen er skriveverna.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/kartedit/gui/history_panel.py" line="63"/>
        <source>Revisions of this section, newest first</source>
        <translation>Versjonar av denne seksjonen, nyaste først</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/history_panel.py" line="64"/>
        <source>View</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/history_panel.py" line="65"/>
        <source>View the chosen revision</source>
        <translation>Vis den valde versjonen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/history_panel.py" line="66"/>
        <source>Restore…</source>
        <translation>Gjenopprett…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/history_panel.py" line="67"/>
        <source>Restore the chosen revision</source>
        <translation>Gjenopprett den valde versjonen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/history_panel.py" line="69"/>
        <source>Bring back this text as a new revision; nothing in the history is lost.</source>
        <translation>Hent fram att denne teksten som ein ny versjon; ingenting i historikken går tapt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/history_panel.py" line="79"/>
        <source>Revision {seq} · {when}</source>
        <translation>Versjon {seq} · {when}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/history_panel.py" line="83"/>
        <source>current</source>
        <translation>gjeldande</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/history_panel.py" line="86"/>
        <source>«{message}»</source>
        <translation>«{message}»</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <location filename="../../src/kartedit/gui/editor.py" line="93"/>
        <location filename="../../src/kartedit/gui/editor.py" line="94"/>
        <source>Reopen as draft</source>
        <translation>Opne att som utkast</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editor.py" line="95"/>
        <source>Adapt locally…</source>
        <translation>Tilpass lokalt…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editor.py" line="96"/>
        <source>Adapt locally</source>
        <translation>Tilpass lokalt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editor.py" line="98"/>
        <source>Writing a local version of an inherited section comes in a later version.</source>
        <translation>Lokal tilpassing av arva seksjonar kjem i ei seinare oppdatering av kartedit.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editor.py" line="100"/>
        <source>Information about this section</source>
        <translation>Informasjon om denne seksjonen</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="87"/>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
</context>
<context>
    <name>LixBand</name>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="40"/>
        <source>very easy</source>
        <translation>svært lett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="41"/>
        <source>easy</source>
        <translation>lett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="42"/>
        <source>medium</source>
        <translation>middels</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="43"/>
        <source>difficult</source>
        <translation>vanskeleg</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="44"/>
        <source>very difficult</source>
        <translation>svært vanskeleg</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="116"/>
        <source>There is no edition «{slug}» in this map.</source>
        <translation>Det finst inga utgåve «{slug}» i dette kartet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="184"/>
        <source>Map</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="185"/>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="186"/>
        <source>Search results</source>
        <translation>Søkjeresultat</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="187"/>
        <source>&amp;Map</source>
        <translation>&amp;Kart</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="188"/>
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="189"/>
        <source>Search &amp;results</source>
        <translation>S&amp;økjeresultat</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="190"/>
        <source>kartedit main window</source>
        <translation>kartedit hovudvindauge</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="298"/>
        <source>Recovered unsaved text; check it and save.</source>
        <translation>Ulagra tekst er henta fram att. Sjekk teksten og lagre.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="311"/>
        <source>Saved {when} by {author}</source>
        <translation>Lagra {when} av {author}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="362"/>
        <source>Unsaved changes</source>
        <translation>Ulagra endringar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="364"/>
        <source>«{section}» has changes that are not saved. Save them as a new revision?</source>
        <translation>«{section}» har endringar som ikkje er lagra. Vil du lagre dei som ein ny versjon?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="441"/>
        <source>Who is writing?</source>
        <translation>Kven skriv?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="459"/>
        <source>Nothing to save: the text is unchanged.</source>
        <translation>Ingenting å lagre: teksten er uendra.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="479"/>
        <source>Saved revision {seq}.</source>
        <translation>Lagra versjon {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="500"/>
        <source>Status changed to «{status}».</source>
        <translation>Statusen er endra til «{status}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="531"/>
        <source>Restore revision</source>
        <translation>Gjenopprett versjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="533"/>
        <source>Bring back the text of revision {seq} ({when}, {author}) as a new revision? The history keeps every earlier text.</source>
        <translation>Vil du hente fram att teksten i versjon {seq} ({when}, {author}) som ein ny versjon? Historikken tek vare på alle tidlegare tekstar.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="550"/>
        <source>Restored as revision {seq}.</source>
        <translation>Gjenoppretta som versjon {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="673"/>
        <source>About kartedit</source>
        <translation>Om kartedit</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/main_window.py" line="675"/>
        <source>&lt;p&gt;&lt;b&gt;kartedit {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline editor for regional and local &lt;i&gt;samhandlingsforløp&lt;/i&gt; for children and young people.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;kartedit {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Eit redigeringsverktøy som verkar utan nett, for regionale og lokale &lt;i&gt;samhandlingsforløp&lt;/i&gt; for barn og unge.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MapTree</name>
    <message>
        <location filename="../../src/kartedit/gui/map_tree.py" line="62"/>
        <source>Map: pathways, services and sections</source>
        <translation>Kart: forløp, tenester og seksjonar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/map_tree.py" line="64"/>
        <source>Press Enter on a section to write in it; F6 moves to the next pane.</source>
        <translation>Trykk Enter på ein seksjon for å skrive i han; F6 går til neste felt.</translation>
    </message>
</context>
<context>
    <name>MapTreeModel</name>
    <message>
        <location filename="../../src/kartedit/gui/map_model.py" line="62"/>
        <source>Map</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/map_model.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/map_model.py" line="83"/>
        <source>Loading…</source>
        <translation>Lastar inn…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/map_model.py" line="157"/>
        <source>Unsaved changes.</source>
        <translation>Ulagra endringar.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/map_model.py" line="190"/>
        <source>%n local</source>
        <translation>lokalt tilpassa: %n</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/map_model.py" line="192"/>
        <source>%n stale</source>
        <translation>forelda: %n</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../src/kartedit/gui/preview.py" line="44"/>
        <source>Preview</source>
        <translation>Førehandsvising</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/preview.py" line="45"/>
        <source>How the section text will look when published.</source>
        <translation>Slik ser seksjonsteksten ut når han blir publisert.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="75"/>
        <source>&amp;Select All</source>
        <translation>&amp;Merk alt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="76"/>
        <source>&amp;Step up</source>
        <translation>&amp;Opp eitt steg</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="77"/>
        <source>Step &amp;down</source>
        <translation>&amp;Ned eitt steg</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="38"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="39"/>
        <source>Float</source>
        <translation>Frigjer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="60"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="61"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="62"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="63"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="64"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="65"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="66"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="58"/>
        <source>Show Details...</source>
        <translation>Vis detaljar …</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="59"/>
        <source>Hide Details...</source>
        <translation>Gøym detaljar …</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="40"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="41"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="42"/>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="43"/>
        <source>Open</source>
        <translation>Opne</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="44"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="45"/>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="46"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="47"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="48"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="49"/>
        <source>Retry</source>
        <translation>Prøv att</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="50"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="51"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="52"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="53"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="54"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="55"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="56"/>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="57"/>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdiar</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="67"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="68"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="69"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="70"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="71"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkjeadresse</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="72"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="73"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/i18n.py" line="74"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>ReadabilityIndicator</name>
    <message>
        <location filename="../../src/kartedit/gui/status_bar.py" line="30"/>
        <source>Text statistics</source>
        <translation>Tekststatistikk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/status_bar.py" line="33"/>
        <source>LIX readability: words per sentence plus the share of words longer than six letters. Below 25 is very easy, 55 and above very difficult.</source>
        <translation>LIX-lesbarheit: ord per setning pluss delen av orda som er lengre enn seks bokstavar. Under 25 er svært lett, 55 og over er svært vanskeleg.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/status_bar.py" line="49"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln teikn</numerusform>
            <numerusform>%Ln teikn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/status_bar.py" line="50"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln ord</numerusform>
            <numerusform>%Ln ord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/status_bar.py" line="53"/>
        <source>LIX {score} ({band})</source>
        <translation>LIX {score} ({band})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/status_bar.py" line="58"/>
        <source>LIX –</source>
        <translation>LIX –</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="74"/>
        <source>Recover unsaved text</source>
        <translation>Hent fram ulagra tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="84"/>
        <source>kartedit was not closed properly last time. The sections below have text that was not saved. Tick the texts you want back; they open as unsaved changes that you can check and save.</source>
        <translation>kartedit vart ikkje avslutta på vanleg måte sist. Seksjonane nedanfor har tekst som ikkje vart lagra. Kryss av for tekstane du vil ha tilbake; dei blir opna som ulagra endringar som du kan sjekke og lagre.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="92"/>
        <source>Unsaved texts</source>
        <translation>Ulagra tekstar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="96"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="96"/>
        <source>Edition</source>
        <translation>Utgåve</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="96"/>
        <source>Written</source>
        <translation>Sist endra</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="96"/>
        <source>Changes</source>
        <translation>Endringar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="111"/>
        <source>Unsaved text of the selected section</source>
        <translation>Ulagra tekst i den valde seksjonen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="115"/>
        <source>About the selected text</source>
        <translation>Om den valde teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="116"/>
        <source>&amp;Unsaved text:</source>
        <translation>&amp;Ulagra tekst:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="123"/>
        <source>Restore &amp;Ticked</source>
        <translation>Hent fram a&amp;vkryssa</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="124"/>
        <source>Restore the ticked texts and discard the others</source>
        <translation>Hent fram dei avkryssa tekstane og forkast resten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="130"/>
        <source>Restore &amp;All</source>
        <translation>Hent fram &amp;alle</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="131"/>
        <source>Restore all unsaved texts</source>
        <translation>Hent fram alle ulagra tekstar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="137"/>
        <source>&amp;Discard All</source>
        <translation>&amp;Forkast alle</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="138"/>
        <source>Discard all unsaved texts</source>
        <translation>Forkast alle ulagra tekstar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="144"/>
        <source>Decide &amp;Later</source>
        <translation>&amp;Bestem seinare</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="145"/>
        <source>Keep the texts and ask again next time</source>
        <translation>Behald tekstane og spør att neste gong</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="163"/>
        <source>Regional text</source>
        <translation>Regional tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="196"/>
        <source>The section was not found in this map.</source>
        <translation>Fann ikkje seksjonen i dette kartet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="200"/>
        <source>Same as the saved text</source>
        <translation>Lik den lagra teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="202"/>
        <source>{added} characters added, {removed} removed</source>
        <translation>{added} teikn lagt til, {removed} fjerna</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="206"/>
        <source>The section was saved again after this text was written.</source>
        <translation>Seksjonen er lagra på nytt etter at denne teksten vart skriven.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="208"/>
        <source>{count} characters</source>
        <translation>{count} teikn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="258"/>
        <source>Discard unsaved text</source>
        <translation>Forkast ulagra tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="259"/>
        <source>Discard this unsaved text? This cannot be undone.</source>
        <translation>Vil du forkaste denne ulagra teksten? Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/recovery_dialog.py" line="261"/>
        <source>Discard {count} unsaved texts? This cannot be undone.</source>
        <translation>Vil du forkaste {count} ulagra tekstar? Dette kan ikkje angrast.</translation>
    </message>
</context>
<context>
    <name>RegionLegend</name>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="129"/>
        <source>conflict</source>
        <translation>konflikt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="130"/>
        <source>both sides changed this passage (wavy underline)</source>
        <translation>begge sider har endra dette avsnittet (bølgjete understreking)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="134"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="135"/>
        <source>changed locally only (dotted)</source>
        <translation>berre endra lokalt (prikka)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="139"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="140"/>
        <source>changed regionally only (dashed)</source>
        <translation>berre endra regionalt (stipla)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="144"/>
        <source>same</source>
        <translation>lik</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="145"/>
        <source>the same change on both sides (solid)</source>
        <translation>same endring på begge sider (heiltrekt)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="158"/>
        <source>Key to the marks</source>
        <translation>Forklaring til merka</translation>
    </message>
</context>
<context>
    <name>RenameEditionDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="215"/>
        <source>Rename «{name}»</source>
        <translation>Gi «{name}» nytt namn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="218"/>
        <source>The short name travels in exported files and bundles: change it only when it is wrong. Texts and history stay as they are.</source>
        <translation>Kortnamnet følgjer med i eksporterte filer og pakkar: endre det berre når det er feil. Tekstar og historikk blir som før.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="222"/>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt namn</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/history_panel.py" line="141"/>
        <source>{section} — revision {seq}</source>
        <translation>{section} — versjon {seq}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/history_panel.py" line="144"/>
        <source>Saved {when} by {author}. {message}</source>
        <translation>Lagra {when} av {author}. {message}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/history_panel.py" line="157"/>
        <source>Text of the revision (read-only)</source>
        <translation>Teksten i versjonen (skriveverna)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/history_panel.py" line="165"/>
        <source>Restore this revision…</source>
        <translation>Gjenopprett denne versjonen…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/history_panel.py" line="167"/>
        <source>Restore this revision</source>
        <translation>Gjenopprett denne versjonen</translation>
    </message>
</context>
<context>
    <name>SaveMessageDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/save_dialog.py" line="20"/>
        <source>Save revision</source>
        <translation>Lagre versjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/save_dialog.py" line="22"/>
        <source>Save «{section}» as a new revision.</source>
        <translation>Lagre «{section}» som ein ny versjon.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/save_dialog.py" line="26"/>
        <source>For example: shorter referral criteria</source>
        <translation>Til dømes: kortare krav for tilvising</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/save_dialog.py" line="27"/>
        <source>What changed (optional)</source>
        <translation>Kva er endra (valfritt)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/save_dialog.py" line="29"/>
        <source>&amp;What changed (optional):</source>
        <translation>&amp;Kva er endra (valfritt):</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/kartedit/gui/search_panel.py" line="216"/>
        <location filename="../../src/kartedit/gui/search_panel.py" line="217"/>
        <source>Search the whole map</source>
        <translation>Søk i heile kartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/search_panel.py" line="219"/>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/search_panel.py" line="225"/>
        <source>Search results</source>
        <translation>Søkjeresultat</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/search_panel.py" line="241"/>
        <source>Search status</source>
        <translation>Søkjestatus</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/search_panel.py" line="302"/>
        <source>1 section found.</source>
        <translation>Fann 1 seksjon.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/search_panel.py" line="304"/>
        <source>{count} sections found.</source>
        <translation>Fann {count} seksjonar.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/search_panel.py" line="308"/>
        <source>Nothing found for «{query}».</source>
        <translation>Fann ingenting for «{query}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/search_panel.py" line="329"/>
        <source>Type at least two letters, or press Enter.</source>
        <translation>Skriv minst to bokstavar, eller trykk Enter.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../src/kartedit/gui/search_panel.py" line="130"/>
        <source>Pathway</source>
        <translation>Forløp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/search_panel.py" line="130"/>
        <source>Service</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/search_panel.py" line="130"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/search_panel.py" line="130"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../src/kartedit/gui/editor.py" line="186"/>
        <source>Choose a section in the map on the left to read and write its text.</source>
        <translation>Vel ein seksjon i kartet til venstre for å lese og skrive teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editor.py" line="188"/>
        <source>Section text (Markdown)</source>
        <translation>Seksjonstekst (Markdown)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editor.py" line="189"/>
        <source>This section has no text yet. Write it here.</source>
        <translation>Denne seksjonen har ingen tekst enno. Skriv han her.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editor.py" line="192"/>
        <source>Editor and preview</source>
        <translation>Redigering og førehandsvising</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editor.py" line="262"/>
        <source>{status} · inherited</source>
        <translation>{status} · arva</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editor.py" line="264"/>
        <source>{status} · local</source>
        <translation>{status} · lokal</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editor.py" line="274"/>
        <source>This section is inherited from the regional text and is read-only in {edition}. Adapt it locally only where your practice really differs.</source>
        <translation>Denne seksjonen er arva frå den regionale teksten og er skriveverna i {edition}. Tilpass han lokalt berre der praksisen dykkar verkeleg er annleis.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editor.py" line="282"/>
        <source>This section is approved and read-only. Reopen it as a draft to edit it.</source>
        <translation>Denne seksjonen er godkjend og skriveverna. Opne han att som utkast for å redigere.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editor.py" line="289"/>
        <source>The regional text has changed since this local adaptation was written. Check whether the local text should follow.</source>
        <translation>Den regionale teksten er endra etter at denne lokale tilpassinga vart skriven. Sjekk om den lokale teksten bør følgje med.</translation>
    </message>
</context>
<context>
    <name>SectionKind</name>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="17"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="18"/>
        <source>Assessment</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="19"/>
        <source>Interventions</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="20"/>
        <source>Evaluation</source>
        <translation>Evaluering av tiltak</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="21"/>
        <source>Collaboration</source>
        <translation>Samarbeid</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="22"/>
        <source>Referral</source>
        <translation>Vidare tilvising</translation>
    </message>
</context>
<context>
    <name>SectionState</name>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="57"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="59"/>
        <source>stale</source>
        <translation>forelda</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="66"/>
        <source>Status: {status}.</source>
        <translation>Status: {status}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="71"/>
        <source>Adapted locally in this edition.</source>
        <translation>Tilpassa lokalt i denne utgåva.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="74"/>
        <source>Inherited from the regional text; read-only here.</source>
        <translation>Arva frå den regionale teksten; skriveverna her.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="80"/>
        <source>Stale: the regional text has changed since this local adaptation was written.</source>
        <translation>Forelda: den regionale teksten er endra etter at denne lokale tilpassinga vart skriven.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="47"/>
        <source>Your name</source>
        <translation>Namnet ditt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="48"/>
        <source>e.g. Kari Nordmann</source>
        <translation>t.d. Kari Nordmann</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="50"/>
        <source>Your organisation</source>
        <translation>Organisasjonen din</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="51"/>
        <source>e.g. Helsestasjonen i Voss</source>
        <translation>t.d. Helsestasjonen i Voss</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="54"/>
        <source>Interface language</source>
        <translation>Språk i programmet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="61"/>
        <source>Editor font size</source>
        <translation>Skriftstorleik i redigeringsfeltet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="63"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="69"/>
        <source>The new language is used the next time kartedit starts.</source>
        <translation>Det nye språket blir teke i bruk neste gong kartedit startar.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="77"/>
        <source>Your name and organisation are recorded on every revision you save.</source>
        <translation>Namnet og organisasjonen din blir registrerte på kvar versjon du lagrar.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="81"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="82"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="83"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="85"/>
        <source>Editor &amp;font size:</source>
        <translation>S&amp;kriftstorleik:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="90"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="91"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/settings_dialog.py" line="118"/>
        <source>The settings could not be saved: {reason}</source>
        <translation>Innstillingane kunne ikkje lagrast: {reason}</translation>
    </message>
</context>
<context>
    <name>StaleModel</name>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="433"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="433"/>
        <source>Regional change</source>
        <translation>Regional endring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="447"/>
        <source>Minor</source>
        <translation>Lita</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="447"/>
        <source>Changed</source>
        <translation>Endra</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="450"/>
        <source>Minor: only spacing, punctuation or case changed in the regional text.</source>
        <translation>Lita: berre mellomrom, teiknsetjing eller store og små bokstavar er endra i den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="452"/>
        <source>Changed: the regional wording changed.</source>
        <translation>Endra: den regionale ordlyden er endra.</translation>
    </message>
</context>
<context>
    <name>StaleOverridesDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="478"/>
        <source>Stale adaptations in «{name}»</source>
        <translation>Forelda tilpassingar i «{name}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="490"/>
        <source>Stale local adaptations</source>
        <translation>Forelda lokale tilpassingar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="494"/>
        <source>&amp;Show regional change…</source>
        <translation>&amp;Vis regional endring…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="496"/>
        <source>Show what changed in the regional text since the adaptation was written</source>
        <translation>Vis kva som er endra i den regionale teksten sidan tilpassinga vart skriven</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="498"/>
        <source>&amp;Carry over…</source>
        <translation>&amp;Overfør…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="500"/>
        <source>Carry the local adaptation over to the new regional text</source>
        <translation>Overfør den lokale tilpassinga til den nye regionale teksten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="532"/>
        <source>The regional text has changed under %n local adaptation(s) in «{name}». Compare what changed, then carry each adaptation over; you see the result before anything is saved.</source>
        <translation>
            <numerusform>Den regionale teksten er endra under %n lokal tilpassing i «{name}». Samanlikn kva som er endra, og overfør deretter tilpassinga; du ser resultatet før noko blir lagra.</numerusform>
            <numerusform>Den regionale teksten er endra under %n lokale tilpassingar i «{name}». Samanlikn kva som er endra, og overfør deretter kvar tilpassing; du ser resultatet før noko blir lagra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="545"/>
        <source>Nothing in «{name}» is stale; every adaptation is up to date.</source>
        <translation>Ingenting i «{name}» er forelda; alle tilpassingane er oppdaterte.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="30"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="31"/>
        <source>In hearing</source>
        <translation>Til høyring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/labels.py" line="32"/>
        <source>Approved</source>
        <translation>Godkjend</translation>
    </message>
</context>
<context>
    <name>ThreeWayDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="200"/>
        <source>Carry over «{section}»</source>
        <translation>Overfør «{section}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="204"/>
        <source>The regional text of «{section}» has changed since «{edition}» adapted it. Where only one side changed a passage, the result already takes that change. Where both sides changed the same passage, the result starts with your local wording and the passage is marked as a conflict: pick a side for it, or edit it.</source>
        <translation>Den regionale teksten i «{section}» er endra etter at «{edition}» tilpassa han. Der berre den eine sida har endra eit avsnitt, har resultatet alt teke med endringa. Der begge sider har endra det same avsnittet, startar resultatet med den lokale ordlyden dykkar, og avsnittet er merkt som ein konflikt: vel ei side, eller rediger det.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="222"/>
        <source>&amp;Old regional text (the base of the adaptation)</source>
        <translation>&amp;Gammal regional tekst (grunnlaget for tilpassinga)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="223"/>
        <source>Old regional text, the base of the local adaptation (read-only)</source>
        <translation>Gammal regional tekst, grunnlaget for den lokale tilpassinga (skriveverna)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="227"/>
        <source>New &amp;regional text</source>
        <translation>Ny &amp;regional tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="228"/>
        <source>New regional text (read-only)</source>
        <translation>Ny regional tekst (skriveverna)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="232"/>
        <source>&amp;Local text now</source>
        <translation>&amp;Lokal tekst no</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="233"/>
        <source>Local text as it is now (read-only)</source>
        <translation>Den lokale teksten slik han er no (skriveverna)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="241"/>
        <source>Result: the text that will be saved (editable)</source>
        <translation>Resultat: teksten som blir lagra (kan redigerast)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="273"/>
        <source>R&amp;esult — edit freely; this text is saved</source>
        <translation>R&amp;esultat – rediger fritt; det er denne teksten som blir lagra</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="294"/>
        <source>&amp;Save…</source>
        <translation>&amp;Lagre…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="296"/>
        <source>Save the result</source>
        <translation>Lagre resultatet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="298"/>
        <source>Cancel: keep the local text as it is</source>
        <translation>Avbryt: behald den lokale teksten slik han er</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="334"/>
        <source>◀ &amp;Previous conflict</source>
        <translation>◀ &amp;Førre konflikt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="335"/>
        <source>Previous conflict</source>
        <translation>Førre konflikt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="336"/>
        <source>Previous conflict (Alt+Up or Shift+F8)</source>
        <translation>Førre konflikt (Alt+Pil opp eller Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="337"/>
        <source>&amp;Next conflict ▶</source>
        <translation>&amp;Neste konflikt ▶</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="338"/>
        <source>Next conflict</source>
        <translation>Neste konflikt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="339"/>
        <source>Next conflict (Alt+Down or F8)</source>
        <translation>Neste konflikt (Alt+Pil ned eller F8)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="340"/>
        <source>Use l&amp;ocal</source>
        <translation>Bruk l&amp;okal</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="341"/>
        <source>Use the local wording for this conflict</source>
        <translation>Bruk den lokale ordlyden i denne konflikten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="342"/>
        <source>Use re&amp;gional</source>
        <translation>Bruk re&amp;gional</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="344"/>
        <source>Use the new regional wording for this conflict</source>
        <translation>Bruk den nye regionale ordlyden i denne konflikten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="346"/>
        <source>Use &amp;both</source>
        <translation>Bruk &amp;begge</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="348"/>
        <source>Use both wordings for this conflict, local first</source>
        <translation>Bruk begge formuleringane i denne konflikten, den lokale først</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="351"/>
        <source>Keep the local wording followed by the regional one, then edit it down.</source>
        <translation>Behald den lokale ordlyden etterfølgd av den regionale, og kort deretter ned.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="479"/>
        <source>{resolved} of {total} resolved</source>
        <translation>{resolved} av {total} løyste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="484"/>
        <source>Conflict {current} of {total}: {state}</source>
        <translation>Konflikt {current} av {total}: {state}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="488"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konfliktar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="490"/>
        <source>No conflicts</source>
        <translation>Ingen konfliktar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="501"/>
        <source>Every conflict is resolved. Save… asks once more before saving.</source>
        <translation>Alle konfliktane er løyste. Lagre… spør éin gong til før noko blir lagra.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="504"/>
        <source>Save becomes available when every conflict is resolved: use «Use local», «Use regional» or «Use both», or edit the marked passage yourself.</source>
        <translation>Lagre blir tilgjengeleg når alle konfliktane er løyste: bruk «Bruk lokal», «Bruk regional» eller «Bruk begge», eller rediger det merkte avsnittet sjølv.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="514"/>
        <source>not resolved yet</source>
        <translation>ikkje løyst enno</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="515"/>
        <source>resolved with the local wording</source>
        <translation>løyst med den lokale ordlyden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="516"/>
        <source>resolved with the regional wording</source>
        <translation>løyst med den regionale ordlyden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="517"/>
        <source>resolved with both wordings</source>
        <translation>løyst med begge formuleringane</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="518"/>
        <source>resolved by editing</source>
        <translation>løyst ved redigering</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="560"/>
        <source>Save the carried-over text</source>
        <translation>Lagre den overførte teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="561"/>
        <source>Save the result as a new revision of «{section}» in «{edition}»?</source>
        <translation>Vil du lagre resultatet som ein ny versjon av «{section}» i «{edition}»?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="564"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="566"/>
        <source>The new regional text becomes the base of this local adaptation, so it is no longer stale. The earlier local text stays in the history.</source>
        <translation>Den nye regionale teksten blir grunnlaget for denne lokale tilpassinga, så ho er ikkje lenger forelda. Den tidlegare lokale teksten blir verande i historikken.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="575"/>
        <source>Discard your choices?</source>
        <translation>Vil du forkaste vala dine?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="576"/>
        <source>Close without saving? Your choices and edits in the result are lost.</source>
        <translation>Vil du lukke utan å lagre? Vala og endringane dine i resultatet går tapt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="577"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="668"/>
        <source>What changed in the regional text</source>
        <translation>Kva som er endra i den regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="669"/>
        <source>Regional text the adaptation was based on</source>
        <translation>Den regionale teksten tilpassinga bygde på</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="671"/>
        <source>Regional text now</source>
        <translation>Regional tekst no</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/three_way_dialog.py" line="673"/>
        <source>Changes in the regional text of «{section}» since «{edition}» adapted it.</source>
        <translation>Endringar i den regionale teksten i «{section}» etter at «{edition}» tilpassa han.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="84"/>
        <source>&amp;Save revision…</source>
        <translation>&amp;Lagre versjon…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="85"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="86"/>
        <source>Save the text as a new revision (Ctrl+S)</source>
        <translation>Lagre teksten som ein ny versjon (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="87"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Innstillingar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="88"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="89"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="90"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="91"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="92"/>
        <source>Redo</source>
        <translation>Gjer om</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="93"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="94"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="95"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="96"/>
        <source>Select &amp;all</source>
        <translation>&amp;Merk alt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="97"/>
        <source>&amp;Find and replace in section…</source>
        <translation>&amp;Finn og byt ut i seksjonen…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="98"/>
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="99"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Byt ut…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="100"/>
        <source>Search the &amp;whole map…</source>
        <translation>&amp;Søk i heile kartet…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="101"/>
        <source>Search map</source>
        <translation>Søk i kartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="102"/>
        <source>Search the texts of the whole map (Ctrl+Shift+F)</source>
        <translation>Søk i tekstane i heile kartet (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="103"/>
        <source>&amp;Editor</source>
        <translation>&amp;Redigeringsfelt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="104"/>
        <source>&amp;Preview</source>
        <translation>&amp;Førehandsvising</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="105"/>
        <source>&amp;Next pane</source>
        <translation>&amp;Neste felt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="106"/>
        <source>P&amp;revious pane</source>
        <translation>Førr&amp;e felt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="107"/>
        <source>Go to the &amp;map</source>
        <translation>Gå til k&amp;artet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="108"/>
        <source>Go to the &amp;text</source>
        <translation>Gå til &amp;teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="109"/>
        <source>Mark as &amp;draft</source>
        <translation>Merk som &amp;utkast</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="110"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="111"/>
        <source>Send to &amp;hearing</source>
        <translation>Send til &amp;høyring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="112"/>
        <source>In hearing</source>
        <translation>Til høyring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="113"/>
        <source>&amp;Approve</source>
        <translation>&amp;Godkjenn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="114"/>
        <source>Approved</source>
        <translation>Godkjend</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="117"/>
        <source>Status: {label} ({key})</source>
        <translation>Status: {label} ({key})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="123"/>
        <source>Adapt &amp;locally…</source>
        <translation>Tilpass &amp;lokalt…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="125"/>
        <source>Writing a local version of an inherited section comes in a later version.</source>
        <translation>Lokal tilpassing av arva seksjonar kjem i ei seinare oppdatering av kartedit.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="127"/>
        <source>&amp;About kartedit</source>
        <translation>&amp;Om kartedit</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="199"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="200"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="201"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="202"/>
        <source>&amp;Section</source>
        <translation>&amp;Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="203"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/actions.py" line="204"/>
        <location filename="../../src/kartedit/gui/actions.py" line="205"/>
        <source>Toolbar</source>
        <translation>Verktøylinje</translation>
    </message>
</context>
<context>
    <name>_EditionForm</name>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="94"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="96"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Kortnamn:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="98"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="118"/>
        <source>Name of the edition</source>
        <translation>Namnet på utgåva</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="119"/>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="125"/>
        <source>For example: Voss herad</source>
        <translation>Til dømes: Voss herad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="120"/>
        <source>Short name used in files and bundles</source>
        <translation>Kortnamn som blir brukt i filer og pakkar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="121"/>
        <source>for example: voss-herad</source>
        <translation>til dømes: voss-herad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="123"/>
        <source>Municipality or health community the edition belongs to</source>
        <translation>Kommunen eller helsefellesskapet utgåva høyrer til</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="127"/>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="158"/>
        <source>Lower-case letters a–z, digits and hyphens; used in files and bundles.</source>
        <translation>Små bokstavar a–z, siffer og bindestrekar; blir brukt i filer og pakkar.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="142"/>
        <source>Give the edition a short name.</source>
        <translation>Gi utgåva eit kortnamn.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/edition_dialogs.py" line="147"/>
        <source>Use only lower-case letters a–z, digits and single hyphens, for example «voss-herad».</source>
        <translation>Bruk berre små bokstavar a–z, siffer og enkle bindestrekar, til dømes «voss-herad».</translation>
    </message>
</context>
<context>
    <name>_HeatLegend</name>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="617"/>
        <source>{percent} or more</source>
        <translation>{percent} eller meir</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="629"/>
        <source>Deviation:</source>
        <translation>Avvik:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/deviation_view.py" line="630"/>
        <source>Colour scale from 0% (lightest) to 60% or more (darkest)</source>
        <translation>Fargeskala frå 0&#xa0;% (lysast) til 60&#xa0;% eller meir (mørkast)</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="en">
<context>
    <name>ApplyReportDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="244"/>
        <source>Approved bundle applied</source>
        <translation>Godkjend pakke er teken i bruk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="248"/>
        <source>Applied the approved texts of «{round}» ({made_by}): {updated} updated, {unchanged} already up to date. Local adaptations keep their text.</source>
        <translation>Dei godkjende tekstane frå «{round}» ({made_by}) er tekne i bruk: {updated} oppdatert, {unchanged} var alt oppdatert. Lokale tilpassingar held på teksten sin.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="258"/>
        <source>Now stale in {editions}: open each edition and carry its stale adaptations over to the new regional text.</source>
        <translation>No forelda i {editions}: opne kvar utgåve og overfør dei forelda tilpassingane til den nye regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="265"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="265"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="265"/>
        <source>Stale local adaptations</source>
        <translation>Forelda lokale tilpassingar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="268"/>
        <source>What applying did to each section</source>
        <translation>Kva som skjedde med kvar seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="270"/>
        <source>updated</source>
        <translation>oppdatert</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="271"/>
        <source>already up to date</source>
        <translation>alt oppdatert</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="272"/>
        <source>not in this map</source>
        <translation>finst ikkje i dette kartet</translation>
    </message>
</context>
<context>
    <name>ApproveRoundDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="92"/>
        <source>Approve the round «{name}»</source>
        <translation>Godkjenn runden «{name}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="98"/>
        <source>Every section of «{name}» whose comments and suggestions are all decided is approved (status «approved»). Sections still waiting for decisions stay as they are.</source>
        <translation>Alle seksjonane i «{name}» der alle merknader og forslag er avgjorde, blir godkjende (status «godkjend»). Seksjonar som framleis ventar på avgjerder, blir som dei er.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="105"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="105"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="106"/>
        <source>Sections of the round and what happens to them</source>
        <translation>Seksjonane i runden og kva som skjer med dei</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="109"/>
        <source>Not decided yet: stay as they are (%n)</source>
        <translation>
            <numerusform>Ikkje avgjord enno: blir som han er (%n)</numerusform>
            <numerusform>Ikkje avgjorde enno: blir som dei er (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="113"/>
        <source>%n comment(s) or suggestion(s) without a decision</source>
        <translation>
            <numerusform>%n merknad eller forslag utan avgjerd</numerusform>
            <numerusform>%n merknader eller forslag utan avgjerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="121"/>
        <source>Changed substantially since the hearing (%n)</source>
        <translation>
            <numerusform>Vesentleg endra etter høyringa (%n)</numerusform>
            <numerusform>Vesentleg endra etter høyringa (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="126"/>
        <source>keeps {percent} % of the text sent out; it may need a new hearing</source>
        <translation>held på {percent} % av teksten som vart send ut; han kan trenge ei ny høyring</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="137"/>
        <source>Ready to approve (%n)</source>
        <translation>
            <numerusform>Klar til godkjenning (%n)</numerusform>
            <numerusform>Klare til godkjenning (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="139"/>
        <source>%n comment(s), all decided</source>
        <translation>
            <numerusform>%n merknad, avgjord</numerusform>
            <numerusform>%n merknader, alle avgjorde</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="145"/>
        <source>&amp;Close the round if every section gets approved</source>
        <translation>&amp;Avslutt runden viss alle seksjonane blir godkjende</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="148"/>
        <source>A closed round takes no more responses; its sections leave «in hearing».</source>
        <translation>Ein avslutta runde tek ikkje imot fleire høyringssvar; seksjonane er ikkje lenger «til høyring».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="152"/>
        <source>&amp;Approve</source>
        <translation>&amp;Godkjenn</translation>
    </message>
</context>
<context>
    <name>ApproveRoundReport</name>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="176"/>
        <source>Approved: %n section(s).</source>
        <translation>
            <numerusform>Godkjend: %n seksjon.</numerusform>
            <numerusform>Godkjende: %n seksjonar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="178"/>
        <source>Already approved: %n.</source>
        <translation>
            <numerusform>Alt godkjend: %n.</numerusform>
            <numerusform>Alt godkjende: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="180"/>
        <source>Not approved: %n.</source>
        <translation>
            <numerusform>Ikkje godkjend: %n.</numerusform>
            <numerusform>Ikkje godkjende: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="184"/>
        <source>The round «{name}» is now closed.</source>
        <translation>Runden «{name}» er no avslutta.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="188"/>
        <source>Decide on the remaining comments and suggestions, then approve again.</source>
        <translation>Ta stilling til dei attverande merknadene og forslaga, og godkjenn så på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="194"/>
        <source>{section}: approved</source>
        <translation>{section}: godkjend</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="199"/>
        <source>{section}: not approved, %n without a decision</source>
        <translation>
            <numerusform>{section}: ikkje godkjend, %n utan avgjerd</numerusform>
            <numerusform>{section}: ikkje godkjend, %n utan avgjerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="205"/>
        <source>{section}: not approved: {reason}</source>
        <translation>{section}: ikkje godkjend: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="212"/>
        <source>{section}: changed substantially since the hearing (keeps {percent} % of the text sent out); it may need a new hearing</source>
        <translation>{section}: vesentleg endra etter høyringa (held på {percent} % av teksten som vart send ut); han kan trenge ei ny høyring</translation>
    </message>
</context>
<context>
    <name>BundleDrop</name>
    <message>
        <location filename="../../src/kartedit/gui/common/bundle_drop.py" line="75"/>
        <source>Open a review bundle</source>
        <translation>Opne ein høyringspakke</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/bundle_drop.py" line="77"/>
        <source>kartedit bundles (*.kartbundle);;All files (*)</source>
        <translation>kartedit-pakkar (*.kartbundle);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>BundleOpen</name>
    <message>
        <location filename="../../src/kartedit/gui/common/bundle_open.py" line="46"/>
        <source>Which map should the bundle go into?</source>
        <translation>Kva kart skal pakken inn i?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/bundle_open.py" line="48"/>
        <source>kartedit maps (*.sqlite *.db);;All files (*)</source>
        <translation>kartedit-kart (*.sqlite *.db);;Alle filer (*)</translation>
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
        <translation>Den regionale teksten i «{section}» er endra etter at «{edition}» tilpassa han, men endringa påverkar ikkje den lokale teksten. Når du lagrar, blir den lokale teksten behalden, og den nye regionale teksten blir registrert som grunnlaget for han.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="69"/>
        <source>The regional text of «{section}» has changed since «{edition}» adapted it. The local change can be carried over without conflicts. Check the result: it is compared with the local text as it is now.</source>
        <translation>Den regionale teksten i «{section}» er endra etter at «{edition}» tilpassa han. Den lokale endringa kan overførast utan konfliktar. Sjekk resultatet: det blir samanlikna med den lokale teksten slik han er no.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="77"/>
        <source>Local text now</source>
        <translation>Lokal tekst no</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="79"/>
        <source>Carried over to the new regional text</source>
        <translation>Overført til den nye regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="83"/>
        <source>Show the &amp;regional change…</source>
        <translation>Vis den &amp;regionale endringa…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="86"/>
        <source>Show what changed in the regional text since the adaptation was written</source>
        <translation>Vis kva som er endra i den regionale teksten sidan tilpassinga vart skriven</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="89"/>
        <source>Save the carried-over text</source>
        <translation>Lagre den overførte teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="91"/>
        <source>Cancel: keep the local text as it is</source>
        <translation>Avbryt: behald den lokale teksten slik han er</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="139"/>
        <source>Comment on a passage</source>
        <translation>Kommenter eit tekstutdrag</translation>
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
        <translation>Tekstutdraget du merkte</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="160"/>
        <source>You are answering:</source>
        <translation>Du svarar på:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="161"/>
        <source>The comment you answer</source>
        <translation>Merknaden du svarar på</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="162"/>
        <source>&amp;Your wording for the passage:</source>
        <translation>&amp;Di formulering av tekstutdraget:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="163"/>
        <source>Suggested wording</source>
        <translation>Foreslått formulering</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="165"/>
        <source>Leave empty to suggest deleting the passage.</source>
        <translation>La feltet stå tomt for å foreslå at tekstutdraget blir stroke.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="168"/>
        <source>&amp;Why (optional):</source>
        <translation>&amp;Grunngjeving (valfritt):</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="169"/>
        <source>Why you suggest this wording</source>
        <translation>Kvifor du foreslår denne formuleringa</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="170"/>
        <source>A short reason helps the working group.</source>
        <translation>Ei kort grunngjeving hjelper arbeidsgruppa.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="172"/>
        <source>&amp;Your reply:</source>
        <translation>&amp;Svaret ditt:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="173"/>
        <source>Your reply</source>
        <translation>Svaret ditt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="176"/>
        <source>&amp;Your comment:</source>
        <translation>&amp;Merknaden din:</translation>
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
        <translation>Kva bør arbeidsgruppa vite?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="179"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="192"/>
        <source>Change the wording, or write a comment instead.</source>
        <translation>Endre formuleringa, eller skriv ein merknad i staden.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="195"/>
        <source>Write what you want to say.</source>
        <translation>Skriv det du vil seie.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="245"/>
        <source>&amp;All sections</source>
        <translation>&amp;Alle seksjonar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="246"/>
        <source>Show the comments of all sections</source>
        <translation>Vis merknadene i alle seksjonar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="247"/>
        <source>Comments</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="249"/>
        <source>Choose a comment to see its passage; Delete deletes your own comment.</source>
        <translation>Vel ein merknad for å sjå tekstutdraget han gjeld; Delete slettar din eigen merknad.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="251"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Svar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="252"/>
        <source>Reply to the chosen comment</source>
        <translation>Svar på den valde merknaden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="253"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="254"/>
        <source>Edit the chosen comment</source>
        <translation>Rediger den valde merknaden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="255"/>
        <source>&amp;Delete…</source>
        <translation>S&amp;lett…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="256"/>
        <source>Delete the chosen comment</source>
        <translation>Slett den valde merknaden</translation>
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
            <numerusform>%n trådar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="314"/>
        <source>{created}, edited {edited}</source>
        <translation>{created}, endra {edited}</translation>
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
        <translation>Svar frå {who}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="359"/>
        <source>Suggestion from {who} for «{quote}»: «{replacement}». {text}</source>
        <translation>Forslag frå {who} til «{quote}»: «{replacement}». {text}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="362"/>
        <source>Comment from {who} on «{quote}»: {text}</source>
        <translation>Merknad frå {who} til «{quote}»: {text}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="373"/>
        <source>No comments here yet.

Select a passage in the text, then choose Comment… (Ctrl+M) or Suggest wording… (Ctrl+Shift+M).</source>
        <translation>Ingen merknader her enno.

Merk eit tekstutdrag i teksten, og vel så Kommenter… (Ctrl+M) eller Foreslå formulering… (Ctrl+Shift+M).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comments_panel.py" line="418"/>
        <source>Only your own comments can be changed.</source>
        <translation>Berre dine eigne merknader kan endrast.</translation>
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
        <translation>Den lokale teksten i «{edition}» seier det same som den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="103"/>
        <source>{changes} between the regional text and «{edition}»; the local text keeps {kept}% of the regional wording.</source>
        <translation>{changes} mellom den regionale teksten og «{edition}»; den lokale teksten beheld {kept} % av den regionale ordlyden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="106"/>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="120"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n endring</numerusform>
            <numerusform>%n endringar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="116"/>
        <source>Revision {new} is the same text as revision {old}.</source>
        <translation>Versjon {new} har same tekst som versjon {old}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="118"/>
        <source>{changes} from revision {old} to revision {new}.</source>
        <translation>{changes} frå versjon {old} til versjon {new}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="138"/>
        <source>{edition} (unsaved text)</source>
        <translation>{edition} (ulagra tekst)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="140"/>
        <source>{edition} (local text)</source>
        <translation>{edition} (lokal tekst)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="142"/>
        <source>Compare with the regional text</source>
        <translation>Samanlikn med den regionale teksten</translation>
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
        <translation>(gjeldande)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/compare_dialogs.py" line="180"/>
        <source>Compare revisions {old} and {new}</source>
        <translation>Samanlikn versjon {old} og {new}</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../src/kartedit/gui/common/confirm.py" line="40"/>
        <source>Confirmation</source>
        <translation>Stadfesting</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="120"/>
        <source>kartedit – unexpected error</source>
        <translation>kartedit – uventa feil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="128"/>
        <source>kartedit ran into an unexpected error. Your saved texts are safe, and unsaved text is kept for recovery. Please send the details below to the person who supports kartedit for you.</source>
        <translation>kartedit fekk ein uventa feil. Tekstane du har lagra, er trygge, og tekst som ikkje er lagra, er teken vare på slik at han kan hentast fram att. Send gjerne detaljane nedanfor til den som gir deg brukarstøtte for kartedit.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="135"/>
        <source>Version: {version}
Log file: {path}</source>
        <translation>Versjon: {version}
Loggfil: {path}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="140"/>
        <source>Version and log file</source>
        <translation>Versjon og loggfil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="145"/>
        <source>Error details</source>
        <translation>Detaljar om feilen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="148"/>
        <source>&amp;Copy Details</source>
        <translation>&amp;Kopier detaljar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="149"/>
        <source>Copy details to the clipboard</source>
        <translation>Kopier detaljane til utklippstavla</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="154"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>CreateEditionDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="179"/>
        <source>New local edition</source>
        <translation>Ny lokal utgåve</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="182"/>
        <source>A local edition shows the regional text everywhere until you adapt a section for local practice.</source>
        <translation>Ei lokal utgåve viser den regionale teksten overalt til du tilpassar ein seksjon til lokal praksis.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="186"/>
        <source>&amp;Create</source>
        <translation>&amp;Opprett</translation>
    </message>
</context>
<context>
    <name>DeleteEditionDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="258"/>
        <source>Delete «{name}»</source>
        <translation>Slett «{name}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="265"/>
        <source>«{name}» holds %n local adaptation(s). Deleting the edition deletes them and their history.</source>
        <translation>
            <numerusform>«{name}» har %n lokal tilpassing. Slettar du utgåva, blir ho sletta saman med historikken.</numerusform>
            <numerusform>«{name}» har %n lokale tilpassingar. Slettar du utgåva, blir dei sletta saman med historikken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="271"/>
        <source>Export first saves the whole map, with this edition, as a folder you can import again; then the edition is deleted.</source>
        <translation>Eksporter først lagrar heile kartet, med denne utgåva, som ei mappe du kan importere att; deretter blir utgåva sletta.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="276"/>
        <source>«{name}» has no local adaptations: it shows the regional text everywhere. Deleting it removes only the edition.</source>
        <translation>«{name}» har ingen lokale tilpassingar: ho viser den regionale teksten overalt. Sletting fjernar berre sjølve utgåva.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="295"/>
        <source>&amp;Export first, then delete…</source>
        <translation>&amp;Eksporter først, slett deretter…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="298"/>
        <source>Export the map to a folder, then delete the edition</source>
        <translation>Eksporter kartet til ei mappe, og slett deretter utgåva</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="302"/>
        <source>&amp;Delete without export</source>
        <translation>&amp;Slett utan eksport</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="302"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="305"/>
        <source>Delete the edition now</source>
        <translation>Slett utgåva no</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="307"/>
        <source>Cancel: keep the edition</source>
        <translation>Avbryt: behald utgåva</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="336"/>
        <source>Choose where to save the export</source>
        <translation>Vel kvar eksporten skal lagrast</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="327"/>
        <source>Deviation from the regional text</source>
        <translation>Avvik frå den regionale teksten</translation>
    </message>
</context>
<context>
    <name>DeviationGridModel</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="232"/>
        <source>{service} has no part in {pathway}.</source>
        <translation>{service} har inga rolle i {pathway}.</translation>
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
            <numerusform>%n tilpassa</numerusform>
            <numerusform>%n tilpassa</numerusform>
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
        <translation>{where}: ingen lokale tilpassingar; alle utgåvene brukar den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="263"/>
        <source>{where}: {adapted} of {sections} sections adapted; they differ by {percent} from the regional text on average.</source>
        <translation>{where}: {adapted} av {sections} seksjonar er tilpassa; dei avvik i snitt {percent} frå den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="273"/>
        <source>{edition}: {section} keeps {percent}</source>
        <translation>{edition}: {section} held på {percent}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="279"/>
        <source>(stale)</source>
        <translation>(forelda)</translation>
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
        <translation>&amp;Utgåve:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="167"/>
        <source>Local edition</source>
        <translation>Lokal utgåve</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="168"/>
        <source>Adapted sections of the edition</source>
        <translation>Tilpassa seksjonar i utgåva</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="169"/>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="170"/>
        <source>Editions in the heat-map</source>
        <translation>Utgåver i varmekartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="172"/>
        <source>Deviation per pathway and service; each cell says its percentage</source>
        <translation>Avvik per forløp og teneste; kvar celle viser prosenten sin</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="176"/>
        <source>Each cell: how far the adapted sections of that service in that pathway differ from the regional text on average, and how many sections are adapted. A stronger colour means more local wording. Point at a cell for the details.</source>
        <translation>Kvar celle: kor mykje dei tilpassa seksjonane for den tenesta i det forløpet i snitt avvik frå den regionale teksten, og kor mange seksjonar som er tilpassa. Sterkare farge tyder meir lokal ordlyd. Peik på ei celle for å sjå detaljane.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="181"/>
        <source>By &amp;edition</source>
        <translation>Per &amp;utgåve</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="182"/>
        <source>&amp;Pathway × service</source>
        <translation>&amp;Forløp × teneste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="183"/>
        <source>Deviation views</source>
        <translation>Avviksvisingar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="184"/>
        <source>Export &amp;CSV…</source>
        <translation>Eksporter &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="186"/>
        <source>Export the deviation of every edition as CSV</source>
        <translation>Eksporter avviket for alle utgåvene som CSV</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="190"/>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="202"/>
        <source>All local editions</source>
        <translation>Alle lokale utgåver</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="228"/>
        <source>There are no local editions yet.</source>
        <translation>Det finst ingen lokale utgåver enno.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="231"/>
        <source>«{name}» uses the regional text everywhere.</source>
        <translation>«{name}» brukar den regionale teksten overalt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="235"/>
        <source>«{name}»: {adapted} sections adapted, {stale} of them stale.</source>
        <translation>«{name}»: {adapted} seksjonar tilpassa, {stale} av dei forelda.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="277"/>
        <source>Export deviation as CSV</source>
        <translation>Eksporter avvik som CSV</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="278"/>
        <source>deviation.csv</source>
        <translation>avvik.csv</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="279"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="288"/>
        <source>Saved {path}</source>
        <translation>Lagra {path}</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="77"/>
        <source>Removed</source>
        <translation>Fjerna</translation>
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
        <translation>Vis dei to tekstane side ved side</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="209"/>
        <source>In&amp;line</source>
        <translation>I éin &amp;tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="210"/>
        <source>Show the changes inline in one text</source>
        <translation>Vis endringane i éin samla tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="211"/>
        <source>◀ &amp;Previous change</source>
        <translation>◀ &amp;Førre endring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="212"/>
        <source>Previous change</source>
        <translation>Førre endring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="213"/>
        <source>Previous change (Alt+Up or Shift+F8)</source>
        <translation>Førre endring (Alt+Pil opp eller Shift+F8)</translation>
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
        <translation>fjerna</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="217"/>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="219"/>
        <source>Key: removed words are struck through, added words are underlined</source>
        <translation>Forklaring: fjerna ord er gjennomstreka, nye ord er understreka</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="278"/>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="345"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n endring</numerusform>
            <numerusform>%n endringar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="282"/>
        <source>Changes</source>
        <translation>Endringar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/diff_view.py" line="343"/>
        <source>No differences</source>
        <translation>Ingen skilnader</translation>
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
        <translation>&amp;Ny lokal utgåve…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="67"/>
        <source>Make a local edition for a municipality or health community.</source>
        <translation>Lag ei lokal utgåve for ein kommune eller eit helsefellesskap.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="69"/>
        <source>&amp;Rename edition…</source>
        <translation>&amp;Gi utgåva nytt namn…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="70"/>
        <source>Change the name of the open local edition.</source>
        <translation>Endre namnet på den opne lokale utgåva.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="71"/>
        <source>&amp;Delete edition…</source>
        <translation>&amp;Slett utgåva…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="73"/>
        <source>Delete the open local edition; you are asked first and may export it.</source>
        <translation>Slett den opne lokale utgåva; du blir spurd først og kan eksportere henne.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="75"/>
        <source>&amp;Stale adaptations…</source>
        <translation>&amp;Forelda tilpassingar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="77"/>
        <source>Local adaptations whose regional text has changed since they were written.</source>
        <translation>Lokale tilpassingar der den regionale teksten er endra etter at dei vart skrivne.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="79"/>
        <source>De&amp;viation overview…</source>
        <translation>&amp;Avviksoversikt…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="81"/>
        <source>How much each local edition differs from the regional text.</source>
        <translation>Kor mykje kvar lokal utgåve avvik frå den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="83"/>
        <source>Re&amp;turn to regional…</source>
        <translation>Gå &amp;tilbake til regional tekst…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="85"/>
        <source>End the local adaptation: the edition shows the regional text again.</source>
        <translation>Avslutt den lokale tilpassinga: utgåva viser den regionale teksten att.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="87"/>
        <source>&amp;Compare with regional…</source>
        <translation>&amp;Samanlikn med regional tekst…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="88"/>
        <source>Compare with regional</source>
        <translation>Samanlikn med regional tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="90"/>
        <source>Show how the local text differs from the regional text.</source>
        <translation>Vis korleis den lokale teksten skil seg frå den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="92"/>
        <source>&amp;What changed regionally…</source>
        <translation>Kva er &amp;endra regionalt…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="94"/>
        <source>What changed in the regional text since this adaptation was written.</source>
        <translation>Kva som er endra i den regionale teksten etter at denne tilpassinga vart skriven.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="96"/>
        <source>Carry &amp;over…</source>
        <translation>&amp;Overfør til ny regional tekst…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="98"/>
        <source>Carry the local adaptation over to the new regional text.</source>
        <translation>Overfør den lokale tilpassinga til den nye regionale teksten.</translation>
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
        <translation>Teneste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="118"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="119"/>
        <source>Keeps of the regional text</source>
        <translation>Held på av den regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="120"/>
        <source>Stale</source>
        <translation>Forelda</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="125"/>
        <source>How much of the regional text the local text keeps, ignoring case, spacing and punctuation.</source>
        <translation>Kor mykje av den regionale teksten den lokale teksten held på, utan omsyn til store og små bokstavar, mellomrom og teiknsetjing.</translation>
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
        <translation>{section} held på {percent} av den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="171"/>
        <source>Stale: the regional text has changed since it was adapted.</source>
        <translation>Forelda: den regionale teksten er endra etter at han vart tilpassa.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_models.py" line="173"/>
        <source>Up to date with the regional text.</source>
        <translation>Oppdatert i høve til den regionale teksten.</translation>
    </message>
</context>
<context>
    <name>EditionDialogs</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="390"/>
        <source>The regional edition cannot be deleted: every edition builds on it.</source>
        <translation>Den regionale utgåva kan ikkje slettast: alle utgåvene byggjer på henne.</translation>
    </message>
</context>
<context>
    <name>EditionSwitcher</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_switcher.py" line="35"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Utgåve:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_switcher.py" line="36"/>
        <source>Edition</source>
        <translation>Utgåve</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_switcher.py" line="38"/>
        <source>The regional text, or a local edition that adapts it where practice differs.</source>
        <translation>Den regionale teksten, eller ei lokal utgåve som tilpassar han der praksis er annleis.</translation>
    </message>
</context>
<context>
    <name>EditionsController</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="170"/>
        <source>E&amp;dition</source>
        <translation>&amp;Utgåve</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="171"/>
        <source>Compare with regional</source>
        <translation>Samanlikn med regional tekst</translation>
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
        <translation>Den lokale teksten startar som ein kopi av den regionale teksten. Hald tilpassinga lita: seinare endringar i den regionale teksten kjem berre med når du overfører dei, og kartedit seier frå når det er på tide.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="247"/>
        <source>«{section}» is now adapted locally; write the local text and save it.</source>
        <translation>«{section}» er no tilpassa lokalt; skriv den lokale teksten og lagre han.</translation>
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
        <translation>«{edition}» viser den regionale teksten att. Den lokale teksten og versjonane hans blir liggjande i databasen: vil du ha han tilbake, tilpassar du seksjonen på nytt og gjenopprettar teksten frå historikken.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="279"/>
        <source>«{section}» shows the regional text again.</source>
        <translation>«{section}» viser den regionale teksten att.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="355"/>
        <source>Carried over to the new regional text as revision {seq}.</source>
        <translation>Overført til den nye regionale teksten som versjon {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="458"/>
        <source>Made the local edition «{name}». It inherits every regional text.</source>
        <translation>Den lokale utgåva «{name}» er laga. Ho arvar alle dei regionale tekstane.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/editions_controller.py" line="490"/>
        <source>Deleted the local edition «{name}».</source>
        <translation>Den lokale utgåva «{name}» er sletta.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="85"/>
        <source>kartedit</source>
        <translation>kartedit</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/errors.py" line="91"/>
        <source>Problem</source>
        <translation>Problem</translation>
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
        <translation>Førre</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="52"/>
        <source>Find previous (Shift+Enter)</source>
        <translation>Finn førre (Shift+Enter)</translation>
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
        <translation>Skil mellom store og små &amp;bokstavar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="58"/>
        <source>Match case</source>
        <translation>Skil mellom store og små bokstavar</translation>
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
        <translation>Lukk søkjefeltet (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="67"/>
        <source>Replace with</source>
        <translation>Byt ut med</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="68"/>
        <source>Replacement text</source>
        <translation>Tekst å byte ut med</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="69"/>
        <source>R&amp;eplace:</source>
        <translation>Byt &amp;ut:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="72"/>
        <source>Replace</source>
        <translation>Byt ut</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="72"/>
        <source>Replace this match and find the next</source>
        <translation>Byt ut dette treffet og finn det neste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="75"/>
        <source>Replace All</source>
        <translation>Byt ut alle</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="76"/>
        <source>Replace every match (one undo step)</source>
        <translation>Byt ut alle treff (kan angrast i eitt steg)</translation>
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
        <translation>Bytte ut 1 treff</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="290"/>
        <source>Replaced {count} matches</source>
        <translation>Bytte ut {count} treff</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/find_replace.py" line="249"/>
        <source>This section is read-only.</source>
        <translation>Denne seksjonen er skriveverna.</translation>
    </message>
</context>
<context>
    <name>HearingActions</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="101"/>
        <source>&amp;Import responses…</source>
        <translation>&amp;Importer høyringssvar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="102"/>
        <source>Import responses</source>
        <translation>Importer høyringssvar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="104"/>
        <source>Import response bundles from reviewers (Ctrl+Shift+I)</source>
        <translation>Importer svarpakkar frå høyringsinstansane (Ctrl+Shift+I)</translation>
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
        <translation>Godkjenn seksjonen som blir vist; alle merknader til han må vere avgjorde</translation>
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
        <translation>Godkjenn alle seksjonar der alle merknader er avgjorde; dei andre blir lista opp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="116"/>
        <source>&amp;Close round…</source>
        <translation>&amp;Avslutt runden…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="117"/>
        <source>Hearing &amp;summary…</source>
        <translation>Høyringsopps&amp;ummering…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="118"/>
        <source>Summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="120"/>
        <source>Save who said what and what was decided, as HTML or CSV (Ctrl+Shift+S)</source>
        <translation>Lagre kven som sa kva og kva som vart avgjort, som HTML eller CSV (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="122"/>
        <source>&amp;Export approved bundle…</source>
        <translation>&amp;Eksporter godkjend pakke…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="123"/>
        <source>Export approved</source>
        <translation>Eksporter godkjend</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="125"/>
        <source>Write the approved regional texts for local editions to apply</source>
        <translation>Eksporter dei godkjende regionale tekstane slik at lokale utgåver kan ta dei i bruk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="127"/>
        <source>Close &amp;window</source>
        <translation>Lukk &amp;vindauget</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="128"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Svar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="129"/>
        <source>Re&amp;solve</source>
        <translation>Merk som &amp;løyst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_actions.py" line="130"/>
        <source>Re&amp;open</source>
        <translation>O&amp;pne att</translation>
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
        <translation>Gå til &amp;seksjonane</translation>
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
        <translation>&amp;Avgjer</translation>
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
        <translation>Verktøylinje for høyring</translation>
    </message>
</context>
<context>
    <name>HearingController</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="93"/>
        <source>Hea&amp;ring</source>
        <translation>H&amp;øyring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="94"/>
        <source>Hearing &amp;rounds…</source>
        <translation>Høyrings&amp;rundar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="96"/>
        <source>Read and decide on the comments of a hearing round (Ctrl+Shift+R)</source>
        <translation>Les og avgjer merknadene i ein høyringsrunde (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="98"/>
        <source>&amp;Import responses…</source>
        <translation>I&amp;mporter høyringssvar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="100"/>
        <source>Import reviewers&apos; response bundles, many at once (Ctrl+Shift+I)</source>
        <translation>Importer svarpakkar frå høyringsinstansane, mange på ein gong (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="102"/>
        <source>&amp;Apply approved bundle…</source>
        <translation>&amp;Ta i bruk godkjend pakke…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="104"/>
        <source>Bring approved regional texts into this copy of the map</source>
        <translation>Hent godkjende regionale tekstar inn i denne kopien av kartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="106"/>
        <source>&amp;Start hearing round…</source>
        <translation>&amp;Start høyringsrunde…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="108"/>
        <source>Send pathways and services out for hearing, with a deadline</source>
        <translation>Send forløp og tenester på høyring, med ein frist</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="110"/>
        <source>&amp;Export review bundle…</source>
        <translation>&amp;Eksporter høyringspakke…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="112"/>
        <source>Write the file to send to the hearing participants</source>
        <translation>Lag fila som skal sendast til høyringsinstansane</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="114"/>
        <source>Export hearing &amp;document…</source>
        <translation>Eksporter høyringsd&amp;okument…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="116"/>
        <source>Write a Word document for participants who answer without kartedit</source>
        <translation>Lag eit Word-dokument til høyringsinstansar som svarar utan kartedit</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="149"/>
        <source>Hearing round started</source>
        <translation>Høyringsrunden er starta</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="151"/>
        <source>«{name}» has started; its sections are now in hearing. Export the review bundle to send to the participants now?</source>
        <translation>«{name}» er starta, og seksjonane er no til høyring. Vil du eksportere høyringspakken som skal sendast til høyringsinstansane no?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="154"/>
        <source>Export review bundle…</source>
        <translation>Eksporter høyringspakke…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="189"/>
        <source>Review bundle exported</source>
        <translation>Høyringspakken er eksportert</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="191"/>
        <source>The review bundle of «{name}» ({count} sections) is saved as {path}.

Send this file to the hearing participants, by e-mail or a shared drive. They open it in kartedit (or read it in a browser), comment, and send back a response bundle before {deadline}; import those with Hearing → Import responses….</source>
        <translation>Høyringspakken for «{name}» ({count} seksjonar) er lagra som {path}.

Send denne fila til høyringsinstansane, på e-post eller via ei delt mappe. Dei opnar henne i kartedit (eller les henne i ein nettlesar), kommenterer og sender tilbake ein svarpakke innan {deadline}. Importer svara med Høyring → Importer høyringssvar….</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="242"/>
        <source>An import is already running; wait for its report.</source>
        <translation>Ein import er alt i gang; vent på rapporten frå han.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="303"/>
        <source>Apply approved bundle</source>
        <translation>Ta i bruk godkjend pakke</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="305"/>
        <source>{file} holds approved regional texts. Add them to this map? Local adaptations keep their text; those whose regional text changed go stale.</source>
        <translation>{file} inneheld godkjende regionale tekstar. Vil du leggje dei til i dette kartet? Lokale tilpassingar held på teksten sin; dei som byggjer på ein regional tekst som er endra, blir forelda.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="308"/>
        <source>Apply</source>
        <translation>Ta i bruk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="326"/>
        <source>New regional text: {section}</source>
        <translation>Ny regional tekst: {section}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="330"/>
        <source> (local adaptations that go stale: {editions})</source>
        <translation> (lokale tilpassingar som vert utdaterte: {editions})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="335"/>
        <source>Nothing changes: this map already has these texts.</source>
        <translation>Ingenting vert endra: kartet har alt desse tekstane.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_controller.py" line="338"/>
        <source>Already up to date: %n section(s)</source>
        <translation>
            <numerusform>Alt oppdatert: %n seksjon</numerusform>
            <numerusform>Alt oppdatert: %n seksjonar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HearingDocument</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_word.py" line="38"/>
        <source>Export hearing document</source>
        <translation>Eksporter høyringsdokument</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_word.py" line="40"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_word.py" line="58"/>
        <source>There is no open hearing round; start one with Hearing → Start hearing round… first.</source>
        <translation>Det finst inga open høyringsrunde. Start ein med Høyring → Start høyringsrunde… først.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_word.py" line="90"/>
        <source>Hearing document exported</source>
        <translation>Høyringsdokumentet er eksportert</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_word.py" line="91"/>
        <source>The hearing document of «{name}» ({count} sections) is saved as {path}.

Send it to participants who do not use kartedit. They answer in Word or LibreOffice — comments in the margin, tracked changes, or the form at the end — and send it back before {deadline}; import the returned documents with Hearing → Import responses….</source>
        <translation>Høyringsdokumentet for «{name}» ({count} tekstar) er lagra som {path}.

Send det til høyringsinstansar som ikkje brukar kartedit. Dei svarar i Word eller LibreOffice — med merknader i margen, sporte endringar eller skjemaet bakarst — og sender det tilbake innan {deadline}. Les inn dokumenta som kjem tilbake, med Høyring → Importer høyringssvar….</translation>
    </message>
</context>
<context>
    <name>HearingThreadsPanel</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="162"/>
        <source>Re&amp;viewer:</source>
        <translation>Avs&amp;endar:</translation>
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
        <translation>Vis merknader frå denne avsendaren</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="166"/>
        <source>Show comments from this organisation</source>
        <translation>Vis merknader frå denne organisasjonen</translation>
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
        <translation>Vel ein merknad for å sjå tekstutdraget han gjeld; knappane avgjer han.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="172"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Svar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="173"/>
        <source>Reply in the chosen thread</source>
        <translation>Svar i den valde tråden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="174"/>
        <source>Re&amp;solve</source>
        <translation>Merk som &amp;løyst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="175"/>
        <source>Mark the chosen comment as dealt with</source>
        <translation>Merk den valde merknaden som ferdig handsama</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="176"/>
        <source>Re&amp;open</source>
        <translation>O&amp;pne att</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="177"/>
        <source>Undo the decision on the chosen comment</source>
        <translation>Angre avgjerda for den valde merknaden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="178"/>
        <source>&amp;Accept…</source>
        <translation>G&amp;odta…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="179"/>
        <source>Accept the chosen suggestion into the text</source>
        <translation>Godta det valde forslaget og set det inn i teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="180"/>
        <source>Re&amp;ject…</source>
        <translation>Avv&amp;is…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="181"/>
        <source>Reject the chosen comment, giving a reason</source>
        <translation>Avvis den valde merknaden med ei grunngiving</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="182"/>
        <source>No comments match.

Change the filters or pick a section.</source>
        <translation>Ingen merknader passar.

Endre filtera eller vel ein seksjon.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="183"/>
        <source>No comments</source>
        <translation>Ingen merknader</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="188"/>
        <source>All states</source>
        <translation>Alle tilstandar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="190"/>
        <source>Open</source>
        <translation>Opne</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="191"/>
        <source>Resolved</source>
        <translation>Løyste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="192"/>
        <source>Accepted</source>
        <translation>Godtekne</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="193"/>
        <source>Rejected</source>
        <translation>Avviste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="203"/>
        <source>All reviewers</source>
        <translation>Alle avsendarar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="207"/>
        <source>All organisations</source>
        <translation>Alle organisasjonar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="258"/>
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n tråd</numerusform>
            <numerusform>%n trådar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="275"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="276"/>
        <source>resolved</source>
        <translation>løyst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="277"/>
        <source>accepted</source>
        <translation>godteke</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="278"/>
        <source>rejected</source>
        <translation>avvist</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="299"/>
        <source>moved: found elsewhere in today&apos;s text</source>
        <translation>flytta: funne ein annan stad i dagens tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="304"/>
        <source>orphaned: passage gone from the text</source>
        <translation>foreldrelaus: tekstutdraget er borte frå teksten</translation>
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
        <translation>Føreslått formulering:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="340"/>
        <source>Suggests deleting the passage.</source>
        <translation>Føreslår å stryke tekstutdraget.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="346"/>
        <source>{state} by {who}, {when}</source>
        <translation>{state} av {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="362"/>
        <source>Reply from {who}: {text}</source>
        <translation>Svar frå {who}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="367"/>
        <source>Suggestion from {who} for «{quote}», {state}: «{replacement}». {text}</source>
        <translation>Forslag frå {who} til «{quote}», {state}: «{replacement}». {text}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="376"/>
        <source>Comment from {who} on «{quote}», {state}: {text}</source>
        <translation>Merknad frå {who} til «{quote}», {state}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="380"/>
        <source>(moved)</source>
        <translation>(flytta)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="382"/>
        <source>(orphaned: passage gone)</source>
        <translation>(foreldrelaus: tekstutdraget er borte)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_threads.py" line="424"/>
        <source>moved</source>
        <translation>flytta</translation>
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
        <translation>Høyringsrundar — kartedit</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="164"/>
        <source>Hearing rounds: the coordinator&apos;s review view</source>
        <translation>Høyringsrundar: koordinatoren si oversikt over merknadene</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="165"/>
        <source>&amp;Round:</source>
        <translation>R&amp;unde:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="166"/>
        <source>Hearing round</source>
        <translation>Høyringsrunde</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="167"/>
        <source>Sections, text and comments</source>
        <translation>Seksjonar, tekst og merknader</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="194"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="194"/>
        <source>closed</source>
        <translation>avslutta</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="196"/>
        <source>{name} ({state}, deadline {deadline})</source>
        <translation>{name} ({state}, frist {deadline})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="206"/>
        <source>No hearing rounds yet. Start one with «kartedit round start», export its review bundle, and import the responses here.</source>
        <translation>Ingen høyringsrundar enno. Start ein med «kartedit round start», eksporter høyringspakken og importer svara her.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="291"/>
        <source>No comments match the filters in this round.</source>
        <translation>Ingen merknader i denne runden passar med filtera.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="91"/>
        <source>Reply saved.</source>
        <translation>Svaret er lagra.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="102"/>
        <source>Marked as resolved.</source>
        <translation>Merkt som løyst.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="111"/>
        <source>Reopened: the decision is undone.</source>
        <translation>Opna att: avgjerda er angra.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="132"/>
        <source>Reject…</source>
        <translation>Avvis…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="122"/>
        <source>Why is this suggestion not followed? The reason goes in the hearing summary.</source>
        <translation>Kvifor blir ikkje dette forslaget teke til følgje? Grunngivinga kjem med i høyringsoppsummeringa.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="127"/>
        <source>Why is this comment not followed? The reason goes in the hearing summary.</source>
        <translation>Kvifor blir ikkje denne merknaden teken til følgje? Grunngivinga kjem med i høyringsoppsummeringa.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="146"/>
        <source>Rejected; the reason is kept.</source>
        <translation>Avvist; grunngivinga er teken vare på.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="197"/>
        <source>Suggestion accepted: saved as revision {seq}.</source>
        <translation>Forslaget er godteke: lagra som versjon {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decisions_controller.py" line="201"/>
        <source>Suggestion accepted; the text already said so.</source>
        <translation>Forslaget er godteke; teksten sa det alt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="424"/>
        <source>«{section}» is approved.</source>
        <translation>«{section}» er godkjend.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="426"/>
        <source>«{section}» was already approved.</source>
        <translation>«{section}» var alt godkjend.</translation>
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
            <numerusform>%n merknad eller forslag er framleis ikkje avgjord.</numerusform>
            <numerusform>%n merknader eller forslag er framleis ikkje avgjorde.</numerusform>
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
        <translation>Vil du avslutte «{name}»? Då kan ingen fleire høyringssvar importerast til han, og seksjonane er ikkje lenger «til høyring».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="468"/>
        <source>Close round</source>
        <translation>Avslutt runden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="478"/>
        <source>The round «{name}» is closed.</source>
        <translation>Runden «{name}» er avslutta.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="487"/>
        <source>hearing summary</source>
        <translation>høyringsoppsummering</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="496"/>
        <source>Saved the hearing summary ({count} comments and suggestions) to {path}.</source>
        <translation>Lagra høyringsoppsummeringa ({count} merknader og forslag) i {path}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="505"/>
        <source>approved</source>
        <translation>godkjend</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="514"/>
        <source>Wrote {path}: %n approved section(s).</source>
        <translation>
            <numerusform>Skreiv {path}: %n godkjend seksjon.</numerusform>
            <numerusform>Skreiv {path}: %n godkjende seksjonar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="516"/>
        <source>Left out (not approved): {section}</source>
        <translation>Ikkje med (ikkje godkjend): {section}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_window.py" line="520"/>
        <source>Export approved bundle</source>
        <translation>Eksporter godkjend pakke</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="76"/>
        <source>Revisions of this section, newest first</source>
        <translation>Versjonar av denne seksjonen, nyaste først</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="77"/>
        <source>View</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="78"/>
        <source>View the chosen revision</source>
        <translation>Vis den valde versjonen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="79"/>
        <source>Compare…</source>
        <translation>Samanlikn…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="80"/>
        <source>Compare revisions</source>
        <translation>Samanlikn versjonar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="83"/>
        <source>Compare the chosen revision with the current one, or two revisions chosen with Ctrl+click.</source>
        <translation>Samanlikn den valde versjonen med den gjeldande, eller to versjonar valde med Ctrl+klikk.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="87"/>
        <source>Restore…</source>
        <translation>Gjenopprett…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="88"/>
        <source>Restore the chosen revision</source>
        <translation>Gjenopprett den valde versjonen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="90"/>
        <source>Bring back this text as a new revision; nothing in the history is lost.</source>
        <translation>Hent fram att denne teksten som ein ny versjon; ingenting i historikken går tapt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="101"/>
        <source>Revision {seq} · {when}</source>
        <translation>Versjon {seq} · {when}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="105"/>
        <source>current</source>
        <translation>gjeldande</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="108"/>
        <source>«{message}»</source>
        <translation>«{message}»</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="205"/>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="212"/>
        <source>File or comment</source>
        <translation>Fil eller merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="212"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="212"/>
        <source>Passage</source>
        <translation>Tekstutdrag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="212"/>
        <source>Where</source>
        <translation>Plassering</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="216"/>
        <source>What became of each file and comment</source>
        <translation>Kva som skjedde med kvar fil og merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="222"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Kopier rapporten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="223"/>
        <source>Copy the report as text</source>
        <translation>Kopier rapporten som tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="242"/>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="243"/>
        <source>already present</source>
        <translation>fanst frå før</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="244"/>
        <source>updated</source>
        <translation>oppdatert</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="249"/>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="251"/>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="252"/>
        <source>Comment</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="256"/>
        <source>in its thread</source>
        <translation>i tråden sin</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="258"/>
        <source>in place</source>
        <translation>på plass</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="259"/>
        <source>moved: re-anchored</source>
        <translation>flytta: funne på ny stad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="260"/>
        <source>orphaned: passage gone</source>
        <translation>foreldrelaus: tekstutdraget er borte</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="266"/>
        <source>not imported (cancelled)</source>
        <translation>ikkje importert (avbroten)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="268"/>
        <source>refused: {reason}</source>
        <translation>avvist: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="270"/>
        <source>{new} new, {present} already present, {updated} updated; {moved} moved, {orphaned} orphaned</source>
        <translation>{new} nye, {present} fanst frå før, {updated} oppdaterte; {moved} flytta, {orphaned} foreldrelause</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="280"/>
        <source>(imported before)</source>
        <translation>(importert før)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="298"/>
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n fil importert</numerusform>
            <numerusform>%n filer importerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="299"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n avvist</numerusform>
            <numerusform>%n avviste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="302"/>
        <source>%n not reached (cancelled)</source>
        <translation>
            <numerusform>%n ikkje handsama (avbrote)</numerusform>
            <numerusform>%n ikkje handsama (avbrote)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="304"/>
        <source>Comments, suggestions and replies: {new} new, {present} already present, {updated} updated; {moved} moved to where their passage is now, {orphaned} orphaned (their passage is gone; they are kept and listed with their quote).</source>
        <translation>Merknader, forslag og svar: {new} nye, {present} fanst frå før, {updated} oppdaterte; {moved} flytta dit tekstutdraget står no, {orphaned} foreldrelause (tekstutdraget er borte; dei blir tekne vare på og viste med sitatet sitt).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="317"/>
        <source>A refused file changed nothing; the other files were imported. Ask the sender for a new copy, or check that it belongs to this map.</source>
        <translation>Ei avvist fil endra ingenting; dei andre filene vart importerte. Be avsendaren om ein ny kopi, eller sjekk at ho høyrer til dette kartet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="333"/>
        <source>refused</source>
        <translation>avvist</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="175"/>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="176"/>
        <source>Reopen as draft</source>
        <translation>Opne att som utkast</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="177"/>
        <source>Adapt locally…</source>
        <translation>Tilpass lokalt…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="178"/>
        <source>Adapt locally</source>
        <translation>Tilpass lokalt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="180"/>
        <source>Write a local version of this section, starting from the regional text.</source>
        <translation>Skriv ein lokal tekst for denne seksjonen, med den regionale teksten som utgangspunkt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="182"/>
        <source>What changed regionally…</source>
        <translation>Kva er endra regionalt…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="184"/>
        <source>Show what changed in the regional text since the adaptation was written</source>
        <translation>Vis kva som er endra i den regionale teksten sidan tilpassinga vart skriven</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="186"/>
        <source>Carry over…</source>
        <translation>Overfør…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="188"/>
        <source>Carry the local adaptation over to the new regional text</source>
        <translation>Overfør den lokale tilpassinga til den nye regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="191"/>
        <source>You see the carried-over text, and confirm it, before anything is saved.</source>
        <translation>Du ser den overførte teksten og stadfestar han før noko blir lagra.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="193"/>
        <source>Information about this section</source>
        <translation>Informasjon om denne seksjonen</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../src/kartedit/gui/common/i18n.py" line="49"/>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
</context>
<context>
    <name>LixBand</name>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="68"/>
        <source>very easy</source>
        <translation>svært lett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="69"/>
        <source>easy</source>
        <translation>lett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="70"/>
        <source>medium</source>
        <translation>middels</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="71"/>
        <source>difficult</source>
        <translation>vanskeleg</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="72"/>
        <source>very difficult</source>
        <translation>svært vanskeleg</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="132"/>
        <source>There is no edition «{slug}» in this map.</source>
        <translation>Det finst inga utgåve «{slug}» i dette kartet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="192"/>
        <source>Map</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="193"/>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="194"/>
        <source>Search results</source>
        <translation>Søkjeresultat</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="195"/>
        <source>&amp;Map</source>
        <translation>&amp;Kart</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="196"/>
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="197"/>
        <source>Search &amp;results</source>
        <translation>S&amp;økjeresultat</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="198"/>
        <source>kartedit main window</source>
        <translation>kartedit hovudvindauge</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="290"/>
        <source>Recovered unsaved text; check it and save.</source>
        <translation>Ulagra tekst er henta fram att. Sjekk teksten og lagre.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="313"/>
        <source>Saved {when} by {author}</source>
        <translation>Lagra {when} av {author}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/section_work.py" line="71"/>
        <source>Unsaved changes</source>
        <translation>Ulagra endringar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/section_work.py" line="72"/>
        <source>«{section}» has changes that are not saved. Save them as a new revision?</source>
        <translation>«{section}» har endringar som ikkje er lagra. Vil du lagre dei som ein ny versjon?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/who.py" line="29"/>
        <source>Who is writing?</source>
        <translation>Kven skriv?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/section_work.py" line="136"/>
        <source>Nothing to save: the text is unchanged.</source>
        <translation>Ingenting å lagre: teksten er uendra.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/section_work.py" line="166"/>
        <source>Saved revision {seq}.</source>
        <translation>Lagra versjon {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/section_work.py" line="190"/>
        <source>Status changed to «{status}».</source>
        <translation>Statusen er endra til «{status}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/section_work.py" line="224"/>
        <source>Restore revision</source>
        <translation>Gjenopprett versjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/section_work.py" line="225"/>
        <source>Bring back the text of revision {seq} ({when}, {author}) as a new revision? The history keeps every earlier text.</source>
        <translation>Vil du hente fram att teksten i versjon {seq} ({when}, {author}) som ein ny versjon? Historikken tek vare på alle tidlegare tekstar.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/section_work.py" line="244"/>
        <source>Restored as revision {seq}.</source>
        <translation>Gjenoppretta som versjon {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="523"/>
        <source>About kartedit</source>
        <translation>Om kartedit</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/main_window.py" line="525"/>
        <source>&lt;p&gt;&lt;b&gt;kartedit {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline editor for regional and local &lt;i&gt;samhandlingsforløp&lt;/i&gt; for children and young people.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;kartedit {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Eit redigeringsverktøy som verkar utan nett, for regionale og lokale &lt;i&gt;samhandlingsforløp&lt;/i&gt; for barn og unge.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_wiring.py" line="62"/>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_wiring.py" line="63"/>
        <source>&amp;Quality</source>
        <translation>&amp;Kvalitet</translation>
    </message>
</context>
<context>
    <name>MapTree</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/map_tree.py" line="65"/>
        <source>Map: pathways, services and sections</source>
        <translation>Kart: forløp, tenester og seksjonar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/map_tree.py" line="67"/>
        <source>Press Enter on a section to write in it; F6 moves to the next pane.</source>
        <translation>Trykk Enter på ein seksjon for å skrive i han; F6 går til neste felt.</translation>
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
        <translation>Lastar inn…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/map_model.py" line="181"/>
        <source>Unsaved changes.</source>
        <translation>Ulagra endringar.</translation>
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
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/writer/map_model.py" line="221"/>
        <source>%n local</source>
        <translation>
            <numerusform>%n lokal</numerusform>
            <numerusform>%n lokale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/writer/map_model.py" line="223"/>
        <source>%n stale</source>
        <translation>
            <numerusform>%n forelda</numerusform>
            <numerusform>%n forelda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="104"/>
        <source>Add «{word}» to the map&apos;s word list</source>
        <translation>Legg «{word}» til i ordlista til kartet</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/preview.py" line="49"/>
        <source>Preview</source>
        <translation>Førehandsvising</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/preview.py" line="50"/>
        <source>How the section text will look when published.</source>
        <translation>Slik ser seksjonsteksten ut når han blir publisert.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="194"/>
        <source>Publish</source>
        <translation>Publiser</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="198"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Utgåve:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="199"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="200"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versjon:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="201"/>
        <source>Change &amp;note:</source>
        <translation>Endrings&amp;notat:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="202"/>
        <source>&amp;Where to:</source>
        <translation>&amp;Kvar:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="208"/>
        <source>Website (folder)</source>
        <translation>Nettstad (mappe)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="208"/>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="208"/>
        <source>Word document</source>
        <translation>Word-dokument</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="211"/>
        <source>Include &amp;drafts (a clearly marked draft edition)</source>
        <translation>Ta med u&amp;tkast (ei tydeleg merkt utkastutgåve)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="212"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="213"/>
        <source>C&amp;heck</source>
        <translation>&amp;Sjekk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="214"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publiser</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="215"/>
        <source>Before pub&amp;lishing (double-click to open):</source>
        <translation>Før pub&amp;lisering (dobbeltklikk for å opne):</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="216"/>
        <source>Where to</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="238"/>
        <source>Folder for the website</source>
        <translation>Mappe for nettstaden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="242"/>
        <source>Save as</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="258"/>
        <source>the text is empty</source>
        <translation>teksten er tom</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="259"/>
        <source>placeholder left in the text: «{detail}»</source>
        <translation>plasshaldar står att i teksten: «{detail}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="260"/>
        <source>the link «{detail}» points nowhere in this map</source>
        <translation>lenkja «{detail}» peikar ikkje til noko i dette kartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="261"/>
        <source>the link «{detail}» is malformed</source>
        <translation>lenkja «{detail}» er feilskriven</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="262"/>
        <source>not approved</source>
        <translation>ikkje godkjend</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="292"/>
        <source>{count} things to look at before publishing.</source>
        <translation>{count} ting å sjå på før publisering.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="294"/>
        <source>Nothing to fix.</source>
        <translation>Ingenting å rette.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="309"/>
        <source>Choose where to publish first.</source>
        <translation>Vel først kvar det skal publiserast.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="315"/>
        <source>Write the version as MAJOR.MINOR, e.g. 1.2.</source>
        <translation>Skriv versjonen som HOVUD.UNDER, til dømes 1.2.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="336"/>
        <source>Publishing…</source>
        <translation>Publiserer…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="353"/>
        <source>Stopping; nothing is published…</source>
        <translation>Stoppar; ingenting blir publisert…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="372"/>
        <source>Stopped. Nothing was published.</source>
        <translation>Stoppa. Ingenting vart publisert.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/publish_dialog.py" line="376"/>
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
        <translation>Publiser ei utgåve som nettstad, PDF eller Word-dokument</translation>
    </message>
</context>
<context>
    <name>QualityListsDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="49"/>
        <source>Word list, terms and aliases</source>
        <translation>Ordliste, termar og andre namn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="55"/>
        <source>Words the map accepts, one per line</source>
        <translation>Ord kartet godtek, eitt per linje</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="59"/>
        <source>Words the dictionaries lack but the map uses, one per line:</source>
        <translation>Ord som manglar i ordbøkene, men som kartet bruker, eitt per linje:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="66"/>
        <source>Preferred (bokmål)</source>
        <translation>Tilrådd (bokmål)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="67"/>
        <source>Preferred (nynorsk)</source>
        <translation>Tilrådd (nynorsk)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="68"/>
        <source>Discouraged (comma-separated)</source>
        <translation>Frårådd (skilde med komma)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="69"/>
        <source>Reason</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="76"/>
        <source>Add term</source>
        <translation>Legg til term</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="77"/>
        <source>Remove term</source>
        <translation>Fjern term</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="91"/>
        <source>Service</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="91"/>
        <source>Other names (comma-separated)</source>
        <translation>Andre namn (skilde med komma)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="100"/>
        <source>Word list</source>
        <translation>Ordliste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="101"/>
        <source>Terms</source>
        <translation>Termar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="102"/>
        <source>Service aliases</source>
        <translation>Andre namn på tenester</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_lists_dialog.py" line="148"/>
        <source>Term {row}: give a preferred word and at least one discouraged variant.</source>
        <translation>Term {row}: skriv eit tilrådd ord og minst éin frårådd variant.</translation>
    </message>
</context>
<context>
    <name>QualityMarks</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_marks.py" line="31"/>
        <source>Not in the dictionary: «{word}».</source>
        <translation>Står ikkje i ordboka: «{word}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_marks.py" line="36"/>
        <source>Nynorsk form in a bokmål text: «{word}».</source>
        <translation>Nynorskform i ein bokmålstekst: «{word}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_marks.py" line="38"/>
        <source>Bokmål form in a nynorsk text: «{word}».</source>
        <translation>Bokmålsform i ein nynorsktekst: «{word}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_marks.py" line="43"/>
        <source>The map&apos;s term list discourages «{word}».</source>
        <translation>Termlista til kartet frårår «{word}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_marks.py" line="49"/>
        <source>Long sentence: {count} words (more than 25).</source>
        <translation>Lang setning: {count} ord (meir enn 25).</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_marks.py" line="53"/>
        <source>Suggestion: {words}</source>
        <translation>Forslag: {words}</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="47"/>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="142"/>
        <source>Spelling</source>
        <translation>Stavemåte</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="48"/>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="143"/>
        <source>Written standard</source>
        <translation>Målform</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="49"/>
        <source>Discouraged term</source>
        <translation>Frårådd term</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="50"/>
        <source>Hand-off outside the pathway</source>
        <translation>Tilvising til teneste utanfor forløpet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="53"/>
        <source>One-sided hand-off</source>
        <translation>Einsidig tilvising</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="56"/>
        <source>Long sentence</source>
        <translation>Lang setning</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="62"/>
        <source>very easy</source>
        <translation>svært lett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="63"/>
        <source>easy</source>
        <translation>lett</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="64"/>
        <source>medium</source>
        <translation>middels</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="65"/>
        <source>difficult</source>
        <translation>vanskeleg</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="66"/>
        <source>very difficult</source>
        <translation>svært vanskeleg</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="141"/>
        <source>All kinds</source>
        <translation>Alle typar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="144"/>
        <source>Terms</source>
        <translation>Termar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="145"/>
        <source>Hand-offs</source>
        <translation>Tilvisingar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="146"/>
        <source>Long sentences</source>
        <translation>Lange setningar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="150"/>
        <source>Show findings of kind</source>
        <translation>Vis funn av typen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="151"/>
        <source>Errors only</source>
        <translation>Berre feil</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="152"/>
        <source>Check the map</source>
        <translation>Kontroller kartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="153"/>
        <source>Word list and terms…</source>
        <translation>Ordliste og termar …</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="155"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="155"/>
        <source>Finding</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="155"/>
        <source>Passage</source>
        <translation>Tekstutdrag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="155"/>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="166"/>
        <source>Checking the map…</source>
        <translation>Kontrollerer kartet …</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="222"/>
        <source>Not checked yet. «Check the map» lists what to fix.</source>
        <translation>Ikkje kontrollert enno. «Kontroller kartet» viser kva som bør rettast.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="255"/>
        <source>{service} is not a service of this pathway</source>
        <translation>{service} er ikkje ei teneste i dette forløpet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="259"/>
        <source>{service} does not name this service back</source>
        <translation>{service} nemner ikkje denne tenesta tilbake</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="266"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="267"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n åtvaring</numerusform>
            <numerusform>%n åtvaringar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="272"/>
        <source>LIX of the map: {spread}</source>
        <translation>LIX for kartet: {spread}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/quality_panel.py" line="274"/>
        <source>Spelling is unavailable: the dictionaries are missing.</source>
        <translation>Stavekontroll er ikkje tilgjengeleg: ordbøkene manglar.</translation>
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
        <translation>LIX-lesbarheit: ord per setning pluss delen av orda som er lengre enn seks bokstavar. Under 25 er svært lett, 55 og over er svært vanskeleg.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/writer/status_bar.py" line="49"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln teikn</numerusform>
            <numerusform>%Ln teikn</numerusform>
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
        <translation>Grunngiving</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="72"/>
        <source>Ctrl+Enter saves.</source>
        <translation>Ctrl+Enter lagrar.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="76"/>
        <source>Recover unsaved text</source>
        <translation>Hent fram ulagra tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="86"/>
        <source>kartedit was not closed properly last time. The sections below have text that was not saved. Tick the texts you want back; they open as unsaved changes that you can check and save.</source>
        <translation>kartedit vart ikkje avslutta på vanleg måte sist. Seksjonane nedanfor har tekst som ikkje vart lagra. Kryss av for tekstane du vil ha tilbake; dei blir opna som ulagra endringar som du kan sjekke og lagre.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="94"/>
        <source>Unsaved texts</source>
        <translation>Ulagra tekstar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="98"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="98"/>
        <source>Edition</source>
        <translation>Utgåve</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="98"/>
        <source>Written</source>
        <translation>Sist endra</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="98"/>
        <source>Changes</source>
        <translation>Endringar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="113"/>
        <source>Unsaved text of the selected section</source>
        <translation>Ulagra tekst i den valde seksjonen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="117"/>
        <source>About the selected text</source>
        <translation>Om den valde teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="118"/>
        <source>&amp;Unsaved text:</source>
        <translation>&amp;Ulagra tekst:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="125"/>
        <source>Restore &amp;Ticked</source>
        <translation>Hent fram a&amp;vkryssa</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="126"/>
        <source>Restore the ticked texts and discard the others</source>
        <translation>Hent fram dei avkryssa tekstane og forkast resten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="132"/>
        <source>Restore &amp;All</source>
        <translation>Hent fram &amp;alle</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="133"/>
        <source>Restore all unsaved texts</source>
        <translation>Hent fram alle ulagra tekstar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="139"/>
        <source>&amp;Discard All</source>
        <translation>&amp;Forkast alle</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="140"/>
        <source>Discard all unsaved texts</source>
        <translation>Forkast alle ulagra tekstar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="146"/>
        <source>Decide &amp;Later</source>
        <translation>&amp;Bestem seinare</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="147"/>
        <source>Keep the texts and ask again next time</source>
        <translation>Behald tekstane og spør att neste gong</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="165"/>
        <source>Regional text</source>
        <translation>Regional tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="198"/>
        <source>The section was not found in this map.</source>
        <translation>Fann ikkje seksjonen i dette kartet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="202"/>
        <source>Same as the saved text</source>
        <translation>Lik den lagra teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="204"/>
        <source>{added} characters added, {removed} removed</source>
        <translation>{added} teikn lagt til, {removed} fjerna</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="208"/>
        <source>The section was saved again after this text was written.</source>
        <translation>Seksjonen er lagra på nytt etter at denne teksten vart skriven.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="210"/>
        <source>{count} characters</source>
        <translation>{count} teikn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="261"/>
        <source>Discard unsaved text</source>
        <translation>Forkast ulagra tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="262"/>
        <source>Discard this unsaved text? This cannot be undone.</source>
        <translation>Vil du forkaste denne ulagra teksten? Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/recovery_dialog.py" line="264"/>
        <source>Discard {count} unsaved texts? This cannot be undone.</source>
        <translation>Vil du forkaste {count} ulagra tekstar? Dette kan ikkje angrast.</translation>
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
        <translation>begge sider har endra dette tekstutdraget (bølgjete understreking)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_parts.py" line="148"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_parts.py" line="149"/>
        <source>changed locally only (dotted)</source>
        <translation>berre endra lokalt (prikka)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_parts.py" line="153"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_parts.py" line="154"/>
        <source>changed regionally only (dashed)</source>
        <translation>berre endra regionalt (stipla)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_parts.py" line="158"/>
        <source>same</source>
        <translation>lik</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_parts.py" line="159"/>
        <source>the same change on both sides (solid)</source>
        <translation>same endring på begge sider (heiltrekt)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_parts.py" line="176"/>
        <source>Key to the marks</source>
        <translation>Forklaring til merka</translation>
    </message>
</context>
<context>
    <name>RenameEditionDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="216"/>
        <source>Rename «{name}»</source>
        <translation>Gi «{name}» nytt namn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="219"/>
        <source>The short name travels in exported files and bundles: change it only when it is wrong. Texts and history stay as they are.</source>
        <translation>Kortnamnet følgjer med i eksporterte filer og pakkar: endre det berre når det er feil. Tekstar og historikk blir som før.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="223"/>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt namn</translation>
    </message>
</context>
<context>
    <name>ResponseImport</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="62"/>
        <source>Import responses</source>
        <translation>Importer høyringssvar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="64"/>
        <source>Responses: bundles and Word documents (*.kartbundle *.docx);;All files (*)</source>
        <translation>Høyringssvar: svarpakkar og Word-dokument (*.kartbundle *.docx);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="126"/>
        <source>Importing responses</source>
        <translation>Importerer høyringssvar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="127"/>
        <source>Import progress</source>
        <translation>Framdrift for importen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="133"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="146"/>
        <source>Stopping after the file being imported; the rest stay untouched…</source>
        <translation>Stoppar etter fila som blir importert no; resten blir ikkje rørt …</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="154"/>
        <source>Importing response {number} of {total}…</source>
        <translation>Importerer høyringssvar {number} av {total} …</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/import_dialog.py" line="158"/>
        <source>Done: {file}</source>
        <translation>Ferdig: {file}</translation>
    </message>
</context>
<context>
    <name>ReviewWork</name>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="93"/>
        <source>The passage you selected in the preview is not found exactly once in the text. Select it in the text on the left instead.</source>
        <translation>Tekstutdraget du merkte i førehandsvisinga, finst ikkje nøyaktig éin gong i teksten. Merk det i teksten til venstre i staden.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="100"/>
        <source>Select a passage in the text first, then choose this again.</source>
        <translation>Merk først eit tekstutdrag i teksten, og vel så dette på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="139"/>
        <source>Suggestion added.</source>
        <translation>Forslaget er lagt til.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="139"/>
        <source>Comment added.</source>
        <translation>Merknaden er lagd til.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="149"/>
        <source>Choose a comment in the comments panel first.</source>
        <translation>Vel først ein merknad i merknadspanelet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="172"/>
        <source>Reply added.</source>
        <translation>Svaret er lagt til.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="200"/>
        <source>Changes saved.</source>
        <translation>Endringane er lagra.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="211"/>
        <source>Its replies are deleted with it.</source>
        <translation>Svara på han blir sletta saman med han.</translation>
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
        <translation>Merknaden er sletta.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="280"/>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="288"/>
        <source>Export response</source>
        <translation>Eksporter høyringssvar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="281"/>
        <source>You have not made any comments. Send a response without comments?</source>
        <translation>Du har ikkje gitt nokon merknader. Vil du sende eit høyringssvar utan merknader?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="282"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="290"/>
        <source>kartedit bundles (*.kartbundle)</source>
        <translation>kartedit-pakkar (*.kartbundle)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="301"/>
        <source>Response saved in {path}.</source>
        <translation>Høyringssvaret er lagra i {path}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="309"/>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="329"/>
        <source>Response exported</source>
        <translation>Høyringssvaret er eksportert</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="310"/>
        <source>Your response is saved as:
{path}</source>
        <translation>Høyringssvaret ditt er lagra som:
{path}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/review_work.py" line="313"/>
        <source>It holds {comments}, {suggestions} and {replies}. Send the file to {sender} by {deadline}, by e-mail or on the shared drive.</source>
        <translation>Det inneheld {comments}, {suggestions} og {replies}. Send fila til {sender} innan {deadline}, på e-post eller via fellesområdet.</translation>
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
        <translation>Opne mappa</translation>
    </message>
</context>
<context>
    <name>ReviewerActions</name>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="67"/>
        <source>&amp;Open bundle…</source>
        <translation>&amp;Opne pakke…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="68"/>
        <source>&amp;Export response…</source>
        <translation>&amp;Eksporter høyringssvar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="69"/>
        <source>Export response…</source>
        <translation>Eksporter høyringssvar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="71"/>
        <source>Write your comments into a response bundle to send back (Ctrl+Shift+E)</source>
        <translation>Skriv merknadene dine til ein svarpakke som du sender tilbake (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="73"/>
        <source>&amp;Who is reviewing…</source>
        <translation>&amp;Kven svarar…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="74"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Innstillingar…</translation>
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
        <translation>Kommenter det merkte tekstutdraget (Ctrl+M)</translation>
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
        <translation>Foreslå ny formulering av det merkte tekstutdraget (Ctrl+Shift+M)</translation>
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
        <translation>Svar på den valde merknaden (Ctrl+R)</translation>
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
        <translation>&amp;Førre merknad</translation>
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
        <translation>Merknader i a&amp;lle seksjonar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="95"/>
        <source>&amp;Next pane</source>
        <translation>&amp;Neste felt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_actions.py" line="96"/>
        <source>P&amp;revious pane</source>
        <translation>Førr&amp;e felt</translation>
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
        <translation>Kven svarar på høyringa?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="258"/>
        <source>Your name, organisation and role go with every comment you make on this bundle, and into the response you send back.</source>
        <translation>Namnet, organisasjonen og rolla di følgjer med kvar merknad du gir i denne pakken, og med svaret du sender tilbake.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="263"/>
        <source>Your name, organisation and role go with every comment you make on this bundle, and into the response you send back to {recipient}.</source>
        <translation>Namnet, organisasjonen og rolla di følgjer med kvar merknad du gir i denne pakken, og med svaret du sender tilbake til {recipient}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="267"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="268"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="269"/>
        <source>&amp;Role in this hearing:</source>
        <translation>&amp;Rolle i denne høyringa:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="270"/>
        <source>Your name</source>
        <translation>Namnet ditt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="271"/>
        <source>e.g. Kari Nordmann</source>
        <translation>t.d. Kari Nordmann</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="272"/>
        <source>Your organisation</source>
        <translation>Organisasjonen din</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="273"/>
        <source>e.g. PPT Voss</source>
        <translation>t.d. PPT Voss</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="274"/>
        <source>Your role in this hearing</source>
        <translation>Rolla di i denne høyringa</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="275"/>
        <source>Choose one, or write your own; it may be left empty.</source>
        <translation>Vel ei, eller skriv di eiga; feltet kan stå tomt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="281"/>
        <source>adviser</source>
        <translation>rådgjevar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="282"/>
        <source>user representative</source>
        <translation>brukarrepresentant</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="283"/>
        <source>public health nurse</source>
        <translation>helsesjukepleiar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="284"/>
        <source>general practitioner</source>
        <translation>fastlege</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="285"/>
        <source>teacher</source>
        <translation>lærar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="286"/>
        <source>psychologist</source>
        <translation>psykolog</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/comment_dialog.py" line="287"/>
        <source>manager</source>
        <translation>leiar</translation>
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
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="308"/>
        <source>Choose a section in the map on the left to read it and comment on it.</source>
        <translation>Vel ein seksjon i kartet til venstre for å lese og kommentere han.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="310"/>
        <source>Section text (read-only)</source>
        <translation>Seksjonstekst (skriveverna)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="313"/>
        <source>Select a passage with the mouse or with Shift and the arrow keys, then press Ctrl+M to comment or Ctrl+Shift+M to suggest wording.</source>
        <translation>Merk eit tekstutdrag med musa eller med Shift og piltastane, og trykk så Ctrl+M for å kommentere eller Ctrl+Shift+M for å foreslå formulering.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="318"/>
        <source>Text — select a passage to comment on it</source>
        <translation>Tekst – merk eit tekstutdrag for å kommentere det</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="319"/>
        <source>Preview — how the text will look</source>
        <translation>Førehandsvising – slik kjem teksten til å sjå ut</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="320"/>
        <source>Comment</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="321"/>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="324"/>
        <source>Select a passage in the text, then choose Comment… (Ctrl+M) or Suggest wording… (Ctrl+Shift+M). When you are done, send your comments with «Export response…».</source>
        <translation>Merk eit tekstutdrag i teksten, og vel så Kommenter… (Ctrl+M) eller Foreslå formulering… (Ctrl+Shift+M). Når du er ferdig, sender du merknadene med «Eksporter høyringssvar…».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="329"/>
        <source>Text and preview</source>
        <translation>Tekst og førehandsvising</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="330"/>
        <source>About this review bundle</source>
        <translation>Om denne høyringspakken</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="331"/>
        <source>Export your response</source>
        <translation>Eksporter høyringssvaret ditt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="340"/>
        <source>Hearing: {round}</source>
        <translation>Høyring: {round}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="342"/>
        <source>Deadline {deadline} · {edition} · sent by {sender}, {sent}</source>
        <translation>Frist {deadline} · {edition} · send av {sender}, {sent}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/review/reviewer_view.py" line="374"/>
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
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="146"/>
        <source>Sections in this hearing</source>
        <translation>Seksjonar på høyring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="147"/>
        <source>Comments</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="148"/>
        <source>&amp;Map</source>
        <translation>&amp;Kart</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="149"/>
        <source>C&amp;omments panel</source>
        <translation>&amp;Merknadspanel</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="151"/>
        <source>Press Enter on a section to read it and comment on it; F6 moves on.</source>
        <translation>Trykk Enter på ein seksjon for å lese og kommentere han; F6 går vidare.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="153"/>
        <source>kartedit reviewer window</source>
        <translation>kartedit høyringsvindauge</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="200"/>
        <source>Suggestion from {who}: «{replacement}»</source>
        <translation>Forslag frå {who}: «{replacement}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="204"/>
        <source>Comment from {who}: {text}</source>
        <translation>Merknad frå {who}: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="208"/>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="259"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n svar</numerusform>
            <numerusform>%n svar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="256"/>
        <source>{comments} · {suggestions} · {replies} — kept on this computer</source>
        <translation>{comments} · {suggestions} · {replies} – lagra på denne maskina</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="257"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n merknad</numerusform>
            <numerusform>%n merknader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="258"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n forslag</numerusform>
            <numerusform>%n forslag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="292"/>
        <source>Choose a comment in the comments panel first.</source>
        <translation>Vel først ein merknad i merknadspanelet.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="312"/>
        <source>You are asked for your name and role with your first comment.</source>
        <translation>Du blir spurd om namn og rolle når du gir den første merknaden.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="314"/>
        <source>You comment as {reviewer}.</source>
        <translation>Du kommenterer som {reviewer}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="337"/>
        <source>{round} — review — kartedit</source>
        <translation>{round} – høyring – kartedit</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="340"/>
        <source>{section} · {round} — review — kartedit</source>
        <translation>{section} · {round} – høyring – kartedit</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="358"/>
        <source>About kartedit</source>
        <translation>Om kartedit</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/review/reviewer_window.py" line="360"/>
        <source>&lt;p&gt;&lt;b&gt;kartedit {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reviewing «{round}».&lt;/p&gt;&lt;p&gt;Bundle: {path}&lt;br&gt;Your comments are kept in: {work}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;kartedit {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Høyringssvar til «{round}».&lt;/p&gt;&lt;p&gt;Pakke: {path}&lt;br&gt;Merknadene dine er lagra i: {work}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="183"/>
        <source>{section} — revision {seq}</source>
        <translation>{section} — versjon {seq}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="186"/>
        <source>Saved {when} by {author}. {message}</source>
        <translation>Lagra {when} av {author}. {message}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="199"/>
        <source>Text of the revision (read-only)</source>
        <translation>Teksten i versjonen (skriveverna)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="207"/>
        <source>Restore this revision…</source>
        <translation>Gjenopprett denne versjonen…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/history_panel.py" line="209"/>
        <source>Restore this revision</source>
        <translation>Gjenopprett denne versjonen</translation>
    </message>
</context>
<context>
    <name>RoundBanner</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="100"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="100"/>
        <source>closed</source>
        <translation>avslutta</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="101"/>
        <source>Hearing: {name}</source>
        <translation>Høyring: {name}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="104"/>
        <source>deadline {deadline}</source>
        <translation>frist {deadline}</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="106"/>
        <source>started {when} by {who}</source>
        <translation>starta {when} av {who}</translation>
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
        <source>{total} comments and suggestions, {open} without a decision</source>
        <translation>{total} merknader og forslag, {open} utan avgjerd</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="120"/>
        <source>About this hearing round</source>
        <translation>Om denne høyringsrunden</translation>
    </message>
</context>
<context>
    <name>RoundDialogs</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="304"/>
        <source>Web page (*.html)</source>
        <translation>Nettside (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="305"/>
        <source>Spreadsheet, CSV (*.csv)</source>
        <translation>Rekneark, CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="306"/>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument, merknadsdokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="309"/>
        <source>Save the hearing summary</source>
        <translation>Lagre høyringsoppsummeringa</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="327"/>
        <source>Export the approved bundle</source>
        <translation>Eksporter den godkjende pakken</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="329"/>
        <source>kartedit bundles (*.kartbundle)</source>
        <translation>kartedit-pakkar (*.kartbundle)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="342"/>
        <source>Apply an approved bundle</source>
        <translation>Ta i bruk ein godkjend pakke</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/round_dialogs.py" line="344"/>
        <source>kartedit bundles (*.kartbundle);;All files (*)</source>
        <translation>kartedit-pakkar (*.kartbundle);;Alle filer (*)</translation>
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
        <translation>Lagre «{section}» som ein ny versjon.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/save_dialog.py" line="26"/>
        <source>For example: shorter referral criteria</source>
        <translation>Til dømes: kortare krav for tilvising</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/save_dialog.py" line="27"/>
        <source>What changed (optional)</source>
        <translation>Kva er endra (valfritt)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/save_dialog.py" line="29"/>
        <source>&amp;What changed (optional):</source>
        <translation>&amp;Kva er endra (valfritt):</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="216"/>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="217"/>
        <source>Search the whole map</source>
        <translation>Søk i heile kartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="219"/>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="225"/>
        <source>Search results</source>
        <translation>Søkjeresultat</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="241"/>
        <source>Search status</source>
        <translation>Søkjestatus</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="302"/>
        <source>1 section found.</source>
        <translation>Fann 1 seksjon.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="304"/>
        <source>{count} sections found.</source>
        <translation>Fann {count} seksjonar.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="308"/>
        <source>Nothing found for «{query}».</source>
        <translation>Fann ingenting for «{query}».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="329"/>
        <source>Type at least two letters, or press Enter.</source>
        <translation>Skriv minst to bokstavar, eller trykk Enter.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="130"/>
        <source>Pathway</source>
        <translation>Forløp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="130"/>
        <source>Service</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="130"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/search_panel.py" line="130"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="275"/>
        <source>Choose a section in the map on the left to read and write its text.</source>
        <translation>Vel ein seksjon i kartet til venstre for å lese og skrive teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="277"/>
        <source>Section text (Markdown)</source>
        <translation>Seksjonstekst (Markdown)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="278"/>
        <source>This section has no text yet. Write it here.</source>
        <translation>Denne seksjonen har ingen tekst enno. Skriv han her.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="281"/>
        <source>Editor and preview</source>
        <translation>Redigering og førehandsvising</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="351"/>
        <source>{status} · inherited</source>
        <translation>{status} · arva</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="353"/>
        <source>{status} · local · stale</source>
        <translation>{status} · lokal · forelda</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="355"/>
        <source>{status} · local</source>
        <translation>{status} · lokal</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="365"/>
        <source>This section is inherited from the regional text and is read-only in {edition}. Adapt it locally only where your practice really differs.</source>
        <translation>Denne seksjonen er arva frå den regionale teksten og er skriveverna i {edition}. Tilpass han lokalt berre der praksisen dykkar verkeleg er annleis.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="376"/>
        <source>Reopen it as a draft to carry the change over.</source>
        <translation>Opne han att som utkast for å overføre endringa.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="384"/>
        <source>This section is approved and read-only. Reopen it as a draft to edit it.</source>
        <translation>Denne seksjonen er godkjend og skriveverna. Opne han att som utkast for å redigere.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/editor.py" line="372"/>
        <source>The regional text has changed since this local adaptation was written. Check whether the local text should follow.</source>
        <translation>Den regionale teksten er endra etter at denne lokale tilpassinga vart skriven. Sjekk om den lokale teksten bør følgje med.</translation>
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
        <translation>Vidare tilvising</translation>
    </message>
</context>
<context>
    <name>SectionState</name>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="85"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="87"/>
        <source>stale</source>
        <translation>forelda</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="94"/>
        <source>Status: {status}.</source>
        <translation>Status: {status}.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="99"/>
        <source>Adapted locally in this edition.</source>
        <translation>Tilpassa lokalt i denne utgåva.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="102"/>
        <source>Inherited from the regional text; read-only here.</source>
        <translation>Arva frå den regionale teksten; skriveverna her.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="108"/>
        <source>Stale: the regional text has changed since this local adaptation was written.</source>
        <translation>Forelda: den regionale teksten er endra etter at denne lokale tilpassinga vart skriven.</translation>
    </message>
</context>
<context>
    <name>SectionTextPane</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="316"/>
        <source>Approve &amp;section</source>
        <translation>Godkjenn se&amp;ksjonen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="318"/>
        <source>Approve this section (every comment on it must be decided)</source>
        <translation>Godkjenn denne seksjonen (alle merknader til han må vere avgjorde)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="320"/>
        <source>Comment</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="321"/>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="322"/>
        <source>Section text as it is now (read-only)</source>
        <translation>Seksjonsteksten slik han er no (skriveverna)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="324"/>
        <source>Commented passages are marked; choose one to see its comments.</source>
        <translation>Tekstutdrag med merknader er merkte; vel eitt for å sjå merknadene.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="326"/>
        <source>Comments whose passage is gone from the text</source>
        <translation>Merknader der tekstutdraget er borte frå teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="329"/>
        <source>Choose a hearing round and a section.</source>
        <translation>Vel ein høyringsrunde og ein seksjon.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="344"/>
        <source>%n without a decision</source>
        <translation>
            <numerusform>%n utan avgjerd</numerusform>
            <numerusform>%n utan avgjerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="351"/>
        <source>⚠ Changed substantially since the hearing: the text keeps only {percent} % of what was sent out. It may need a new hearing.</source>
        <translation>⚠ Vesentleg endra etter høyringa: teksten held berre på {percent} % av det som vart sendt ut. Han kan trenge ei ny høyring.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="358"/>
        <source>«{quote}» — {who}: passage gone</source>
        <translation>«{quote}» — {who}: tekstutdraget er borte</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="364"/>
        <source>Orphaned: this passage is no longer in the text ({when}).</source>
        <translation>Foreldrelaus: dette tekstutdraget finst ikkje lenger i teksten ({when}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="370"/>
        <source>Orphaned — passage no longer in the text (%n)</source>
        <translation>
            <numerusform>Foreldrelaus — tekstutdraget finst ikkje lenger i teksten (%n)</numerusform>
            <numerusform>Foreldrelause — tekstutdraget finst ikkje lenger i teksten (%n)</numerusform>
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
        <translation>Opne</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="147"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="148"/>
        <source>Comments without a decision, of all comments</source>
        <translation>Merknader utan avgjerd, av alle merknader</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="149"/>
        <source>How the text stands since the hearing</source>
        <translation>Korleis teksten har endra seg etter høyringa</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="150"/>
        <source>Sections of the round</source>
        <translation>Seksjonane i runden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="163"/>
        <source>All sections</source>
        <translation>Alle seksjonar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="202"/>
        <source>Status: {status}.</source>
        <translation>Status: {status}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="203"/>
        <source>%n comment(s) or suggestion(s)</source>
        <translation>
            <numerusform>%n merknad eller forslag</numerusform>
            <numerusform>%n merknader eller forslag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="204"/>
        <source>%n without a decision</source>
        <translation>
            <numerusform>%n utan avgjerd</numerusform>
            <numerusform>%n utan avgjerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="207"/>
        <source>changed</source>
        <translation>endra</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="212"/>
        <source>The text keeps only {percent} % of what was sent out: it may need a new hearing.</source>
        <translation>Teksten held berre på {percent} % av det som vart sendt ut: han kan trenge ei ny høyring.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/hearing_panes.py" line="217"/>
        <source>edited</source>
        <translation>redigert</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="47"/>
        <source>Your name</source>
        <translation>Namnet ditt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="48"/>
        <source>e.g. Kari Nordmann</source>
        <translation>t.d. Kari Nordmann</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="50"/>
        <source>Your organisation</source>
        <translation>Organisasjonen din</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="51"/>
        <source>e.g. Helsestasjonen i Voss</source>
        <translation>t.d. Helsestasjonen i Voss</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="54"/>
        <source>Interface language</source>
        <translation>Språk i programmet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="61"/>
        <source>Editor font size</source>
        <translation>Skriftstorleik i redigeringsfeltet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="63"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="69"/>
        <source>The new language is used the next time kartedit starts.</source>
        <translation>Det nye språket blir teke i bruk neste gong kartedit startar.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="77"/>
        <source>Your name and organisation are recorded on every revision you save.</source>
        <translation>Namnet og organisasjonen din blir registrerte på kvar versjon du lagrar.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="81"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="82"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="83"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="85"/>
        <source>Editor &amp;font size:</source>
        <translation>S&amp;kriftstorleik:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="90"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="91"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/settings_dialog.py" line="118"/>
        <source>The settings could not be saved: {reason}</source>
        <translation>Innstillingane kunne ikkje lagrast: {reason}</translation>
    </message>
</context>
<context>
    <name>StaleModel</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="434"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="434"/>
        <source>Regional change</source>
        <translation>Regional endring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="448"/>
        <source>Minor</source>
        <translation>Lita</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="448"/>
        <source>Changed</source>
        <translation>Endra</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="451"/>
        <source>Minor: only spacing, punctuation or case changed in the regional text.</source>
        <translation>Lita: berre mellomrom, teiknsetjing eller store og små bokstavar er endra i den regionale teksten.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="453"/>
        <source>Changed: the regional wording changed.</source>
        <translation>Endra: den regionale ordlyden er endra.</translation>
    </message>
</context>
<context>
    <name>StaleOverridesDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="479"/>
        <source>Stale adaptations in «{name}»</source>
        <translation>Forelda tilpassingar i «{name}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="491"/>
        <source>Stale local adaptations</source>
        <translation>Forelda lokale tilpassingar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="495"/>
        <source>&amp;Show regional change…</source>
        <translation>&amp;Vis regional endring…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="497"/>
        <source>Show what changed in the regional text since the adaptation was written</source>
        <translation>Vis kva som er endra i den regionale teksten sidan tilpassinga vart skriven</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="499"/>
        <source>&amp;Carry over…</source>
        <translation>&amp;Overfør…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="501"/>
        <source>Carry the local adaptation over to the new regional text</source>
        <translation>Overfør den lokale tilpassinga til den nye regionale teksten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="529"/>
        <source>The regional text has changed under %n local adaptation(s) in «{name}». Compare what changed, then carry each adaptation over; you see the result before anything is saved.</source>
        <translation>
            <numerusform>Den regionale teksten er endra sidan %n lokal tilpassing i «{name}» vart skriven. Samanlikn kva som er endra, og overfør deretter tilpassinga; du ser resultatet før noko blir lagra.</numerusform>
            <numerusform>Den regionale teksten er endra sidan %n lokale tilpassingar i «{name}» vart skrivne. Samanlikn kva som er endra, og overfør deretter kvar tilpassing; du ser resultatet før noko blir lagra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="542"/>
        <source>Nothing in «{name}» is stale; every adaptation is up to date.</source>
        <translation>Ingenting i «{name}» er forelda; alle tilpassingane er oppdaterte.</translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="94"/>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="95"/>
        <source>Start hearing round</source>
        <translation>Start høyringsrunde</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="98"/>
        <source>e.g. «Høring angst 2027»</source>
        <translation>t.d. «Høyring angst 2027»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="99"/>
        <source>Name of the round</source>
        <translation>Namnet på runden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="102"/>
        <source>Edition</source>
        <translation>Utgåve</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="114"/>
        <source>Pathways</source>
        <translation>Forløp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="115"/>
        <source>Services</source>
        <translation>Tenester</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="116"/>
        <source>&amp;Pathways</source>
        <translation>&amp;Forløp</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="118"/>
        <source>Ser&amp;vices</source>
        <translation>&amp;Tenester</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="128"/>
        <source>Check what to send out. Nothing checked in a list means all of it: with nothing checked at all, every section goes out for hearing.</source>
        <translation>Kryss av for det som skal sendast ut. Ingen avkryssingar i ei liste tyder alt i henne: utan nokon avkryssingar i det heile går alle seksjonane på høyring.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="133"/>
        <source>About the scope</source>
        <translation>Om omfanget</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="140"/>
        <source>Deadline for responses</source>
        <translation>Frist for høyringssvar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="143"/>
        <source>About the deadline</source>
        <translation>Om svarfristen</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="148"/>
        <source>Optional: what you want the participants to answer (Markdown)</source>
        <translation>Valfritt: kva du ønskjer at høyringsinstansane skal svare på (Markdown)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="150"/>
        <source>Questions for the hearing letter</source>
        <translation>Spørsmål i høyringsbrevet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="154"/>
        <source>Written standard of the hearing documents</source>
        <translation>Skriftnorm i høyringsdokumenta</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="155"/>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="156"/>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="162"/>
        <source>You will be asked for your name when you start the round.</source>
        <translation>Du blir spurd om namnet ditt når du startar runden.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="165"/>
        <source>Started by</source>
        <translation>Starta av</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="171"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="175"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="176"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Utgåve:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="177"/>
        <source>&amp;Deadline:</source>
        <translation>Fri&amp;st:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="179"/>
        <source>&amp;Questions:</source>
        <translation>Spørs&amp;mål:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="180"/>
        <source>&amp;Written standard:</source>
        <translation>Skriftn&amp;orm:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="181"/>
        <source>Started by:</source>
        <translation>Starta av:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="187"/>
        <source>&amp;Start round</source>
        <translation>Start &amp;runden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="188"/>
        <source>Start round</source>
        <translation>Start runden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="190"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="216"/>
        <source>The deadline is only {days} days away; hearings usually give at least six weeks.</source>
        <translation>Svarfristen er berre {days} dagar unna. Ei høyring gir vanlegvis minst seks veker.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="223"/>
        <source>The hearing period spans the summer holiday (July); consider {weeks} more weeks.</source>
        <translation>Høyringsperioden går over sommarferien (juli). Vurder {weeks} veker ekstra.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="228"/>
        <source>The hearing period spans Christmas; consider one more week.</source>
        <translation>Høyringsperioden går over jula. Vurder éi veke ekstra.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="230"/>
        <source>The hearing period spans Easter; consider one more week.</source>
        <translation>Høyringsperioden går over påska. Vurder éi veke ekstra.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="242"/>
        <source>Give the round a name, e.g. «Høring angst 2027».</source>
        <translation>Gi runden eit namn, t.d. «Høyring angst 2027».</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="247"/>
        <source>A round needs the name of who starts it.</source>
        <translation>Ein runde treng namnet på den som startar han.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="280"/>
        <source>{name} (deadline {deadline})</source>
        <translation>{name} (frist {deadline})</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="287"/>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="303"/>
        <source>Export review bundle</source>
        <translation>Eksporter høyringspakke</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="288"/>
        <source>Which open round?</source>
        <translation>Kva for ei open runde?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/start_round_dialog.py" line="305"/>
        <source>kartedit bundles (*.kartbundle)</source>
        <translation>kartedit-pakkar (*.kartbundle)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="58"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="59"/>
        <source>In hearing</source>
        <translation>Til høyring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/common/labels.py" line="60"/>
        <source>Approved</source>
        <translation>Godkjend</translation>
    </message>
</context>
<context>
    <name>SuggestionMerge</name>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="134"/>
        <source>Accept a suggestion for «{section}»</source>
        <translation>Godta eit forslag til «{section}»</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="135"/>
        <source>The text of «{section}» has changed since the reviewer read it, so the suggestion cannot simply be put in. Where only the suggestion or only the later edits changed a passage, the result already takes that change. Where both changed the same passage, it is marked as a conflict: pick a side for it, or edit it.</source>
        <translation>Teksten i «{section}» er endra etter at avsendaren las han, så forslaget kan ikkje berre setjast inn. Der berre forslaget eller berre dei seinare endringane har endra eit tekstutdrag, har resultatet alt teke med endringa. Der begge har endra det same tekstutdraget, er det merkt som ein konflikt: vel ei side, eller rediger det.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="143"/>
        <source>Text the &amp;reviewer read</source>
        <translation>Teksten &amp;avsendaren las</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="144"/>
        <source>The text the reviewer read (read-only)</source>
        <translation>Teksten avsendaren las (skriveverna)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="147"/>
        <source>Text &amp;now</source>
        <translation>&amp;Dagens tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="148"/>
        <source>The section&apos;s text now (read-only)</source>
        <translation>Seksjonsteksten no (skriveverna)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="151"/>
        <source>With the &amp;suggestion</source>
        <translation>Med forsla&amp;get</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="152"/>
        <source>The text the reviewer read, with the suggestion (read-only)</source>
        <translation>Teksten avsendaren las, med forslaget (skriveverna)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="157"/>
        <source>suggestion</source>
        <translation>forslag</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="158"/>
        <source>changed by the suggestion only (dotted)</source>
        <translation>berre endra av forslaget (prikka)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="163"/>
        <source>now</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="164"/>
        <source>changed since the hearing only (dashed)</source>
        <translation>berre endra etter høyringa (stipla)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="169"/>
        <source>Use the s&amp;uggestion</source>
        <translation>Bruk f&amp;orslaget</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="170"/>
        <source>Use the suggested wording for this conflict</source>
        <translation>Bruk den føreslåtte ordlyden i denne konflikten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="175"/>
        <source>Keep the text &amp;now</source>
        <translation>Behald &amp;teksten no</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="176"/>
        <source>Keep today&apos;s wording for this conflict</source>
        <translation>Behald dagens ordlyd i denne konflikten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="179"/>
        <source>Use both wordings for this conflict, the suggestion first</source>
        <translation>Bruk begge formuleringane i denne konflikten, forslaget først</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="182"/>
        <source>Keep the suggested wording followed by today&apos;s, then edit it down.</source>
        <translation>Behald den føreslåtte ordlyden etterfølgd av dagens, og kort deretter ned.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="187"/>
        <source>resolved with the suggestion</source>
        <translation>løyst med forslaget</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="190"/>
        <source>resolved with today&apos;s wording</source>
        <translation>løyst med dagens ordlyd</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="193"/>
        <source>Save becomes available when every conflict is resolved: use «Use the suggestion», «Keep the text now» or «Use both», or edit the marked passage yourself.</source>
        <translation>Lagre blir tilgjengeleg når alle konfliktane er løyste: bruk «Bruk forslaget», «Behald teksten no» eller «Bruk begge», eller rediger det merkte tekstutdraget sjølv.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="198"/>
        <source>Cancel: leave the suggestion undecided and the text as it is</source>
        <translation>Avbryt: la forslaget vere uavgjort og teksten vere som han er</translation>
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
        <translation>Vil du lagre resultatet som ein ny versjon av «{section}» i «{edition}»?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="207"/>
        <source>The suggestion is marked as accepted and the revision names the reviewer. The earlier text stays in the history.</source>
        <translation>Forslaget blir merkt som godteke, og versjonen nemner avsendaren. Den tidlegare teksten blir liggjande i historikken.</translation>
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
        <translation>Vil du stryke «{quote}» frå «{section}»?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="253"/>
        <source>Accept</source>
        <translation>Godta</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/hearing/decision_dialogs.py" line="254"/>
        <source>This saves a new revision naming {reviewer}. To undo it later, restore the earlier revision from the history.</source>
        <translation>Dette lagrar ein ny versjon som nemner {reviewer}. For å angre seinare kan du gjenopprette den tidlegare versjonen frå historikken.</translation>
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
        <translation>Den regionale teksten i «{section}» er endra etter at «{edition}» tilpassa han. Der berre den eine sida har endra eit tekstutdrag, har resultatet alt teke med endringa. Der begge sider har endra det same tekstutdraget, startar resultatet med den lokale ordlyden dykkar, og tekstutdraget er merkt som ein konflikt: vel ei side, eller rediger det.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="230"/>
        <source>&amp;Old regional text (the base of the adaptation)</source>
        <translation>&amp;Gammal regional tekst (grunnlaget for tilpassinga)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="231"/>
        <source>Old regional text, the base of the local adaptation (read-only)</source>
        <translation>Gammal regional tekst, grunnlaget for den lokale tilpassinga (skriveverna)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="233"/>
        <source>New &amp;regional text</source>
        <translation>Ny &amp;regional tekst</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="233"/>
        <source>New regional text (read-only)</source>
        <translation>Ny regional tekst (skriveverna)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="234"/>
        <source>&amp;Local text now</source>
        <translation>&amp;Lokal tekst no</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="234"/>
        <source>Local text as it is now (read-only)</source>
        <translation>Den lokale teksten slik han er no (skriveverna)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="126"/>
        <source>Result: the text that will be saved (editable)</source>
        <translation>Resultat: teksten som blir lagra (kan redigerast)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="159"/>
        <source>R&amp;esult — edit freely; this text is saved</source>
        <translation>R&amp;esultat – rediger fritt; det er denne teksten som blir lagra</translation>
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
        <translation>berre endra lokalt (prikka)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="236"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="236"/>
        <source>changed regionally only (dashed)</source>
        <translation>berre endra regionalt (stipla)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="252"/>
        <source>Cancel: keep the local text as it is</source>
        <translation>Avbryt: behald den lokale teksten slik han er</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="265"/>
        <source>◀ &amp;Previous conflict</source>
        <translation>◀ &amp;Førre konflikt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="266"/>
        <source>Previous conflict</source>
        <translation>Førre konflikt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="267"/>
        <source>Previous conflict (Alt+Up or Shift+F8)</source>
        <translation>Førre konflikt (Alt+Pil opp eller Shift+F8)</translation>
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
        <translation>Bruk begge formuleringane i denne konflikten, den lokale først</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="244"/>
        <source>Keep the local wording followed by the regional one, then edit it down.</source>
        <translation>Behald den lokale ordlyden etterfølgd av den regionale, og kort deretter ned.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="404"/>
        <source>{resolved} of {total} resolved</source>
        <translation>{resolved} av {total} løyste</translation>
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
            <numerusform>%n konfliktar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="415"/>
        <source>No conflicts</source>
        <translation>Ingen konfliktar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="426"/>
        <source>Every conflict is resolved. Save… asks once more before saving.</source>
        <translation>Alle konfliktane er løyste. Lagre… spør éin gong til før noko blir lagra.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="249"/>
        <source>Save becomes available when every conflict is resolved: use «Use local», «Use regional» or «Use both», or edit the marked passage yourself.</source>
        <translation>Lagre blir tilgjengeleg når alle konfliktane er løyste: bruk «Bruk lokal», «Bruk regional» eller «Bruk begge», eller rediger det merkte tekstutdraget sjølv.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="436"/>
        <source>not resolved yet</source>
        <translation>ikkje løyst enno</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="246"/>
        <source>resolved with the local wording</source>
        <translation>løyst med den lokale ordlyden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="247"/>
        <source>resolved with the regional wording</source>
        <translation>løyst med den regionale ordlyden</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="439"/>
        <source>resolved with both wordings</source>
        <translation>løyst med begge formuleringane</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="440"/>
        <source>resolved by editing</source>
        <translation>løyst ved redigering</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="254"/>
        <source>Save the carried-over text</source>
        <translation>Lagre den overførte teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="255"/>
        <source>Save the result as a new revision of «{section}» in «{edition}»?</source>
        <translation>Vil du lagre resultatet som ein ny versjon av «{section}» i «{edition}»?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="487"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="257"/>
        <source>The new regional text becomes the base of this local adaptation, so it is no longer stale. The earlier local text stays in the history.</source>
        <translation>Den nye regionale teksten blir grunnlaget for denne lokale tilpassinga, så ho er ikkje lenger forelda. Den tidlegare lokale teksten blir verande i historikken.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="495"/>
        <source>Discard your choices?</source>
        <translation>Vil du forkaste vala dine?</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="496"/>
        <source>Close without saving? Your choices and edits in the result are lost.</source>
        <translation>Vil du lukke utan å lagre? Vala og endringane dine i resultatet går tapt.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/three_way_dialog.py" line="497"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="126"/>
        <source>What changed in the regional text</source>
        <translation>Kva som er endra i den regionale teksten</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="127"/>
        <source>Regional text the adaptation was based on</source>
        <translation>Den regionale teksten tilpassinga bygde på</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="129"/>
        <source>Regional text now</source>
        <translation>Regional tekst no</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/carry_over.py" line="131"/>
        <source>Changes in the regional text of «{section}» since «{edition}» adapted it.</source>
        <translation>Endringar i den regionale teksten i «{section}» etter at «{edition}» tilpassa han.</translation>
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
        <translation>Lagre teksten som ein ny versjon (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="88"/>
        <source>&amp;Open bundle…</source>
        <translation>O&amp;pne høyringspakke…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="89"/>
        <source>Open a review bundle to comment on it (Ctrl+O)</source>
        <translation>Opne ein høyringspakke for å kommentere han (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="90"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Innstillingar…</translation>
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
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="95"/>
        <source>Redo</source>
        <translation>Gjer om</translation>
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
        <translation>&amp;Finn og byt ut i seksjonen…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="101"/>
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="102"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Byt ut…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="103"/>
        <source>Search the &amp;whole map…</source>
        <translation>&amp;Søk i heile kartet…</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="104"/>
        <source>Search map</source>
        <translation>Søk i kartet</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="105"/>
        <source>Search the texts of the whole map (Ctrl+Shift+F)</source>
        <translation>Søk i tekstane i heile kartet (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="106"/>
        <source>&amp;Editor</source>
        <translation>&amp;Redigeringsfelt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="107"/>
        <source>&amp;Preview</source>
        <translation>&amp;Førehandsvising</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="108"/>
        <source>&amp;Next pane</source>
        <translation>&amp;Neste felt</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="109"/>
        <source>P&amp;revious pane</source>
        <translation>Førr&amp;e felt</translation>
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
        <translation>Send til &amp;høyring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="115"/>
        <source>In hearing</source>
        <translation>Til høyring</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="116"/>
        <source>&amp;Approve</source>
        <translation>&amp;Godkjenn</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/writer/window_actions.py" line="117"/>
        <source>Approved</source>
        <translation>Godkjend</translation>
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
        <translation>Skriv ein lokal tekst for denne seksjonen, med den regionale teksten som utgangspunkt.</translation>
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
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="95"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="97"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Kortnamn:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="99"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="119"/>
        <source>Name of the edition</source>
        <translation>Namnet på utgåva</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="120"/>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="126"/>
        <source>For example: Voss herad</source>
        <translation>Til dømes: Voss herad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="121"/>
        <source>Short name used in files and bundles</source>
        <translation>Kortnamn som blir brukt i filer og pakkar</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="122"/>
        <source>for example: voss-herad</source>
        <translation>til dømes: voss-herad</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="124"/>
        <source>Municipality or health community the edition belongs to</source>
        <translation>Kommunen eller helsefellesskapet utgåva høyrer til</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="128"/>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="159"/>
        <source>Lower-case letters a–z, digits and hyphens; used in files and bundles.</source>
        <translation>Små bokstavar a–z, siffer og bindestrekar; blir brukt i filer og pakkar.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="143"/>
        <source>Give the edition a short name.</source>
        <translation>Gi utgåva eit kortnamn.</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/edition_dialogs.py" line="148"/>
        <source>Use only lower-case letters a–z, digits and single hyphens, for example «voss-herad».</source>
        <translation>Bruk berre små bokstavar a–z, siffer og enkle bindestrekar, til dømes «voss-herad».</translation>
    </message>
</context>
<context>
    <name>_HeatLegend</name>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="306"/>
        <source>{percent} or more</source>
        <translation>{percent} eller meir</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="318"/>
        <source>Deviation:</source>
        <translation>Avvik:</translation>
    </message>
    <message>
        <location filename="../../src/kartedit/gui/editions/deviation_view.py" line="319"/>
        <source>Colour scale from 0% (lightest) to 60% or more (darkest)</source>
        <translation>Fargeskala frå 0&#xa0;% (lysast) til 60&#xa0;% eller meir (mørkast)</translation>
    </message>
</context>
</TS>

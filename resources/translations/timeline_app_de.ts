<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High Contrast Light</source>
        <translation>Hoher &amp;Kontrast, hell</translation>
    </message>
    <message>
        <source>High &amp;Contrast Dark</source>
        <translation>Hoher Kontrast, d&amp;unkel</translation>
    </message>
</context>
<context>
    <name>Articles</name>
    <message>
        <source>Articles (%1)</source>
        <translation>Artikel (%1)</translation>
    </message>
    <message>
        <source>Publication Date</source>
        <translation>Erscheinungsdatum</translation>
    </message>
    <message>
        <source>%1 does not say when it was published. Dates such as “last April” or “on Monday” are read from the date you give here.</source>
        <translation>%1 nennt kein Erscheinungsdatum. Angaben wie „letzten April“ oder „am Montag“ werden vom hier angegebenen Datum aus gelesen.</translation>
    </message>
    <message>
        <source>New from Article</source>
        <translation>Neu aus Artikel</translation>
    </message>
    <message>
        <source>Drafted %1 event from %2: review it beside the text</source>
        <translation>%1 Ereignis aus %2 entworfen: prüfen Sie es neben dem Text</translation>
    </message>
    <message>
        <source>Drafted %1 events from %2: review them beside the text</source>
        <translation>%1 Ereignisse aus %2 entworfen: prüfen Sie sie neben dem Text</translation>
    </message>
    <message>
        <source>No dated facts found in %1</source>
        <translation>Keine datierten Fakten in %1 gefunden</translation>
    </message>
    <message>
        <source>Cannot draft a timeline</source>
        <translation>Zeitleiste kann nicht entworfen werden</translation>
    </message>
    <message>
        <source>%1 cannot be read as an article.</source>
        <translation>%1 kann nicht als Artikel gelesen werden.</translation>
    </message>
    <message>
        <source>Drafting a timeline from %1…</source>
        <translation>Zeitleiste wird aus %1 entworfen…</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation>Spuren blättern</translation>
    </message>
    <message>
        <source>No events. Open a timeline with File ▸ Open, or drop a file here.</source>
        <translation>Keine Ereignisse. Öffnen Sie eine Zeitleiste mit Datei ▸ Öffnen oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Kein Ereignis ausgewählt</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Start is approximate</source>
        <translation>Beginn ist ungefähr</translation>
    </message>
    <message>
        <source>End is approximate</source>
        <translation>Ende ist ungefähr</translation>
    </message>
    <message>
        <source>Year (date in parts)</source>
        <translation>Jahr (Datum in Teilen)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Endjahr</translation>
    </message>
    <message>
        <source>End month</source>
        <translation>Endmonat</translation>
    </message>
    <message>
        <source>End day</source>
        <translation>Endtag</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Enduhrzeit</translation>
    </message>
    <message>
        <source>Choose Columns</source>
        <translation>Spalten wählen</translation>
    </message>
    <message>
        <source>Which column of %1 holds each part of an event?</source>
        <translation>Welche Spalte von %1 enthält welchen Teil eines Ereignisses?</translation>
    </message>
    <message>
        <source>Choose the title.</source>
        <translation>Wählen Sie die Spalte für den Titel.</translation>
    </message>
    <message>
        <source>Choose the date or the year.</source>
        <translation>Wählen Sie die Spalte für das Datum oder das Jahr.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>spring {year}</source>
        <translation>Frühling {year}</translation>
    </message>
    <message>
        <source>summer {year}</source>
        <translation>Sommer {year}</translation>
    </message>
    <message>
        <source>autumn {year}</source>
        <translation>Herbst {year}</translation>
    </message>
    <message>
        <source>winter {year}</source>
        <translation>Winter {year}</translation>
    </message>
    <message>
        <source>spring {year} (northern hemisphere)</source>
        <translation>Frühling {year} (Nordhalbkugel)</translation>
    </message>
    <message>
        <source>summer {year} (northern hemisphere)</source>
        <translation>Sommer {year} (Nordhalbkugel)</translation>
    </message>
    <message>
        <source>autumn {year} (northern hemisphere)</source>
        <translation>Herbst {year} (Nordhalbkugel)</translation>
    </message>
    <message>
        <source>winter {year} (northern hemisphere)</source>
        <translation>Winter {year} (Nordhalbkugel)</translation>
    </message>
    <message>
        <source>spring {year} (southern hemisphere)</source>
        <translation>Frühling {year} (Südhalbkugel)</translation>
    </message>
    <message>
        <source>summer {year} (southern hemisphere)</source>
        <translation>Sommer {year} (Südhalbkugel)</translation>
    </message>
    <message>
        <source>autumn {year} (southern hemisphere)</source>
        <translation>Herbst {year} (Südhalbkugel)</translation>
    </message>
    <message>
        <source>winter {year} (southern hemisphere)</source>
        <translation>Winter {year} (Südhalbkugel)</translation>
    </message>
    <message>
        <source>first quarter of {year}</source>
        <translation>erstes Quartal {year}</translation>
    </message>
    <message>
        <source>second quarter of {year}</source>
        <translation>zweites Quartal {year}</translation>
    </message>
    <message>
        <source>third quarter of {year}</source>
        <translation>drittes Quartal {year}</translation>
    </message>
    <message>
        <source>fourth quarter of {year}</source>
        <translation>viertes Quartal {year}</translation>
    </message>
    <message>
        <source>January to April {year}</source>
        <translation>Januar bis April {year}</translation>
    </message>
    <message>
        <source>May to August {year}</source>
        <translation>Mai bis August {year}</translation>
    </message>
    <message>
        <source>September to December {year}</source>
        <translation>September bis Dezember {year}</translation>
    </message>
    <message>
        <source>first half of {year}</source>
        <translation>erstes Halbjahr {year}</translation>
    </message>
    <message>
        <source>second half of {year}</source>
        <translation>zweites Halbjahr {year}</translation>
    </message>
    <message>
        <source>{count} billion years ago</source>
        <translation>vor {count} Milliarden Jahren</translation>
    </message>
    <message>
        <source>{count} million years ago</source>
        <translation>vor {count} Millionen Jahren</translation>
    </message>
    <message>
        <source>{count} thousand years ago</source>
        <translation>vor {count} Tausend Jahren</translation>
    </message>
    <message>
        <source>the {ordinal} century</source>
        <translation>das {number}. Jahrhundert</translation>
    </message>
    <message>
        <source>the {ordinal} millennium</source>
        <translation>das {number}. Jahrtausend</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>Jahr {year}</translation>
    </message>
    <message>
        <source>{count} years ago</source>
        <translation>vor {count} Jahren</translation>
    </message>
    <message>
        <source>the {decade}s</source>
        <translation>die {decade}er</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} oder {last}</translation>
    </message>
    <message>
        <source>an unknown year BCE</source>
        <translation>ein unbekanntes Jahr v. Chr.</translation>
    </message>
    <message>
        <source>an unknown year</source>
        <translation>ein unbekanntes Jahr</translation>
    </message>
    <message>
        <source>some year in {span}</source>
        <translation>irgendein Jahr ({span})</translation>
    </message>
    <message>
        <source>a year matching {pattern}</source>
        <translation>ein Jahr nach dem Muster {pattern}</translation>
    </message>
    <message>
        <source>that year</source>
        <translation>desselben Jahres</translation>
    </message>
    <message>
        <source>{year}, {rest}</source>
        <translation>{year}, {rest}</translation>
    </message>
    <message>
        <source>some month in {year}</source>
        <translation>ein Monat im Jahr {year}</translation>
    </message>
    <message>
        <source>{months} {year}</source>
        <translation>{months} {year}</translation>
    </message>
    <message>
        <source>some day {year}</source>
        <translation>ein Tag im Jahr {year}</translation>
    </message>
    <message>
        <source>some day in {month} {year}</source>
        <translation>ein Tag im {month} {year}</translation>
    </message>
    <message>
        <source>{days} {month} {year}</source>
        <translation>{days}. {month} {year}</translation>
    </message>
    <message>
        <source>the {ordinal} of some month in {year}</source>
        <translation>der {number}. eines Monats im Jahr {year}</translation>
    </message>
    <message>
        <source>day {days} of some month in {year}</source>
        <translation>Tag {days} eines Monats im Jahr {year}</translation>
    </message>
    <message>
        <source>the {ordinal} of {month} in {year}</source>
        <translation>der {number}. im {month} {year}</translation>
    </message>
    <message>
        <source>day {days} of {month} in {year}</source>
        <translation>Tag {days} im {month} {year}</translation>
    </message>
    <message>
        <source>some month</source>
        <translation>ein Monat</translation>
    </message>
    <message>
        <source>some day</source>
        <translation>ein Tag</translation>
    </message>
    <message>
        <source>some day in {month}</source>
        <translation>ein Tag im {month}</translation>
    </message>
    <message>
        <source>{days} {month}</source>
        <translation>{days}. {month}</translation>
    </message>
    <message>
        <source>the {ordinal} of some month</source>
        <translation>der {number}. eines Monats</translation>
    </message>
    <message>
        <source>day {days} of some month</source>
        <translation>Tag {days} eines Monats</translation>
    </message>
    <message>
        <source>the {ordinal} of {month}</source>
        <translation>der {number}. im {month}</translation>
    </message>
    <message>
        <source>day {days} of {month}</source>
        <translation>Tag {days} im {month}</translation>
    </message>
    <message>
        <source>{parts} approximate</source>
        <translation>{parts} ungefähr</translation>
    </message>
    <message>
        <source>{parts} uncertain</source>
        <translation>{parts} unsicher</translation>
    </message>
    <message>
        <source>{parts} uncertain and approximate</source>
        <translation>{parts} unsicher und ungefähr</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>part of the year</source>
        <translation>Jahresabschnitt</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>a year between {first} and {last}, estimated {estimate}</source>
        <translation>ein Jahr zwischen {first} und {last}, geschätzt {estimate}</translation>
    </message>
    <message>
        <source>{date} ({qualifiers})</source>
        <translation>{date} ({qualifiers})</translation>
    </message>
    <message>
        <source>about {date}</source>
        <translation>etwa {date}</translation>
    </message>
    <message>
        <source>{date} (uncertain)</source>
        <translation>{date} (unsicher)</translation>
    </message>
    <message>
        <source>{date} and earlier</source>
        <translation>{date} und früher</translation>
    </message>
    <message>
        <source>{date} or earlier</source>
        <translation>{date} oder früher</translation>
    </message>
    <message>
        <source>{date} and later</source>
        <translation>{date} und später</translation>
    </message>
    <message>
        <source>{date} or later</source>
        <translation>{date} oder später</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>all of {dates}</source>
        <translation>alle: {dates}</translation>
    </message>
    <message>
        <source>one of {dates}</source>
        <translation>eines von: {dates}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <source>from {date} onwards</source>
        <translation>ab {date}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>{year} BCE</source>
        <translation>{year} v. Chr.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Draft: made from the article, not yet accepted. Accept or reject it beside the text.</source>
        <translation>Entwurf: aus dem Artikel erstellt, noch nicht angenommen. Nehmen Sie ihn neben dem Text an oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>Click an event on the timeline, or press &lt;b&gt;{next}&lt;/b&gt; to walk through the events in date order.</source>
        <translation>Klicken Sie auf ein Ereignis in der Zeitleiste oder drücken Sie &lt;b&gt;{next}&lt;/b&gt;, um die Ereignisse in zeitlicher Reihenfolge durchzugehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{zoom_in}&lt;/b&gt;/&lt;b&gt;{zoom_out}&lt;/b&gt; or the mouse wheel zoom, &lt;b&gt;{fit}&lt;/b&gt; fits everything.</source>
        <translation>&lt;b&gt;{zoom_in}&lt;/b&gt;/&lt;b&gt;{zoom_out}&lt;/b&gt; oder das Mausrad zoomen, &lt;b&gt;{fit}&lt;/b&gt; zeigt alles.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{new_event}&lt;/b&gt; adds an event where the pointer is; &lt;b&gt;{edit}&lt;/b&gt; edits the selected one.</source>
        <translation>&lt;b&gt;{new_event}&lt;/b&gt; fügt an der Zeigerposition ein Ereignis hinzu; &lt;b&gt;{edit}&lt;/b&gt; bearbeitet das ausgewählte.</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 in %2 lane</source>
        <translation>%1 in %2 Spur</translation>
    </message>
    <message>
        <source>%1 in %2 lanes</source>
        <translation>%1 in %2 Spuren</translation>
    </message>
    <message>
        <source>%1; from %2</source>
        <translation>%1; Quelle: %2</translation>
    </message>
    <message>
        <source>%1. No event selected.</source>
        <translation>%1. Kein Ereignis ausgewählt.</translation>
    </message>
    <message>
        <source>%1 more character</source>
        <translation>%1 weiteres Zeichen</translation>
    </message>
    <message>
        <source>%1 more characters</source>
        <translation>%1 weitere Zeichen</translation>
    </message>
    <message>
        <source>≈ %1 at the file&apos;s rate (%2)</source>
        <translation>≈ %1 zum Kurs der Datei (%2)</translation>
    </message>
    <message>
        <source>Lane:</source>
        <translation>Spur:</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>Beteiligte:</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>Verknüpfte Ereignisse</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>(stake: %1%)</source>
        <translation>(Anteil: %1 %)</translation>
    </message>
    <message>
        <source>, via </source>
        <translation>, über </translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Delete event</source>
        <translation>Ereignis löschen</translation>
    </message>
    <message>
        <source>%1 other event links to “%2”.</source>
        <translation>%1 anderes Ereignis verweist auf „%2“.</translation>
    </message>
    <message>
        <source>%1 other events link to “%2”.</source>
        <translation>%1 andere Ereignisse verweisen auf „%2“.</translation>
    </message>
    <message>
        <source>Delete it and remove those links? (Undo brings both back.)</source>
        <translation>Ereignis löschen und diese Verknüpfungen entfernen? (Rückgängig stellt beides wieder her.)</translation>
    </message>
    <message>
        <source>Delete and Remove Links</source>
        <translation>Löschen und Verknüpfungen entfernen</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Änderung abgelehnt</translation>
    </message>
    <message>
        <source>The timeline would not be valid; nothing was changed.</source>
        <translation>Die Zeitleiste wäre ungültig; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>New event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1 Events</source>
        <translation>%1 Ereignisse löschen</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>(no lane)</source>
        <translation>(keine Spur)</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Ereignis-Kennung</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Date (EDTF)</source>
        <translation>&amp;Datum (EDTF)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>S&amp;pur</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Beteiligte</translation>
    </message>
    <message>
        <source>Volkswagen; Xpeng</source>
        <translation>Volkswagen; Xpeng</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>investment; electrification</source>
        <translation>Investition; Elektrifizierung</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Kennung</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reads as: %1</source>
        <translation>Gelesen als: %1</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <source>Draft · </source>
        <translation>Entwurf · </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Event list</source>
        <translation>Ereignisliste</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>%1: unknown image format &apos;%2&apos; (use %3)</source>
        <translation>%1: unbekanntes Bildformat „%2“ (möglich: %3)</translation>
    </message>
    <message>
        <source>%1: an image of %2x%3 is too big to make</source>
        <translation>%1: ein Bild von %2×%3 ist zu groß</translation>
    </message>
    <message>
        <source>%1: the PNG image could not be encoded</source>
        <translation>%1: das PNG-Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>%1: the image could not be started</source>
        <translation>%1: das Bild konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>%1: the image could not be finished</source>
        <translation>%1: das Bild konnte nicht fertiggestellt werden</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>All timelines (%1)</source>
        <translation>Alle Zeitleisten (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Timeline</source>
        <translation>Zeitleiste öffnen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Reloading %1…</source>
        <translation>%1 wird neu geladen…</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read.</source>
        <translation>Die Wiederherstellungskopie kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This timeline</source>
        <translation>Diese Zeitleiste</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Reloading shows the file as it is on disk.</source>
        <translation>Neu laden zeigt die Datei so, wie sie auf dem Datenträger ist.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Save Timeline As</source>
        <translation>Zeitleiste speichern unter</translation>
    </message>
    <message>
        <source>The timeline was not saved; the edits are kept. %1</source>
        <translation>Die Zeitleiste wurde nicht gespeichert; die Änderungen bleiben erhalten. %1</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved a copy as %1: %2</source>
        <translation>Kopie als %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>%1 events this format cannot hold were left out</source>
        <translation>%1 Ereignisse, die dieses Format nicht aufnehmen kann, wurden ausgelassen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Reload and discard my changes</source>
        <translation>Neu laden und meine Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Meine Änderungen behalten</translation>
    </message>
    <message>
        <source>%1 changed on disk; your unsaved changes are still shown.</source>
        <translation>%1 wurde auf dem Datenträger geändert; Ihre ungespeicherten Änderungen werden weiterhin angezeigt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(und %1 weitere)</translation>
    </message>
    <message>
        <source>%1 has problems; showing the last good version. %2</source>
        <translation>%1 hat Fehler; die letzte fehlerfreie Fassung wird angezeigt. %2</translation>
    </message>
    <message>
        <source>Cannot open timeline</source>
        <translation>Zeitleiste kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 was deleted or renamed; still showing what was loaded.</source>
        <translation>%1 wurde gelöscht oder umbenannt; der geladene Stand wird weiter angezeigt.</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>No filter</source>
        <translation>Kein Filter</translation>
    </message>
    <message>
        <source>no lane</source>
        <translation>keine Spur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Running on %1</source>
        <translation>Laufend am %1</translation>
    </message>
    <message>
        <source>Starting on %1</source>
        <translation>Beginnend am %1</translation>
    </message>
    <message>
        <source>Starting %1 to %2</source>
        <translation>Beginnend vom %1 bis %2</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Timeline JSON</source>
        <translation>Zeitleisten-JSON</translation>
    </message>
    <message>
        <source>TimelineJS JSON</source>
        <translation>TimelineJS-JSON</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>TimelineJS Google Sheets CSV</source>
        <translation>TimelineJS-Google-Sheets-CSV</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Tabellendokument</translation>
    </message>
    <message>
        <source>Markwhen</source>
        <translation>Markwhen</translation>
    </message>
    <message>
        <source>The Timeline Project</source>
        <translation>The Timeline Project</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>Load image</source>
        <translation>Bild laden</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>⚠ %1 cannot be shown: %2</source>
        <translation>⚠ %1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>(loaded only when you ask)</source>
        <translation>(wird nur auf Wunsch geladen)</translation>
    </message>
    <message>
        <source>Web image: %1</source>
        <translation>Webbild: %1</translation>
    </message>
    <message>
        <source>%1 is a web address, not a file</source>
        <translation>%1 ist eine Webadresse, keine Datei</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 leads outside the timeline&apos;s folder (through a link)</source>
        <translation>%1 führt aus dem Ordner der Zeitleiste hinaus (über einen Link)</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a file</source>
        <translation>es ist eine benannte Pipe (FIFO), keine Datei</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>es ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>es ist ein Gerät, keine Datei</translation>
    </message>
    <message>
        <source>it is a block device, not a file</source>
        <translation>es ist ein Blockgerät, keine Datei</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is %1, more than the %2 read</source>
        <translation>die Datei ist %1 groß, mehr als die %2, die gelesen werden</translation>
    </message>
    <message>
        <source>it is more than the %1 read</source>
        <translation>die Datei ist größer als die %1, die gelesen werden</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>Zugriff verweigert: die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is not an image this app can read</source>
        <translation>es ist kein Bild, das diese App lesen kann</translation>
    </message>
    <message>
        <source>it is not an image this app can read (%1)</source>
        <translation>es ist kein Bild, das diese App lesen kann (%1)</translation>
    </message>
    <message>
        <source>it is %1 × %2 pixels, more than the %3 million shown</source>
        <translation>das Bild hat %1 × %2 Pixel, mehr als die %3 Millionen, die angezeigt werden</translation>
    </message>
    <message>
        <source>it could not be decoded</source>
        <translation>das Bild konnte nicht dekodiert werden</translation>
    </message>
    <message>
        <source>it could not be decoded (%1)</source>
        <translation>das Bild konnte nicht dekodiert werden (%1)</translation>
    </message>
    <message>
        <source>it could not be decoded: %1</source>
        <translation>das Bild konnte nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>it is more than the %1 loaded</source>
        <translation>das Bild ist größer als die %1, die geladen werden</translation>
    </message>
    <message>
        <source>it took longer than %1 s to arrive</source>
        <translation>es kam nicht innerhalb von %1 s an</translation>
    </message>
    <message>
        <source>it could not be loaded: %1</source>
        <translation>es konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>it is a file beside a timeline that is not saved yet: save the timeline first</source>
        <translation>es ist eine Datei neben einer Zeitleiste, die noch nicht gespeichert ist: speichern Sie die Zeitleiste zuerst</translation>
    </message>
    <message>
        <source>the decoder process stopped answering</source>
        <translation>der Dekodierprozess antwortete nicht mehr</translation>
    </message>
    <message>
        <source>the decoder process was stopped by signal %1 (killed, perhaps for lack of memory)</source>
        <translation>der Dekodierprozess wurde durch das Signal %1 beendet (abgebrochen, vielleicht aus Speichermangel)</translation>
    </message>
    <message>
        <source>the decoder process was stopped by signal %1</source>
        <translation>der Dekodierprozess wurde durch das Signal %1 beendet</translation>
    </message>
    <message>
        <source>the decoder process ended with exit code %1</source>
        <translation>der Dekodierprozess endete mit dem Exit-Code %1</translation>
    </message>
    <message>
        <source>it took longer than %1 s to decode</source>
        <translation>das Dekodieren dauerte länger als %1 s</translation>
    </message>
    <message>
        <source>it could not be decoded: no decoder process could start (%1)</source>
        <translation>das Bild konnte nicht dekodiert werden: kein Dekodierprozess konnte starten (%1)</translation>
    </message>
    <message>
        <source>it could not be decoded in the %1 of memory a picture may use</source>
        <translation>das Bild konnte nicht in den %1 Speicher dekodiert werden, die ein Bild belegen darf</translation>
    </message>
    <message>
        <source>it is too big</source>
        <translation>es ist zu groß</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>%1 longer events run through this view  ·  click to list them</source>
        <translation>%1 längere Ereignisse laufen durch diese Ansicht  ·  zum Auflisten klicken</translation>
    </message>
    <message>
        <source>%1 events in view, click to show them</source>
        <translation>%1 Ereignisse in der Ansicht, zum Anzeigen klicken</translation>
    </message>
    <message>
        <source>%1 events start here  ·  click a bar to list its events, or zoom in</source>
        <translation>%1 Ereignisse beginnen hier  ·  zum Auflisten auf einen Balken klicken oder vergrößern</translation>
    </message>
    <message>
        <source>%1 more not shown, zoom in</source>
        <translation>%1 weitere nicht angezeigt, vergrößern</translation>
    </message>
</context>
<context>
    <name>LanesDialog</name>
    <message>
        <source>New lane</source>
        <translation>Neue Spur</translation>
    </message>
    <message>
        <source>Keep them without a lane</source>
        <translation>Ohne Spur behalten</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move them to “%1”</source>
        <translation>Nach „%1“ verschieben</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <source>Lanes, in order; drag to reorder, double-click to rename</source>
        <translation>Spuren in ihrer Reihenfolge; zum Umordnen ziehen, zum Umbenennen doppelklicken</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>“%1” holds %2 event. What becomes of it?</source>
        <translation>„%1“ enthält %2 Ereignis. Was soll damit geschehen?</translation>
    </message>
    <message>
        <source>“%1” holds %2 events. What becomes of them?</source>
        <translation>„%1“ enthält %2 Ereignisse. Was soll mit ihnen geschehen?</translation>
    </message>
    <message>
        <source>Remove lane</source>
        <translation>Spur entfernen</translation>
    </message>
    <message>
        <source>Edit Lanes</source>
        <translation>Spuren bearbeiten</translation>
    </message>
    <message>
        <source>These lanes cannot be applied.</source>
        <translation>Diese Spuren können nicht übernommen werden.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Month or coarser</source>
        <translation>Monat oder gröber</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Ungefähr</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>LinkKinds</name>
    <message>
        <source>Denies</source>
        <translation>Dementiert</translation>
    </message>
    <message>
        <source>Denied by</source>
        <translation>Dementiert durch</translation>
    </message>
    <message>
        <source>Confirms</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Bestätigt durch</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Folgt auf</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>Gefolgt von</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>Umfasst</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Verursacht</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Verursacht durch</translation>
    </message>
    <message>
        <source>Responds to</source>
        <translation>Antwortet auf</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet durch</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Ersetzt durch</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>Bezieht sich auf</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>%1 links</source>
        <translation>%1 Verknüpfungen</translation>
    </message>
    <message>
        <source>this timeline</source>
        <translation>diese Zeitleiste</translation>
    </message>
    <message>
        <source>--select: %1 has no event with the id %2</source>
        <translation>--select: %1 hat kein Ereignis mit der Kennung %2</translation>
    </message>
    <message>
        <source>--view %1 lies outside %2; showing all of it</source>
        <translation>--view %1 liegt außerhalb von %2; alles wird angezeigt</translation>
    </message>
    <message>
        <source>--view %1 lies outside %2 (it runs from %3 to %4); showing all of it</source>
        <translation>--view %1 liegt außerhalb von %2 (sie reicht von %3 bis %4); alles wird angezeigt</translation>
    </message>
    <message>
        <source>%1 is not a %2: link</source>
        <translation>%1 ist kein %2:-Link</translation>
    </message>
    <message>
        <source>%1: unknown parameter %2 (a link takes %3 and %4)</source>
        <translation>%1: unbekannter Parameter %2 (ein Link nimmt %3 und %4)</translation>
    </message>
    <message>
        <source>%1: %2 is given twice</source>
        <translation>%1: %2 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>%1: %2 is empty</source>
        <translation>%1: %2 ist leer</translation>
    </message>
    <message>
        <source>%1 selects both %2 and %3</source>
        <translation>%1 wählt sowohl %2 als auch %3</translation>
    </message>
    <message>
        <source>%1 names the machine %2; a link opens only files on this one</source>
        <translation>%1 nennt den Rechner %2; ein Link öffnet nur Dateien auf diesem Rechner</translation>
    </message>
    <message>
        <source>%1 names no absolute file path (as in %2:///home/ann/story.json)</source>
        <translation>%1 nennt keinen absoluten Dateipfad (wie in %2:///home/ann/story.json)</translation>
    </message>
    <message>
        <source>--view %1: %2</source>
        <translation>--view %1: %2</translation>
    </message>
    <message>
        <source>--view %1: both ends are open; give at least one date</source>
        <translation>--view %1: beide Enden sind offen; geben Sie mindestens ein Datum an</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>publication date: %1</source>
        <translation>Erscheinungsdatum: %1</translation>
    </message>
    <message>
        <source>the article does not say when it was published: give the date (--published YYYY-MM-DD)</source>
        <translation>der Artikel nennt kein Erscheinungsdatum: geben Sie es an (--published JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>is %1, more than an article (%2 at most)</source>
        <translation>ist %1 groß, mehr als ein Artikel (höchstens %2)</translation>
    </message>
    <message>
        <source>not valid %1 text</source>
        <translation>kein gültiger %1-Text</translation>
    </message>
    <message>
        <source>no article text found in this web page</source>
        <translation>auf dieser Webseite wurde kein Artikeltext gefunden</translation>
    </message>
    <message>
        <source>%1 is not an EDTF date (expected forms like 2023, 2023-04, 2023-04-26, 2024-41, 2010/2017)</source>
        <translation>%1 ist kein EDTF-Datum (erwartet sind Formen wie 2023, 2023-04, 2023-04-26, 2024-41, 2010/2017)</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>den Monat %1 gibt es nicht</translation>
    </message>
    <message>
        <source>years beyond ±%1 are not supported</source>
        <translation>Jahre jenseits von ±%1 werden nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is not a valid interval: at least one end must be a date</source>
        <translation>%1 ist kein gültiger Zeitraum: mindestens ein Ende muss ein Datum sein</translation>
    </message>
    <message>
        <source>%1: the interval ends before it starts (%2 begins before %3)</source>
        <translation>%1: der Zeitraum endet, bevor er beginnt (%2 beginnt vor %3)</translation>
    </message>
    <message>
        <source>%1 is not a valid set: it opens with %2, so it must end with %3</source>
        <translation>%1 ist keine gültige Menge: sie beginnt mit %2, muss also mit %3 enden</translation>
    </message>
    <message>
        <source>%1 is an empty set: list at least one date</source>
        <translation>%1 ist eine leere Menge: geben Sie mindestens ein Datum an</translation>
    </message>
    <message>
        <source>%1 is not a valid set: member %2 is empty</source>
        <translation>%1 ist keine gültige Menge: Element %2 ist leer</translation>
    </message>
    <message>
        <source>%1: only the first member can start with &apos;..&apos; (its date or an earlier one)</source>
        <translation>%1: nur das erste Element darf mit &apos;..&apos; beginnen (sein Datum oder ein früheres)</translation>
    </message>
    <message>
        <source>%1: only the last member can end with &apos;..&apos; (its date or a later one)</source>
        <translation>%1: nur das letzte Element darf mit &apos;..&apos; enden (sein Datum oder ein späteres)</translation>
    </message>
    <message>
        <source>%1 is not an EDTF date: write intervals with &apos;/&apos;, as in 2010/2017</source>
        <translation>%1 ist kein EDTF-Datum: schreiben Sie Zeiträume mit &apos;/&apos;, wie in 2010/2017</translation>
    </message>
    <message>
        <source>%1 is not an EDTF date: it holds %2 (%3), not part of a date; type %4 instead</source>
        <translation>%1 ist kein EDTF-Datum: es enthält %2 (%3), das zu keinem Datum gehört; tippen Sie stattdessen %4</translation>
    </message>
    <message>
        <source>%1 is not an EDTF date: it holds %2 (%3), not part of a date</source>
        <translation>%1 ist kein EDTF-Datum: es enthält %2 (%3), das zu keinem Datum gehört</translation>
    </message>
    <message>
        <source>%1 is not an EDTF date: %2 (character %3) has no place in a date; write %4</source>
        <translation>%1 ist kein EDTF-Datum: %2 (Zeichen %3) hat in einem Datum nichts zu suchen; schreiben Sie %4</translation>
    </message>
    <message>
        <source>%1 is not an EDTF date: %2 (character %3) has no place in a date</source>
        <translation>%1 ist kein EDTF-Datum: %2 (Zeichen %3) hat in einem Datum nichts zu suchen</translation>
    </message>
    <message>
        <source>%1 is not a valid date: %2</source>
        <translation>%1 ist kein gültiges Datum: %2</translation>
    </message>
    <message>
        <source>%1 has more than one qualifier: use % for uncertain and approximate</source>
        <translation>%1 hat mehr als einen Zusatz: verwenden Sie % für unsicher und ungefähr</translation>
    </message>
    <message>
        <source>a date-time takes one qualifier, after the whole of it</source>
        <translation>ein Datum mit Uhrzeit nimmt nur einen Zusatz, am Ende des Ganzen</translation>
    </message>
    <message>
        <source>there is no year -0000 (write 0000 for 1 BCE)</source>
        <translation>es gibt kein Jahr -0000 (schreiben Sie 0000 für 1 v. Chr.)</translation>
    </message>
    <message>
        <source>a time needs a complete date</source>
        <translation>eine Uhrzeit braucht ein vollständiges Datum</translation>
    </message>
    <message>
        <source>day 0 does not exist</source>
        <translation>den Tag 0 gibt es nicht</translation>
    </message>
    <message>
        <source>%1 %2 has %3 days</source>
        <translation>%1 %2 hat %3 Tage</translation>
    </message>
    <message>
        <source>%1 does not exist (use H1, H2 or Q1 to Q4)</source>
        <translation>%1 gibt es nicht (verwenden Sie H1, H2 oder Q1 bis Q4)</translation>
    </message>
    <message>
        <source>hour 24 is only allowed as 24:00:00, the end of the day</source>
        <translation>die Stunde 24 ist nur als 24:00:00 erlaubt, das Ende des Tages</translation>
    </message>
    <message>
        <source>hour %1 does not exist</source>
        <translation>die Stunde %1 gibt es nicht</translation>
    </message>
    <message>
        <source>minute %1 does not exist</source>
        <translation>die Minute %1 gibt es nicht</translation>
    </message>
    <message>
        <source>second %1 does not exist (leap seconds are not supported)</source>
        <translation>die Sekunde %1 gibt es nicht (Schaltsekunden werden nicht unterstützt)</translation>
    </message>
    <message>
        <source>minute %1 of the time zone offset does not exist</source>
        <translation>die Minute %1 der Zeitzonenverschiebung gibt es nicht</translation>
    </message>
    <message>
        <source>time zone offset %1 is out of range (at most ±14:00)</source>
        <translation>die Zeitzonenverschiebung %1 liegt außerhalb des Bereichs (höchstens ±14:00)</translation>
    </message>
    <message>
        <source>time zone offset %1 does not exist (write Z or +00:00 for UTC)</source>
        <translation>die Zeitzonenverschiebung %1 gibt es nicht (schreiben Sie Z oder +00:00 für UTC)</translation>
    </message>
    <message>
        <source>a Y year must not start with 0</source>
        <translation>ein Y-Jahr darf nicht mit 0 beginnen</translation>
    </message>
    <message>
        <source>a Y year needs more than 4 digits (write %1 instead)</source>
        <translation>ein Y-Jahr braucht mehr als 4 Ziffern (schreiben Sie stattdessen %1)</translation>
    </message>
    <message>
        <source>the exponent after E must not start with 0</source>
        <translation>der Exponent nach E darf nicht mit 0 beginnen</translation>
    </message>
    <message>
        <source>S0 leaves no significant digit (write S1 or more)</source>
        <translation>S0 lässt keine signifikante Ziffer übrig (schreiben Sie S1 oder mehr)</translation>
    </message>
    <message>
        <source>there is no year -%1 (write %1 for the years from 0 on)</source>
        <translation>es gibt kein Jahr -%1 (schreiben Sie %1 für die Jahre ab 0)</translation>
    </message>
    <message>
        <source>no month matches %1</source>
        <translation>kein Monat passt zu %1</translation>
    </message>
    <message>
        <source>no day matches %1</source>
        <translation>kein Tag passt zu %1</translation>
    </message>
    <message>
        <source>no year matching %1 has a 29 February</source>
        <translation>kein zu %1 passendes Jahr hat einen 29. Februar</translation>
    </message>
    <message>
        <source>%1 has no day %2</source>
        <translation>%1 hat keinen Tag %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must name a host after http(s)://</source>
        <translation>muss nach http(s):// einen Host nennen</translation>
    </message>
    <message>
        <source>must be an http(s) address or a path relative to the timeline file</source>
        <translation>muss eine http(s)-Adresse oder ein Pfad relativ zur Zeitleistendatei sein</translation>
    </message>
    <message>
        <source>must be relative to the timeline file, not an absolute path</source>
        <translation>muss relativ zur Zeitleistendatei sein, kein absoluter Pfad</translation>
    </message>
    <message>
        <source>must stay in the timeline&apos;s folder (no &apos;..&apos;)</source>
        <translation>muss im Ordner der Zeitleiste bleiben (kein &apos;..&apos;)</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>end (%1) must be after start (%2)</source>
        <translation>das Ende (%1) muss nach dem Anfang (%2) liegen</translation>
    </message>
    <message>
        <source>links to %1, which would be deleted</source>
        <translation>verweist auf %1, das gelöscht würde</translation>
    </message>
    <message>
        <source>links to an event that would be deleted</source>
        <translation>verweist auf ein Ereignis, das gelöscht würde</translation>
    </message>
    <message>
        <source>events are in lane %1</source>
        <translation>Ereignisse liegen in der Spur %1</translation>
    </message>
    <message>
        <source>there is not enough memory to load this file</source>
        <translation>zum Laden dieser Datei reicht der Arbeitsspeicher nicht</translation>
    </message>
    <message>
        <source>%1: %2 problem</source>
        <translation>%1: %2 Fehler</translation>
    </message>
    <message>
        <source>%1: %2 problems</source>
        <translation>%1: %2 Fehler</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>an unexpected error stopped the load (%1)</source>
        <translation>ein unerwarteter Fehler hat das Laden abgebrochen (%1)</translation>
    </message>
    <message>
        <source>is a folder, not a timeline file</source>
        <translation>ist ein Ordner, keine Zeitleistendatei</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a timeline file</source>
        <translation>ist eine benannte Pipe (FIFO), keine Zeitleistendatei</translation>
    </message>
    <message>
        <source>is a socket, not a timeline file</source>
        <translation>ist ein Socket, keine Zeitleistendatei</translation>
    </message>
    <message>
        <source>is a device, not a timeline file</source>
        <translation>ist ein Gerät, keine Zeitleistendatei</translation>
    </message>
    <message>
        <source>is a block device, not a timeline file</source>
        <translation>ist ein Blockgerät, keine Zeitleistendatei</translation>
    </message>
    <message>
        <source>is not a regular file, not a timeline file</source>
        <translation>ist keine reguläre Datei und keine Zeitleistendatei</translation>
    </message>
    <message>
        <source>the file is %1: loading it needs about %2 of memory and this machine has %3</source>
        <translation>die Datei ist %1 groß: zum Laden braucht sie etwa %2 Arbeitsspeicher, und dieser Rechner hat %3</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>Zugriff verweigert: die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>unbekanntes Format %1</translation>
    </message>
    <message>
        <source>a column mapping is for spreadsheets and CSV files, not %1</source>
        <translation>eine Spaltenzuordnung gilt für Tabellen und CSV-Dateien, nicht für %1</translation>
    </message>
    <message>
        <source>%1: not a field (the fields: %2)</source>
        <translation>%1: kein Feld (die Felder: %2)</translation>
    </message>
    <message>
        <source>no column %1 in the sheet (its columns: %2)</source>
        <translation>keine Spalte %1 in der Tabelle (ihre Spalten: %2)</translation>
    </message>
    <message>
        <source>no column is mapped to the title</source>
        <translation>keine Spalte ist dem Titel zugeordnet</translation>
    </message>
    <message>
        <source>no column is mapped to the date or the year</source>
        <translation>keine Spalte ist dem Datum oder dem Jahr zugeordnet</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>write a JSON object of fields and column headers, as {&quot;date&quot;: &quot;Start Date&quot;}</source>
        <translation>schreiben Sie ein JSON-Objekt aus Feldern und Spaltenüberschriften, etwa {&quot;date&quot;: &quot;Start Date&quot;}</translation>
    </message>
    <message>
        <source>%1 is not a link: write its type and the target&apos;s id, as &quot;denies x&quot;</source>
        <translation>%1 ist keine Verknüpfung: schreiben Sie ihren Typ und die Kennung des Ziels, etwa &quot;denies x&quot;</translation>
    </message>
    <message>
        <source>not valid JSON (%1); write %2</source>
        <translation>kein gültiges JSON (%1); schreiben Sie %2</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>schreiben Sie %1</translation>
    </message>
    <message>
        <source>%1 is not a kind of row (%2, or empty for an event)</source>
        <translation>%1 ist keine Zeilenart (%2 oder leer für ein Ereignis)</translation>
    </message>
    <message>
        <source>a JSON list of amounts</source>
        <translation>eine JSON-Liste von Beträgen</translation>
    </message>
    <message>
        <source>a JSON list of metrics</source>
        <translation>eine JSON-Liste von Kennzahlen</translation>
    </message>
    <message>
        <source>a JSON list of images</source>
        <translation>eine JSON-Liste von Bildern</translation>
    </message>
    <message>
        <source>a second timeline row (the timeline is on row %1)</source>
        <translation>eine zweite Zeitleistenzeile (die Zeitleiste steht in Zeile %1)</translation>
    </message>
    <message>
        <source>the source as a JSON object ({&quot;publisher&quot;: …})</source>
        <translation>die Quelle als JSON-Objekt ({&quot;publisher&quot;: …})</translation>
    </message>
    <message>
        <source>the exchange rates as a JSON list</source>
        <translation>die Wechselkurse als JSON-Liste</translation>
    </message>
    <message>
        <source>a lane row needs the lane&apos;s id</source>
        <translation>eine Spurzeile braucht die Kennung der Spur</translation>
    </message>
    <message>
        <source>%1 is already the lane of row %2</source>
        <translation>%1 ist bereits die Spur von Zeile %2</translation>
    </message>
    <message>
        <source>a quote (&quot;) opened on line %1 is never closed</source>
        <translation>ein in Zeile %1 geöffnetes Anführungszeichen (&quot;) wird nie geschlossen</translation>
    </message>
    <message>
        <source>not valid CSV: %1</source>
        <translation>kein gültiges CSV: %1</translation>
    </message>
    <message>
        <source>not valid %1 text; save the spreadsheet as CSV UTF-8</source>
        <translation>kein gültiger %1-Text; speichern Sie die Tabelle als CSV UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>die Spalte %1 fehlt</translation>
    </message>
    <message>
        <source>the columns %1 are missing</source>
        <translation>die Spalten %1 fehlen</translation>
    </message>
    <message>
        <source>has cells beyond the %1 named columns</source>
        <translation>hat Zellen jenseits der %1 benannten Spalten</translation>
    </message>
    <message>
        <source>a second title row (the title is on row %1)</source>
        <translation>eine zweite Titelzeile (der Titel steht in Zeile %1)</translation>
    </message>
    <message>
        <source>%1 is not a type (title, era, or empty for an event)</source>
        <translation>%1 ist kein Typ (title, era oder leer für ein Ereignis)</translation>
    </message>
    <message>
        <source>an event needs a year</source>
        <translation>ein Ereignis braucht ein Jahr</translation>
    </message>
    <message>
        <source>an end date needs a year</source>
        <translation>ein Enddatum braucht ein Jahr</translation>
    </message>
    <message>
        <source>%1 is not a time (write it as 14:30 or 2:30 PM)</source>
        <translation>%1 ist keine Uhrzeit (schreiben Sie 14:30 oder 2:30 PM)</translation>
    </message>
    <message>
        <source>%1 is not a time: hours go from 1 to 12 with AM and PM</source>
        <translation>%1 ist keine Uhrzeit: mit AM und PM gehen die Stunden von 1 bis 12</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>not an iCalendar file: %1</source>
        <translation>keine iCalendar-Datei: %1</translation>
    </message>
    <message>
        <source>not an iCalendar file: no VCALENDAR</source>
        <translation>keine iCalendar-Datei: kein VCALENDAR</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>this required property is missing</source>
        <translation>diese Pflichteigenschaft fehlt</translation>
    </message>
    <message>
        <source>%1 is not a date or a date-time</source>
        <translation>%1 ist weder ein Datum noch ein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>%1: relative and recurring dates are not supported; write the date</source>
        <translation>%1: relative und wiederkehrende Daten werden nicht unterstützt; schreiben Sie das Datum</translation>
    </message>
    <message>
        <source>%1 is not a date this app reads (write it as 2024-03-05 or March 5 2024)</source>
        <translation>%1 ist kein Datum, das diese App liest (schreiben Sie 2024-03-05 oder March 5 2024)</translation>
    </message>
    <message>
        <source>%1: a time needs a day</source>
        <translation>%1: eine Uhrzeit braucht einen Tag</translation>
    </message>
    <message>
        <source>holds half of a UTF-16 character pair (%1), not text</source>
        <translation>enthält die Hälfte eines UTF-16-Zeichenpaars (%1), keinen Text</translation>
    </message>
    <message>
        <source>not a spreadsheet this app can read (%1)</source>
        <translation>keine Tabelle, die diese App lesen kann (%1)</translation>
    </message>
    <message>
        <source>no sheet %1 (its sheets: %2)</source>
        <translation>kein Tabellenblatt %1 (ihre Blätter: %2)</translation>
    </message>
    <message>
        <source>the spreadsheet has no cells</source>
        <translation>die Tabelle hat keine Zellen</translation>
    </message>
    <message>
        <source>column mapping: %1</source>
        <translation>Spaltenzuordnung: %1</translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>ein Ereignis braucht einen Titel</translation>
    </message>
    <message>
        <source>an event needs a date</source>
        <translation>ein Ereignis braucht ein Datum</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 ist kein Datum</translation>
    </message>
    <message>
        <source>%1 is a time without a date</source>
        <translation>%1 ist eine Uhrzeit ohne Datum</translation>
    </message>
    <message>
        <source>%1 is a number, not a date (a year is a whole number)</source>
        <translation>%1 ist eine Zahl, kein Datum (ein Jahr ist eine ganze Zahl)</translation>
    </message>
    <message>
        <source>a document type declaration (with its entities) is not allowed in a .timeline file</source>
        <translation>eine Dokumenttyp-Deklaration (mit ihren Entitäten) ist in einer .timeline-Datei nicht erlaubt</translation>
    </message>
    <message>
        <source>not XML: %1</source>
        <translation>kein XML: %1</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not a &lt;timeline&gt;</source>
        <translation>&lt;%1&gt; ist keine &lt;timeline&gt;</translation>
    </message>
    <message>
        <source>the time type %1 is not supported (only %2)</source>
        <translation>der Zeittyp %1 wird nicht unterstützt (nur %2)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no &lt;%2&gt;</source>
        <translation>&lt;%1&gt; hat kein &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 is not a colour (r,g,b from 0 to 255)</source>
        <translation>%1 ist keine Farbe (r,g,b von 0 bis 255)</translation>
    </message>
    <message>
        <source>%1 is not a time (write it as 2024-03-05 14:30:00)</source>
        <translation>%1 ist keine Zeitangabe (schreiben Sie 2024-03-05 14:30:00)</translation>
    </message>
    <message>
        <source>%1 is not a year</source>
        <translation>%1 ist kein Jahr</translation>
    </message>
    <message>
        <source>%1 is not a month</source>
        <translation>%1 ist kein Monat</translation>
    </message>
    <message>
        <source>%1 is not a day</source>
        <translation>%1 ist kein Tag</translation>
    </message>
    <message>
        <source>%1 is not an hour</source>
        <translation>%1 ist keine Stunde</translation>
    </message>
    <message>
        <source>%1 is not a minute</source>
        <translation>%1 ist keine Minute</translation>
    </message>
    <message>
        <source>%1 is not a second</source>
        <translation>%1 ist keine Sekunde</translation>
    </message>
    <message>
        <source>%1 is not an hour (0 to %2)</source>
        <translation>%1 ist keine Stunde (0 bis %2)</translation>
    </message>
    <message>
        <source>%1 is not a minute (0 to %2)</source>
        <translation>%1 ist keine Minute (0 bis %2)</translation>
    </message>
    <message>
        <source>%1 is not a second (0 to %2)</source>
        <translation>%1 ist keine Sekunde (0 bis %2)</translation>
    </message>
    <message>
        <source>a date needs a year</source>
        <translation>ein Datum braucht ein Jahr</translation>
    </message>
    <message>
        <source>%1 is beyond the ±%2 years the app supports</source>
        <translation>%1 liegt jenseits der ±%2 Jahre, die die App unterstützt</translation>
    </message>
    <message>
        <source>%1 is not a month (1 to 12)</source>
        <translation>%1 ist kein Monat (1 bis 12)</translation>
    </message>
    <message>
        <source>a day needs a month</source>
        <translation>ein Tag braucht einen Monat</translation>
    </message>
    <message>
        <source>%1 is not a day of %2 %3 (1 to %4)</source>
        <translation>%1 ist kein Tag im %2 %3 (1 bis %4)</translation>
    </message>
    <message>
        <source>a time needs an hour</source>
        <translation>eine Uhrzeit braucht eine Stunde</translation>
    </message>
    <message>
        <source>a time needs a day</source>
        <translation>eine Uhrzeit braucht einen Tag</translation>
    </message>
    <message>
        <source>must be a list of lanes</source>
        <translation>muss eine Liste von Spuren sein</translation>
    </message>
    <message>
        <source>this required field is missing: TimelineJS lists its slides there</source>
        <translation>dieses Pflichtfeld fehlt: TimelineJS führt dort seine Folien auf</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>not valid UTF-8 text; save the file as UTF-8</source>
        <translation>kein gültiger UTF-8-Text; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>kein gültiges JSON: zu tief verschachtelt</translation>
    </message>
    <message>
        <source>must be a JSON object with an &apos;events&apos; list</source>
        <translation>muss ein JSON-Objekt mit einer Liste &apos;events&apos; sein</translation>
    </message>
    <message>
        <source>must be an object with a start_date</source>
        <translation>muss ein Objekt mit einem start_date sein</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>muss ein Objekt sein, vorgefunden: %1</translation>
    </message>
    <message>
        <source>must be text, got %1</source>
        <translation>muss Text sein, vorgefunden: %1</translation>
    </message>
    <message>
        <source>it had reached %1 of its %2 address-space limit</source>
        <translation>er hatte %1 seiner Adressraumgrenze von %2 erreicht</translation>
    </message>
    <message>
        <source>it had filled %1 of the machine&apos;s %2</source>
        <translation>er hatte %1 der %2 des Rechners belegt</translation>
    </message>
    <message>
        <source>the loader process stopped answering</source>
        <translation>der Ladeprozess antwortete nicht mehr</translation>
    </message>
    <message>
        <source>the loader process was stopped by signal %1 (killed, perhaps for lack of memory)</source>
        <translation>der Ladeprozess wurde durch das Signal %1 beendet (abgebrochen, vielleicht aus Speichermangel)</translation>
    </message>
    <message>
        <source>the loader process was stopped by signal %1</source>
        <translation>der Ladeprozess wurde durch das Signal %1 beendet</translation>
    </message>
    <message>
        <source>the loader process ended with exit code %1</source>
        <translation>der Ladeprozess endete mit dem Exit-Code %1</translation>
    </message>
    <message>
        <source>there is not enough memory to load this file (%1: %2)</source>
        <translation>zum Laden dieser Datei reicht der Arbeitsspeicher nicht (%1: %2)</translation>
    </message>
    <message>
        <source>%1 before the file was loaded</source>
        <translation>%1, bevor die Datei geladen war</translation>
    </message>
    <message>
        <source>there is not enough memory to load this file (%1 when %2)</source>
        <translation>zum Laden dieser Datei reicht der Arbeitsspeicher nicht (%1, als %2)</translation>
    </message>
    <message>
        <source>the file ends too early: a closing } is missing</source>
        <translation>die Datei endet zu früh: eine schließende } fehlt</translation>
    </message>
    <message>
        <source>the file ends too early: a closing ] is missing</source>
        <translation>die Datei endet zu früh: eine schließende ] fehlt</translation>
    </message>
    <message>
        <source>the file ends inside a string: a closing &quot; is missing</source>
        <translation>die Datei endet mitten in einer Zeichenkette: ein schließendes &quot; fehlt</translation>
    </message>
    <message>
        <source>the file ends too early: a value is missing</source>
        <translation>die Datei endet zu früh: ein Wert fehlt</translation>
    </message>
    <message>
        <source>keys and strings need double quotes (&quot;), not single quotes (&apos;)</source>
        <translation>Schlüssel und Zeichenketten brauchen doppelte Anführungszeichen (&quot;), keine einfachen (&apos;)</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>Kommentare sind in JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>input should be a valid string, got %1</source>
        <translation>die Eingabe sollte eine gültige Zeichenkette sein, vorgefunden: %1</translation>
    </message>
    <message>
        <source>input should be a valid array, got %1</source>
        <translation>die Eingabe sollte ein gültiges Array sein, vorgefunden: %1</translation>
    </message>
    <message>
        <source>input should be a valid list, got %1</source>
        <translation>die Eingabe sollte eine gültige Liste sein, vorgefunden: %1</translation>
    </message>
    <message>
        <source>input should be a valid tuple, got %1</source>
        <translation>die Eingabe sollte ein gültiges Tupel sein, vorgefunden: %1</translation>
    </message>
    <message>
        <source>input should be an object, got %1</source>
        <translation>die Eingabe sollte ein Objekt sein, vorgefunden: %1</translation>
    </message>
    <message>
        <source>input should be a valid dictionary, got %1</source>
        <translation>die Eingabe sollte ein gültiges Wörterbuch sein, vorgefunden: %1</translation>
    </message>
    <message>
        <source>input should be a valid number, got %1</source>
        <translation>die Eingabe sollte eine gültige Zahl sein, vorgefunden: %1</translation>
    </message>
    <message>
        <source>input should be a valid number, unable to parse string as a number, got %1</source>
        <translation>die Eingabe sollte eine gültige Zahl sein, die Zeichenkette lässt sich nicht als Zahl lesen, vorgefunden: %1</translation>
    </message>
    <message>
        <source>input should be a finite number, got %1</source>
        <translation>die Eingabe sollte eine endliche Zahl sein, vorgefunden: %1</translation>
    </message>
    <message>
        <source>input should be a valid integer, got %1</source>
        <translation>die Eingabe sollte eine gültige ganze Zahl sein, vorgefunden: %1</translation>
    </message>
    <message>
        <source>input should be a valid integer, got a number with a fractional part, got %1</source>
        <translation>die Eingabe sollte eine gültige ganze Zahl sein, ist aber eine Zahl mit Nachkommastellen, vorgefunden: %1</translation>
    </message>
    <message>
        <source>input should be a valid integer, unable to parse string as an integer, got %1</source>
        <translation>die Eingabe sollte eine gültige ganze Zahl sein, die Zeichenkette lässt sich nicht als ganze Zahl lesen, vorgefunden: %1</translation>
    </message>
    <message>
        <source>input should be a valid boolean, got %1</source>
        <translation>die Eingabe sollte ein gültiger Wahrheitswert sein, vorgefunden: %1</translation>
    </message>
    <message>
        <source>input should be a valid boolean, unable to interpret input, got %1</source>
        <translation>die Eingabe sollte ein gültiger Wahrheitswert sein, die Eingabe lässt sich nicht deuten, vorgefunden: %1</translation>
    </message>
    <message>
        <source>input should be greater than %1, got %2</source>
        <translation>die Eingabe sollte größer als %1 sein, vorgefunden: %2</translation>
    </message>
    <message>
        <source>input should be greater than or equal to %1, got %2</source>
        <translation>die Eingabe sollte größer oder gleich %1 sein, vorgefunden: %2</translation>
    </message>
    <message>
        <source>input should be less than %1, got %2</source>
        <translation>die Eingabe sollte kleiner als %1 sein, vorgefunden: %2</translation>
    </message>
    <message>
        <source>input should be less than or equal to %1, got %2</source>
        <translation>die Eingabe sollte kleiner oder gleich %1 sein, vorgefunden: %2</translation>
    </message>
    <message>
        <source>string should have at least %1 characters, got %2</source>
        <translation>die Zeichenkette sollte mindestens %1 Zeichen haben, vorgefunden: %2</translation>
    </message>
    <message>
        <source>string should have at most %1 characters, got %2</source>
        <translation>die Zeichenkette sollte höchstens %1 Zeichen haben, vorgefunden: %2</translation>
    </message>
    <message>
        <source>input should be %1, got %2</source>
        <translation>die Eingabe sollte %1 sein, vorgefunden: %2</translation>
    </message>
    <message>
        <source>input should be a valid dictionary or instance of %1, got %2</source>
        <translation>die Eingabe sollte ein gültiges Wörterbuch oder eine Instanz von %1 sein, vorgefunden: %2</translation>
    </message>
    <message>
        <source>string should have at least %1 character, got %2</source>
        <translation>die Zeichenkette sollte mindestens %1 Zeichen haben, vorgefunden: %2</translation>
    </message>
    <message>
        <source>string should have at most %1 character, got %2</source>
        <translation>die Zeichenkette sollte höchstens %1 Zeichen haben, vorgefunden: %2</translation>
    </message>
    <message>
        <source>this required field is missing</source>
        <translation>dieses Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1 wird bereits von %2 verwendet</translation>
    </message>
    <message>
        <source>%1 is not a valid id (letters, digits and _ . : - only)</source>
        <translation>%1 ist keine gültige Kennung (nur Buchstaben, Ziffern und _ . : -)</translation>
    </message>
    <message>
        <source>the file is %1 encoded; save it as UTF-8</source>
        <translation>die Datei ist in %1 kodiert; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>not valid UTF-8 text (byte 0x%1); save the file as UTF-8</source>
        <translation>kein gültiger UTF-8-Text (Byte 0x%1); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>duplicate key %1 in %2 (the first is at line %3, column %4)</source>
        <translation>doppelter Schlüssel %1 in %2 (der erste steht in Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>duplicate key %1 at the top level (the first is at line %2, column %3)</source>
        <translation>doppelter Schlüssel %1 auf oberster Ebene (der erste steht in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is half of a UTF-16 surrogate pair; the other half is missing</source>
        <translation>&apos;%1&apos; ist die Hälfte eines UTF-16-Ersatzpaars; die andere Hälfte fehlt</translation>
    </message>
    <message>
        <source>unknown field %1 (did you mean %2?)</source>
        <translation>unbekanntes Feld %1 (meinten Sie %2?)</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>unbekanntes Feld %1</translation>
    </message>
    <message>
        <source>%1 is not a colour; write it as #rrggbb</source>
        <translation>%1 ist keine Farbe; schreiben Sie sie als #rrggbb</translation>
    </message>
    <message>
        <source>%1 is not a currency code; use three capital letters such as USD</source>
        <translation>%1 ist kein Währungscode; verwenden Sie drei Großbuchstaben wie USD</translation>
    </message>
    <message>
        <source>%1, got %2</source>
        <translation>%1, vorgefunden: %2</translation>
    </message>
    <message>
        <source>no lane %1: the file defines no lanes</source>
        <translation>keine Spur %1: die Datei legt keine Spuren fest</translation>
    </message>
    <message>
        <source>no lane has id %1 (did you mean %2?)</source>
        <translation>keine Spur hat die Kennung %1 (meinten Sie %2?)</translation>
    </message>
    <message>
        <source>no lane has id %1</source>
        <translation>keine Spur hat die Kennung %1</translation>
    </message>
    <message>
        <source>no event has id %1</source>
        <translation>kein Ereignis hat die Kennung %1</translation>
    </message>
    <message>
        <source>an event cannot link to itself</source>
        <translation>ein Ereignis kann nicht auf sich selbst verweisen</translation>
    </message>
    <message>
        <source>the timeline has no article text (source.text) to point into</source>
        <translation>die Zeitleiste enthält keinen Artikeltext (source.text), auf den verwiesen werden könnte</translation>
    </message>
    <message>
        <source>%1 is beyond the end of the article&apos;s text (%2 characters)</source>
        <translation>%1 liegt hinter dem Ende des Artikeltexts (%2 Zeichen)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Unsaved edits cannot be copied aside for recovery: save them soon.</source>
        <translation>Ungespeicherte Änderungen können nicht zur Wiederherstellung gesichert werden: bitte bald speichern.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected event (%1)</source>
        <translation>Ausgewähltes Ereignis bearbeiten (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Files Opened from Outside in a New Window</source>
        <translation>&amp;Von außen geöffnete Dateien in neuem Fenster</translation>
    </message>
    <message>
        <source>When a file is opened from outside (a file manager, a link, the command line) while the app runs: checked, it gets a new window; unchecked, it replaces this window&apos;s file</source>
        <translation>Wenn eine Datei von außen geöffnet wird (Dateimanager, Link, Befehlszeile), während die App läuft: angehakt bekommt sie ein neues Fenster, sonst ersetzt sie die Datei dieses Fensters</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Collapse All Lanes</source>
        <translation>Alle Spuren &amp;einklappen</translation>
    </message>
    <message>
        <source>E&amp;xpand All Lanes</source>
        <translation>Alle Spuren a&amp;usklappen</translation>
    </message>
    <message>
        <source>Show All &amp;Links</source>
        <translation>Alle Verknüpfungen &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>E&amp;rscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Lanes…</source>
        <translation>&amp;Spuren…</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>The language changes when the app starts next time.</source>
        <translation>Die Sprache ändert sich beim nächsten Start der App.</translation>
    </message>
    <message>
        <source>Save the timeline first: a link names its file</source>
        <translation>Speichern Sie die Zeitleiste zuerst: ein Link nennt ihre Datei</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Today lies outside this timeline: showing its nearest end</source>
        <translation>Heute liegt außerhalb dieser Zeitleiste: ihr nächstes Ende wird gezeigt</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>%1 events this format cannot hold were left out</source>
        <translation>%1 Ereignisse, die dieses Format nicht aufnehmen kann, wurden ausgelassen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>A zoomable timeline viewer.</source>
        <translation>Ein zoombarer Zeitleisten-Betrachter.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>%1 of %2 event match</source>
        <translation>%1 von %2 Ereignis passt</translation>
    </message>
    <message>
        <source>%1 of %2 events match</source>
        <translation>%1 von %2 Ereignissen passen</translation>
    </message>
    <message>
        <source>%1 of %2 event shown</source>
        <translation>%1 von %2 Ereignis angezeigt</translation>
    </message>
    <message>
        <source>%1 of %2 events shown</source>
        <translation>%1 von %2 Ereignissen angezeigt</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>File notice</source>
        <translation>Hinweis zur Datei</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Timeline overview</source>
        <translation>Zeitleisten-Übersicht</translation>
    </message>
    <message>
        <source>Drag the box to move, drag its edges to zoom, click elsewhere to jump there. With the keyboard: Tab here, then ← → move and + − zoom.</source>
        <translation>Rahmen ziehen zum Verschieben, seine Kanten ziehen zum Zoomen, anderswo klicken, um dorthin zu springen. Mit der Tastatur: mit Tab hierher, dann ← → verschieben und + − zoomen.</translation>
    </message>
    <message>
        <source>The whole timeline; Left and Right move the view, plus and minus zoom</source>
        <translation>Die ganze Zeitleiste; Links und Rechts verschieben die Ansicht, Plus und Minus zoomen</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — Seite %2 von %3</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <source>Reading the %1 file</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Starting the loader</source>
        <translation>Ladevorgang wird gestartet</translation>
    </message>
    <message>
        <source>Receiving the timeline</source>
        <translation>Zeitleiste wird empfangen</translation>
    </message>
    <message>
        <source>Building the timeline</source>
        <translation>Zeitleiste wird aufgebaut</translation>
    </message>
    <message>
        <source>Checking the file against the format</source>
        <translation>Datei wird gegen das Format geprüft</translation>
    </message>
    <message>
        <source>Checking ids, lanes and links</source>
        <translation>Kennungen, Spuren und Verknüpfungen werden geprüft</translation>
    </message>
    <message>
        <source>Reading dates</source>
        <translation>Daten werden gelesen</translation>
    </message>
    <message>
        <source>Sorting events</source>
        <translation>Ereignisse werden sortiert</translation>
    </message>
    <message>
        <source>Reading the article</source>
        <translation>Artikel wird gelesen</translation>
    </message>
    <message>
        <source>Checking the draft</source>
        <translation>Entwurf wird geprüft</translation>
    </message>
    <message>
        <source>Reading sentence %1 of %2</source>
        <translation>Satz %1 von %2 wird gelesen</translation>
    </message>
    <message>
        <source>Finding the article&apos;s sentences</source>
        <translation>Sätze des Artikels werden gesucht</translation>
    </message>
    <message>
        <source>Finding dated facts</source>
        <translation>Datierte Fakten werden gesucht</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>an untitled timeline</source>
        <translation>eine unbenannte Zeitleiste</translation>
    </message>
    <message>
        <source>%1, changed %2</source>
        <translation>%1, geändert %2</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Unsaved changes were kept when the app last stopped: %1.</source>
        <translation>Beim letzten Beenden der App wurden ungespeicherte Änderungen aufbewahrt: %1.</translation>
    </message>
    <message>
        <source>Restore them? (They stay unsaved until you save.)</source>
        <translation>Wiederherstellen? (Sie bleiben ungespeichert, bis Sie speichern.)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>An unexpected error happened. The window keeps working, but what you were doing may not have finished.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Das Fenster funktioniert weiter, aber Ihre letzte Aktion wurde womöglich nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>The report is also in %1.</source>
        <translation>Der Bericht steht auch in %1.</translation>
    </message>
    <message>
        <source>%1 errors. %2</source>
        <translation>%1 Fehler. %2</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore %1 Events</source>
        <translation>%1 Ereignisse wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept the selected draft</source>
        <translation>Den ausgewählten Entwurf annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Reject the selected event</source>
        <translation>Das ausgewählte Ereignis verwerfen</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>Alle a&amp;nnehmen</translation>
    </message>
    <message>
        <source>Accept every draft</source>
        <translation>Jeden Entwurf annehmen</translation>
    </message>
    <message>
        <source>Reject All Dra&amp;fts</source>
        <translation>Alle ve&amp;rwerfen</translation>
    </message>
    <message>
        <source>Reject every draft</source>
        <translation>Jeden Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Show the rejected events again, as drafts</source>
        <translation>Die verworfenen Ereignisse wieder als Entwürfe zeigen</translation>
    </message>
    <message>
        <source>%1 of %2 event from this article is a draft: accept or reject it.</source>
        <translation>%1 von %2 Ereignis aus diesem Artikel ist ein Entwurf: annehmen oder verwerfen.</translation>
    </message>
    <message>
        <source>%1 of %2 events from this article are drafts: accept or reject each.</source>
        <translation>%1 von %2 Ereignissen aus diesem Artikel sind Entwürfe: jeden annehmen oder verwerfen.</translation>
    </message>
    <message>
        <source>The %1 event from this article is reviewed.</source>
        <translation>Das %1 Ereignis aus diesem Artikel ist geprüft.</translation>
    </message>
    <message>
        <source>All %1 events from this article are reviewed.</source>
        <translation>Alle %1 Ereignisse aus diesem Artikel sind geprüft.</translation>
    </message>
    <message>
        <source>Show %1 Rejected Again</source>
        <translation>%1 verworfene wieder zeigen</translation>
    </message>
    <message>
        <source>Show 1 Rejected Again</source>
        <translation>1 verworfenes wieder zeigen</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>Search titles, summaries, actors, sources, tags  (%1)</source>
        <translation>Titel, Zusammenfassungen, Beteiligte, Quellen, Schlagwörter durchsuchen  (%1)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>Vorheriger Treffer (%1)</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>Nächster Treffer (%1)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>F&amp;ilter</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter aufheben</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indizierung…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 match</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>Showing only: %1</source>
        <translation>Nur angezeigt: %1</translation>
    </message>
    <message>
        <source>Filter ●</source>
        <translation>Filter ●</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Spur</translation>
    </message>
    <message>
        <source>(no lane)</source>
        <translation>(keine Spur)</translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation>&amp;Beteiligte</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>Schlag&amp;wort</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>&amp;Filter aufheben</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Timeline, overview strip and search field keys work when that part has the focus.</source>
        <translation>Die Tasten für Zeitleiste, Übersichtsleiste und Suchfeld wirken, wenn dieser Bereich den Fokus hat.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Overview strip</source>
        <translation>Übersichtsleiste</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>Suchfeld</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>File ▸ &amp;New</source>
        <translation>Datei ▸ &amp;Neu</translation>
    </message>
    <message>
        <source>File ▸ New from Ar&amp;ticle…</source>
        <translation>Datei ▸ Neu aus &amp;Artikel…</translation>
    </message>
    <message>
        <source>File ▸ &amp;Open…</source>
        <translation>Datei ▸ Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>File ▸ &amp;Save</source>
        <translation>Datei ▸ &amp;Speichern</translation>
    </message>
    <message>
        <source>File ▸ Save &amp;As…</source>
        <translation>Datei ▸ Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>File ▸ Re&amp;load</source>
        <translation>Datei ▸ Neu &amp;laden</translation>
    </message>
    <message>
        <source>File ▸ &amp;Export Image of View…</source>
        <translation>Datei ▸ &amp;Bild der Ansicht exportieren…</translation>
    </message>
    <message>
        <source>File ▸ Export Image of &amp;Whole Timeline…</source>
        <translation>Datei ▸ Bild der &amp;ganzen Zeitleiste exportieren…</translation>
    </message>
    <message>
        <source>File ▸ Export &amp;Data…</source>
        <translation>Datei ▸ Daten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>File ▸ &amp;Print…</source>
        <translation>Datei ▸ &amp;Drucken…</translation>
    </message>
    <message>
        <source>File ▸ &amp;Quit</source>
        <translation>Datei ▸ B&amp;eenden</translation>
    </message>
    <message>
        <source>Edit ▸ &amp;Undo</source>
        <translation>Bearbeiten ▸ &amp;Rückgängig</translation>
    </message>
    <message>
        <source>Edit ▸ &amp;Redo</source>
        <translation>Bearbeiten ▸ &amp;Wiederholen</translation>
    </message>
    <message>
        <source>Edit ▸ &amp;New Event</source>
        <translation>Bearbeiten ▸ &amp;Neues Ereignis</translation>
    </message>
    <message>
        <source>Edit ▸ &amp;Edit Event</source>
        <translation>Bearbeiten ▸ Ereignis &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Edit ▸ D&amp;uplicate Event</source>
        <translation>Bearbeiten ▸ Ereignis &amp;duplizieren</translation>
    </message>
    <message>
        <source>Edit ▸ &amp;Delete Event</source>
        <translation>Bearbeiten ▸ Ereignis &amp;löschen</translation>
    </message>
    <message>
        <source>Edit ▸ &amp;Accept Draft</source>
        <translation>Bearbeiten ▸ Entwurf &amp;annehmen</translation>
    </message>
    <message>
        <source>Edit ▸ Re&amp;ject Draft</source>
        <translation>Bearbeiten ▸ Entwurf &amp;verwerfen</translation>
    </message>
    <message>
        <source>Edit ▸ Accept All Dra&amp;fts</source>
        <translation>Bearbeiten ▸ Alle &amp;Entwürfe annehmen</translation>
    </message>
    <message>
        <source>Edit ▸ Copy Lin&amp;k</source>
        <translation>Bearbeiten ▸ Lin&amp;k kopieren</translation>
    </message>
    <message>
        <source>View ▸ Zoom &amp;In</source>
        <translation>Ansicht ▸ &amp;Vergrößern</translation>
    </message>
    <message>
        <source>View ▸ Zoom &amp;Out</source>
        <translation>Ansicht ▸ Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>View ▸ &amp;Fit All</source>
        <translation>Ansicht ▸ &amp;Alles zeigen</translation>
    </message>
    <message>
        <source>View ▸ Zoom to &amp;Selected</source>
        <translation>Ansicht ▸ Auf Aus&amp;wahl zoomen</translation>
    </message>
    <message>
        <source>Search ▸ &amp;Find…</source>
        <translation>Suchen ▸ &amp;Suchen…</translation>
    </message>
    <message>
        <source>Search ▸ Find &amp;Next</source>
        <translation>Suchen ▸ &amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Search ▸ Find &amp;Previous</source>
        <translation>Suchen ▸ &amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Search ▸ &amp;Clear Filter</source>
        <translation>Suchen ▸ Filter &amp;aufheben</translation>
    </message>
    <message>
        <source>Go ▸ &amp;Previous Event</source>
        <translation>Gehe zu ▸ &amp;Vorheriges Ereignis</translation>
    </message>
    <message>
        <source>Go ▸ &amp;Next Event</source>
        <translation>Gehe zu ▸ &amp;Nächstes Ereignis</translation>
    </message>
    <message>
        <source>Go ▸ &amp;First Event</source>
        <translation>Gehe zu ▸ &amp;Erstes Ereignis</translation>
    </message>
    <message>
        <source>Go ▸ &amp;Last Event</source>
        <translation>Gehe zu ▸ &amp;Letztes Ereignis</translation>
    </message>
    <message>
        <source>Go ▸ &amp;Today</source>
        <translation>Gehe zu ▸ &amp;Heute</translation>
    </message>
    <message>
        <source>Help ▸ &amp;Keyboard Shortcuts</source>
        <translation>Hilfe ▸ &amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Select the previous event in date order</source>
        <translation>Das zeitlich vorherige Ereignis auswählen</translation>
    </message>
    <message>
        <source>Select the next event in date order</source>
        <translation>Das zeitlich nächste Ereignis auswählen</translation>
    </message>
    <message>
        <source>Select the first event</source>
        <translation>Das erste Ereignis auswählen</translation>
    </message>
    <message>
        <source>Select the last event</source>
        <translation>Das letzte Ereignis auswählen</translation>
    </message>
    <message>
        <source>Fit everything</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Centre the view on today at the same zoom</source>
        <translation>Die Ansicht beim selben Zoom auf heute zentrieren</translation>
    </message>
    <message>
        <source>Zoom to the selected event</source>
        <translation>Auf das ausgewählte Ereignis zoomen</translation>
    </message>
    <message>
        <source>Scroll the lanes up</source>
        <translation>Spuren nach oben blättern</translation>
    </message>
    <message>
        <source>Scroll the lanes down</source>
        <translation>Spuren nach unten blättern</translation>
    </message>
    <message>
        <source>Move to earlier time</source>
        <translation>Zu früherer Zeit bewegen</translation>
    </message>
    <message>
        <source>Move to later time</source>
        <translation>Zu späterer Zeit bewegen</translation>
    </message>
    <message>
        <source>Clear the search, then the selection</source>
        <translation>Erst die Suche, dann die Auswahl aufheben</translation>
    </message>
    <message>
        <source>Show this list of shortcuts</source>
        <translation>Diese Liste der Tastenkürzel zeigen</translation>
    </message>
    <message>
        <source>Move the view to earlier time</source>
        <translation>Ansicht zu früherer Zeit bewegen</translation>
    </message>
    <message>
        <source>Move the view to later time</source>
        <translation>Ansicht zu späterer Zeit bewegen</translation>
    </message>
    <message>
        <source>Select the next match</source>
        <translation>Den nächsten Treffer auswählen</translation>
    </message>
    <message>
        <source>Select the previous match</source>
        <translation>Den vorherigen Treffer auswählen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Die Suche leeren</translation>
    </message>
    <message>
        <source>Move between search field, timeline, overview strip, event list and details</source>
        <translation>Zwischen Suchfeld, Zeitleiste, Übersichtsleiste, Ereignisliste und Details wechseln</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Announced or on record.</source>
        <translation>Angekündigt oder belegt.</translation>
    </message>
    <message>
        <source>Reported by the media, not confirmed.</source>
        <translation>Von Medien gemeldet, nicht bestätigt.</translation>
    </message>
    <message>
        <source>Reported, and denied by a party involved.</source>
        <translation>Gemeldet und von einer beteiligten Seite dementiert.</translation>
    </message>
    <message>
        <source>Scheduled or targeted for a later date.</source>
        <translation>Für später geplant oder angestrebt.</translation>
    </message>
</context>
<context>
    <name>Ticks</name>
    <message>
        <source>present</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>{count} Gya</source>
        <translation>vor {count} Mrd. J.</translation>
    </message>
    <message>
        <source>in {count} Gyr</source>
        <translation>in {count} Mrd. J.</translation>
    </message>
    <message>
        <source>{count} Mya</source>
        <translation>vor {count} Mio. J.</translation>
    </message>
    <message>
        <source>in {count} Myr</source>
        <translation>in {count} Mio. J.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
</TS>

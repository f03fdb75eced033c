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
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
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
        <source>Choose %1.</source>
        <translation>Wählen Sie: %1.</translation>
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
        <source>the {decade}s</source>
        <translation>die {decade}er</translation>
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
        <source>%1 events start here  ·  click to list them, or zoom in</source>
        <translation>%1 Ereignisse beginnen hier  ·  zum Auflisten klicken oder vergrößern</translation>
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

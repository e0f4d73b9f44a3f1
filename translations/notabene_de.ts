<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnsprechpartnerPage</name>
    <message>
        <location filename="../ui/ansprechpartnerpage.ui" line="+6"/>
        <location line="+6"/>
        <location line="+64"/>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>People at your company whom the vendor may contact. Tick &quot;Receives critical information&quot; for everyone who should get mandatory mailings besides the primary contact.</source>
        <translation>Personen in Ihrer Firma, die der Hersteller kontaktieren darf. Setzen Sie bei allen, die neben dem Erstkontakt die Pflichtmailings erhalten sollen, den Haken bei „Erhält kritische Informationen“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter by name, e-mail, position or area</source>
        <translation>Nach Name, E-Mail-Adresse, Position oder Zuständigkeitsbereich filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter contacts</source>
        <translation>Ansprechpartner filtern</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Add contact</source>
        <translation>Ansprechpartner anlegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit selected contact</source>
        <translation>Ausgewählten Ansprechpartner bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete selected contact</source>
        <translation>Ausgewählten Ansprechpartner löschen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.ui" line="+6"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This was changed on the server while you were editing it. Choose for every highlighted field which value to keep. Nothing is sent until you apply your choice.</source>
        <translation>Dies wurde auf dem Server geändert, während Sie es bearbeitet haben. Wählen Sie für jedes hervorgehobene Feld, welcher Wert gelten soll. Es wird nichts gesendet, bevor Sie Ihre Auswahl übernehmen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your values and the values on the server</source>
        <translation>Ihre Werte und die Werte auf dem Server</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value on the server</source>
        <translation>Wert auf dem Server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep my values</source>
        <translation>Meine Werte übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep my values for every field</source>
        <translation>Für jedes Feld meine Werte übernehmen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take the server&apos;s values</source>
        <translation>Serverwerte übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the server&apos;s values for every field</source>
        <translation>Für jedes Feld die Serverwerte übernehmen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply the chosen values</source>
        <translation>Die gewählten Werte übernehmen</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../ui/contactdialog.ui" line="+6"/>
        <source>Contact &gt;&gt; Add</source>
        <translation>Kontakt &gt;&gt; Hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salutation:</source>
        <translation>Anrede:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>First name:</source>
        <translation>Vorname:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Last name:</source>
        <translation>Nachname:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>E-mail address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mobile:</source>
        <translation>Mobil:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Areas of responsibility</source>
        <translation>Zuständigkeitsbereiche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Receives</source>
        <translation>Empfang und Rollen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Receives critical information</source>
        <translation>Erhält kritische Informationen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Emergency contact</source>
        <translation>Notfallkontakt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the overview</source>
        <translation>Zurück zur Übersicht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save contact</source>
        <translation>Ansprechpartner speichern</translation>
    </message>
</context>
<context>
    <name>FirmenprofilPage</name>
    <message>
        <location filename="../ui/firmenprofilpage.ui" line="+6"/>
        <location line="+6"/>
        <source>Company profile</source>
        <translation>Firmenprofil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mandatory mailings go to the primary contact&apos;s e-mail address. Changes are saved on this computer first and sent to the server with the next sync.</source>
        <translation>Die Pflichtmailings werden an die E-Mail-Adresse des Erstkontakts gesendet. Änderungen werden zunächst auf diesem Computer gespeichert und bei der nächsten Synchronisierung an den Server übertragen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer number:</source>
        <translation>Kundennummer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Company name:</source>
        <translation>Firmenname:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Street:</source>
        <translation>Straße:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Postcode:</source>
        <translation>Postleitzahl:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Country (e.g. DE):</source>
        <translation>Land (z. B. DE):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>VAT ID:</source>
        <translation>USt-IdNr.:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>E-mail address (primary contact):</source>
        <translation>E-Mail-Adresse (Erstkontakt):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Primary contact e-mail address</source>
        <translation>E-Mail-Adresse (Erstkontakt)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Advice on the primary contact</source>
        <translation>Hinweis zum Erstkontakt</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>Go to contacts</source>
        <translation>Zu den Ansprechpartnern</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save company profile</source>
        <translation>Firmenprofil speichern</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/logindialog.ui" line="+6"/>
        <location line="+151"/>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Sign in with your customer account.</source>
        <translation>Melden Sie sich mit Ihrem Kundenkonto an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://kundencenter.example</source>
        <translation>https://kundencenter.example</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>E-mail address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MailCheckPage</name>
    <message>
        <location filename="../ui/mailcheckpage.ui" line="+6"/>
        <location line="+6"/>
        <source>Check an e-mail</source>
        <translation>E-Mail prüfen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Is an e-mail really from the vendor? Save it as a file (.eml) and open it here, or drop it on this window. The check works offline: nothing is loaded and nothing is sent.</source>
        <translation>Stammt eine E-Mail wirklich vom Hersteller? Speichern Sie sie als Datei (.eml) und öffnen Sie sie hier, oder ziehen Sie sie auf dieses Fenster. Die Prüfung erfolgt offline: Es wird nichts geladen und nichts gesendet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+18"/>
        <source>What changed</source>
        <translation>Was verändert wurde</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>Forwarded messages</source>
        <translation>Weitergeleitete Nachrichten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed content (verified)</source>
        <translation>Signierter Inhalt (verifiziert)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signed content</source>
        <translation>Signierter Inhalt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The content is shown only when the mail is genuine. Do not open links or attachments of this mail.</source>
        <translation>Der Inhalt wird nur angezeigt, wenn die E-Mail echt ist. Öffnen Sie keine Links oder Anhänge dieser E-Mail.</translation>
    </message>
</context>
<context>
    <name>MailingEditor</name>
    <message>
        <location filename="../ui/mailingeditor.ui" line="+33"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reload, keep my text</source>
        <translation>Neu laden, meinen Text behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the current version; your text stays in the editor and replaces theirs when you save</source>
        <translation>Die aktuelle Version abrufen; Ihr Text bleibt im Editor und ersetzt beim Speichern die Version der anderen Person</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show their version</source>
        <translation>Andere Version anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace your unsaved text with the version on the server</source>
        <translation>Ihren nicht gespeicherten Text durch die Version auf dem Server ersetzen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Products:</source>
        <translation>&amp;Produkte:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Distribution &amp;category:</source>
        <translation>Verteiler-&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Distribution category</source>
        <translation>Verteilerkategorie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;verity:</source>
        <translation>&amp;Dringlichkeit:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Severity</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status of the matter</source>
        <translation>Stand der Angelegenheit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Act by:</source>
        <translation>&amp;Handeln bis:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Act by</source>
        <translation>Handeln bis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;No deadline</source>
        <translation>&amp;Ohne Frist</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One short sentence, e.g. DRINGEND: Update des Fiskal-Connectors bis 01.08.2026</source>
        <translation>Ein kurzer Satz, z. B. DRINGEND: Update des Fiskal-Connectors bis 01.08.2026</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Subject length</source>
        <translation>Länge des Betreffs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Text (Markdown):</source>
        <translation>&amp;Text (Markdown):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Follow-up of:</source>
        <translation>&amp;Folgemailing zu:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Follow-up of</source>
        <translation>Folgemailing zu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Forum/status &amp;link:</source>
        <translation>Forum-/Status&amp;link:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forum or status link</source>
        <translation>Forum- oder Statuslink</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pa&amp;tches:</source>
        <translation>Pat&amp;ches:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add patch…</source>
        <translation>Patch hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upload a file to the server; customers download it from there (never a mail attachment)</source>
        <translation>Eine Datei auf den Server hochladen; die Kunden laden sie von dort herunter (niemals als E-Mail-Anhang)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove patch</source>
        <translation>Patch entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rule check</source>
        <translation>Regelprüfung</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test send…</source>
        <translation>Testversand…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the saved mailing to one address of your choice</source>
        <translation>Das gespeicherte Mailing an eine Adresse Ihrer Wahl senden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;pprove</source>
        <translation>Frei&amp;geben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sen&amp;d…</source>
        <translation>&amp;Versenden…</translation>
    </message>
</context>
<context>
    <name>MailingPreview</name>
    <message>
        <location filename="../ui/mailingpreview.ui" line="+11"/>
        <source>Preview &amp;as:</source>
        <translation>&amp;Vorschau als:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview as</source>
        <translation>Vorschau als</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Inbox line</source>
        <translation>Zeile im Posteingang</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>HTML mail, desktop (800 px)</source>
        <translation>HTML-Mail, Desktop (800 px)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTML mail at desktop width</source>
        <translation>HTML-Mail in Desktop-Breite</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>HTML mail, phone (375 px)</source>
        <translation>HTML-Mail, Smartphone (375 px)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTML mail at phone width</source>
        <translation>HTML-Mail in Smartphone-Breite</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Text part</source>
        <translation>Textteil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text part of the mail</source>
        <translation>Textteil der E-Mail</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>In the app</source>
        <translation>In der App</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice text in the app</source>
        <translation>Hinweistext in der App</translation>
    </message>
</context>
<context>
    <name>MailingResultsView</name>
    <message>
        <location filename="../ui/mailingresultsview.ui" line="+24"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In total</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivered:</source>
        <translation>Zugestellt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mails the recipients&apos; mail servers accepted</source>
        <translation>E-Mails, die die Mailserver der Empfänger angenommen haben</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mails that could not be delivered for good</source>
        <translation>E-Mails, die endgültig nicht zugestellt werden konnten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Queued:</source>
        <translation>In der Warteschlange:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mails still waiting for delivery (retried with backoff)</source>
        <translation>E-Mails, die noch auf die Zustellung warten (erneute Versuche in wachsenden Abständen)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Acknowledged:</source>
        <translation>Zur Kenntnis genommen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Companies where someone clicked &quot;Acknowledge&quot; in the app</source>
        <translation>Firmen, in denen jemand in der App auf „Zur Kenntnis genommen“ geklickt hat</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Results per company</source>
        <translation>Ergebnisse je Firma</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledgements</source>
        <translation>Kenntnisnahmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First acknowledged</source>
        <translation>Erste Kenntnisnahme</translation>
    </message>
</context>
<context>
    <name>MailingsPage</name>
    <message>
        <location filename="../ui/mailingspage.ui" line="+9"/>
        <location line="+49"/>
        <source>Mandatory mailings</source>
        <translation>Pflichtmailings</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>&amp;New mailing</source>
        <translation>&amp;Neues Mailing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&lt; &amp;All mailings</source>
        <translation>&lt; A&amp;lle Mailings</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mailing</source>
        <translation>Mailing</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+6"/>
        <source>Notabene</source>
        <translation>Notabene</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Security warning</source>
        <translation>Sicherheitswarnung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conflicts to resolve</source>
        <translation>Zu lösende Konflikte</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>Resolve conflicts</source>
        <translation>Konflikte lösen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send pending changes and fetch the latest state now</source>
        <translation>Ausstehende Änderungen jetzt senden und den aktuellen Stand abrufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the session on the server and forget it on this computer</source>
        <translation>Die Sitzung auf dem Server beenden und von diesem Computer entfernen</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <location filename="../ui/noticeview.ui" line="+9"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a notice to read it.</source>
        <translation>Wählen Sie einen Hinweis aus, um ihn zu lesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Forum / status page:</source>
        <translation>Forum / Statusseite:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Patches (download only through Notabene, never from an e-mail)</source>
        <translation>Patches (nur über Notabene herunterladen, niemals aus einer E-Mail)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline of this notice</source>
        <translation>Verlauf dieses Hinweises</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Acknowledge</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm that you have read this notice; the vendor is told with the next sync</source>
        <translation>Bestätigen Sie, dass Sie diesen Hinweis gelesen haben; der Hersteller erfährt es bei der nächsten Synchronisierung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open support ticket…</source>
        <translation>Support-Ticket öffnen…</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../ui/noticespage.ui" line="+9"/>
        <source>Important notices</source>
        <translation>Wichtige Hinweise</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data may be out of date</source>
        <translation>Daten möglicherweise veraltet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Distribution category</source>
        <translation>Verteilerkategorie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Unread</source>
        <translation>&amp;Ungelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Action required</source>
        <translation>&amp;Handlungsbedarf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not acknowledged, not resolved, and urgent or with an act-by date</source>
        <translation>Nicht zur Kenntnis genommen, nicht behoben und dringend oder mit Frist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search notices</source>
        <translation>Hinweise durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>RecipientsView</name>
    <message>
        <location filename="../ui/recipientsview.ui" line="+29"/>
        <source>Search recipients</source>
        <translation>Empfänger durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search company, customer number or address</source>
        <translation>Nach Firma, Kundennummer oder Adresse suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the (searched) recipient list as a CSV file</source>
        <translation>Die Empfängerliste (gemäß der Suche) als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recipients per company</source>
        <translation>Empfänger je Firma</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Load more</source>
        <translation>Weitere laden</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <location filename="../ui/staffwindow.ui" line="+6"/>
        <source>Notabene – staff</source>
        <translation>Notabene – Mitarbeiter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the mailings from the server again</source>
        <translation>Die Mailings erneut vom Server laden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the session on the server and forget it on this computer</source>
        <translation>Die Sitzung auf dem Server beenden und von diesem Computer entfernen</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../ui/ticketdialog.ui" line="+6"/>
        <source>Open support ticket</source>
        <translation>Support-Ticket öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your question goes to the vendor&apos;s support with the reference to this notice. You get a ticket number.</source>
        <translation>Ihre Frage wird mit Bezug auf diesen Hinweis an den Support des Herstellers gesendet. Sie erhalten eine Ticketnummer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>VerteilerCategoryWidget</name>
    <message>
        <location filename="../ui/verteilercategorywidget.ui" line="+6"/>
        <source>Distribution category</source>
        <translation>Verteilerkategorie</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit addresses</source>
        <translation>Adressen bearbeiten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No address stored: mailings of this category go to the primary contact.</source>
        <translation>Keine Adresse hinterlegt: Mailings dieser Kategorie werden an den Erstkontakt gesendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>name@example.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New address</source>
        <translation>Neue Adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove selected address</source>
        <translation>Ausgewählte Adresse entfernen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save addresses</source>
        <translation>Adressen speichern</translation>
    </message>
</context>
<context>
    <name>VerteilerPage</name>
    <message>
        <location filename="../ui/verteilerpage.ui" line="+6"/>
        <location line="+6"/>
        <source>Distribution lists</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose who receives mandatory mailings of each kind. Use the pencil to add, change or remove addresses.</source>
        <translation>Legen Sie fest, wer welche Art von Pflichtmailings erhält. Über das Bearbeitungssymbol können Sie Adressen hinzufügen, ändern oder entfernen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Distribution categories</source>
        <translation>Verteilerkategorien</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+41"/>
        <source>Notabene: who in your company receives mandatory mailings.</source>
        <translation>Notabene: Wer in Ihrer Firma die Pflichtmailings erhält.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server address (https, or http on loopback).</source>
        <translation>Die Serveradresse (https; http nur bei einer Loopback-Adresse).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account to sign in with.</source>
        <translation>Das Konto, mit dem Sie sich anmelden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the password from standard input and sign in.</source>
        <translation>Das Passwort von der Standardeingabe lesen und anmelden.</translation>
    </message>
</context>
<context>
    <name>nb::Company</name>
    <message>
        <location filename="../core/company.cpp" line="+56"/>
        <source>The customer number is assigned by the vendor and cannot be changed.</source>
        <translation>Die Kundennummer wird vom Hersteller vergeben und kann nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the company name.</source>
        <translation>Geben Sie den Firmennamen ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the e-mail address that receives mandatory mailings (Erstkontakt).</source>
        <translation>Geben Sie die E-Mail-Adresse ein, an die die Pflichtmailings gesendet werden (Erstkontakt).</translation>
    </message>
</context>
<context>
    <name>nb::Contact</name>
    <message>
        <location filename="../core/contact.cpp" line="+90"/>
        <source>The salutation must be one of: mr, ms, diverse or empty.</source>
        <translation>Die Anrede muss einer dieser Werte sein: mr, ms, diverse oder leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the contact&apos;s first name.</source>
        <translation>Geben Sie den Vornamen des Ansprechpartners ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the contact&apos;s last name.</source>
        <translation>Geben Sie den Nachnamen des Ansprechpartners ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the contact&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Ansprechpartners ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a known area of responsibility.</source>
        <translation>„%1“ ist kein bekannter Zuständigkeitsbereich.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language must be de or en.</source>
        <translation>Die Sprache muss de oder en sein.</translation>
    </message>
</context>
<context>
    <name>nb::Distribution</name>
    <message>
        <location filename="../core/distribution.cpp" line="+46"/>
        <source>%1 is already in this list.</source>
        <translation>%1 ist bereits in diesem Verteiler hinterlegt.</translation>
    </message>
</context>
<context>
    <name>nb::Dsse</name>
    <message>
        <location filename="../core/dsse.cpp" line="+18"/>
        <source>The signed message is malformed.</source>
        <translation>Die signierte Nachricht ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Invalid signature: the content has been altered.</source>
        <translation>Ungültige Signatur: Der Inhalt wurde verändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not verified: no signature from a trusted key.</source>
        <translation>Nicht verifiziert: Es fehlt eine Signatur eines vertrauenswürdigen Schlüssels.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not verified: too few trusted keys have signed.</source>
        <translation>Nicht verifiziert: Zu wenige vertrauenswürdige Schlüssel haben signiert.</translation>
    </message>
    <message>
        <location filename="../core/keylist.cpp" line="+18"/>
        <source>The key list is malformed.</source>
        <translation>Die Schlüsselliste ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>This is not a signed key list.</source>
        <translation>Dies ist keine signierte Schlüsselliste.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The key list has expired: its data is out of date.</source>
        <translation>Die Schlüsselliste ist abgelaufen: Ihre Daten sind veraltet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key list is older than the one already known (rollback).</source>
        <translation>Die Schlüsselliste ist älter als die bereits bekannte (Rollback).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key list skips a version.</source>
        <translation>Die Schlüsselliste überspringt eine Version.</translation>
    </message>
</context>
<context>
    <name>nb::EmailAddress</name>
    <message>
        <location filename="../core/emailaddress.cpp" line="+121"/>
        <source>The part before the @ may only contain ASCII letters (a-z, without umlauts or accents), digits and characters such as . _ - +; %1 at position %2 is not allowed.</source>
        <translation>Der Teil vor dem @ darf nur Buchstaben von a bis z (ohne Umlaute oder Akzente), Ziffern und Zeichen wie . _ - + enthalten; %1 an Position %2 ist nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+11"/>
        <source>Quotation marks must enclose the entire part before the @.</source>
        <translation>Anführungszeichen müssen den gesamten Teil vor dem @ umschließen.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The quotation marks before the @ must not be empty.</source>
        <translation>Die Anführungszeichen vor dem @ dürfen nicht leer sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The character %1 at position %2 is not allowed in the part before the @.</source>
        <translation>Das Zeichen %1 an Position %2 ist im Teil vor dem @ nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The part before the @ must not start with a dot.</source>
        <translation>Der Teil vor dem @ darf nicht mit einem Punkt beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part before the @ must not end with a dot.</source>
        <translation>Der Teil vor dem @ darf nicht mit einem Punkt enden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part before the @ must not contain two dots in a row.</source>
        <translation>Der Teil vor dem @ darf keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The part before the @ is too long (%1 characters, at most 64 are allowed).</source>
        <translation>Der Teil vor dem @ ist zu lang (%1 Zeichen, höchstens 64 sind erlaubt).</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Addresses with an IP address in square brackets are not accepted. Please enter a domain name, for example name@firma.de.</source>
        <translation>Adressen mit einer IP-Adresse in eckigen Klammern werden nicht akzeptiert. Bitte geben Sie einen Domainnamen ein, zum Beispiel name@firma.de.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The character %1 at position %2 is not allowed in the domain after the @. A domain may only contain letters, digits, hyphens and dots.</source>
        <translation>Das Zeichen %1 an Position %2 ist in der Domain nach dem @ nicht erlaubt. Eine Domain darf nur Buchstaben, Ziffern, Bindestriche und Punkte enthalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The domain after the @ must not start with a dot.</source>
        <translation>Die Domain nach dem @ darf nicht mit einem Punkt beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The domain after the @ must not end with a dot.</source>
        <translation>Die Domain nach dem @ darf nicht mit einem Punkt enden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain after the @ must not contain two dots in a row.</source>
        <translation>Die Domain nach dem @ darf keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The domain after the @ is incomplete; it needs at least one dot, for example firma.de.</source>
        <translation>Die Domain nach dem @ ist unvollständig; sie braucht mindestens einen Punkt, zum Beispiel firma.de.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An IP address is not accepted after the @. Please enter a domain name, for example name@firma.de.</source>
        <translation>Nach dem @ wird keine IP-Adresse akzeptiert. Bitte geben Sie einen Domainnamen ein, zum Beispiel name@firma.de.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The part &quot;%1&quot; of the domain must not start with a hyphen.</source>
        <translation>Der Domainteil „%1“ darf nicht mit einem Bindestrich beginnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part &quot;%1&quot; of the domain must not end with a hyphen.</source>
        <translation>Der Domainteil „%1“ darf nicht mit einem Bindestrich enden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The part &quot;%1&quot; of the domain is not a valid internationalised domain name.</source>
        <translation>Der Domainteil „%1“ ist kein gültiger internationalisierter Domainname.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The part &quot;%1&quot; of the domain is too long (%2 characters, at most 63 are allowed).</source>
        <translation>Der Domainteil „%1“ ist zu lang (%2 Zeichen, höchstens 63 sind erlaubt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The part &quot;%1&quot; of the domain is too long: its encoded (punycode) form has %2 characters, at most 63 are allowed.</source>
        <translation>Der Domainteil „%1“ ist zu lang: Seine kodierte Form (Punycode) hat %2 Zeichen, höchstens 63 sind erlaubt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The domain must end with a name such as .de or .com, not with digits.</source>
        <translation>Die Domain muss auf einen Namen wie .de oder .com enden, nicht auf Ziffern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The domain after the @ is too long (%1 characters, at most 253 are allowed).</source>
        <translation>Die Domain nach dem @ ist zu lang (%1 Zeichen, höchstens 253 sind erlaubt).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The e-mail address contains a control character.</source>
        <translation>Die E-Mail-Adresse enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please enter an e-mail address.</source>
        <translation>Bitte geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The e-mail address contains %1 at position %2, which looks like an @ but is a different character. Please type a normal @.</source>
        <translation>Die E-Mail-Adresse enthält an Position %2 das Zeichen %1, das wie ein @ aussieht, aber ein anderes Zeichen ist. Bitte geben Sie ein normales @ ein.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The quotation mark at the beginning of the e-mail address is not closed.</source>
        <translation>Das Anführungszeichen am Anfang der E-Mail-Adresse ist nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter a single address without a name or angle brackets (&lt; &gt;), for example name@firma.de.</source>
        <translation>Geben Sie eine einzelne Adresse ohne Namen und ohne spitze Klammern (&lt; &gt;) ein, zum Beispiel name@firma.de.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter only one e-mail address. Several addresses cannot be entered here.</source>
        <translation>Geben Sie nur eine E-Mail-Adresse ein. Mehrere Adressen können hier nicht eingegeben werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The e-mail address must not contain commas or semicolons.</source>
        <translation>Die E-Mail-Adresse darf keine Kommas oder Semikolons enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address must not contain spaces.</source>
        <translation>Die E-Mail-Adresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address needs an @ followed by a domain, for example name@firma.de.</source>
        <translation>Die E-Mail-Adresse braucht ein @ und danach eine Domain, zum Beispiel name@firma.de.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The e-mail address must contain only one @.</source>
        <translation>Die E-Mail-Adresse darf nur ein @ enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The part before the @ is missing, for example name@firma.de.</source>
        <translation>Der Teil vor dem @ fehlt (Beispiel: name@firma.de).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The domain after the @ is missing, for example name@firma.de.</source>
        <translation>Die Domain nach dem @ fehlt (Beispiel: name@firma.de).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The e-mail address is too long (%1 characters, at most 254 are allowed).</source>
        <translation>Die E-Mail-Adresse ist zu lang (%1 Zeichen, höchstens 254 sind erlaubt).</translation>
    </message>
</context>
<context>
    <name>nb::JsonReader</name>
    <message>
        <location filename="../core/jsonreader.cpp" line="+17"/>
        <source>The field &quot;%1&quot; is not known here.</source>
        <translation>Das Feld „%1“ ist hier nicht bekannt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+37"/>
        <location line="+21"/>
        <source>The field &quot;%1&quot; is required.</source>
        <translation>Das Feld „%1“ ist erforderlich.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The field &quot;%1&quot; must be a text.</source>
        <translation>Das Feld „%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The field &quot;%1&quot; may hold at most %2 characters.</source>
        <translation>Das Feld „%1“ darf höchstens %2 Zeichen enthalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The field &quot;%1&quot; contains a control character.</source>
        <translation>Das Feld „%1“ enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The field &quot;%1&quot; must be true or false.</source>
        <translation>Das Feld „%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+18"/>
        <source>The field &quot;%1&quot; must be a list of texts.</source>
        <translation>Das Feld „%1“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The field &quot;%1&quot; may hold at most %2 entries.</source>
        <translation>Das Feld „%1“ darf höchstens %2 Einträge enthalten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An entry of &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Ein Eintrag in „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>Der Inhalt der Anfrage ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The request body must be a JSON object.</source>
        <translation>Der Inhalt der Anfrage muss ein JSON-Objekt sein.</translation>
    </message>
</context>
<context>
    <name>nb::MailingDraft</name>
    <message>
        <location filename="../core/mailingdraft.cpp" line="+36"/>
        <source>The draft field &quot;%1&quot; has the wrong type.</source>
        <translation>Das Entwurfsfeld „%1“ hat den falschen Typ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The draft field &quot;%1&quot; has an invalid value.</source>
        <translation>Das Entwurfsfeld „%1“ hat einen ungültigen Wert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The draft field &quot;%1&quot; is not known.</source>
        <translation>Das Entwurfsfeld „%1“ ist nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>nb::Notice</name>
    <message>
        <location filename="../core/notice.cpp" line="+92"/>
        <source>The notice is malformed.</source>
        <translation>Der Hinweis ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>A patch needs a plain file name (no folders, no leading dot, at most 128 characters).</source>
        <translation>Ein Patch braucht einen einfachen Dateinamen (ohne Ordner, ohne Punkt am Anfang, höchstens 128 Zeichen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Two patches of a notice have the same name.</source>
        <translation>Zwei Patches eines Hinweises haben denselben Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A patch must have a size of at least one byte.</source>
        <translation>Ein Patch muss mindestens ein Byte groß sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A patch needs its SHA-256 checksum (32 bytes).</source>
        <translation>Ein Patch braucht seine SHA-256-Prüfsumme (32 Byte).</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>A notice id consists of 1 to 64 letters, digits and hyphens.</source>
        <translation>Eine Hinweis-ID besteht aus 1 bis 64 Buchstaben, Ziffern und Bindestrichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The feed sequence number must be at least 1.</source>
        <translation>Die Laufnummer im Feed muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A notice names at least one product.</source>
        <translation>Ein Hinweis nennt mindestens ein Produkt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product codes consist of 1 to 32 lower-case letters, digits and hyphens, each named once.</source>
        <translation>Produktcodes bestehen aus 1 bis 32 Kleinbuchstaben, Ziffern und Bindestrichen; jeder Code darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The category is not a Verteiler category.</source>
        <translation>Die Kategorie ist keine Verteilerkategorie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The subject is one line of 1 to 200 characters.</source>
        <translation>Der Betreff besteht aus einer Zeile mit 1 bis 200 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notice needs a text.</source>
        <translation>Der Hinweis braucht einen Text.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text must not contain HTML; use Markdown.</source>
        <translation>Der Text darf kein HTML enthalten; verwenden Sie Markdown.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The forum or status link must be an https address.</source>
        <translation>Der Link zum Forum oder zur Statusseite muss eine https-Adresse sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A notice follows up another notice, not itself.</source>
        <translation>Ein Folgehinweis bezieht sich auf einen anderen Hinweis, nicht auf sich selbst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The notice needs its time of issue.</source>
        <translation>Der Hinweis braucht seinen Veröffentlichungszeitpunkt.</translation>
    </message>
</context>
<context>
    <name>nb::NoticeVerification</name>
    <message>
        <location filename="../core/noticeverification.cpp" line="+55"/>
        <source>The signed notice is damaged and cannot be read.</source>
        <translation>Der signierte Hinweis ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signed content is not a notice.</source>
        <translation>Der signierte Inhalt ist kein Hinweis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No key list yet: the signature cannot be checked.</source>
        <translation>Noch keine Schlüsselliste vorhanden: Die Signatur kann nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The signature does not match the content: the notice was altered.</source>
        <translation>Die Signatur passt nicht zum Inhalt: Der Hinweis wurde verändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The notice is not signed by a known key.</source>
        <translation>Der Hinweis ist nicht mit einem bekannten Schlüssel signiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signed content is not a readable notice.</source>
        <translation>Der signierte Inhalt ist kein lesbarer Hinweis.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The key list expired on %1: the data may be out of date.</source>
        <translation>Die Schlüsselliste ist am %1 abgelaufen: Die Daten sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed by key %1.</source>
        <translation>Signiert mit Schlüssel %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signing key %1 has expired or was withdrawn.</source>
        <translation>Der Signaturschlüssel %1 ist abgelaufen oder wurde zurückgezogen.</translation>
    </message>
</context>
<context>
    <name>nb::cli::Account</name>
    <message>
        <location filename="../app/cli/account.cpp" line="+30"/>
        <source>Name the account with --email.</source>
        <translation>Geben Sie das Konto mit --email an.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+17"/>
        <source>The data folder %1 cannot be created.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>nb::cli::CliApp</name>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="+44"/>
        <source>notabene-cli --help lists the verbs and options.</source>
        <translation>notabene-cli --help zeigt die Befehle und Optionen an.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The vendor&apos;s sender address is not in the local data yet (run sync): the sender is not compared.</source>
        <translation>Die Absenderadresse des Herstellers ist noch nicht in den lokalen Daten enthalten (führen Sie sync aus): Der Absender wird nicht verglichen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not signed in: sign in with --password-stdin.</source>
        <translation>Nicht angemeldet: Melden Sie sich mit --password-stdin an.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
</context>
<context>
    <name>nb::cli::CliArguments</name>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="+35"/>
        <source>The Notabene client without windows. It works on the same local data as the desktop app: edits are stored offline and sent to the server by the verb sync.</source>
        <translation>Der Notabene-Client ohne Fenster. Er arbeitet mit denselben lokalen Daten wie die Desktop-App: Änderungen werden offline gespeichert und mit dem Befehl sync an den Server gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the version.</source>
        <translation>Zeigt die Version an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server address (https, or http on loopback). Default: the one the desktop app used last.</source>
        <translation>Die Serveradresse (https, oder http auf Loopback). Standard: die zuletzt von der Desktop-App verwendete.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The account. Default: the one the desktop app used last.</source>
        <translation>Das Konto. Standard: das zuletzt von der Desktop-App verwendete.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of the local data. Default: the desktop app&apos;s per-user data folder.</source>
        <translation>Der Ordner der lokalen Daten. Standard: der benutzereigene Datenordner der Desktop-App.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signs in with the password read from standard input (one line). Otherwise the session is restored from the keychain.</source>
        <translation>Meldet sich mit dem von der Standardeingabe gelesenen Passwort an (eine Zeile). Andernfalls wird die Sitzung aus dem Schlüsselbund wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verifies notices from these root keys (the file of notabene-server keys export-roots) instead of the ones built in: for a test deployment.</source>
        <translation>Prüft Hinweise mit diesen Wurzelschlüsseln (der Datei von notabene-server keys export-roots) statt mit den eingebauten: für eine Testumgebung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to do: see Verbs below.</source>
        <translation>Was zu tun ist: siehe „Befehle“ weiter unten.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name a verb, for example status or sync.</source>
        <translation>Geben Sie einen Befehl an, zum Beispiel status oder sync.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown verb or wrong arguments: %1</source>
        <translation>Unbekannter Befehl oder falsche Argumente: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>verify: unknown option %1</source>
        <translation>verify: unbekannte Option %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>verify: name at least one .eml file.</source>
        <translation>verify: Geben Sie mindestens eine .eml-Datei an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verbs:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows the pending changes, the last sync and open conflicts (offline).</source>
        <translation>Zeigt die ausstehenden Änderungen, die letzte Synchronisierung und offene Konflikte an (offline).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signs in or restores the session, sends the pending changes and loads the server&apos;s state and the notices: one run.</source>
        <translation>Meldet sich an oder stellt die Sitzung wieder her, sendet die ausstehenden Änderungen und lädt den Stand des Servers und die Hinweise: ein Durchlauf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists the received notices, newest first: sequence, id, verification, act-by date, subject (offline; each notice is verified again).</source>
        <translation>Listet die empfangenen Hinweise auf, die neuesten zuerst: Laufnummer, ID, Verifizierung, Frist, Betreff (offline; jeder Hinweis wird erneut geprüft).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows one notice as it was signed, with the verification and the signing key (offline). Exit 1 when its signature does not hold.</source>
        <translation>Zeigt einen Hinweis so an, wie er signiert wurde, mit Verifizierung und Signaturschlüssel (offline). Exit-Code 1, wenn seine Signatur ungültig ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks received e-mails (.eml) offline: is each one really from the vendor? One line per file: verdict (genuine, unsigned, altered, unsigned-parts, unknown-key), notice id, key id, file; the changes and warnings below. --json: a JSON array. Exit 0 when every file is genuine, 1 when any is not, 2 when a file cannot be read or parsed.</source>
        <translation>Prüft empfangene E-Mails (.eml) offline: Stammt jede wirklich vom Hersteller? Eine Zeile pro Datei: Ergebnis (genuine, unsigned, altered, unsigned-parts, unknown-key), Hinweis-ID, Schlüssel-ID, Datei; darunter die Änderungen und Warnungen. --json: ein JSON-Array. Exit-Code 0, wenn jede Datei echt ist, 1, wenn eine nicht echt ist, 2, wenn eine Datei nicht gelesen oder ausgewertet werden kann.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes one field of the Firmenprofil offline. FIELD: name, street, postcode, city, country, phone, website, vatId, primaryContactEmail.</source>
        <translation>Ändert ein Feld des Firmenprofils offline. FIELD: name, street, postcode, city, country, phone, website, vatId, primaryContactEmail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adds an Ansprechpartner offline. Its options:</source>
        <translation>Legt offline einen Ansprechpartner an. Die Optionen dazu:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ends the session on the server and removes it from the keychain.</source>
        <translation>Beendet die Sitzung auf dem Server und entfernt sie aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0  done</source>
        <translation>0  erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1  the local data or the keychain failed, or the data was never loaded (run sync)</source>
        <translation>1  die lokalen Daten oder der Schlüsselbund haben versagt, oder die Daten wurden nie geladen (führen Sie sync aus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2  wrong arguments, or a value the rules refuse (the field and why are printed)</source>
        <translation>2  falsche Argumente oder ein Wert, den die Regeln ablehnen (Feld und Grund werden ausgegeben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3  sync: the server could not be reached or the run failed; changes stay queued</source>
        <translation>3  sync: der Server war nicht erreichbar oder der Durchlauf ist fehlgeschlagen; Änderungen bleiben vorgemerkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4  not signed in, or the session has ended: sign in with --password-stdin</source>
        <translation>4  nicht angemeldet oder die Sitzung ist beendet: Melden Sie sich mit --password-stdin an</translation>
    </message>
</context>
<context>
    <name>nb::cli::CompanySetVerb</name>
    <message>
        <location filename="../app/cli/companysetverb.cpp" line="+37"/>
        <source>Not a field of the Firmenprofil; one of: %1.</source>
        <translation>Kein Feld des Firmenprofils; zulässig ist eines von: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Firmenprofil has not been loaded yet: run sync once, then change it.</source>
        <translation>Das Firmenprofil wurde noch nicht geladen: Führen Sie einmal sync aus und ändern Sie es dann.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved; it is sent to the server with the next sync.</source>
        <translation>Gespeichert; es wird mit der nächsten Synchronisierung an den Server gesendet.</translation>
    </message>
</context>
<context>
    <name>nb::cli::ContactAddVerb</name>
    <message>
        <location filename="../app/cli/contactaddverb.cpp" line="+21"/>
        <source>Added %1 %2; sent to the server with the next sync.</source>
        <translation>%1 %2 angelegt; wird mit der nächsten Synchronisierung an den Server gesendet.</translation>
    </message>
</context>
<context>
    <name>nb::cli::ContactArguments</name>
    <message>
        <location filename="../app/cli/contactarguments.cpp" line="+28"/>
        <source>The first name (required).</source>
        <translation>Der Vorname (erforderlich).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last name (required).</source>
        <translation>Der Nachname (erforderlich).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact&apos;s e-mail address (required).</source>
        <translation>Die E-Mail-Adresse des Ansprechpartners (erforderlich).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mr, ms or diverse.</source>
        <translation>mr, ms oder diverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title, e.g. Dr.</source>
        <translation>Der Titel, z. B. Dr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The position in the company.</source>
        <translation>Die Position im Unternehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number.</source>
        <translation>Die Telefonnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mobile number.</source>
        <translation>Die Mobilnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An area of responsibility, repeatable: purchasing-and-billing, marketing-and-sales, operations-and-maintenance, it-and-technology, data-protection.</source>
        <translation>Ein Zuständigkeitsbereich, wiederholbar: purchasing-and-billing, marketing-and-sales, operations-and-maintenance, it-and-technology, data-protection.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>de or en (default: de).</source>
        <translation>de oder en (Standard: de).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receives critical information.</source>
        <translation>Erhält kritische Informationen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is an emergency contact.</source>
        <translation>Ist Notfallkontakt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the data protection officer.</source>
        <translation>Ist Datenschutzbeauftragte(r).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>contact add takes options only, not: %1</source>
        <translation>contact add akzeptiert nur Optionen, nicht: %1</translation>
    </message>
</context>
<context>
    <name>nb::cli::NoticesVerb</name>
    <message>
        <location filename="../app/cli/noticesverb.cpp" line="+34"/>
        <source>Verified (key %1)</source>
        <translation>Verifiziert (Schlüssel %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid signature – the content was altered</source>
        <translation>Ungültige Signatur – Inhalt wurde verändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key expired or data out of date (key %1)</source>
        <translation>Schlüssel abgelaufen oder Daten veraltet (Schlüssel %1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No notices yet: run sync to receive them.</source>
        <translation>Noch keine Hinweise: Führen Sie sync aus, um sie zu empfangen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The notice %1 is not in the local data (run sync).</source>
        <translation>Der Hinweis %1 ist nicht in den lokalen Daten enthalten (führen Sie sync aus).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> (%n day(s) left)</source>
        <translation>
            <numerusform> (noch %n Tag)</numerusform>
            <numerusform> (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> (%n day(s) overdue)</source>
        <translation>
            <numerusform> (seit %n Tag überfällig)</numerusform>
            <numerusform> (seit %n Tagen überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act by</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up of</source>
        <translation>Folgehinweis zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (not sent yet)</source>
        <translation> (noch nicht gesendet)</translation>
    </message>
</context>
<context>
    <name>nb::cli::StatusVerb</name>
    <message>
        <location filename="../app/cli/statusverb.cpp" line="+29"/>
        <source>Account: %1 on %2</source>
        <translation>Konto: %1 auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending changes: %1</source>
        <translation>Ausstehende Änderungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts: %1</source>
        <translation>Konflikte: %1</translation>
    </message>
</context>
<context>
    <name>nb::cli::SyncVerb</name>
    <message>
        <location filename="../app/cli/syncverb.cpp" line="+32"/>
        <source>Security problem: %1</source>
        <translation>Sicherheitsproblem: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n new notice(s).</source>
        <translation>
            <numerusform>%n neuer Hinweis.</numerusform>
            <numerusform>%n neue Hinweise.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent %1 of %2 changes.</source>
        <translation>%1 von %2 Änderungen gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused a change: %1</source>
        <translation>Der Server hat eine Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing.</source>
        <translation>Synchronisiere.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n conflict(s): resolve them in the Notabene app.</source>
        <translation>
            <numerusform>%n Konflikt: Lösen Sie ihn in der Notabene-App.</numerusform>
            <numerusform>%n Konflikte: Lösen Sie sie in der Notabene-App.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync finished.</source>
        <translation>Synchronisierung abgeschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The session has ended: sign in again with --password-stdin. The changes stay queued.</source>
        <translation>Die Sitzung ist beendet: Melden Sie sich erneut mit --password-stdin an. Die Änderungen bleiben vorgemerkt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server could not be reached. The changes stay queued for the next sync.</source>
        <translation>Der Server war nicht erreichbar. Die Änderungen bleiben für die nächste Synchronisierung vorgemerkt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sync failed: the local data could not be read or written. The changes stay queued.</source>
        <translation>Die Synchronisierung ist fehlgeschlagen: Die lokalen Daten konnten nicht gelesen oder geschrieben werden. Die Änderungen bleiben vorgemerkt.</translation>
    </message>
</context>
<context>
    <name>nb::cli::VerifyVerb</name>
    <message>
        <location filename="../app/cli/verifyverb.cpp" line="+77"/>
        <source>(forwarded message %1)</source>
        <translation>(weitergeleitete Nachricht %1)</translation>
    </message>
</context>
<context>
    <name>nb::client::MailChecker</name>
    <message>
        <location filename="../client/mailchecker.cpp" line="+75"/>
        <source>The notice %1 in the local data matches this mail.</source>
        <translation>Der Hinweis %1 in den lokalen Daten stimmt mit dieser E-Mail überein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notice %1 in the local data has a different subject than this mail.</source>
        <translation>Der Hinweis %1 in den lokalen Daten hat einen anderen Betreff als diese E-Mail.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is too large for an e-mail.</source>
        <translation>Die Datei ist zu groß für eine E-Mail.</translation>
    </message>
</context>
<context>
    <name>nb::client::NetworkTransport</name>
    <message>
        <location filename="../client/networktransport.cpp" line="+67"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The server sent an answer that cannot be read. Nothing was lost; try again later.</source>
        <translation>Die Antwort des Servers kann nicht gelesen werden. Es ist nichts verloren gegangen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server answered with error %1.</source>
        <translation>Der Server hat mit dem Fehler %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>nb::client::NoticeStore</name>
    <message>
        <location filename="../client/noticestore.cpp" line="+44"/>
        <source>The server sent a notice that cannot be read (%1). Nothing of this page was stored.</source>
        <translation>Der Server hat einen Hinweis gesendet, der nicht gelesen werden kann (%1). Von dieser Seite wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server sent notice number %1, but notices up to number %2 were received before: an old or replayed feed. Nothing of it was stored.</source>
        <translation>Der Server hat Hinweis Nummer %1 gesendet, aber Hinweise bis Nummer %2 wurden bereits empfangen: ein alter oder wiedereingespielter Feed. Davon wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The notice %1 is not in the local data.</source>
        <translation>Der Hinweis %1 ist nicht in den lokalen Daten enthalten.</translation>
    </message>
    <message>
        <location filename="../client/noticestorekeys.cpp" line="+66"/>
        <source>The server offered key list version %1, but version %2 was received before: an old key list is being replayed. The known keys stay in use.</source>
        <translation>Der Server hat Version %1 der Schlüsselliste angeboten, aber Version %2 wurde bereits empfangen: Eine alte Schlüsselliste wird wiedereingespielt. Die bekannten Schlüssel bleiben in Gebrauch.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sent no key list.</source>
        <translation>Der Server hat keine Schlüsselliste gesendet.</translation>
    </message>
</context>
<context>
    <name>nb::client::OfflineStore</name>
    <message>
        <location filename="../client/offlinestore.cpp" line="+49"/>
        <source>This entry does not exist (any more).</source>
        <translation>Dieser Eintrag existiert nicht (mehr).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data has not been loaded from the server yet. Connect once, then edit it.</source>
        <translation>Die Daten wurden noch nicht vom Server geladen. Stellen Sie einmal eine Verbindung her und bearbeiten Sie die Daten dann.</translation>
    </message>
    <message>
        <location line="+357"/>
        <source>&quot;%1&quot; is not a Verteiler category.</source>
        <translation>„%1“ ist keine Verteilerkategorie.</translation>
    </message>
</context>
<context>
    <name>nb::client::PatchDownloader</name>
    <message>
        <location filename="../client/patchdownload.cpp" line="+19"/>
        <source>The download of %1 has %2 bytes, but the signed notice names %3 bytes. The file was discarded; do not use a copy from elsewhere.</source>
        <translation>Der Download von %1 hat %2 Byte, der signierte Hinweis nennt aber %3 Byte. Die Datei wurde verworfen; verwenden Sie keine Kopie aus einer anderen Quelle.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The download of %1 does not have the SHA-256 checksum the signed notice names: it was altered on the way. The file was discarded; do not use a copy from elsewhere.</source>
        <translation>Der Download von %1 hat nicht die SHA-256-Prüfsumme, die der signierte Hinweis nennt: Er wurde unterwegs verändert. Die Datei wurde verworfen; verwenden Sie keine Kopie aus einer anderen Quelle.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no free file name in %1.</source>
        <translation>In %1 ist kein freier Dateiname verfügbar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The notice names the patch &quot;%1&quot; in a way that cannot be downloaded safely.</source>
        <translation>Der Hinweis nennt den Patch „%1“ so, dass er nicht sicher heruntergeladen werden kann.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The server has no patch %1 for this notice.</source>
        <translation>Der Server hat keinen Patch %1 zu diesem Hinweis.</translation>
    </message>
</context>
<context>
    <name>nb::client::SecretStore</name>
    <message>
        <location filename="../client/secretstore.cpp" line="+13"/>
        <source>No secret is stored for this account.</source>
        <translation>Für dieses Konto sind keine Zugangsdaten gespeichert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keychain is available: %1</source>
        <translation>Es ist kein Schlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>nb::client::ServerEndpoint</name>
    <message>
        <location filename="../client/serverendpoint.cpp" line="+24"/>
        <source>Enter the server address.</source>
        <translation>Geben Sie die Serveradresse ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the server address as https://host or https://host:port.</source>
        <translation>Geben Sie die Serveradresse als https://host oder https://host:port ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server address must not contain a user name, query or fragment.</source>
        <translation>Die Serveradresse darf weder einen Benutzernamen noch eine Abfrage (Query) oder ein Fragment enthalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to %1 must use https: passwords and the session would otherwise travel unencrypted.</source>
        <translation>Die Verbindung zu %1 muss https verwenden, da Passwörter und die Sitzung sonst unverschlüsselt übertragen würden.</translation>
    </message>
</context>
<context>
    <name>nb::client::Session</name>
    <message>
        <location filename="../client/session.cpp" line="+40"/>
        <source>The server sent an answer that cannot be read. Try again later.</source>
        <translation>Die Antwort des Servers kann nicht gelesen werden. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server answered with error %1.</source>
        <translation>Der Server hat mit dem Fehler %1 geantwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The e-mail address or the password is not correct.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist nicht korrekt.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session is no longer valid. Please sign in again.</source>
        <translation>Die Sitzung ist nicht mehr gültig. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No keychain is available: you stay signed in only until Notabene is closed.</source>
        <translation>Es ist kein Schlüsselbund verfügbar: Sie bleiben nur angemeldet, bis Sie Notabene schließen.</translation>
    </message>
</context>
<context>
    <name>nb::client::SpamCheck</name>
    <message>
        <location filename="../client/spamcheck.cpp" line="+15"/>
        <source>SpamAssassin could not check the mail: %1</source>
        <translation>SpamAssassin konnte die E-Mail nicht prüfen: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no temporary file</source>
        <translation>keine temporäre Datei verfügbar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SpamAssassin is not installed (Debian package &quot;spamassassin&quot;), so no spam score can be shown.</source>
        <translation>SpamAssassin ist nicht installiert (Debian-Paket „spamassassin“), daher kann keine Spam-Bewertung angezeigt werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it stopped or took too long</source>
        <translation>der Prozess wurde abgebrochen oder hat zu lange gedauert</translation>
    </message>
</context>
<context>
    <name>nb::client::StaffService</name>
    <message>
        <location filename="../client/staffservice.cpp" line="+25"/>
        <source>The server sent an answer that cannot be read.</source>
        <translation>Der Server hat eine Antwort gesendet, die nicht gelesen werden kann.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Someone else changed this mailing in the meantime. Reload it to see their changes; your text stays in the editor.</source>
        <translation>Jemand anderes hat dieses Mailing inzwischen geändert. Laden Sie es neu, um die Änderungen zu sehen; Ihr Text bleibt im Editor erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You wrote or edited this mailing, so a second staff member has to approve it (four-eyes principle).</source>
        <translation>Sie haben dieses Mailing verfasst oder bearbeitet, daher muss ein zweiter Mitarbeiter es freigeben (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the request (error %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (Fehler %1).</translation>
    </message>
</context>
<context>
    <name>nb::client::StoreDatabase</name>
    <message>
        <location filename="../client/storedatabase.cpp" line="+16"/>
        <source>The local data could not be read or written: %1</source>
        <translation>Die lokalen Daten konnten nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The Qt Sql driver QSQLITE is not installed (Debian: libqt6sql6-sqlite).</source>
        <translation>Der Qt-SQL-Treiber QSQLITE ist nicht installiert (Debian-Paket: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The local data was written by a newer version of Notabene. Update the application.</source>
        <translation>Die lokalen Daten wurden von einer neueren Version von Notabene geschrieben. Bitte aktualisieren Sie die Anwendung.</translation>
    </message>
</context>
<context>
    <name>nb::client::SyncEngine</name>
    <message>
        <location filename="../client/syncengine.cpp" line="+16"/>
        <source>The server sent an answer that cannot be read. Nothing was lost; try again later.</source>
        <translation>Die Antwort des Servers kann nicht gelesen werden. Es ist nichts verloren gegangen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../client/syncenginenotices.cpp" line="+37"/>
        <source>The server says its newest notice is number %1, but notices up to number %2 were received before: an old or replayed feed. The notices received before stay.</source>
        <translation>Der Server meldet als neuesten Hinweis Nummer %1, aber Hinweise bis Nummer %2 wurden bereits empfangen: ein alter oder wiedereingespielter Feed. Die bereits empfangenen Hinweise bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>The server sent a key list that cannot be read.</source>
        <translation>Der Server hat eine Schlüsselliste gesendet, die nicht gelesen werden kann.</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>%n notice(s) from the server do not carry a valid signature: they are marked as altered. Do not follow their instructions; contact the vendor.</source>
        <translation>
            <numerusform>%n Hinweis vom Server trägt keine gültige Signatur: Er ist als verändert markiert. Folgen Sie seinen Anweisungen nicht, sondern wenden Sie sich an den Hersteller.</numerusform>
            <numerusform>%n Hinweise vom Server tragen keine gültige Signatur: Sie sind als verändert markiert. Folgen Sie ihren Anweisungen nicht, sondern wenden Sie sich an den Hersteller.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::client::TicketService</name>
    <message>
        <location filename="../client/tickets.cpp" line="+16"/>
        <source>The server sent an answer that cannot be read. Try again: the ticket is created at most once.</source>
        <translation>Die Antwort des Servers kann nicht gelesen werden. Versuchen Sie es erneut: Das Ticket wird höchstens einmal angelegt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The notice is not known to the server for this account; no ticket was created.</source>
        <translation>Der Hinweis ist dem Server für dieses Konto nicht bekannt; es wurde kein Ticket angelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ticket could not be created (error %1).</source>
        <translation>Das Ticket konnte nicht angelegt werden (Fehler %1).</translation>
    </message>
</context>
<context>
    <name>nb::client::TrustedRoots</name>
    <message>
        <location filename="../client/trustedroots.cpp" line="+16"/>
        <source>The trusted root keys cannot be read: %1</source>
        <translation>Die vertrauenswürdigen Wurzelschlüssel können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a JSON object.</source>
        <translation>Die Datei ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exactly one array &quot;rootKeys&quot; expected.</source>
        <translation>Erwartet wird genau ein Array „rootKeys“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>each key needs exactly &quot;keyid&quot; and &quot;publicKey&quot;.</source>
        <translation>Jeder Schlüssel braucht genau „keyid“ und „publicKey“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a public key is not 32 bytes of canonical base64.</source>
        <translation>Ein öffentlicher Schlüssel besteht nicht aus 32 Byte in kanonischem Base64.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the key id %1 does not match its key.</source>
        <translation>Die Schlüssel-ID %1 passt nicht zu ihrem Schlüssel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key %1 is listed twice.</source>
        <translation>Der Schlüssel %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the built-in file is missing.</source>
        <translation>Die eingebaute Datei fehlt.</translation>
    </message>
</context>
<context>
    <name>nb::crypto</name>
    <message>
        <location filename="../core/crypto.cpp" line="+25"/>
        <source>Not enough memory to protect the password.</source>
        <translation>Nicht genügend Arbeitsspeicher, um das Passwort zu schützen.</translation>
    </message>
</context>
<context>
    <name>nb::lint::Mailing</name>
    <message>
        <location filename="../core/mailinglint.cpp" line="+288"/>
        <source>The subject is empty. Summarise the mailing in one short sentence that says what happens and by when, e.g. &quot;DRINGEND: Update des Fiskal-Connectors bis 01.08.2026&quot;.</source>
        <translation>Der Betreff ist leer. Fassen Sie das Mailing in einem kurzen Satz zusammen, der sagt, was geschieht und bis wann, z. B. „DRINGEND: Update des Fiskal-Connectors bis 01.08.2026“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The subject has %1 characters; an inbox shows about %2. Shorten it to at most %2 characters and move the details into the text.</source>
        <translation>Der Betreff hat %1 Zeichen; ein Posteingang zeigt etwa %2 an. Kürzen Sie ihn auf höchstens %2 Zeichen und verschieben Sie die Details in den Text.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The subject consists of more than one sentence. Keep one short sentence that says what happens and by when; everything else belongs in the text.</source>
        <translation>Der Betreff besteht aus mehr als einem Satz. Beschränken Sie ihn auf einen kurzen Satz, der sagt, was geschieht und bis wann; alles Weitere gehört in den Text.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The act-by date %1 is at most 14 days away, so the subject must start with &quot;DRINGEND:&quot;. Add the prefix so that recipients see the urgency in their inbox.</source>
        <translation>Das Datum „Handeln bis“ (%1) liegt höchstens 14 Tage in der Zukunft, daher muss der Betreff mit „DRINGEND:“ beginnen. Ergänzen Sie das Präfix, damit die Empfänger die Dringlichkeit schon im Posteingang sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The subject starts with &quot;DRINGEND:&quot;, but there is no act-by date within the next 14 days. Set the act-by date, or remove &quot;DRINGEND:&quot; so that it keeps its weight for real deadlines.</source>
        <translation>Der Betreff beginnt mit „DRINGEND:“, aber es gibt kein Datum „Handeln bis“ innerhalb der nächsten 14 Tage. Setzen Sie das Datum „Handeln bis“ oder entfernen Sie „DRINGEND:“, damit es bei echten Fristen sein Gewicht behält.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The subject names &quot;%1&quot;, but the act-by date is %2. Correct the date in the subject or the act-by date so that both say the same.</source>
        <translation>Der Betreff nennt „%1“, das Datum „Handeln bis“ lautet aber %2. Korrigieren Sie das Datum im Betreff oder das Datum „Handeln bis“, sodass beide übereinstimmen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The act-by date %1 is at most 14 days away, but the subject names no date. Add it, e.g. &quot;bis %1&quot;, so that recipients see the deadline in their inbox.</source>
        <translation>Das Datum „Handeln bis“ (%1) liegt höchstens 14 Tage in der Zukunft, aber der Betreff nennt kein Datum. Ergänzen Sie es, z. B. „bis %1“, damit die Empfänger die Frist schon im Posteingang sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The subject still contains the placeholder &quot;%1&quot;. Replace it with the final wording.</source>
        <translation>Der Betreff enthält noch den Platzhalter „%1“. Ersetzen Sie ihn durch den endgültigen Wortlaut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The act-by date %1 has passed. Set a date from today on, or remove it if recipients no longer need to act by a date.</source>
        <translation>Das Datum „Handeln bis“ (%1) liegt in der Vergangenheit. Setzen Sie ein Datum ab heute oder entfernen Sie es, wenn die Empfänger nicht mehr bis zu einem bestimmten Datum handeln müssen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The text is empty. Explain what happens, whom it affects and what recipients must do by when.</source>
        <translation>Der Text ist leer. Erklären Sie, was geschieht, wen es betrifft und was die Empfänger bis wann tun müssen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text still contains the placeholder &quot;%1&quot;. Replace it with the final wording.</source>
        <translation>Der Text enthält noch den Platzhalter „%1“. Ersetzen Sie ihn durch den endgültigen Wortlaut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text contains HTML, which is never sent. Write Markdown instead: **bold**, *italic*, [label](https://…) and lists.</source>
        <translation>Der Text enthält HTML, das nie gesendet wird. Schreiben Sie stattdessen Markdown: **fett**, *kursiv*, [Linktext](https://…) und Listen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text contains an image (%1). Images load remote content and are blocked by many mail programs; describe it in words or link to a page on the vendor&apos;s site.</source>
        <translation>Der Text enthält ein Bild (%1). Bilder laden externe Inhalte nach und werden von vielen E-Mail-Programmen blockiert; beschreiben Sie den Inhalt in Worten oder verlinken Sie auf eine Seite der Website des Herstellers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The text speaks of an attachment (&quot;%1&quot;), but mandatory mailings never carry one. Refer to the download in the Kundencenter instead.</source>
        <translation>Der Text spricht von einem Anhang („%1“), aber Pflichtmailings haben nie einen Anhang. Verweisen Sie stattdessen auf den Download im Kundencenter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The text links to %1, outside the vendor&apos;s domains (%2). Link only to the vendor&apos;s own pages so that recipients can tell the mailing from phishing.</source>
        <translation>Der Text verlinkt auf %1, also außerhalb der Domains des Herstellers (%2). Verlinken Sie nur auf eigene Seiten des Herstellers, damit die Empfänger das Mailing von Phishing unterscheiden können.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The link &quot;%1&quot; is not an https address. Write the full address of the page, starting with https://.</source>
        <translation>Der Link „%1“ ist keine https-Adresse. Schreiben Sie die vollständige Adresse der Seite, beginnend mit https://.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The forum or status link leads to %1, outside the vendor&apos;s domains (%2). Use a page on the vendor&apos;s own site.</source>
        <translation>Der Forum- oder Statuslink führt zu %1, also außerhalb der Domains des Herstellers (%2). Verwenden Sie eine Seite auf der eigenen Website des Herstellers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The forum or status link &quot;%1&quot; is not an https address. Enter the full address of the page, starting with https://.</source>
        <translation>Der Forum- oder Statuslink „%1“ ist keine https-Adresse. Geben Sie die vollständige Adresse der Seite ein, beginnend mit https://.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A security mailing must show recipients how to act: add the patch for download, set the forum or status link, or point them to a Support-Ticket in the Kundencenter.</source>
        <translation>Ein Sicherheits-Mailing muss den Empfängern zeigen, was sie tun sollen: Fügen Sie den Patch zum Download hinzu, setzen Sie den Forum- oder Statuslink oder verweisen Sie auf ein Support-Ticket im Kundencenter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No product is chosen. Choose the affected products; only companies licensing one of them receive the mailing.</source>
        <translation>Es ist kein Produkt ausgewählt. Wählen Sie die betroffenen Produkte; nur Firmen, die eines davon lizenziert haben, erhalten das Mailing.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No Verteiler category is chosen. Choose the category so that the mailing also reaches the customers&apos; Verteiler addresses.</source>
        <translation>Es ist keine Verteilerkategorie ausgewählt. Wählen Sie die Kategorie, damit das Mailing auch die Verteiler-Adressen der Kunden erreicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a Verteiler category. Choose one of the categories so that the mailing reaches the right Verteiler.</source>
        <translation>„%1“ ist keine Verteilerkategorie. Wählen Sie eine der Kategorien, damit das Mailing die richtigen Verteiler erreicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The mailing names itself as the mailing it follows up. Choose the earlier mailing of this thread, or none.</source>
        <translation>Das Mailing ist als Folgemailing zu sich selbst angegeben. Wählen Sie das frühere Mailing dieses Verlaufs oder keines.</translation>
    </message>
</context>
<context>
    <name>nb::mail::Check</name>
    <message>
        <location filename="../core/mailcheck.cpp" line="+42"/>
        <source>The text part was changed.</source>
        <translation>Der Textteil wurde verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HTML part was changed.</source>
        <translation>Der HTML-Teil wurde verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part of type %1 was changed.</source>
        <translation>Der Teil vom Typ %1 wurde verändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text part was removed.</source>
        <translation>Der Textteil wurde entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HTML part was removed.</source>
        <translation>Der HTML-Teil wurde entfernt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part of type %1 was removed.</source>
        <translation>Der Teil vom Typ %1 wurde entfernt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text part was replaced by a part of type %1.</source>
        <translation>Der Textteil wurde durch einen Teil vom Typ %1 ersetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The HTML part was replaced by a part of type %1.</source>
        <translation>Der HTML-Teil wurde durch einen Teil vom Typ %1 ersetzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part of type %1 was replaced by a part of type %2.</source>
        <translation>Der Teil vom Typ %1 wurde durch einen Teil vom Typ %2 ersetzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An attachment &quot;%1&quot; was added.</source>
        <translation>Ein Anhang „%1“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unsigned text part was added.</source>
        <translation>Ein nicht signierter Textteil wurde hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unsigned HTML part was added.</source>
        <translation>Ein nicht signierter HTML-Teil wurde hinzugefügt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An unsigned part of type %1 was added.</source>
        <translation>Ein nicht signierter Teil vom Typ %1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>The mail carries more than one signature.</source>
        <translation>Die E-Mail trägt mehr als eine Signatur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signature header is damaged.</source>
        <translation>Der Signatur-Header ist beschädigt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The signature does not match its content.</source>
        <translation>Die Signatur passt nicht zu ihrem Inhalt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No key list yet: the signature cannot be checked.</source>
        <translation>Noch keine Schlüsselliste vorhanden: Die Signatur kann nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail is signed by the unknown key %1.</source>
        <translation>Die E-Mail ist mit dem unbekannten Schlüssel %1 signiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/mailpayload.cpp" line="+17"/>
        <source>The signature does not describe a notice mail.</source>
        <translation>Die Signatur beschreibt keine E-Mail zu einem Hinweis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sender was changed.</source>
        <translation>Der Absender wurde verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject was changed.</source>
        <translation>Der Betreff wurde verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date was changed.</source>
        <translation>Das Datum wurde verändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A forwarded message was added.</source>
        <translation>Eine weitergeleitete Nachricht wurde hinzugefügt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The key list expired on %1: the keys may be out of date.</source>
        <translation>Die Schlüsselliste ist am %1 abgelaufen: Die Schlüssel sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The signing key %1 has expired or was withdrawn.</source>
        <translation>Der Signaturschlüssel %1 ist abgelaufen oder wurde zurückgezogen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file is not an e-mail that can be read.</source>
        <translation>Die Datei ist keine lesbare E-Mail.</translation>
    </message>
    <message>
        <location filename="../core/mailrender.cpp" line="+27"/>
        <source>A mail header value must not contain line breaks or control characters.</source>
        <translation>Ein Header-Wert einer E-Mail darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>The link to manage recipients must be https.</source>
        <translation>Der Link zur Verwaltung der Empfänger muss eine https-Adresse sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The mail needs a date.</source>
        <translation>Die E-Mail braucht ein Datum.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The mail could not be built.</source>
        <translation>Die E-Mail konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../core/mailwarnings.cpp" line="+67"/>
        <source>The attachment &quot;%1&quot; is a program. The vendor never sends patches or programs by e-mail: do not open it.</source>
        <translation>Der Anhang „%1“ ist ein Programm. Der Hersteller versendet Patches und Programme niemals per E-Mail: Öffnen Sie ihn nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The attachment &quot;%1&quot; is an archive. The vendor never sends patches by e-mail: do not open it.</source>
        <translation>Der Anhang „%1“ ist ein Archiv. Der Hersteller versendet Patches niemals per E-Mail: Öffnen Sie ihn nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail has an attachment: &quot;%1&quot;.</source>
        <translation>Die E-Mail hat einen Anhang: „%1“.</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>The domain %1 uses letters that imitate other letters (shown as punycode).</source>
        <translation>Die Domain %1 verwendet Buchstaben, die andere Buchstaben nachahmen (als Punycode angezeigt).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The domain %1 looks like the vendor&apos;s domain %2 but is not it.</source>
        <translation>Die Domain %1 sieht aus wie die Domain %2 des Herstellers, ist es aber nicht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A link leads to %1, which is not a domain of the vendor.</source>
        <translation>Ein Link führt zu %1, einer Domain, die nicht dem Hersteller gehört.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A link shows %1 but leads to %2.</source>
        <translation>Ein Link zeigt %1 an, führt aber zu %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The sender calls itself &quot;%1&quot; but writes from %2, which is not an address of the vendor.</source>
        <translation>Der Absender nennt sich „%1“, schreibt aber von %2, einer Adresse, die nicht dem Hersteller gehört.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mail names several senders or a group as its sender.</source>
        <translation>Die E-Mail nennt mehrere Absender oder eine Gruppe als Absender.</translation>
    </message>
</context>
<context>
    <name>nb::mail::Render</name>
    <message>
        <location filename="../core/mailrender.cpp" line="-199"/>
        <source>Bitte handeln Sie bis: %1</source>
        <translation>Bitte handeln Sie bis: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patches erhalten Sie ausschließlich im Kundencenter oder in der Notabene-App, niemals als Anhang einer E-Mail. Prüfen Sie diese E-Mail in der Notabene-App mit „E-Mail prüfen“.</source>
        <translation>Patches erhalten Sie ausschließlich im Kundencenter oder in der Notabene-App, niemals als Anhang einer E-Mail. Prüfen Sie diese E-Mail in der Notabene-App mit „E-Mail prüfen“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wer bei Ihnen Pflichtmailings erhält, legen Sie selbst fest (Erstkontakt, Ansprechpartner, Verteiler): %1</source>
        <translation>Wer bei Ihnen Pflichtmailings erhält, legen Sie selbst fest (Erstkontakt, Ansprechpartner, Verteiler): %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wichtiger Hinweis</source>
        <translation>Wichtiger Hinweis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hinweis %1</source>
        <translation>Hinweis %1</translation>
    </message>
</context>
<context>
    <name>nb::mail::Spam</name>
    <message>
        <location filename="../core/spamreport.cpp" line="+15"/>
        <source>SpamAssassin&apos;s answer cannot be read.</source>
        <translation>Die Antwort von SpamAssassin kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>nb::mail::Verdict</name>
    <message>
        <location filename="../core/mailcheck.cpp" line="+11"/>
        <source>Genuine</source>
        <translation>Echt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed – possibly phishing</source>
        <translation>Nicht signiert – möglicherweise Phishing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Altered</source>
        <translation>Verändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contains unsigned parts</source>
        <translation>Enthält nicht signierte Teile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown or expired key</source>
        <translation>Unbekannter oder abgelaufener Schlüssel</translation>
    </message>
</context>
<context>
    <name>nb::rules</name>
    <message>
        <location filename="../core/fieldrules.cpp" line="+23"/>
        <source>Enter the phone number with digits only, for example +49 2433 12345-0.</source>
        <translation>Geben Sie die Telefonnummer nur mit Ziffern ein, zum Beispiel +49 2433 12345-0.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the country as a two-letter code, for example DE, AT or CH.</source>
        <translation>Geben Sie das Land als zweistelligen Ländercode ein, zum Beispiel DE, AT oder CH.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A German postcode has exactly five digits.</source>
        <translation>Eine deutsche Postleitzahl hat genau fünf Ziffern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A postcode in Austria or Switzerland has exactly four digits.</source>
        <translation>Eine Postleitzahl in Österreich oder der Schweiz hat genau vier Ziffern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The postcode may hold letters, digits, spaces and hyphens only.</source>
        <translation>Die Postleitzahl darf nur Buchstaben, Ziffern, Leerzeichen und Bindestriche enthalten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the website as a full address, for example https://www.firma.de.</source>
        <translation>Geben Sie die Website als vollständige Adresse ein, zum Beispiel https://www.firma.de.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the VAT id with its country prefix and without spaces, for example DE123456789.</source>
        <translation>Geben Sie die USt-IdNr. mit Länderkennzeichen und ohne Leerzeichen ein, zum Beispiel DE123456789.</translation>
    </message>
</context>
<context>
    <name>nb::server::AccountRoutes</name>
    <message>
        <location filename="../server/api/accountroutes.cpp" line="+22"/>
        <source>The company</source>
        <translation>Die Firma</translation>
    </message>
</context>
<context>
    <name>nb::server::Api</name>
    <message>
        <location filename="../server/api/httpsupport.cpp" line="+27"/>
        <source>Sign in first: this request needs a session.</source>
        <translation>Bitte melden Sie sich zuerst an: Diese Anfrage erfordert eine Sitzung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session is not valid. Please sign in again.</source>
        <translation>Die Sitzung ist ungültig. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This account belongs to no customer company.</source>
        <translation>Dieses Konto gehört zu keiner Kundenfirma.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the vendor&apos;s staff may do this.</source>
        <translation>Nur Mitarbeiter des Herstellers dürfen dies tun.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send the request body as application/json.</source>
        <translation>Senden Sie den Inhalt der Anfrage als application/json.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Send If-Match with the ETag you last read, so that no change is overwritten.</source>
        <translation>Senden Sie If-Match mit dem zuletzt gelesenen ETag, damit keine Änderung überschrieben wird.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The server could not complete the request (logged at %1). Nothing was changed.</source>
        <translation>Der Server konnte die Anfrage nicht abschließen (protokolliert um %1). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Someone changed this in the meantime. Reload and apply your change again.</source>
        <translation>Die Daten wurden inzwischen von jemand anderem geändert. Laden Sie sie neu und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Idempotency-Key must be 1 to 200 characters long.</source>
        <translation>Der Idempotency-Key muss 1 bis 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This Idempotency-Key was already used for a different request.</source>
        <translation>Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet.</translation>
    </message>
</context>
<context>
    <name>nb::server::ApiHttpServer</name>
    <message>
        <location filename="../server/http/apihttpserver.cpp" line="+56"/>
        <source>This method</source>
        <translation>Diese Methode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not allowed here; allowed: %2.</source>
        <translation>%1 ist hier nicht erlaubt; erlaubt sind: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+47"/>
        <source>There is nothing at %1.</source>
        <translation>Unter %1 ist nichts zu finden.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Der Inhalt der Anfrage ist größer als %1 Byte.</translation>
    </message>
</context>
<context>
    <name>nb::server::Cli</name>
    <message>
        <location filename="../server/commandline.cpp" line="+51"/>
        <source>The database: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>Die Datenbank: sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Missing --db URL.</source>
        <translation>Die Option --db URL fehlt.</translation>
    </message>
    <message>
        <location filename="../server/servercommands.cpp" line="+75"/>
        <source>The key folder whose signing key signs the demo notices (without it no notices are published).</source>
        <translation>Der Schlüsselordner, mit dessen Signaturschlüssel die Demo-Hinweise signiert werden (ohne ihn werden keine Hinweise veröffentlicht).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create the demo world (idempotent).</source>
        <translation>Demodaten anlegen (idempotent: ein erneuter Aufruf ändert nichts).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Demo notices: %1 published, signed by key %2.</source>
        <translation>Demo-Hinweise: %1 veröffentlicht, signiert mit Schlüssel %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo notices skipped: give --keys DIR to sign them.</source>
        <translation>Demo-Hinweise übersprungen: Geben Sie --keys DIR an, um sie zu signieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo world ready in %1. Logins (password &quot;%2&quot; for all):</source>
        <translation>Demodaten in %1 bereit. Zugänge (Passwort „%2“ für alle):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bring the database schema up to date.</source>
        <translation>Das Datenbankschema auf den neuesten Stand bringen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schema version %1.</source>
        <translation>Schemaversion %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List the REST API&apos;s routes.</source>
        <translation>Die Routen der REST-API auflisten.</translation>
    </message>
    <message>
        <location filename="../server/brandingoptions.cpp" line="+44"/>
        <source>The vendor&apos;s name shown by the clients and in the From of its mails (default Notabene).</source>
        <translation>Der Name des Anbieters, den die Clients und das Absenderfeld (From) seiner E-Mails anzeigen (Standard: Notabene).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vendor&apos;s primary colour (default #0B5CAD).</source>
        <translation>Die Hauptfarbe des Anbieters (Standard: #0B5CAD).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vendor&apos;s accent colour (default #E8A317).</source>
        <translation>Die Akzentfarbe des Anbieters (Standard: #E8A317).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender address of the vendor&apos;s mails (default pflichtmailing@notabene.example).</source>
        <translation>Die Absenderadresse der E-Mails des Anbieters (Standard: pflichtmailing@notabene.example).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vendor&apos;s domains, comma-separated: links to them in a mail raise no warning (default notabene.example).</source>
        <translation>Die Domains des Anbieters, durch Kommas getrennt: Links auf sie lösen in einer E-Mail keine Warnung aus (Standard: notabene.example).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--vendor-name takes a name of 1 to 100 characters, without control characters.</source>
        <translation>--vendor-name erwartet einen Namen mit 1 bis 100 Zeichen, ohne Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--vendor-color and --vendor-accent take a colour as #RRGGBB, for example #0B5CAD.</source>
        <translation>--vendor-color und --vendor-accent erwarten eine Farbe als #RRGGBB, zum Beispiel #0B5CAD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--vendor-mail-from: %1</source>
        <translation>--vendor-mail-from: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--vendor-domains takes domain names separated by commas, for example notabene.example,notabene-status.example.</source>
        <translation>--vendor-domains erwartet durch Kommas getrennte Domainnamen, zum Beispiel notabene.example,notabene-status.example.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--vendor-mail-from %1 is not at one of the --vendor-domains.</source>
        <translation>--vendor-mail-from %1 liegt nicht unter einer der --vendor-domains.</translation>
    </message>
    <message>
        <location filename="../server/servercommands.cpp" line="-111"/>
        <source>Usage: notabene-server &lt;command&gt; [options]

Commands:
  serve       Answer the REST API (--listen HOST:PORT, --db URL)
  demo-data   Create the demo world in a database and print its logins (--db URL;
              with --keys DIR also the signed demo notices)
  migrate     Bring a database&apos;s schema up to date (--db URL)
  routes      List every route of the REST API
  keys        Manage the signing keys: keys init|rotate|show|export-roots --dir DIR
  notice      Sign and publish a notice: notice publish --db URL --keys DIR --file F;
              its signed mail: notice render-mail --db URL --keys DIR --id ID --to A

Databases: sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE
Options: --help, --version; &apos;notabene-server &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Aufruf: notabene-server &lt;Befehl&gt; [Optionen]

Befehle:
  serve       Die REST-API bereitstellen (--listen HOST:PORT, --db URL)
  demo-data   Demodaten in einer Datenbank anlegen und ihre Zugänge ausgeben (--db URL;
              mit --keys DIR auch die signierten Demo-Hinweise)
  migrate     Das Schema einer Datenbank aktualisieren (--db URL)
  routes      Alle Routen der REST-API auflisten
  keys        Die Signaturschlüssel verwalten:
              keys init|rotate|show|export-roots --dir DIR
  notice      Einen Hinweis signieren und veröffentlichen:
              notice publish --db URL --keys DIR --file F;
              seine signierte E-Mail ausgeben:
              notice render-mail --db URL --keys DIR --id ID --to A

Datenbanken: sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DATENBANK
Optionen: --help, --version; „notabene-server &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Cannot read the TLS certificate or key file.</source>
        <translation>Die TLS-Zertifikatsdatei oder die Schlüsseldatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The TLS certificate or key is not valid PEM.</source>
        <translation>Das TLS-Zertifikat oder der Schlüssel ist kein gültiges PEM.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--mail-envelope-from needs --smtp.</source>
        <translation>--mail-envelope-from erfordert --smtp.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--mail-envelope-from: %1</source>
        <translation>--mail-envelope-from: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Address and port to listen on (default 127.0.0.1:8080; port 0 picks a free one).</source>
        <translation>Adresse und Port, auf denen der Server lauscht (Standard 127.0.0.1:8080; bei Port 0 wird ein freier Port gewählt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS certificate chain (PEM).</source>
        <translation>TLS-Zertifikatskette (PEM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS private key (PEM).</source>
        <translation>Privater TLS-Schlüssel (PEM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close connections idle or sending a request for longer than this (default 30).</source>
        <translation>Verbindungen schließen, die länger als diese Zeit (in Sekunden) untätig sind oder für eine Anfrage brauchen (Standard 30).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lifetime of a session (default 43200 = 12 hours).</source>
        <translation>Gültigkeitsdauer einer Sitzung in Sekunden (Standard 43200 = 12 Stunden).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failed sign-ins per account before it is paused (default 5; per client address four times as many).</source>
        <translation>Fehlgeschlagene Anmeldungen pro Konto, bevor es vorübergehend gesperrt wird (Standard 5; pro Client-Adresse viermal so viele).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window and pause for failed sign-ins (default 900).</source>
        <translation>Zeitfenster und Sperrdauer für fehlgeschlagene Anmeldungen in Sekunden (Standard 900).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deliver queued mail through this relay: smtp://HOST:PORT or smtps://HOST:PORT (STARTTLS and credentials: NOTABENE_SMTP_CONFIG). Without it mail is not delivered.</source>
        <translation>E-Mails aus der Warteschlange über dieses Relay zustellen: smtp://HOST:PORT oder smtps://HOST:PORT (STARTTLS und Zugangsdaten: NOTABENE_SMTP_CONFIG). Ohne diese Option werden keine E-Mails zugestellt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The envelope sender (MAIL FROM) of delivered mail (default: --vendor-mail-from).</source>
        <translation>Der Envelope-Absender (MAIL FROM) zugestellter E-Mails (Standard: --vendor-mail-from).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Answer the Notabene REST API.</source>
        <translation>Die REST-API von Notabene bereitstellen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--idle-timeout, --session-ttl, --login-max-failures and --login-window take positive whole numbers.</source>
        <translation>--idle-timeout, --session-ttl, --login-max-failures und --login-window erwarten positive ganze Zahlen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--listen takes HOST:PORT with a numeric address, for example 127.0.0.1:8080.</source>
        <translation>--listen erwartet HOST:PORT mit einer numerischen Adresse, zum Beispiel 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert und --tls-key müssen zusammen angegeben werden.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>libcurl could not be initialised.</source>
        <translation>libcurl konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Der Server kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>notabene-server %1 listening on %2://%3:%4 (database %5)</source>
        <translation>notabene-server %1 lauscht auf %2://%3:%4 (Datenbank %5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping.</source>
        <translation>Wird beendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivering queued mail through %1 (envelope sender %2).</source>
        <translation>E-Mails aus der Warteschlange werden über %1 zugestellt (Envelope-Absender %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No --smtp relay: mail is not delivered (it stays queued).</source>
        <translation>Kein --smtp-Relay: E-Mails werden nicht zugestellt (sie bleiben in der Warteschlange).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Missing command.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>nb::server::CommandLine</name>
    <message>
        <location filename="../server/commandline.cpp" line="-30"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
</context>
<context>
    <name>nb::server::CompanyRoutes</name>
    <message>
        <location filename="../server/api/companyroutes.cpp" line="+30"/>
        <location line="+22"/>
        <source>The company</source>
        <translation>Die Firma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an administrator of your company can change the Erstkontakt.</source>
        <translation>Nur ein Administrator Ihrer Firma kann den Erstkontakt ändern.</translation>
    </message>
</context>
<context>
    <name>nb::server::ContactRoutes</name>
    <message>
        <location filename="../server/api/contactroutes.cpp" line="+31"/>
        <source>This contact</source>
        <translation>Dieser Ansprechpartner</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The Idempotency-Key must be 1 to 200 characters long.</source>
        <translation>Der Idempotency-Key muss 1 bis 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This Idempotency-Key was already used for a different request.</source>
        <translation>Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet.</translation>
    </message>
</context>
<context>
    <name>nb::server::Database</name>
    <message>
        <location filename="../server/storage/database.cpp" line="+47"/>
        <source>The Qt Sql driver %1 is not installed (Debian: %2).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (Debian-Paket: %2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot set up the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot create the migrations table</source>
        <translation>Die Migrationstabelle kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot lock the schema</source>
        <translation>Das Schema kann nicht gesperrt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Migration %1 failed</source>
        <translation>Migration %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+22"/>
        <source>Statement failed</source>
        <translation>Die SQL-Anweisung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot start a transaction</source>
        <translation>Die Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot commit</source>
        <translation>Die Transaktion kann nicht festgeschrieben werden</translation>
    </message>
</context>
<context>
    <name>nb::server::DatabaseUrl</name>
    <message>
        <location filename="../server/storage/databaseurl.cpp" line="+13"/>
        <source>Unknown database address &quot;%1&quot;: use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Unbekannte Datenbankadresse „%1“: Verwenden Sie sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
</context>
<context>
    <name>nb::server::DeliveryWorker</name>
    <message>
        <location filename="../server/delivery/deliveryworker.cpp" line="+44"/>
        <source>%1 takes a positive whole number.</source>
        <translation>%1 erwartet eine positive ganze Zahl.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot claim mail</source>
        <translation>E-Mails können nicht aus der Warteschlange geholt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot give back mail %1</source>
        <translation>E-Mail %1 kann nicht an die Warteschlange zurückgegeben werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The relay is unreachable (%1); %2 mails wait for the next attempt.</source>
        <translation>Das Relay ist nicht erreichbar (%1); %2 E-Mails warten auf den nächsten Versuch.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mail %1 was delivered but cannot be marked sent</source>
        <translation>E-Mail %1 wurde zugestellt, kann aber nicht als gesendet markiert werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>Mail %1 to %2 failed: %3</source>
        <translation>E-Mail %1 an %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+16"/>
        <source>Cannot mark mail %1 failed</source>
        <translation>E-Mail %1 kann nicht als fehlgeschlagen markiert werden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (nach %2 Versuchen aufgegeben)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mail %1 to %2 deferred (attempt %3): %4</source>
        <translation>E-Mail %1 an %2 zurückgestellt (Versuch %3): %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot schedule mail %1 for a retry</source>
        <translation>Für E-Mail %1 kann kein erneuter Versuch geplant werden</translation>
    </message>
</context>
<context>
    <name>nb::server::DistributionRoutes</name>
    <message>
        <location filename="../server/api/distributionroutes.cpp" line="+21"/>
        <source>The Verteiler category &quot;%1&quot;</source>
        <translation>Die Verteiler-Kategorie „%1“</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Only an administrator of your company can change the Verteiler.</source>
        <translation>Nur ein Administrator Ihrer Firma kann den Verteiler ändern.</translation>
    </message>
</context>
<context>
    <name>nb::server::Keys</name>
    <message>
        <location filename="../server/api/keyroutes.cpp" line="+35"/>
        <source>This server has no signing keys configured.</source>
        <translation>Für diesen Server sind keine Signaturschlüssel eingerichtet.</translation>
    </message>
    <message>
        <location filename="../server/keys/keycommands.cpp" line="+18"/>
        <source>Usage: notabene-server keys &lt;command&gt; --dir DIR [options]

Commands:
  init     Create the root key, a signing key and key list version 1
           (--expires-days N, default 365)
  rotate   Replace the signing key (--root: the root key too) in a new key list
           version signed by the old and the new root key (--expires-days N).
           The replaced signing key stays valid for the notices it signed until
           now; --revoke (after a compromise) drops it from the list
  show     Print the key list: version, expiry and key ids (never a secret)
  export-roots  Print the root public keys clients are built with
           ({&quot;rootKeys&quot;: […]}, the roots of key list version 1)

The private keys stay in DIR (mode 0700, key files 0600).</source>
        <translation>Aufruf: notabene-server keys &lt;Befehl&gt; --dir DIR [Optionen]

Befehle:
  init     Den Wurzelschlüssel, einen Signaturschlüssel und Version 1 der
           Schlüsselliste anlegen (--expires-days N, Standard 365)
  rotate   Den Signaturschlüssel (mit --root auch den Wurzelschlüssel) in einer
           neuen Version der Schlüsselliste ersetzen, signiert mit dem alten und
           dem neuen Wurzelschlüssel (--expires-days N). Der ersetzte
           Signaturschlüssel bleibt für die bisher damit signierten Hinweise
           gültig; --revoke (nach einer Kompromittierung) entfernt ihn aus der
           Liste
  show     Die Schlüsselliste ausgeben: Version, Ablaufdatum und Schlüssel-IDs
           (nie ein Geheimnis)
  export-roots  Die öffentlichen Wurzelschlüssel ausgeben, mit denen die Clients
           gebaut werden ({&quot;rootKeys&quot;: […]}, die Wurzelschlüssel der
           Schlüsselliste Version 1)

Die privaten Schlüssel bleiben in DIR (Modus 0700, Schlüsseldateien 0600).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The key folder.</source>
        <translation>Der Schlüsselordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days until the new key list expires (default 365).</source>
        <translation>Tage, bis die neue Schlüsselliste abläuft (Standard 365).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the root key as well.</source>
        <translation>Auch den Wurzelschlüssel ersetzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop the replaced signing key (after a compromise): the notices it signed no longer verify.</source>
        <translation>Den ersetzten Signaturschlüssel entfernen (nach einer Kompromittierung): Die damit signierten Hinweise gelten dann nicht mehr als verifiziert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Missing --dir DIR.</source>
        <translation>Die Option --dir DIR fehlt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Key list version %1, expires %2%3</source>
        <translation>Schlüsselliste Version %1, läuft ab am %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (EXPIRED: run keys rotate)</source>
        <translation> (ABGELAUFEN: Führen Sie keys rotate aus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Root keys (threshold %1):</source>
        <translation>Wurzelschlüssel (Schwelle %1):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  (root.key)</source>
        <translation>  (root.key)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing keys:</source>
        <translation>Signaturschlüssel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (signing.key)</source>
        <translation>  (signing.key)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create the keys and key list version 1 in a new key folder.</source>
        <translation>Die Schlüssel und Version 1 der Schlüsselliste in einem neuen Schlüsselordner anlegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the signing key (and with --root the root key).</source>
        <translation>Den Signaturschlüssel (und mit --root den Wurzelschlüssel) ersetzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the root public keys the clients are built with.</source>
        <translation>Die öffentlichen Wurzelschlüssel ausgeben, mit denen die Clients gebaut werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the key list of a key folder.</source>
        <translation>Die Schlüsselliste eines Schlüsselordners ausgeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--expires-days takes a whole number from 1 to 3650.</source>
        <translation>--expires-days erwartet eine ganze Zahl von 1 bis 3650.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Created the keys and key list version 1 in %1.</source>
        <translation>Die Schlüssel und Version 1 der Schlüsselliste wurden in %1 angelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotated: key list version %1 written to %2.</source>
        <translation>Ersetzt: Version %1 der Schlüsselliste wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Missing command.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location filename="../server/keys/keyfiles.cpp" line="+33"/>
        <location line="+21"/>
        <location filename="../server/keys/keystore.cpp" line="+186"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 is accessible to group or others (mode %2); refusing to use it. Run: chmod %3 %1</source>
        <translation>%1 ist für Gruppe oder andere zugänglich (Modus %2) und wird daher nicht verwendet. Führen Sie aus: chmod %3 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A key file must hold a 32-byte seed as 64 hex digits or in base64.</source>
        <translation>Eine Schlüsseldatei muss einen 32-Byte-Seed als 64 Hexadezimalziffern oder in Base64 enthalten.</translation>
    </message>
    <message>
        <location filename="../server/keys/keystore.cpp" line="-127"/>
        <source>%1 does not hold a valid key.</source>
        <translation>%1 enthält keinen gültigen Schlüssel.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: the key list versions are not complete (%2 is missing).</source>
        <translation>%1: Die Versionen der Schlüsselliste sind unvollständig (%2 fehlt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no key list; create one with: notabene-server keys init --dir %1</source>
        <translation>%1 enthält keine Schlüsselliste; legen Sie eine an mit: notabene-server keys init --dir %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a key list.</source>
        <translation>%1 ist keine Schlüsselliste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not hold version 1.</source>
        <translation>%1 enthält nicht Version 1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key list chain is invalid: %1</source>
        <translation>Die Kette der Schlüssellisten ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key folder %1 does not exist.</source>
        <translation>Der Schlüsselordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is not a root key of the latest key list.</source>
        <translation>%1 ist kein Wurzelschlüssel der neuesten Schlüsselliste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a signing key of the latest key list.</source>
        <translation>%1 ist kein Signaturschlüssel der neuesten Schlüsselliste.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 already holds keys (%2); refusing to replace them.</source>
        <translation>%1 enthält bereits Schlüssel (%2); sie werden nicht ersetzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the key folder %1.</source>
        <translation>Der Schlüsselordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The new key list would not be accepted: %1</source>
        <translation>Die neue Schlüsselliste würde nicht akzeptiert: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is no longer valid; replace it with: notabene-server keys rotate --dir %2</source>
        <translation>%1 ist nicht mehr gültig; ersetzen Sie den Schlüssel mit: notabene-server keys rotate --dir %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../server/servercommands.cpp" line="-119"/>
        <source>The key list expired; renew it with: notabene-server keys rotate --dir %1</source>
        <translation>Die Schlüsselliste ist abgelaufen; erneuern Sie sie mit: notabene-server keys rotate --dir %1</translation>
    </message>
    <message>
        <location filename="../server/servercommands.cpp" line="-72"/>
        <source>The key folder (see notabene-server keys): serves its key list at GET /api/v1/keys and signs the mails of GET /api/v1/notices/{id}/mail.</source>
        <translation>Der Schlüsselordner (siehe notabene-server keys): Seine Schlüsselliste wird unter GET /api/v1/keys bereitgestellt, und mit ihm werden die E-Mails von GET /api/v1/notices/{id}/mail signiert.</translation>
    </message>
</context>
<context>
    <name>nb::server::MailingRoutes</name>
    <message>
        <location filename="../server/api/mailingroutes.cpp" line="+82"/>
        <source>You wrote this mailing, so you cannot approve it: a second member of staff has to (four-eyes principle).</source>
        <translation>Sie haben dieses Mailing verfasst und können es daher nicht freigeben: Das muss ein zweiter Mitarbeiter tun (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You made the last change to this mailing, so you cannot approve it: a member of staff who did not edit it has to (four-eyes principle).</source>
        <translation>Sie haben dieses Mailing zuletzt geändert und können es daher nicht freigeben: Das muss ein Mitarbeiter tun, der es nicht bearbeitet hat (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This mailing</source>
        <translation>Dieses Mailing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This mailing has been sent and can no longer be changed. Write a follow-up mailing instead.</source>
        <translation>Dieses Mailing wurde bereits gesendet und kann nicht mehr geändert werden. Verfassen Sie stattdessen ein Folgemailing.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>The patch file &quot;%1&quot; of this mailing</source>
        <translation>Die Patch-Datei „%1“ dieses Mailings</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the patch file itself as the request body, as application/octet-stream.</source>
        <translation>Senden Sie die Patch-Datei selbst als Request-Body, als application/octet-stream.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This mailing has been sent already.</source>
        <translation>Dieses Mailing wurde bereits gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This mailing is approved already.</source>
        <translation>Dieses Mailing ist bereits freigegeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send If-Match with the ETag of the version you reviewed: an approval covers exactly that version.</source>
        <translation>Senden Sie If-Match mit dem ETag der Version, die Sie geprüft haben: Eine Freigabe gilt genau für diese Version.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The mailing breaks rules for mandatory mailings (see the findings): fix the errors before approving it.</source>
        <translation>Das Mailing verstößt gegen Regeln für Pflichtmailings (siehe Ergebnisse der Regelprüfung): Beheben Sie die Fehler, bevor Sie es freigeben.</translation>
    </message>
</context>
<context>
    <name>nb::server::MailingSendRoutes</name>
    <message>
        <location filename="../server/api/mailingsendroutes.cpp" line="+83"/>
        <source>This server has no valid signing key (serve --keys DIR), so it cannot sign mailings.</source>
        <translation>Dieser Server hat keinen gültigen Signaturschlüssel (serve --keys DIR) und kann daher keine Mailings signieren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>This mailing</source>
        <translation>Dieses Mailing</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>There is no customer company with this id.</source>
        <translation>Es gibt keine Kundenfirma mit dieser ID.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This server delivers no mail (serve --smtp smtp://HOST:PORT is not set).</source>
        <translation>Dieser Server stellt keine E-Mails zu (serve --smtp smtp://HOST:PORT ist nicht gesetzt).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The notice this mailing published does not verify.</source>
        <translation>Der von diesem Mailing veröffentlichte Hinweis lässt sich nicht verifizieren.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This mailing was sent.</source>
        <translation>Dieses Mailing wurde bereits gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A second staff member has to approve this mailing before it is sent.</source>
        <translation>Ein zweiter Mitarbeiter muss dieses Mailing freigeben, bevor es gesendet werden kann.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mailing breaks the rules for mandatory mailings.</source>
        <translation>Das Mailing verstößt gegen die Regeln für Pflichtmailings.</translation>
    </message>
</context>
<context>
    <name>nb::server::MailingStore</name>
    <message>
        <location filename="../server/storage/mailingstore.cpp" line="+107"/>
        <source>The patch file &quot;%1&quot; is empty.</source>
        <translation>Die Patch-Datei „%1“ ist leer.</translation>
    </message>
</context>
<context>
    <name>nb::server::NoticeCommands</name>
    <message>
        <location filename="../server/noticecommands.cpp" line="+23"/>
        <source>Usage: notabene-server notice publish --db URL --keys DIR --file NOTICE.json
                                     [--patch FILE [--patch-sha256 HEX]]…

Signs a notice with the signing key of DIR and publishes it: it gets the next
feed sequence and the current time as issuedAt. NOTICE.json holds the notice
without sequence, issuedAt and patches:
  {&quot;id&quot;, &quot;products&quot;: […], &quot;category&quot;, &quot;severity&quot;, &quot;subject&quot;, &quot;body&quot;,
   &quot;actBy&quot;: &quot;YYYY-MM-DD&quot; or null, &quot;status&quot;, &quot;followUpOf&quot;, &quot;link&quot;}
Each --patch FILE is offered for download with the notice (its size and SHA-256
are signed with it); --patch-sha256 HEX, in the same order, refuses to publish
a file whose SHA-256 differs.

       notabene-server notice render-mail --db URL --keys DIR --id ID --to ADDRESS
                                         [--vendor-name NAME] [--vendor-mail-from A]
                                         [--vendor-domains D,…] &gt; notice.eml

Writes the signed mail of a published notice for ADDRESS to stdout, signed with
the signing key of DIR (the mail GET /api/v1/notices/{id}/mail answers).</source>
        <translation>Aufruf: notabene-server notice publish --db URL --keys DIR --file NOTICE.json
                                      [--patch FILE [--patch-sha256 HEX]]…

Signiert einen Hinweis mit dem Signaturschlüssel aus DIR und veröffentlicht ihn:
Er erhält die nächste Laufnummer im Feed und die aktuelle Zeit als issuedAt.
NOTICE.json enthält den Hinweis ohne sequence, issuedAt und patches:
  {&quot;id&quot;, &quot;products&quot;: […], &quot;category&quot;, &quot;severity&quot;, &quot;subject&quot;, &quot;body&quot;,
   &quot;actBy&quot;: &quot;YYYY-MM-DD&quot; oder null, &quot;status&quot;, &quot;followUpOf&quot;, &quot;link&quot;}
Jede mit --patch FILE angegebene Datei wird mit dem Hinweis zum Herunterladen
angeboten (ihre Größe und ihr SHA-256-Wert werden mitsigniert); --patch-sha256
HEX, in derselben Reihenfolge, verweigert die Veröffentlichung einer Datei,
deren SHA-256-Wert abweicht.

        notabene-server notice render-mail --db URL --keys DIR --id ID --to ADDRESS
                                          [--vendor-name NAME] [--vendor-mail-from A]
                                          [--vendor-domains D,…] &gt; notice.eml

Schreibt die signierte E-Mail eines veröffentlichten Hinweises für ADDRESS auf
stdout, signiert mit dem Signaturschlüssel aus DIR (die E-Mail, die
GET /api/v1/notices/{id}/mail liefert).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: Feld „%2“: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key folder whose signing key signs the notice.</source>
        <translation>Der Schlüsselordner, mit dessen Signaturschlüssel der Hinweis signiert wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notice (JSON).</source>
        <translation>Der Hinweis (JSON).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A patch file offered with the notice (repeatable).</source>
        <translation>Eine Patch-Datei, die mit dem Hinweis angeboten wird (wiederholbar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The expected SHA-256 (hex) of the --patch in the same position (repeatable).</source>
        <translation>Der erwartete SHA-256-Wert (hexadezimal) der --patch-Datei an derselben Position (wiederholbar).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign and publish a notice.</source>
        <translation>Einen Hinweis signieren und veröffentlichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing --db URL, --keys DIR or --file NOTICE.json.</source>
        <translation>Es fehlt --db URL, --keys DIR oder --file NOTICE.json.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There are more --patch-sha256 than --patch options.</source>
        <translation>Es wurden mehr Optionen --patch-sha256 als --patch angegeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--patch-sha256 takes 64 hex digits.</source>
        <translation>--patch-sha256 erwartet 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the SHA-256 is %2, not %3 as expected; nothing was published.</source>
        <translation>%1: Der SHA-256-Wert ist %2, nicht wie erwartet %3; es wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Two patches are named &quot;%1&quot;.</source>
        <translation>Zwei Patches heißen „%1“.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Published notice %1 as sequence %2, signed by key %3.</source>
        <translation>Hinweis %1 als Laufnummer %2 veröffentlicht, signiert mit Schlüssel %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key folder whose signing key signs the mail.</source>
        <translation>Der Schlüsselordner, mit dessen Signaturschlüssel die E-Mail signiert wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The id of the notice.</source>
        <translation>Die ID des Hinweises.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recipient&apos;s address.</source>
        <translation>Die Adresse des Empfängers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the signed mail of a notice to stdout.</source>
        <translation>Die signierte E-Mail eines Hinweises auf stdout ausgeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing --db URL, --keys DIR, --id ID or --to ADDRESS.</source>
        <translation>Es fehlt --db URL, --keys DIR, --id ID oder --to ADDRESS.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no notice &quot;%1&quot;.</source>
        <translation>Es gibt keinen Hinweis „%1“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write the mail to stdout.</source>
        <translation>Die E-Mail kann nicht auf stdout geschrieben werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Missing command.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>nb::server::NoticeInput</name>
    <message>
        <location filename="../server/noticeinput.cpp" line="+27"/>
        <location line="+46"/>
        <source>The field &quot;%1&quot; is required.</source>
        <translation>Das Feld „%1“ ist erforderlich.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The field &quot;%1&quot; must be a text.</source>
        <translation>Das Feld „%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is set when the notice is published; leave it out (patch files are given with --patch FILE).</source>
        <translation>„%1“ wird beim Veröffentlichen gesetzt; lassen Sie das Feld weg (Patch-Dateien werden mit --patch FILE angegeben).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&quot;severity&quot; is one of info, important, urgent.</source>
        <translation>„severity“ ist einer der Werte info, important, urgent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;status&quot; is one of announced, in-progress, resolved.</source>
        <translation>„status“ ist einer der Werte announced, in-progress, resolved.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;actBy&quot; is a date such as 2026-08-01.</source>
        <translation>„actBy“ ist ein Datum wie 2026-08-01.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>larger than %1 bytes.</source>
        <translation>Die Datei ist größer als %1 Byte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
</context>
<context>
    <name>nb::server::NoticeMail</name>
    <message>
        <location filename="../server/noticemail.cpp" line="+49"/>
        <source>The stored notice &quot;%1&quot; does not verify with the current key list; no mail is signed for it.</source>
        <translation>Der gespeicherte Hinweis „%1“ lässt sich mit der aktuellen Schlüsselliste nicht verifizieren; für ihn wird keine E-Mail signiert.</translation>
    </message>
</context>
<context>
    <name>nb::server::NoticeMailRoutes</name>
    <message>
        <location filename="../server/api/noticemailroutes.cpp" line="+23"/>
        <source>Only the vendor&apos;s staff may render notice mails.</source>
        <translation>Nur Mitarbeiter des Herstellers dürfen E-Mails zu Hinweisen erzeugen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This server has no valid signing key (serve --keys DIR), so it cannot sign mails.</source>
        <translation>Dieser Server hat keinen gültigen Signaturschlüssel (serve --keys DIR) und kann daher keine E-Mails signieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This notice</source>
        <translation>Dieser Hinweis</translation>
    </message>
</context>
<context>
    <name>nb::server::NoticeRoutes</name>
    <message>
        <location filename="../server/api/noticeroutes.cpp" line="+25"/>
        <source>This notice</source>
        <translation>Dieser Hinweis</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&quot;after&quot; takes a sequence number: a whole number from 0 on.</source>
        <translation>„after“ erwartet eine Laufnummer: eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;limit&quot; takes a whole number from 1 to %1.</source>
        <translation>„limit“ erwartet eine ganze Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The field &quot;%1&quot; is not known here.</source>
        <translation>Das Feld „%1“ ist hier nicht bekannt.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The patch &quot;%1&quot;</source>
        <translation>Der Patch „%1“</translation>
    </message>
</context>
<context>
    <name>nb::server::NoticeStore</name>
    <message>
        <location filename="../server/storage/noticestore.cpp" line="+44"/>
        <source>The counter &quot;%1&quot; is missing.</source>
        <translation>Der Zähler „%1“ fehlt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no product &quot;%1&quot;.</source>
        <translation>Es gibt kein Produkt „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A notice with the id &quot;%1&quot; has been published already.</source>
        <translation>Ein Hinweis mit der ID „%1“ wurde bereits veröffentlicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no notice &quot;%1&quot; to follow up.</source>
        <translation>Es gibt keinen Hinweis „%1“, auf den sich der Folgehinweis beziehen kann.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The content of the patch &quot;%1&quot; is missing.</source>
        <translation>Der Inhalt des Patches „%1“ fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patch &quot;%1&quot; has %2 bytes, not %3.</source>
        <translation>Der Patch „%1“ hat %2 Byte, nicht %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SHA-256 of the patch &quot;%1&quot; does not match its content.</source>
        <translation>Der SHA-256-Wert des Patches „%1“ passt nicht zu seinem Inhalt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file &quot;%1&quot; is not referenced by the notice.</source>
        <translation>Die Datei „%1“ wird im Hinweis nicht genannt.</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>The acknowledgement was not stored.</source>
        <translation>Die Kenntnisnahme wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>nb::server::ProductStore</name>
    <message>
        <location filename="../server/storage/productstore.cpp" line="+99"/>
        <source>There is no product &quot;%1&quot;.</source>
        <translation>Es gibt kein Produkt „%1“.</translation>
    </message>
</context>
<context>
    <name>nb::server::RecipientRoutes</name>
    <message>
        <location filename="../server/api/recipientroutes.cpp" line="+27"/>
        <source>This mailing</source>
        <translation>Dieses Mailing</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>&quot;offset&quot; takes a whole number from 0 on.</source>
        <translation>„offset“ erwartet eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;limit&quot; takes a whole number from 1 to %1.</source>
        <translation>„limit“ erwartet eine ganze Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The search text may hold at most %1 characters.</source>
        <translation>Der Suchtext darf höchstens %1 Zeichen enthalten.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&quot;%1&quot; must be a company id (a whole number).</source>
        <translation>„%1“ muss eine Firmen-ID sein (eine ganze Zahl).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no company %1.</source>
        <translation>Es gibt keine Firma %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The field &quot;%1&quot; is not known here.</source>
        <translation>Das Feld „%1“ ist hier nicht bekannt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>„%1“ muss eine Liste sein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; must be an object with &quot;company&quot; and &quot;address&quot;.</source>
        <translation>„%1“ muss ein Objekt mit „company“ und „address“ sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>„%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This mailing has been sent; its recipients can no longer change.</source>
        <translation>Dieses Mailing wurde bereits gesendet; seine Empfänger können nicht mehr geändert werden.</translation>
    </message>
</context>
<context>
    <name>nb::server::SessionRoutes</name>
    <message numerus="yes">
        <location filename="../server/api/sessionroutes.cpp" line="+40"/>
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password is too long.</source>
        <translation>Das Passwort ist zu lang.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The e-mail address or the password is not correct.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist nicht korrekt.</translation>
    </message>
</context>
<context>
    <name>nb::server::SmtpConfig</name>
    <message>
        <location filename="../server/delivery/smtpsender.cpp" line="+52"/>
        <source>%1: starttls takes 1 or 0.</source>
        <translation>%1: starttls erwartet 1 oder 0.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: timeout takes a positive number of seconds.</source>
        <translation>%1: timeout erwartet eine positive Anzahl Sekunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: unknown key &quot;%2&quot; (known: user, password, starttls, ca-file, timeout, helo).</source>
        <translation>%1: unbekannter Schlüssel „%2“ (bekannt sind: user, password, starttls, ca-file, timeout, helo).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the SMTP config file %1: %2</source>
        <translation>Die SMTP-Konfigurationsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: expected &quot;key = value&quot;.</source>
        <translation>%1: „key = value“ erwartet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SMTP user and password go together: give both or neither.</source>
        <translation>SMTP-Benutzer und -Passwort gehören zusammen: Geben Sie beide an oder keines von beiden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMTP credentials need STARTTLS (starttls = 1) or an smtps:// relay; they would travel in clear text.</source>
        <translation>SMTP-Zugangsdaten erfordern STARTTLS (starttls = 1) oder ein smtps://-Relay; sonst würden sie im Klartext übertragen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the CA file %1.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>--smtp takes smtp://HOST:PORT or smtps://HOST:PORT, not &quot;%1&quot;.</source>
        <translation>--smtp erwartet smtp://HOST:PORT oder smtps://HOST:PORT, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--smtp takes no credentials: give them in the SMTP config file (NOTABENE_SMTP_CONFIG) or NOTABENE_SMTP_USER/NOTABENE_SMTP_PASSWORD.</source>
        <translation>--smtp nimmt keine Zugangsdaten an: Geben Sie sie in der SMTP-Konfigurationsdatei (NOTABENE_SMTP_CONFIG) oder über NOTABENE_SMTP_USER/NOTABENE_SMTP_PASSWORD an.</translation>
    </message>
</context>
<context>
    <name>nb::server::TicketRoutes</name>
    <message>
        <location filename="../server/api/ticketroutes.cpp" line="+35"/>
        <location line="+11"/>
        <source>Enter the %1 of the ticket.</source>
        <translation>Füllen Sie das Feld „%1“ des Tickets aus.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The field &quot;%1&quot; must be a text.</source>
        <translation>Das Feld „%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 may hold at most %2 characters.</source>
        <translation>Das Feld „%1“ darf höchstens %2 Zeichen enthalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 contains a control character.</source>
        <translation>Das Feld „%1“ enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This notice</source>
        <translation>Dieser Hinweis</translation>
    </message>
</context>
<context>
    <name>nb::ui::AnsprechpartnerPage</name>
    <message>
        <location filename="../ui/ansprechpartnerpage.cpp" line="+96"/>
        <source>%1 was added. The change is sent to the server with the next sync.</source>
        <translation>%1 wurde angelegt. Die Änderung wird bei der nächsten Synchronisierung an den Server übertragen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 was changed. The change is sent to the server with the next sync.</source>
        <translation>%1 wurde geändert. Die Änderung wird bei der nächsten Synchronisierung an den Server übertragen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete contact</source>
        <translation>Ansprechpartner löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the contact %1 (%2)? They will no longer receive mailings as a contact.</source>
        <translation>Möchten Sie den Ansprechpartner %1 (%2) löschen? Diese Person erhält dann keine Mailings mehr als Ansprechpartner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was deleted. The change is sent to the server with the next sync.</source>
        <translation>%1 wurde gelöscht. Die Änderung wird bei der nächsten Synchronisierung an den Server übertragen.</translation>
    </message>
</context>
<context>
    <name>nb::ui::ClientController</name>
    <message>
        <location filename="../ui/clientcontroller.cpp" line="+68"/>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Cannot open local data</source>
        <translation>Lokale Daten können nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Your session has expired. Sign in again; your unsynced changes are kept.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an; Ihre noch nicht synchronisierten Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your session has expired. Sign in again; unsaved text in the editor is kept.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an; nicht gespeicherter Text im Editor bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — vendor staff</source>
        <translation>%1 — Mitarbeiter des Herstellers</translation>
    </message>
</context>
<context>
    <name>nb::ui::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="+78"/>
        <source>Same on both sides</source>
        <translation>Auf beiden Seiten gleich</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep mine</source>
        <translation>Meinen behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the server&apos;s</source>
        <translation>Den des Servers nehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: keep mine</source>
        <translation>%1: meinen Wert behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: take the server&apos;s</source>
        <translation>%1: Wert des Servers nehmen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not apply your choice: %1</source>
        <translation>Ihre Auswahl konnte nicht übernommen werden: %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::ConflictForm</name>
    <message>
        <location filename="../ui/conflictform.cpp" line="+22"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas of responsibility</source>
        <translation>Zuständigkeitsbereiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receives critical information</source>
        <translation>Erhält kritische Informationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact</source>
        <translation>Notfallkontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary contact e-mail address</source>
        <translation>E-Mail-Adresse (Erstkontakt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Conflict: company profile</source>
        <translation>Konflikt: Firmenprofil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict: contact %1</source>
        <translation>Konflikt: Ansprechpartner %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict: distribution list %1</source>
        <translation>Konflikt: Verteiler %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::ContactDialog</name>
    <message>
        <location filename="../ui/contactdialog.cpp" line="+17"/>
        <source>Contact &gt;&gt; Add</source>
        <translation>Kontakt &gt;&gt; Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact &gt;&gt; Edit</source>
        <translation>Kontakt &gt;&gt; Bearbeiten</translation>
    </message>
</context>
<context>
    <name>nb::ui::ContactForm</name>
    <message>
        <location filename="../ui/contactform.cpp" line="+103"/>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the first name.</source>
        <translation>Geben Sie den Vornamen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the last name.</source>
        <translation>Geben Sie den Nachnamen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse ein.</translation>
    </message>
</context>
<context>
    <name>nb::ui::ContactsTableModel</name>
    <message>
        <location filename="../ui/contactstablemodel.cpp" line="+93"/>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Areas</source>
        <translation>Zuständigkeitsbereiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical information</source>
        <translation>Kritische Informationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency contact</source>
        <translation>Notfallkontakt</translation>
    </message>
</context>
<context>
    <name>nb::ui::FirmenprofilForm</name>
    <message>
        <location filename="../ui/firmenprofilform.cpp" line="+95"/>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the company name.</source>
        <translation>Geben Sie den Firmennamen ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the e-mail address that receives mandatory mailings.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, an die die Pflichtmailings gesendet werden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The company profile is not loaded yet.</source>
        <translation>Das Firmenprofil ist noch nicht geladen.</translation>
    </message>
</context>
<context>
    <name>nb::ui::FirmenprofilPage</name>
    <message>
        <location filename="../ui/firmenprofilpage.cpp" line="+48"/>
        <source>Saved. The change is sent to the server with the next sync.</source>
        <translation>Gespeichert. Die Änderung wird bei der nächsten Synchronisierung an den Server übertragen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>E-mail address (primary contact for %1):</source>
        <translation>E-Mail-Adresse (Erstkontakt für %1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail address, primary contact for %1</source>
        <translation>E-Mail-Adresse, Erstkontakt für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This looks like your company&apos;s shared mailbox. Mandatory mailings from %1 may not reach the right person automatically. Enter the e-mail address of the person who should receive them, or add further contacts who receive critical information.</source>
        <translation>Dies scheint eine allgemeine E-Mail-Adresse Ihrer Firma zu sein. Die Pflichtmailings von %1 erreichen dann möglicherweise nicht automatisch den richtigen Ansprechpartner. Hinterlegen Sie die E-Mail-Adresse der Person, die sie erhalten soll, oder legen Sie weitere Ansprechpartner an, die kritische Informationen erhalten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The company profile has not been loaded from the server yet.</source>
        <translation>Das Firmenprofil wurde noch nicht vom Server geladen.</translation>
    </message>
</context>
<context>
    <name>nb::ui::Labels</name>
    <message>
        <location filename="../ui/labels.cpp" line="+10"/>
        <source>Purchasing and billing</source>
        <translation>Einkauf &amp; Abrechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing and sales</source>
        <translation>Marketing &amp; Vertrieb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations and maintenance</source>
        <translation>Betrieb &amp; Wartung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT and technology</source>
        <translation>IT &amp; Technik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance and outages</source>
        <translation>Wartung &amp; Ausfälle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updates and technical changes</source>
        <translation>Updates &amp; technische Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing and contracts</source>
        <translation>Abrechnung &amp; Verträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data protection and legal</source>
        <translation>Datenschutz &amp; Recht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product news</source>
        <translation>Produktneuigkeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mx</source>
        <translation>Divers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>nb::ui::LinkOpener</name>
    <message>
        <location filename="../ui/linkopener.cpp" line="+20"/>
        <source>Open link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads to:

%1

Open it in your browser? Download patches only through Notabene or the Kundencenter, never from other sites.</source>
        <translation>Dieser Link führt zu:

%1

Möchten Sie ihn in Ihrem Browser öffnen? Laden Sie Patches nur über Notabene oder das Kundencenter herunter, niemals von anderen Websites.</translation>
    </message>
</context>
<context>
    <name>nb::ui::LintPanel</name>
    <message>
        <location filename="../ui/lintpanel.cpp" line="+26"/>
        <source>Rule check</source>
        <translation>Regelprüfung</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error (%1): blocks approval</source>
        <translation>Fehler (%1): verhindert die Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning (%1)</source>
        <translation>Warnung (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — warnings do not block approval.</source>
        <translation>%1 — Warnungen verhindern die Freigabe nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 — errors block approval.</source>
        <translation>%1, %2 — Fehler verhindern die Freigabe.</translation>
    </message>
</context>
<context>
    <name>nb::ui::MailCheckPage</name>
    <message>
        <location filename="../ui/mailcheckpage.cpp" line="+84"/>
        <source>Check an e-mail</source>
        <translation>E-Mail prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mails (*.eml);;All files (*)</source>
        <translation>E-Mails (*.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This file cannot be checked: %1 Do not open links or attachments of this mail.</source>
        <translation>Diese Datei kann nicht geprüft werden: %1 Öffnen Sie keine Links oder Anhänge dieser E-Mail.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+56"/>
        <source>Notice: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Signed with key %1</source>
        <translation>Signiert mit Schlüssel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>From: %1</source>
        <translation>Absender: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Forwarded message %1: %2</source>
        <translation>Weitergeleitete Nachricht %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::MailingEditor</name>
    <message>
        <location filename="../ui/mailingeditor.cpp" line="+125"/>
        <source>(choose a category)</source>
        <translation>(Kategorie auswählen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(none: a first mailing)</source>
        <translation>(keines: erstes Mailing)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Characters in the subject; an inbox shows about %1.</source>
        <translation>Zeichen im Betreff; ein Posteingang zeigt etwa %1 davon an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New mailing — not saved yet.</source>
        <translation>Neues Mailing — noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent on %1 as notice %2 — it can no longer be changed; write a follow-up mailing instead.</source>
        <translation>Am %1 als Hinweis %2 gesendet — das Mailing kann nicht mehr geändert werden; schreiben Sie stattdessen ein Folgemailing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved by %1 — saving your changes withdraws the approval.</source>
        <translation>Freigegeben von %1 — wenn Sie Ihre Änderungen speichern, wird die Freigabe zurückgezogen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by %1 on %2 — any edit withdraws the approval.</source>
        <translation>Am %2 von %1 freigegeben — jede Änderung zieht die Freigabe zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft — unsaved changes.</source>
        <translation>Entwurf — nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft — last changed by %1 on %2. A second staff member has to approve it before it can be sent.</source>
        <translation>Entwurf — zuletzt geändert von %1 am %2. Ein zweiter Mitarbeiter muss ihn freigeben, bevor er gesendet werden kann.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Upload a file to the server; customers download it from there (never a mail attachment)</source>
        <translation>Eine Datei auf den Server hochladen; die Kunden laden sie von dort herunter (niemals als E-Mail-Anhang)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the mailing first.</source>
        <translation>Speichern Sie zuerst das Mailing.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the mailing; a second staff member approves it before it can be sent.</source>
        <translation>Das Mailing speichern; ein zweiter Mitarbeiter gibt es frei, bevor es gesendet werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your changes before a test send, approval or sending.</source>
        <translation>Speichern Sie Ihre Änderungen vor einem Testversand, einer Freigabe oder dem Versand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved: ready to send.</source>
        <translation>Freigegeben: bereit zum Senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the errors in the rule check before the mailing can be approved.</source>
        <translation>Beheben Sie die Fehler der Regelprüfung, damit das Mailing freigegeben werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You wrote or last edited this mailing, so a second staff member has to approve it (four-eyes principle).</source>
        <translation>Sie haben dieses Mailing verfasst oder zuletzt bearbeitet, daher muss ein zweiter Mitarbeiter es freigeben (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot approve this mailing.</source>
        <translation>Sie können dieses Mailing nicht freigeben.</translation>
    </message>
    <message>
        <location filename="../ui/mailingeditoractions.cpp" line="+50"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved; you changed the text meanwhile, save again to keep it.</source>
        <translation>Gespeichert; Sie haben den Text inzwischen geändert – speichern Sie erneut, um die Änderungen zu behalten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading the current version…</source>
        <translation>Aktuelle Version wird geladen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reloaded the version %1 saved last. Your text is still in the editor; Save replaces their version with yours.</source>
        <translation>Die zuletzt von %1 gespeicherte Version wurde neu geladen. Ihr Text steht weiterhin im Editor; „Speichern“ ersetzt diese Version durch Ihre.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save your changes before approving.</source>
        <translation>Speichern Sie Ihre Änderungen vor der Freigabe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mailing breaks the rules for mandatory mailings; fix the errors in the rule check first.</source>
        <translation>Das Mailing verstößt gegen die Regeln für Pflichtmailings; beheben Sie zuerst die Fehler der Regelprüfung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approving…</source>
        <translation>Wird freigegeben…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved. The mailing can be sent now.</source>
        <translation>Freigegeben. Das Mailing kann jetzt gesendet werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test send</source>
        <translation>Testversand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the saved mailing exactly as recipients will get it to this address:</source>
        <translation>Das gespeicherte Mailing genau so, wie die Empfänger es erhalten, an diese Adresse senden:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending a test mail to %1…</source>
        <translation>Test-E-Mail an %1 wird gesendet…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test mail to %1 queued for delivery (Message-ID %2).</source>
        <translation>Test-E-Mail an %1 zur Zustellung in die Warteschlange gestellt (Message-ID %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counting the recipients…</source>
        <translation>Empfänger werden gezählt…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nobody would receive this mailing: no company licenses its products, or every recipient is excluded.</source>
        <translation>Niemand würde dieses Mailing erhalten: Keine Firma lizenziert seine Produkte, oder alle Empfänger sind ausgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n Adresse</numerusform>
            <numerusform>%n Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+26"/>
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n Firma</numerusform>
            <numerusform>%n Firmen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Send “%1” now to %2 at %3? Every address gets the mail, and the notice appears in the companies&apos; inboxes in the app. This cannot be undone.</source>
        <translation>„%1“ jetzt an %2 in %3 senden? Jede Adresse erhält die E-Mail, und der Hinweis erscheint in der App im Posteingang der Firmen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send mailing</source>
        <translation>Mailing senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sent as notice %1: %2 queued for %3.</source>
        <translation>Als Hinweis %1 gesendet: %2 für %3 in die Warteschlange gestellt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n mail(s)</source>
        <translation>
            <numerusform>%n E-Mail</numerusform>
            <numerusform>%n E-Mails</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the draft “%1”? This cannot be undone.</source>
        <translation>Den Entwurf „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The draft was deleted.</source>
        <translation>Der Entwurf wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add patch</source>
        <translation>Patch hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is larger than %2.</source>
        <translation>%1 ist größer als %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was uploaded; customers download it from the server.</source>
        <translation>%1 wurde hochgeladen; die Kunden laden die Datei vom Server herunter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>nb::ui::MailingListModel</name>
    <message>
        <location filename="../ui/mailinglistmodel.cpp" line="+54"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sent as notice %1</source>
        <translation>Als Hinweis %1 gesendet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>nb::ui::MailingPreview</name>
    <message>
        <location filename="../ui/mailingpreview.cpp" line="+38"/>
        <source>Link target: %1</source>
        <translation>Linkziel: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Myself (as a test send)</source>
        <translation>Mich selbst (als Testversand)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the mailing to see it as it will be sent.</source>
        <translation>Speichern Sie das Mailing, um es so zu sehen, wie es gesendet wird.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rendering the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From: %1
To: %2</source>
        <translation>Absender: %1
Empfänger: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 licenses none of the mailing&apos;s products and does not receive it.</source>
        <translation>%1 lizenziert keines der Produkte des Mailings und erhält es nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 receives it at: %2</source>
        <translation>%1 erhält es an: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no address: every recipient is excluded)</source>
        <translation>(keine Adresse: alle Empfänger sind ausgeschlossen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The notice of this preview cannot be read: %1</source>
        <translation>Der Hinweis dieser Vorschau kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Forum/status page: %1</source>
        <translation>Forum/Statusseite: %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::MailingResultsView</name>
    <message>
        <location filename="../ui/mailingresultsview.cpp" line="+77"/>
        <location line="+26"/>
        <source>The results appear once the mailing is sent.</source>
        <translation>Die Ergebnisse erscheinen, sobald das Mailing gesendet wurde.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notice %1: %2 to %3.</source>
        <translation>Hinweis %1: %2 an %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n mail(s)</source>
        <translation>
            <numerusform>%n E-Mail</numerusform>
            <numerusform>%n E-Mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n Firma</numerusform>
            <numerusform>%n Firmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %2 companies (%n acknowledgement(s))</source>
        <translation>
            <numerusform>%1 von %2 Firmen (%n Kenntnisnahme)</numerusform>
            <numerusform>%1 von %2 Firmen (%n Kenntnisnahmen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delivery is running; the figures update by themselves.</source>
        <translation>Die Zustellung läuft; die Zahlen werden automatisch aktualisiert.</translation>
    </message>
</context>
<context>
    <name>nb::ui::MailingsPage</name>
    <message>
        <location filename="../ui/mailingspage.cpp" line="+44"/>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+85"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>No mailings yet: start with &quot;New mailing&quot;.</source>
        <translation>Noch keine Mailings: Beginnen Sie mit „Neues Mailing“.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n mailing(s)</source>
        <translation>
            <numerusform>%n Mailing</numerusform>
            <numerusform>%n Mailings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>New mailing</source>
        <translation>Neues Mailing</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>nb::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+61"/>
        <source>Important notices are not available.</source>
        <translation>Wichtige Hinweise sind nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check an e-mail</source>
        <translation>E-Mail prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My company</source>
        <translation>Meine Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company profile</source>
        <translation>Firmenprofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My staff</source>
        <translation>Meine Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution lists</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Security warning: %1 The data shown is the last state that could be checked.</source>
        <translation>Sicherheitswarnung: %1 Die angezeigten Daten sind der letzte Stand, der geprüft werden konnte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Important notices (%1)</source>
        <translation>Wichtige Hinweise (%1)</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+109"/>
        <source>Important notices</source>
        <translation>Wichtige Hinweise</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The server refused a change: %1</source>
        <translation>Der Server hat eine Änderung abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n conflict(s) — please decide</source>
        <translation>
            <numerusform>%n Konflikt — bitte entscheiden</numerusform>
            <numerusform>%n Konflikte — bitte entscheiden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::ui::NoticeBanner</name>
    <message>
        <location filename="../ui/noticebanner.cpp" line="+23"/>
        <location line="+12"/>
        <source>Important notice</source>
        <translation>Wichtiger Hinweis</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Act by: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::NoticeBrowser</name>
    <message>
        <location filename="../ui/noticebrowser.cpp" line="+11"/>
        <source>Notice text</source>
        <translation>Hinweistext</translation>
    </message>
</context>
<context>
    <name>nb::ui::NoticeLabels</name>
    <message>
        <location filename="../ui/noticelabels.cpp" line="+14"/>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>seit %n Tag überfällig</numerusform>
            <numerusform>seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verified (key %1)</source>
        <translation>Verifiziert (Schlüssel %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid signature – the content was altered</source>
        <translation>Ungültige Signatur – Inhalt wurde verändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key expired or data out of date</source>
        <translation>Schlüssel abgelaufen oder Daten veraltet</translation>
    </message>
</context>
<context>
    <name>nb::ui::NoticeListModel</name>
    <message>
        <location filename="../ui/noticelistmodel.cpp" line="+234"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act by</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
</context>
<context>
    <name>nb::ui::NoticeNotifier</name>
    <message>
        <location filename="../ui/noticenotifier.cpp" line="+70"/>
        <source>Important notice (%1)</source>
        <translation>Wichtiger Hinweis (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new important notice(s)</source>
        <translation>
            <numerusform>%n neuer wichtiger Hinweis</numerusform>
            <numerusform>%n neue wichtige Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::ui::NoticeView</name>
    <message>
        <location filename="../ui/noticeview.cpp" line="+57"/>
        <source>Downloading… %1 of %2</source>
        <translation>Wird heruntergeladen… %1 von %2</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Notice %1 (content not verified)</source>
        <translation>Hinweis %1 (Inhalt nicht verifiziert)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The text of this notice is not shown: its signature does not match the content, so it may have been altered. Do not follow instructions from it; contact the vendor through the Kundencenter.</source>
        <translation>Der Text dieses Hinweises wird nicht angezeigt: Seine Signatur passt nicht zum Inhalt, er wurde also möglicherweise verändert. Folgen Sie keinen Anweisungen daraus; wenden Sie sich über das Kundencenter an den Hersteller.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text of this notice is not shown because its signature cannot be checked: %1</source>
        <translation>Der Text dieses Hinweises wird nicht angezeigt, weil seine Signatur nicht geprüft werden kann: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Be careful: %1</source>
        <translation>Vorsicht: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 – %2 – %3</source>
        <translation>%1&#xa0;– %2&#xa0;– %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Acknowledged on %1 – not yet sent to the server (pending)</source>
        <translation>Am %1 zur Kenntnis genommen – noch nicht an den Server gesendet (ausstehend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged on %1</source>
        <translation>Am %1 zur Kenntnis genommen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save patch to</source>
        <translation>Patch speichern in</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved as %1 – size and SHA-256 checked. Notabene does not open it; install it as the notice describes.</source>
        <translation>Gespeichert als %1 – Größe und SHA-256 geprüft. Notabene öffnet die Datei nicht; installieren Sie sie so, wie im Hinweis beschrieben.</translation>
    </message>
</context>
<context>
    <name>nb::ui::NoticesPage</name>
    <message>
        <location filename="../ui/noticespage.cpp" line="+83"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n ungelesen</numerusform>
            <numerusform>, %n ungelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of %1 – no connection to the server for %2. Newer notices may be missing.</source>
        <translation>Stand %1 – seit %2 keine Verbindung zum Server. Neuere Hinweise fehlen möglicherweise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notices have not been fetched from the server yet.</source>
        <translation>Die Hinweise wurden noch nicht vom Server abgerufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key list expired on %1: signatures cannot be confirmed until Notabene reaches the server again.</source>
        <translation>Die Schlüsselliste ist am %1 abgelaufen: Signaturen können erst wieder bestätigt werden, wenn Notabene den Server erreicht.</translation>
    </message>
</context>
<context>
    <name>nb::ui::RecipientsModel</name>
    <message numerus="yes">
        <location filename="../ui/recipientsmodel.cpp" line="+141"/>
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n Adresse</numerusform>
            <numerusform>%n Adressen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (fallback to the primary contact)</source>
        <translation>%1 (ersatzweise an den Erstkontakt)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Excluded: nobody at this company gets the mailing</source>
        <translation>Ausgeschlossen: Niemand in dieser Firma erhält das Mailing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick to leave this company out</source>
        <translation>Ankreuzen, um diese Firma auszuschließen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The whole company is excluded</source>
        <translation>Die gesamte Firma ist ausgeschlossen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Company / address</source>
        <translation>Firma / Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer no. / name</source>
        <translation>Kundennr. / Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
</context>
<context>
    <name>nb::ui::RecipientsView</name>
    <message>
        <location filename="../ui/recipientsview.cpp" line="+66"/>
        <source>Save the mailing to see who receives it.</source>
        <translation>Speichern Sie das Mailing, um zu sehen, wer es erhält.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Loading the recipients…</source>
        <translation>Empfänger werden geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <location line="+6"/>
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n Adresse</numerusform>
            <numerusform>%n Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <location line="+6"/>
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n Firma</numerusform>
            <numerusform>%n Firmen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 at %2 receive this mailing.</source>
        <translation>Dieses Mailing geht an %1 in %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excluded: %1, %2.</source>
        <translation>Ausgeschlossen: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n company(ies) license none of its products.</source>
        <translation>
            <numerusform>%n Firma lizenziert keines der Produkte dieses Mailings.</numerusform>
            <numerusform>%n Firmen lizenzieren keines der Produkte dieses Mailings.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load more (%1 of %2 shown)</source>
        <translation>Mehr laden (%1 von %2 angezeigt)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saving the exclusions…</source>
        <translation>Ausschlüsse werden gespeichert…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export recipients</source>
        <translation>Empfänger exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recipients-%1.csv</source>
        <translation>empfaenger-%1.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
</context>
<context>
    <name>nb::ui::SpamScoreWidget</name>
    <message>
        <location filename="../ui/spamscorewidget.cpp" line="+25"/>
        <source>Spam rules that fired</source>
        <translation>Ausgelöste Spam-Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Spam score: checking with SpamAssassin…</source>
        <translation>Spam-Bewertung: SpamAssassin prüft…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Spam score %1 of %2: SpamAssassin would file this mailing as spam. Change the text until the rules below no longer fire.</source>
        <translation>Spam-Bewertung %1 von %2: SpamAssassin würde dieses Pflichtmailing als Spam einstufen. Ändern Sie den Text, bis die Regeln unten nicht mehr anschlagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spam score %1 of %2: close to the spam threshold; some mail servers may file it as spam. Check the rules below.</source>
        <translation>Spam-Bewertung %1 von %2: nahe an der Spam-Schwelle; manche Mailserver könnten es als Spam einstufen. Prüfen Sie die Regeln unten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spam score %1 of %2: unlikely to be filed as spam.</source>
        <translation>Spam-Bewertung %1 von %2: wird voraussichtlich nicht als Spam eingestuft.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No spam score: %1</source>
        <translation>Keine Spam-Bewertung: %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::StaffLabels</name>
    <message>
        <location filename="../ui/stafflabels.cpp" line="+14"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Primary contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distribution list</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallback</source>
        <translation>Ersatzadresse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act by</source>
        <translation>Handeln bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forum/status link</source>
        <translation>Forum-/Statuslink</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distribution category</source>
        <translation>Verteilerkategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up of</source>
        <translation>Folgemailing zu</translation>
    </message>
</context>
<context>
    <name>nb::ui::StaffWindow</name>
    <message>
        <location filename="../ui/staffwindow.cpp" line="+65"/>
        <source>Mandatory mailings</source>
        <translation>Pflichtmailings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check an e-mail</source>
        <translation>E-Mail prüfen</translation>
    </message>
</context>
<context>
    <name>nb::ui::SyncStatusWidget</name>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="+22"/>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n Änderung ausstehend</numerusform>
            <numerusform>%n Änderungen ausstehend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::ui::TicketDialog</name>
    <message>
        <location filename="../ui/ticketdialog.cpp" line="+38"/>
        <source>Question about notice %1: %2</source>
        <translation>Rückfrage zu Hinweis %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ticket %1 was created. Please quote this number when you contact support.</source>
        <translation>Das Ticket %1 wurde angelegt. Bitte geben Sie diese Nummer an, wenn Sie sich an den Support wenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ticket was not created: %1</source>
        <translation>Das Ticket wurde nicht angelegt: %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::TrayNotifier</name>
    <message>
        <location filename="../ui/noticenotifier.cpp" line="-63"/>
        <source>Show Notabene</source>
        <translation>Notabene anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>Notabene</source>
        <translation>Notabene</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Notabene – %n unread important notice(s)</source>
        <translation>
            <numerusform>Notabene – %n ungelesener wichtiger Hinweis</numerusform>
            <numerusform>Notabene – %n ungelesene wichtige Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::ui::VerteilerCategoryWidget</name>
    <message>
        <location filename="../ui/verteilercategorywidget.cpp" line="+32"/>
        <location line="+1"/>
        <source>Edit the addresses of %1</source>
        <translation>Adressen für „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>nb::ui::VerteilerPage</name>
    <message>
        <location filename="../ui/verteilerpage.cpp" line="+62"/>
        <source>Saved. The change is sent to the server with the next sync.</source>
        <translation>Gespeichert. Die Änderung wird bei der nächsten Synchronisierung an den Server übertragen.</translation>
    </message>
</context>
</TS>

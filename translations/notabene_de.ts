<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>nb::Company</name>
    <message>
        <location filename="../core/company.cpp" line="+39"/>
        <source>The customer number is assigned by the vendor and cannot be changed.</source>
        <translation>Die Kundennummer wird vom Hersteller vergeben und kann nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+30"/>
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
    <name>nb::crypto</name>
    <message>
        <location filename="../core/crypto.cpp" line="+25"/>
        <source>Not enough memory to protect the password.</source>
        <translation>Nicht genügend Arbeitsspeicher, um das Passwort zu schützen.</translation>
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
</context>
<context>
    <name>nb::server::ApiHttpServer</name>
    <message>
        <location filename="../server/http/apihttpserver.cpp" line="+54"/>
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
        <location line="+43"/>
        <source>There is nothing at %1.</source>
        <translation>Unter %1 ist nichts zu finden.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Der Inhalt der Anfrage ist größer als %1 Byte.</translation>
    </message>
</context>
<context>
    <name>nb::server::Cli</name>
    <message>
        <location filename="../server/servercommands.cpp" line="+37"/>
        <source>Usage: notabene-server &lt;command&gt; [options]

Commands:
  serve       Answer the REST API (--listen HOST:PORT, --db URL)
  demo-data   Create the demo world in a database and print its logins (--db URL)
  migrate     Bring a database&apos;s schema up to date (--db URL)
  routes      List every route of the REST API

Databases: sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE
Options: --help, --version; &apos;notabene-server &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Aufruf: notabene-server &lt;Befehl&gt; [Optionen]

Befehle:
  serve       Die REST-API bereitstellen (--listen HOST:PORT, --db URL)
  demo-data   Demodaten in einer Datenbank anlegen und ihre Zugänge ausgeben (--db URL)
  migrate     Das Schema einer Datenbank aktualisieren (--db URL)
  routes      Alle Routen der REST-API auflisten

Datenbanken: sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DATENBANK
Optionen: --help, --version; „notabene-server &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>Die Datenbank: sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missing --db URL.</source>
        <translation>Die Option --db URL fehlt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create the demo world (idempotent).</source>
        <translation>Demodaten anlegen (idempotent: ein erneuter Aufruf ändert nichts).</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+19"/>
        <source>Cannot read the TLS certificate or key file.</source>
        <translation>Die TLS-Zertifikatsdatei oder die Schlüsseldatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The TLS certificate or key is not valid PEM.</source>
        <translation>Das TLS-Zertifikat oder der Schlüssel ist kein gültiges PEM.</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+6"/>
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
        <location line="+23"/>
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
        <location line="+11"/>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <location line="+22"/>
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
    <name>nb::server::CompanyRoutes</name>
    <message>
        <location filename="../server/api/companyroutes.cpp" line="+29"/>
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
        <location filename="../server/api/contactroutes.cpp" line="+42"/>
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
        <location line="+10"/>
        <location line="+10"/>
        <source>Migration %1 failed</source>
        <translation>Migration %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+18"/>
        <source>Statement failed</source>
        <translation>Die SQL-Anweisung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>nb::server::DistributionRoutes</name>
    <message>
        <location filename="../server/api/distributionroutes.cpp" line="+33"/>
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
</TS>

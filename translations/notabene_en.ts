<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>nb::Company</name>
    <message>
        <location filename="../core/company.cpp" line="+39"/>
        <source>The customer number is assigned by the vendor and cannot be changed.</source>
        <translation>The customer number is assigned by the vendor and cannot be changed.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the company name.</source>
        <translation>Enter the company name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the e-mail address that receives mandatory mailings (Erstkontakt).</source>
        <translation>Enter the e-mail address that receives mandatory mailings (Erstkontakt).</translation>
    </message>
</context>
<context>
    <name>nb::Contact</name>
    <message>
        <location filename="../core/contact.cpp" line="+90"/>
        <source>The salutation must be one of: mr, ms, diverse or empty.</source>
        <translation>The salutation must be one of: mr, ms, diverse or empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the contact&apos;s first name.</source>
        <translation>Enter the contact&apos;s first name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the contact&apos;s last name.</source>
        <translation>Enter the contact&apos;s last name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the contact&apos;s e-mail address.</source>
        <translation>Enter the contact&apos;s e-mail address.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a known area of responsibility.</source>
        <translation>&quot;%1&quot; is not a known area of responsibility.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language must be de or en.</source>
        <translation>The language must be de or en.</translation>
    </message>
</context>
<context>
    <name>nb::Distribution</name>
    <message>
        <location filename="../core/distribution.cpp" line="+46"/>
        <source>%1 is already in this list.</source>
        <translation>%1 is already in this list.</translation>
    </message>
</context>
<context>
    <name>nb::EmailAddress</name>
    <message>
        <location filename="../core/emailaddress.cpp" line="+121"/>
        <source>The part before the @ may only contain ASCII letters (a-z, without umlauts or accents), digits and characters such as . _ - +; %1 at position %2 is not allowed.</source>
        <translation>The part before the @ may only contain ASCII letters (a-z, without umlauts or accents), digits and characters such as . _ - +; %1 at position %2 is not allowed.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+11"/>
        <source>Quotation marks must enclose the entire part before the @.</source>
        <translation>Quotation marks must enclose the entire part before the @.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The quotation marks before the @ must not be empty.</source>
        <translation>The quotation marks before the @ must not be empty.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The character %1 at position %2 is not allowed in the part before the @.</source>
        <translation>The character %1 at position %2 is not allowed in the part before the @.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The part before the @ must not start with a dot.</source>
        <translation>The part before the @ must not start with a dot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part before the @ must not end with a dot.</source>
        <translation>The part before the @ must not end with a dot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part before the @ must not contain two dots in a row.</source>
        <translation>The part before the @ must not contain two dots in a row.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The part before the @ is too long (%1 characters, at most 64 are allowed).</source>
        <translation>The part before the @ is too long (%1 characters, at most 64 are allowed).</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Addresses with an IP address in square brackets are not accepted. Please enter a domain name, for example name@firma.de.</source>
        <translation>Addresses with an IP address in square brackets are not accepted. Please enter a domain name, for example name@firma.de.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The character %1 at position %2 is not allowed in the domain after the @. A domain may only contain letters, digits, hyphens and dots.</source>
        <translation>The character %1 at position %2 is not allowed in the domain after the @. A domain may only contain letters, digits, hyphens and dots.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The domain after the @ must not start with a dot.</source>
        <translation>The domain after the @ must not start with a dot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The domain after the @ must not end with a dot.</source>
        <translation>The domain after the @ must not end with a dot.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain after the @ must not contain two dots in a row.</source>
        <translation>The domain after the @ must not contain two dots in a row.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The domain after the @ is incomplete; it needs at least one dot, for example firma.de.</source>
        <translation>The domain after the @ is incomplete; it needs at least one dot, for example firma.de.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An IP address is not accepted after the @. Please enter a domain name, for example name@firma.de.</source>
        <translation>An IP address is not accepted after the @. Please enter a domain name, for example name@firma.de.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The part &quot;%1&quot; of the domain must not start with a hyphen.</source>
        <translation>The part &quot;%1&quot; of the domain must not start with a hyphen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part &quot;%1&quot; of the domain must not end with a hyphen.</source>
        <translation>The part &quot;%1&quot; of the domain must not end with a hyphen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The part &quot;%1&quot; of the domain is not a valid internationalised domain name.</source>
        <translation>The part &quot;%1&quot; of the domain is not a valid internationalised domain name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The part &quot;%1&quot; of the domain is too long (%2 characters, at most 63 are allowed).</source>
        <translation>The part &quot;%1&quot; of the domain is too long (%2 characters, at most 63 are allowed).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The part &quot;%1&quot; of the domain is too long: its encoded (punycode) form has %2 characters, at most 63 are allowed.</source>
        <translation>The part &quot;%1&quot; of the domain is too long: its encoded (punycode) form has %2 characters, at most 63 are allowed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The domain must end with a name such as .de or .com, not with digits.</source>
        <translation>The domain must end with a name such as .de or .com, not with digits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The domain after the @ is too long (%1 characters, at most 253 are allowed).</source>
        <translation>The domain after the @ is too long (%1 characters, at most 253 are allowed).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The e-mail address contains a control character.</source>
        <translation>The e-mail address contains a control character.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please enter an e-mail address.</source>
        <translation>Please enter an e-mail address.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The e-mail address contains %1 at position %2, which looks like an @ but is a different character. Please type a normal @.</source>
        <translation>The e-mail address contains %1 at position %2, which looks like an @ but is a different character. Please type a normal @.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The quotation mark at the beginning of the e-mail address is not closed.</source>
        <translation>The quotation mark at the beginning of the e-mail address is not closed.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter a single address without a name or angle brackets (&lt; &gt;), for example name@firma.de.</source>
        <translation>Enter a single address without a name or angle brackets (&lt; &gt;), for example name@firma.de.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter only one e-mail address. Several addresses cannot be entered here.</source>
        <translation>Enter only one e-mail address. Several addresses cannot be entered here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The e-mail address must not contain commas or semicolons.</source>
        <translation>The e-mail address must not contain commas or semicolons.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address must not contain spaces.</source>
        <translation>The e-mail address must not contain spaces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address needs an @ followed by a domain, for example name@firma.de.</source>
        <translation>The e-mail address needs an @ followed by a domain, for example name@firma.de.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The e-mail address must contain only one @.</source>
        <translation>The e-mail address must contain only one @.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The part before the @ is missing, for example name@firma.de.</source>
        <translation>The part before the @ is missing, for example name@firma.de.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The domain after the @ is missing, for example name@firma.de.</source>
        <translation>The domain after the @ is missing, for example name@firma.de.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The e-mail address is too long (%1 characters, at most 254 are allowed).</source>
        <translation>The e-mail address is too long (%1 characters, at most 254 are allowed).</translation>
    </message>
</context>
<context>
    <name>nb::JsonReader</name>
    <message>
        <location filename="../core/jsonreader.cpp" line="+17"/>
        <source>The field &quot;%1&quot; is not known here.</source>
        <translation>The field &quot;%1&quot; is not known here.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+37"/>
        <location line="+21"/>
        <source>The field &quot;%1&quot; is required.</source>
        <translation>The field &quot;%1&quot; is required.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The field &quot;%1&quot; must be a text.</source>
        <translation>The field &quot;%1&quot; must be a text.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The field &quot;%1&quot; may hold at most %2 characters.</source>
        <translation>The field &quot;%1&quot; may hold at most %2 characters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The field &quot;%1&quot; contains a control character.</source>
        <translation>The field &quot;%1&quot; contains a control character.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The field &quot;%1&quot; must be true or false.</source>
        <translation>The field &quot;%1&quot; must be true or false.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+18"/>
        <source>The field &quot;%1&quot; must be a list of texts.</source>
        <translation>The field &quot;%1&quot; must be a list of texts.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The field &quot;%1&quot; may hold at most %2 entries.</source>
        <translation>The field &quot;%1&quot; may hold at most %2 entries.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An entry of &quot;%1&quot; is longer than %2 characters.</source>
        <translation>An entry of &quot;%1&quot; is longer than %2 characters.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>The request body is not valid JSON: %1 at offset %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The request body must be a JSON object.</source>
        <translation>The request body must be a JSON object.</translation>
    </message>
</context>
<context>
    <name>nb::client::ServerEndpoint</name>
    <message>
        <location filename="../client/serverendpoint.cpp" line="+24"/>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the server address as https://host or https://host:port.</source>
        <translation>Enter the server address as https://host or https://host:port.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server address must not contain a user name, query or fragment.</source>
        <translation>The server address must not contain a user name, query or fragment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to %1 must use https: passwords and the session would otherwise travel unencrypted.</source>
        <translation>The connection to %1 must use https: passwords and the session would otherwise travel unencrypted.</translation>
    </message>
</context>
<context>
    <name>nb::crypto</name>
    <message>
        <location filename="../core/crypto.cpp" line="+25"/>
        <source>Not enough memory to protect the password.</source>
        <translation>Not enough memory to protect the password.</translation>
    </message>
</context>
<context>
    <name>nb::rules</name>
    <message>
        <location filename="../core/fieldrules.cpp" line="+23"/>
        <source>Enter the phone number with digits only, for example +49 2433 12345-0.</source>
        <translation>Enter the phone number with digits only, for example +49 2433 12345-0.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the country as a two-letter code, for example DE, AT or CH.</source>
        <translation>Enter the country as a two-letter code, for example DE, AT or CH.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A German postcode has exactly five digits.</source>
        <translation>A German postcode has exactly five digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A postcode in Austria or Switzerland has exactly four digits.</source>
        <translation>A postcode in Austria or Switzerland has exactly four digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The postcode may hold letters, digits, spaces and hyphens only.</source>
        <translation>The postcode may hold letters, digits, spaces and hyphens only.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the website as a full address, for example https://www.firma.de.</source>
        <translation>Enter the website as a full address, for example https://www.firma.de.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the VAT id with its country prefix and without spaces, for example DE123456789.</source>
        <translation>Enter the VAT id with its country prefix and without spaces, for example DE123456789.</translation>
    </message>
</context>
<context>
    <name>nb::server::Api</name>
    <message>
        <location filename="../server/api/httpsupport.cpp" line="+27"/>
        <source>Sign in first: this request needs a session.</source>
        <translation>Sign in first: this request needs a session.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Your session has expired. Please sign in again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session is not valid. Please sign in again.</source>
        <translation>The session is not valid. Please sign in again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This account belongs to no customer company.</source>
        <translation>This account belongs to no customer company.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send the request body as application/json.</source>
        <translation>Send the request body as application/json.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Send If-Match with the ETag you last read, so that no change is overwritten.</source>
        <translation>Send If-Match with the ETag you last read, so that no change is overwritten.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The server could not complete the request (logged at %1). Nothing was changed.</source>
        <translation>The server could not complete the request (logged at %1). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Someone changed this in the meantime. Reload and apply your change again.</source>
        <translation>Someone changed this in the meantime. Reload and apply your change again.</translation>
    </message>
</context>
<context>
    <name>nb::server::ApiHttpServer</name>
    <message>
        <location filename="../server/http/apihttpserver.cpp" line="+54"/>
        <source>This method</source>
        <translation>This method</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not allowed here; allowed: %2.</source>
        <translation>%1 is not allowed here; allowed: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+43"/>
        <source>There is nothing at %1.</source>
        <translation>There is nothing at %1.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The request body is larger than %1 bytes.</source>
        <translation>The request body is larger than %1 bytes.</translation>
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
        <translation>Usage: notabene-server &lt;command&gt; [options]

Commands:
  serve       Answer the REST API (--listen HOST:PORT, --db URL)
  demo-data   Create the demo world in a database and print its logins (--db URL)
  migrate     Bring a database&apos;s schema up to date (--db URL)
  routes      List every route of the REST API

Databases: sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE
Options: --help, --version; &apos;notabene-server &lt;command&gt; --help&apos; for a command&apos;s options.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>The database: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missing --db URL.</source>
        <translation>Missing --db URL.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create the demo world (idempotent).</source>
        <translation>Create the demo world (idempotent).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo world ready in %1. Logins (password &quot;%2&quot; for all):</source>
        <translation>Demo world ready in %1. Logins (password &quot;%2&quot; for all):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bring the database schema up to date.</source>
        <translation>Bring the database schema up to date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schema version %1.</source>
        <translation>Schema version %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List the REST API&apos;s routes.</source>
        <translation>List the REST API&apos;s routes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read the TLS certificate or key file.</source>
        <translation>Cannot read the TLS certificate or key file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The TLS certificate or key is not valid PEM.</source>
        <translation>The TLS certificate or key is not valid PEM.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Address and port to listen on (default 127.0.0.1:8080; port 0 picks a free one).</source>
        <translation>Address and port to listen on (default 127.0.0.1:8080; port 0 picks a free one).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS certificate chain (PEM).</source>
        <translation>TLS certificate chain (PEM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS private key (PEM).</source>
        <translation>TLS private key (PEM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close connections idle or sending a request for longer than this (default 30).</source>
        <translation>Close connections idle or sending a request for longer than this (default 30).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lifetime of a session (default 43200 = 12 hours).</source>
        <translation>Lifetime of a session (default 43200 = 12 hours).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failed sign-ins per account before it is paused (default 5; per client address four times as many).</source>
        <translation>Failed sign-ins per account before it is paused (default 5; per client address four times as many).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window and pause for failed sign-ins (default 900).</source>
        <translation>Window and pause for failed sign-ins (default 900).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer the Notabene REST API.</source>
        <translation>Answer the Notabene REST API.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--idle-timeout, --session-ttl, --login-max-failures and --login-window take positive whole numbers.</source>
        <translation>--idle-timeout, --session-ttl, --login-max-failures and --login-window take positive whole numbers.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--listen takes HOST:PORT with a numeric address, for example 127.0.0.1:8080.</source>
        <translation>--listen takes HOST:PORT with a numeric address, for example 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert and --tls-key go together.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Cannot listen on %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>notabene-server %1 listening on %2://%3:%4 (database %5)</source>
        <translation>notabene-server %1 listening on %2://%3:%4 (database %5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping.</source>
        <translation>Stopping.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium could not be initialised.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Missing command.</source>
        <translation>Missing command.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>nb::server::CompanyRoutes</name>
    <message>
        <location filename="../server/api/companyroutes.cpp" line="+29"/>
        <location line="+22"/>
        <source>The company</source>
        <translation>The company</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an administrator of your company can change the Erstkontakt.</source>
        <translation>Only an administrator of your company can change the Erstkontakt.</translation>
    </message>
</context>
<context>
    <name>nb::server::ContactRoutes</name>
    <message>
        <location filename="../server/api/contactroutes.cpp" line="+42"/>
        <source>This contact</source>
        <translation>This contact</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The Idempotency-Key must be 1 to 200 characters long.</source>
        <translation>The Idempotency-Key must be 1 to 200 characters long.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This Idempotency-Key was already used for a different request.</source>
        <translation>This Idempotency-Key was already used for a different request.</translation>
    </message>
</context>
<context>
    <name>nb::server::Database</name>
    <message>
        <location filename="../server/storage/database.cpp" line="+47"/>
        <source>The Qt Sql driver %1 is not installed (Debian: %2).</source>
        <translation>The Qt Sql driver %1 is not installed (Debian: %2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot set up the database %1: %2</source>
        <translation>Cannot set up the database %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot create the migrations table</source>
        <translation>Cannot create the migrations table</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot lock the schema</source>
        <translation>Cannot lock the schema</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Migration %1 failed</source>
        <translation>Migration %1 failed</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+18"/>
        <source>Statement failed</source>
        <translation>Statement failed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot start a transaction</source>
        <translation>Cannot start a transaction</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot commit</source>
        <translation>Cannot commit</translation>
    </message>
</context>
<context>
    <name>nb::server::DatabaseUrl</name>
    <message>
        <location filename="../server/storage/databaseurl.cpp" line="+13"/>
        <source>Unknown database address &quot;%1&quot;: use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Unknown database address &quot;%1&quot;: use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
</context>
<context>
    <name>nb::server::DistributionRoutes</name>
    <message>
        <location filename="../server/api/distributionroutes.cpp" line="+33"/>
        <source>The Verteiler category &quot;%1&quot;</source>
        <translation>The Verteiler category &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Only an administrator of your company can change the Verteiler.</source>
        <translation>Only an administrator of your company can change the Verteiler.</translation>
    </message>
</context>
<context>
    <name>nb::server::SessionRoutes</name>
    <message numerus="yes">
        <location filename="../server/api/sessionroutes.cpp" line="+40"/>
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password is too long.</source>
        <translation>The password is too long.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The e-mail address or the password is not correct.</source>
        <translation>The e-mail address or the password is not correct.</translation>
    </message>
</context>
</TS>

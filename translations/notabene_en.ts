<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnsprechpartnerPage</name>
    <message>
        <location filename="../ui/ansprechpartnerpage.ui" line="+6"/>
        <location line="+6"/>
        <location line="+64"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>People at your company whom the vendor may contact. Tick &quot;Receives critical information&quot; for everyone who should get mandatory mailings besides the primary contact.</source>
        <translation>People at your company whom the vendor may contact. Tick &quot;Receives critical information&quot; for everyone who should get mandatory mailings besides the primary contact.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter by name, e-mail, position or area</source>
        <translation>Filter by name, e-mail, position or area</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter contacts</source>
        <translation>Filter contacts</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit selected contact</source>
        <translation>Edit selected contact</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete selected contact</source>
        <translation>Delete selected contact</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.ui" line="+6"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This was changed on the server while you were editing it. Choose for every highlighted field which value to keep. Nothing is sent until you apply your choice.</source>
        <translation>This was changed on the server while you were editing it. Choose for every highlighted field which value to keep. Nothing is sent until you apply your choice.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your values and the values on the server</source>
        <translation>Your values and the values on the server</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value on the server</source>
        <translation>Value on the server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep my values</source>
        <translation>Keep my values</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep my values for every field</source>
        <translation>Keep my values for every field</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take the server&apos;s values</source>
        <translation>Take the server&apos;s values</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the server&apos;s values for every field</source>
        <translation>Take the server&apos;s values for every field</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply the chosen values</source>
        <translation>Apply the chosen values</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../ui/contactdialog.ui" line="+6"/>
        <source>Contact &gt;&gt; Add</source>
        <translation>Contact &gt;&gt; Add</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salutation:</source>
        <translation>Salutation:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>First name:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Last name:</source>
        <translation>Last name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last name</source>
        <translation>Last name</translation>
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
        <translation>E-mail address:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mobile:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Areas of responsibility</source>
        <translation>Areas of responsibility</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Receives</source>
        <translation>Receives</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Receives critical information</source>
        <translation>Receives critical information</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Data protection officer</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the overview</source>
        <translation>Back to the overview</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save contact</source>
        <translation>Save contact</translation>
    </message>
</context>
<context>
    <name>FirmenprofilPage</name>
    <message>
        <location filename="../ui/firmenprofilpage.ui" line="+6"/>
        <location line="+6"/>
        <source>Company profile</source>
        <translation>Company profile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mandatory mailings go to the primary contact&apos;s e-mail address. Changes are saved on this computer first and sent to the server with the next sync.</source>
        <translation>Mandatory mailings go to the primary contact&apos;s e-mail address. Changes are saved on this computer first and sent to the server with the next sync.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer number:</source>
        <translation>Customer number:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Company name:</source>
        <translation>Company name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Street:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Country (e.g. DE):</source>
        <translation>Country (e.g. DE):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country code</source>
        <translation>Country code</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>VAT ID:</source>
        <translation>VAT ID:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VAT ID</source>
        <translation>VAT ID</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>E-mail address (primary contact):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Primary contact e-mail address</source>
        <translation>Primary contact e-mail address</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Advice on the primary contact</source>
        <translation>Advice on the primary contact</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>Go to contacts</source>
        <translation>Go to contacts</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save company profile</source>
        <translation>Save company profile</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/logindialog.ui" line="+6"/>
        <location line="+151"/>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Sign in with your customer account.</source>
        <translation>Sign in with your customer account.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://kundencenter.example</source>
        <translation>https://kundencenter.example</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>E-mail address:</source>
        <translation>E-mail address:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>Conflicts to resolve</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>Resolve conflicts</source>
        <translation>Resolve conflicts</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send pending changes and fetch the latest state now</source>
        <translation>Send pending changes and fetch the latest state now</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the session on the server and forget it on this computer</source>
        <translation>End the session on the server and forget it on this computer</translation>
    </message>
</context>
<context>
    <name>VerteilerCategoryWidget</name>
    <message>
        <location filename="../ui/verteilercategorywidget.ui" line="+6"/>
        <source>Distribution category</source>
        <translation>Distribution category</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit addresses</source>
        <translation>Edit addresses</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No address stored: mailings of this category go to the primary contact.</source>
        <translation>No address stored: mailings of this category go to the primary contact.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New address</source>
        <translation>New address</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add address</source>
        <translation>Add address</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove selected address</source>
        <translation>Remove selected address</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel editing</source>
        <translation>Cancel editing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save addresses</source>
        <translation>Save addresses</translation>
    </message>
</context>
<context>
    <name>VerteilerPage</name>
    <message>
        <location filename="../ui/verteilerpage.ui" line="+6"/>
        <location line="+6"/>
        <source>Distribution lists</source>
        <translation>Distribution lists</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose who receives mandatory mailings of each kind. Use the pencil to add, change or remove addresses.</source>
        <translation>Choose who receives mandatory mailings of each kind. Use the pencil to add, change or remove addresses.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Distribution categories</source>
        <translation>Distribution categories</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+39"/>
        <source>Notabene: who in your company receives mandatory mailings.</source>
        <translation>Notabene: who in your company receives mandatory mailings.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server address (https, or http on loopback).</source>
        <translation>The server address (https, or http on loopback).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account to sign in with.</source>
        <translation>The account to sign in with.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the password from standard input and sign in.</source>
        <translation>Read the password from standard input and sign in.</translation>
    </message>
</context>
<context>
    <name>nb::Company</name>
    <message>
        <location filename="../core/company.cpp" line="+56"/>
        <source>The customer number is assigned by the vendor and cannot be changed.</source>
        <translation>The customer number is assigned by the vendor and cannot be changed.</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>nb::Dsse</name>
    <message>
        <location filename="../core/dsse.cpp" line="+18"/>
        <source>The signed message is malformed.</source>
        <translation>The signed message is malformed.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Invalid signature: the content has been altered.</source>
        <translation>Invalid signature: the content has been altered.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not verified: no signature from a trusted key.</source>
        <translation>Not verified: no signature from a trusted key.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not verified: too few trusted keys have signed.</source>
        <translation>Not verified: too few trusted keys have signed.</translation>
    </message>
    <message>
        <location filename="../core/keylist.cpp" line="+18"/>
        <source>The key list is malformed.</source>
        <translation>The key list is malformed.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>This is not a signed key list.</source>
        <translation>This is not a signed key list.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The key list has expired: its data is out of date.</source>
        <translation>The key list has expired: its data is out of date.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key list is older than the one already known (rollback).</source>
        <translation>The key list is older than the one already known (rollback).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key list skips a version.</source>
        <translation>The key list skips a version.</translation>
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
    <name>nb::cli::Account</name>
    <message>
        <location filename="../app/cli/account.cpp" line="+28"/>
        <source>Name the account with --email.</source>
        <translation>Name the account with --email.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The data folder %1 cannot be created.</source>
        <translation>The data folder %1 cannot be created.</translation>
    </message>
</context>
<context>
    <name>nb::cli::CliApp</name>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="+41"/>
        <source>notabene-cli --help lists the verbs and options.</source>
        <translation>notabene-cli --help lists the verbs and options.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not signed in: sign in with --password-stdin.</source>
        <translation>Not signed in: sign in with --password-stdin.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
</context>
<context>
    <name>nb::cli::CliArguments</name>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="+34"/>
        <source>The Notabene client without windows. It works on the same local data as the desktop app: edits are stored offline and sent to the server by the verb sync.</source>
        <translation>The Notabene client without windows. It works on the same local data as the desktop app: edits are stored offline and sent to the server by the verb sync.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shows this help.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the version.</source>
        <translation>Shows the version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server address (https, or http on loopback). Default: the one the desktop app used last.</source>
        <translation>The server address (https, or http on loopback). Default: the one the desktop app used last.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The account. Default: the one the desktop app used last.</source>
        <translation>The account. Default: the one the desktop app used last.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of the local data. Default: the desktop app&apos;s per-user data folder.</source>
        <translation>The folder of the local data. Default: the desktop app&apos;s per-user data folder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signs in with the password read from standard input (one line). Otherwise the session is restored from the keychain.</source>
        <translation>Signs in with the password read from standard input (one line). Otherwise the session is restored from the keychain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do: see Verbs below.</source>
        <translation>What to do: see Verbs below.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name a verb, for example status or sync.</source>
        <translation>Name a verb, for example status or sync.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown verb or wrong arguments: %1</source>
        <translation>Unknown verb or wrong arguments: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verbs:</source>
        <translation>Verbs:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows the pending changes, the last sync and open conflicts (offline).</source>
        <translation>Shows the pending changes, the last sync and open conflicts (offline).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signs in or restores the session, sends the pending changes and loads the server&apos;s state: one run.</source>
        <translation>Signs in or restores the session, sends the pending changes and loads the server&apos;s state: one run.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes one field of the Firmenprofil offline. FIELD: name, street, postcode, city, country, phone, website, vatId, primaryContactEmail.</source>
        <translation>Changes one field of the Firmenprofil offline. FIELD: name, street, postcode, city, country, phone, website, vatId, primaryContactEmail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adds an Ansprechpartner offline. Its options:</source>
        <translation>Adds an Ansprechpartner offline. Its options:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ends the session on the server and removes it from the keychain.</source>
        <translation>Ends the session on the server and removes it from the keychain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit codes:</source>
        <translation>Exit codes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0  done</source>
        <translation>0  done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1  the local data or the keychain failed, or the data was never loaded (run sync)</source>
        <translation>1  the local data or the keychain failed, or the data was never loaded (run sync)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2  wrong arguments, or a value the rules refuse (the field and why are printed)</source>
        <translation>2  wrong arguments, or a value the rules refuse (the field and why are printed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3  sync: the server could not be reached or the run failed; changes stay queued</source>
        <translation>3  sync: the server could not be reached or the run failed; changes stay queued</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4  not signed in, or the session has ended: sign in with --password-stdin</source>
        <translation>4  not signed in, or the session has ended: sign in with --password-stdin</translation>
    </message>
</context>
<context>
    <name>nb::cli::CompanySetVerb</name>
    <message>
        <location filename="../app/cli/companysetverb.cpp" line="+37"/>
        <source>Not a field of the Firmenprofil; one of: %1.</source>
        <translation>Not a field of the Firmenprofil; one of: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Firmenprofil has not been loaded yet: run sync once, then change it.</source>
        <translation>The Firmenprofil has not been loaded yet: run sync once, then change it.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved; it is sent to the server with the next sync.</source>
        <translation>Saved; it is sent to the server with the next sync.</translation>
    </message>
</context>
<context>
    <name>nb::cli::ContactAddVerb</name>
    <message>
        <location filename="../app/cli/contactaddverb.cpp" line="+21"/>
        <source>Added %1 %2; sent to the server with the next sync.</source>
        <translation>Added %1 %2; sent to the server with the next sync.</translation>
    </message>
</context>
<context>
    <name>nb::cli::ContactArguments</name>
    <message>
        <location filename="../app/cli/contactarguments.cpp" line="+28"/>
        <source>The first name (required).</source>
        <translation>The first name (required).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last name (required).</source>
        <translation>The last name (required).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact&apos;s e-mail address (required).</source>
        <translation>The contact&apos;s e-mail address (required).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mr, ms or diverse.</source>
        <translation>mr, ms or diverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title, e.g. Dr.</source>
        <translation>The title, e.g. Dr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The position in the company.</source>
        <translation>The position in the company.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number.</source>
        <translation>The phone number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mobile number.</source>
        <translation>The mobile number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An area of responsibility, repeatable: purchasing-and-billing, marketing-and-sales, operations-and-maintenance, it-and-technology, data-protection.</source>
        <translation>An area of responsibility, repeatable: purchasing-and-billing, marketing-and-sales, operations-and-maintenance, it-and-technology, data-protection.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>de or en (default: de).</source>
        <translation>de or en (default: de).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receives critical information.</source>
        <translation>Receives critical information.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is an emergency contact.</source>
        <translation>Is an emergency contact.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the data protection officer.</source>
        <translation>Is the data protection officer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>contact add takes options only, not: %1</source>
        <translation>contact add takes options only, not: %1</translation>
    </message>
</context>
<context>
    <name>nb::cli::StatusVerb</name>
    <message>
        <location filename="../app/cli/statusverb.cpp" line="+29"/>
        <source>Account: %1 on %2</source>
        <translation>Account: %1 on %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending changes: %1</source>
        <translation>Pending changes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts: %1</source>
        <translation>Conflicts: %1</translation>
    </message>
</context>
<context>
    <name>nb::cli::SyncVerb</name>
    <message>
        <location filename="../app/cli/syncverb.cpp" line="+26"/>
        <source>Sent %1 of %2 changes.</source>
        <translation>Sent %1 of %2 changes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused a change: %1</source>
        <translation>The server refused a change: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing.</source>
        <translation>Syncing.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n conflict(s): resolve them in the Notabene app.</source>
        <translation>
            <numerusform>%n conflict: resolve it in the Notabene app.</numerusform>
            <numerusform>%n conflicts: resolve them in the Notabene app.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync finished.</source>
        <translation>Sync finished.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The session has ended: sign in again with --password-stdin. The changes stay queued.</source>
        <translation>The session has ended: sign in again with --password-stdin. The changes stay queued.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server could not be reached. The changes stay queued for the next sync.</source>
        <translation>The server could not be reached. The changes stay queued for the next sync.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sync failed: the local data could not be read or written. The changes stay queued.</source>
        <translation>The sync failed: the local data could not be read or written. The changes stay queued.</translation>
    </message>
</context>
<context>
    <name>nb::client::NetworkTransport</name>
    <message>
        <location filename="../client/networktransport.cpp" line="+62"/>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The server sent an answer that cannot be read. Nothing was lost; try again later.</source>
        <translation>The server sent an answer that cannot be read. Nothing was lost; try again later.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server answered with error %1.</source>
        <translation>The server answered with error %1.</translation>
    </message>
</context>
<context>
    <name>nb::client::OfflineStore</name>
    <message>
        <location filename="../client/offlinestore.cpp" line="+49"/>
        <source>This entry does not exist (any more).</source>
        <translation>This entry does not exist (any more).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data has not been loaded from the server yet. Connect once, then edit it.</source>
        <translation>The data has not been loaded from the server yet. Connect once, then edit it.</translation>
    </message>
    <message>
        <location line="+357"/>
        <source>&quot;%1&quot; is not a Verteiler category.</source>
        <translation>&quot;%1&quot; is not a Verteiler category.</translation>
    </message>
</context>
<context>
    <name>nb::client::SecretStore</name>
    <message>
        <location filename="../client/secretstore.cpp" line="+13"/>
        <source>No secret is stored for this account.</source>
        <translation>No secret is stored for this account.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The keychain refused access: %1</source>
        <translation>The keychain refused access: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keychain is available: %1</source>
        <translation>No keychain is available: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain reported an error: %1</source>
        <translation>The keychain reported an error: %1</translation>
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
    <name>nb::client::Session</name>
    <message>
        <location filename="../client/session.cpp" line="+40"/>
        <source>The server sent an answer that cannot be read. Try again later.</source>
        <translation>The server sent an answer that cannot be read. Try again later.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server answered with error %1.</source>
        <translation>The server answered with error %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The e-mail address or the password is not correct.</source>
        <translation>The e-mail address or the password is not correct.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Your session has expired. Please sign in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session is no longer valid. Please sign in again.</source>
        <translation>The session is no longer valid. Please sign in again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No keychain is available: you stay signed in only until Notabene is closed.</source>
        <translation>No keychain is available: you stay signed in only until Notabene is closed.</translation>
    </message>
</context>
<context>
    <name>nb::client::StoreDatabase</name>
    <message>
        <location filename="../client/storedatabase.cpp" line="+16"/>
        <source>The local data could not be read or written: %1</source>
        <translation>The local data could not be read or written: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The Qt Sql driver QSQLITE is not installed (Debian: libqt6sql6-sqlite).</source>
        <translation>The Qt Sql driver QSQLITE is not installed (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The local data was written by a newer version of Notabene. Update the application.</source>
        <translation>The local data was written by a newer version of Notabene. Update the application.</translation>
    </message>
</context>
<context>
    <name>nb::client::SyncEngine</name>
    <message>
        <location filename="../client/syncengine.cpp" line="+16"/>
        <source>The server sent an answer that cannot be read. Nothing was lost; try again later.</source>
        <translation>The server sent an answer that cannot be read. Nothing was lost; try again later.</translation>
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
    <name>nb::server::AccountRoutes</name>
    <message>
        <location filename="../server/api/accountroutes.cpp" line="+22"/>
        <source>The company</source>
        <translation>The company</translation>
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
        <location filename="../server/servercommands.cpp" line="+30"/>
        <source>Usage: notabene-server &lt;command&gt; [options]

Commands:
  serve       Answer the REST API (--listen HOST:PORT, --db URL)
  demo-data   Create the demo world in a database and print its logins (--db URL)
  migrate     Bring a database&apos;s schema up to date (--db URL)
  routes      List every route of the REST API
  keys        Manage the signing keys: keys init|rotate|show --dir DIR

Databases: sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE
Options: --help, --version; &apos;notabene-server &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Usage: notabene-server &lt;command&gt; [options]

Commands:
  serve       Answer the REST API (--listen HOST:PORT, --db URL)
  demo-data   Create the demo world in a database and print its logins (--db URL)
  migrate     Bring a database&apos;s schema up to date (--db URL)
  routes      List every route of the REST API
  keys        Manage the signing keys: keys init|rotate|show --dir DIR

Databases: sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE
Options: --help, --version; &apos;notabene-server &lt;command&gt; --help&apos; for a command&apos;s options.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>The database: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <source>The vendor&apos;s name shown by the clients (default Notabene).</source>
        <translation>The vendor&apos;s name shown by the clients (default Notabene).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vendor&apos;s primary colour (default #0B5CAD).</source>
        <translation>The vendor&apos;s primary colour (default #0B5CAD).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vendor&apos;s accent colour (default #E8A317).</source>
        <translation>The vendor&apos;s accent colour (default #E8A317).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--vendor-name takes a name of 1 to 100 characters, without control characters.</source>
        <translation>--vendor-name takes a name of 1 to 100 characters, without control characters.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--vendor-color and --vendor-accent take a colour as #RRGGBB, for example #0B5CAD.</source>
        <translation>--vendor-color and --vendor-accent take a colour as #RRGGBB, for example #0B5CAD.</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+14"/>
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
        <location line="+44"/>
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
        <location line="+24"/>
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
    <name>nb::server::CommandLine</name>
    <message>
        <location filename="../server/commandline.cpp" line="+30"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
</context>
<context>
    <name>nb::server::CompanyRoutes</name>
    <message>
        <location filename="../server/api/companyroutes.cpp" line="+30"/>
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
        <location filename="../server/api/contactroutes.cpp" line="+31"/>
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
        <location line="+22"/>
        <source>Statement failed</source>
        <translation>Statement failed</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../server/api/distributionroutes.cpp" line="+21"/>
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
    <name>nb::server::Keys</name>
    <message>
        <location filename="../server/api/keyroutes.cpp" line="+35"/>
        <source>This server has no signing keys configured.</source>
        <translation>This server has no signing keys configured.</translation>
    </message>
    <message>
        <location filename="../server/keys/keycommands.cpp" line="+18"/>
        <source>Usage: notabene-server keys &lt;command&gt; --dir DIR [options]

Commands:
  init     Create the root key, a signing key and key list version 1
           (--expires-days N, default 365)
  rotate   Replace the signing key (--root: the root key too) in a new key list
           version signed by the old and the new root key (--expires-days N)
  show     Print the key list: version, expiry and key ids (never a secret)

The private keys stay in DIR (mode 0700, key files 0600).</source>
        <translation>Usage: notabene-server keys &lt;command&gt; --dir DIR [options]

Commands:
  init     Create the root key, a signing key and key list version 1
           (--expires-days N, default 365)
  rotate   Replace the signing key (--root: the root key too) in a new key list
           version signed by the old and the new root key (--expires-days N)
  show     Print the key list: version, expiry and key ids (never a secret)

The private keys stay in DIR (mode 0700, key files 0600).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The key folder.</source>
        <translation>The key folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days until the new key list expires (default 365).</source>
        <translation>Days until the new key list expires (default 365).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the root key as well.</source>
        <translation>Replace the root key as well.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Missing --dir DIR.</source>
        <translation>Missing --dir DIR.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Key list version %1, expires %2%3</source>
        <translation>Key list version %1, expires %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (EXPIRED: run keys rotate)</source>
        <translation> (EXPIRED: run keys rotate)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Root keys (threshold %1):</source>
        <translation>Root keys (threshold %1):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  (root.key)</source>
        <translation>  (root.key)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing keys:</source>
        <translation>Signing keys:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (signing.key)</source>
        <translation>  (signing.key)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create the keys and key list version 1 in a new key folder.</source>
        <translation>Create the keys and key list version 1 in a new key folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the signing key (and with --root the root key).</source>
        <translation>Replace the signing key (and with --root the root key).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the key list of a key folder.</source>
        <translation>Print the key list of a key folder.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--expires-days takes a whole number from 1 to 3650.</source>
        <translation>--expires-days takes a whole number from 1 to 3650.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created the keys and key list version 1 in %1.</source>
        <translation>Created the keys and key list version 1 in %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotated: key list version %1 written to %2.</source>
        <translation>Rotated: key list version %1 written to %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Missing command.</source>
        <translation>Missing command.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../server/keys/keyfiles.cpp" line="+33"/>
        <location line="+21"/>
        <location filename="../server/keys/keystore.cpp" line="+183"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 is accessible to group or others (mode %2); refusing to use it. Run: chmod %3 %1</source>
        <translation>%1 is accessible to group or others (mode %2); refusing to use it. Run: chmod %3 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A key file must hold a 32-byte seed as 64 hex digits or in base64.</source>
        <translation>A key file must hold a 32-byte seed as 64 hex digits or in base64.</translation>
    </message>
    <message>
        <location filename="../server/keys/keystore.cpp" line="-127"/>
        <source>%1 does not hold a valid key.</source>
        <translation>%1 does not hold a valid key.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: the key list versions are not complete (%2 is missing).</source>
        <translation>%1: the key list versions are not complete (%2 is missing).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no key list; create one with: notabene-server keys init --dir %1</source>
        <translation>%1 has no key list; create one with: notabene-server keys init --dir %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a key list.</source>
        <translation>%1 is not a key list.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not hold version 1.</source>
        <translation>%1 does not hold version 1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key list chain is invalid: %1</source>
        <translation>The key list chain is invalid: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key folder %1 does not exist.</source>
        <translation>The key folder %1 does not exist.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is not a root key of the latest key list.</source>
        <translation>%1 is not a root key of the latest key list.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a signing key of the latest key list.</source>
        <translation>%1 is not a signing key of the latest key list.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 already holds keys (%2); refusing to replace them.</source>
        <translation>%1 already holds keys (%2); refusing to replace them.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the key folder %1.</source>
        <translation>Cannot create the key folder %1.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The new key list would not be accepted: %1</source>
        <translation>The new key list would not be accepted: %1</translation>
    </message>
    <message>
        <location filename="../server/servercommands.cpp" line="-139"/>
        <source>The key folder (see notabene-server keys): serves its key list at GET /api/v1/keys.</source>
        <translation>The key folder (see notabene-server keys): serves its key list at GET /api/v1/keys.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The key list expired; renew it with: notabene-server keys rotate --dir %1</source>
        <translation>The key list expired; renew it with: notabene-server keys rotate --dir %1</translation>
    </message>
</context>
<context>
    <name>nb::server::ProductStore</name>
    <message>
        <location filename="../server/storage/productstore.cpp" line="+99"/>
        <source>There is no product &quot;%1&quot;.</source>
        <translation>There is no product &quot;%1&quot;.</translation>
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
<context>
    <name>nb::ui::AnsprechpartnerPage</name>
    <message>
        <location filename="../ui/ansprechpartnerpage.cpp" line="+96"/>
        <source>%1 was added. The change is sent to the server with the next sync.</source>
        <translation>%1 was added. The change is sent to the server with the next sync.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 was changed. The change is sent to the server with the next sync.</source>
        <translation>%1 was changed. The change is sent to the server with the next sync.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete contact</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the contact %1 (%2)? They will no longer receive mailings as a contact.</source>
        <translation>Delete the contact %1 (%2)? They will no longer receive mailings as a contact.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was deleted. The change is sent to the server with the next sync.</source>
        <translation>%1 was deleted. The change is sent to the server with the next sync.</translation>
    </message>
</context>
<context>
    <name>nb::ui::ClientController</name>
    <message>
        <location filename="../ui/clientcontroller.cpp" line="+52"/>
        <source>Keychain unavailable</source>
        <translation>Keychain unavailable</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open local data</source>
        <translation>Cannot open local data</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your session has expired. Sign in again; your unsynced changes are kept.</source>
        <translation>Your session has expired. Sign in again; your unsynced changes are kept.</translation>
    </message>
</context>
<context>
    <name>nb::ui::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="+78"/>
        <source>Same on both sides</source>
        <translation>Same on both sides</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the server&apos;s</source>
        <translation>Take the server&apos;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: keep mine</source>
        <translation>%1: keep mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: take the server&apos;s</source>
        <translation>%1: take the server&apos;s</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not apply your choice: %1</source>
        <translation>Could not apply your choice: %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::ConflictForm</name>
    <message>
        <location filename="../ui/conflictform.cpp" line="+22"/>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas of responsibility</source>
        <translation>Areas of responsibility</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receives critical information</source>
        <translation>Receives critical information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data protection officer</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country code</source>
        <translation>Country code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT ID</source>
        <translation>VAT ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary contact e-mail address</source>
        <translation>Primary contact e-mail address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Conflict: company profile</source>
        <translation>Conflict: company profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict: contact %1</source>
        <translation>Conflict: contact %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict: distribution list %1</source>
        <translation>Conflict: distribution list %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::ContactDialog</name>
    <message>
        <location filename="../ui/contactdialog.cpp" line="+17"/>
        <source>Contact &gt;&gt; Add</source>
        <translation>Contact &gt;&gt; Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact &gt;&gt; Edit</source>
        <translation>Contact &gt;&gt; Edit</translation>
    </message>
</context>
<context>
    <name>nb::ui::ContactForm</name>
    <message>
        <location filename="../ui/contactform.cpp" line="+103"/>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the first name.</source>
        <translation>Enter the first name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the last name.</source>
        <translation>Enter the last name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the e-mail address.</source>
        <translation>Enter the e-mail address.</translation>
    </message>
</context>
<context>
    <name>nb::ui::ContactsTableModel</name>
    <message>
        <location filename="../ui/contactstablemodel.cpp" line="+93"/>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>No</source>
        <translation>No</translation>
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
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical information</source>
        <translation>Critical information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
</context>
<context>
    <name>nb::ui::FirmenprofilForm</name>
    <message>
        <location filename="../ui/firmenprofilform.cpp" line="+95"/>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the company name.</source>
        <translation>Enter the company name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the e-mail address that receives mandatory mailings.</source>
        <translation>Enter the e-mail address that receives mandatory mailings.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The company profile is not loaded yet.</source>
        <translation>The company profile is not loaded yet.</translation>
    </message>
</context>
<context>
    <name>nb::ui::FirmenprofilPage</name>
    <message>
        <location filename="../ui/firmenprofilpage.cpp" line="+48"/>
        <source>Saved. The change is sent to the server with the next sync.</source>
        <translation>Saved. The change is sent to the server with the next sync.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>E-mail address (primary contact for %1):</source>
        <translation>E-mail address (primary contact for %1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail address, primary contact for %1</source>
        <translation>E-mail address, primary contact for %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This looks like your company&apos;s shared mailbox. Mandatory mailings from %1 may not reach the right person automatically. Enter the e-mail address of the person who should receive them, or add further contacts who receive critical information.</source>
        <translation>This looks like your company&apos;s shared mailbox. Mandatory mailings from %1 may not reach the right person automatically. Enter the e-mail address of the person who should receive them, or add further contacts who receive critical information.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The company profile has not been loaded from the server yet.</source>
        <translation>The company profile has not been loaded from the server yet.</translation>
    </message>
</context>
<context>
    <name>nb::ui::Labels</name>
    <message>
        <location filename="../ui/labels.cpp" line="+10"/>
        <source>Purchasing and billing</source>
        <translation>Purchasing and billing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing and sales</source>
        <translation>Marketing and sales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations and maintenance</source>
        <translation>Operations and maintenance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT and technology</source>
        <translation>IT and technology</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data protection</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance and outages</source>
        <translation>Maintenance and outages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updates and technical changes</source>
        <translation>Updates and technical changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing and contracts</source>
        <translation>Billing and contracts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data protection and legal</source>
        <translation>Data protection and legal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product news</source>
        <translation>Product news</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ms</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mx</source>
        <translation>Mx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>German</translation>
    </message>
</context>
<context>
    <name>nb::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+66"/>
        <source>My company</source>
        <translation>My company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company profile</source>
        <translation>Company profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My staff</source>
        <translation>My staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution lists</source>
        <translation>Distribution lists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Important notices</source>
        <translation>Important notices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coming soon</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server refused a change: %1</source>
        <translation>The server refused a change: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n conflict(s) — please decide</source>
        <translation>
            <numerusform>%n conflict — please decide</numerusform>
            <numerusform>%n conflicts — please decide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::ui::SyncStatusWidget</name>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="+22"/>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
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
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n change pending</numerusform>
            <numerusform>%n changes pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::ui::VerteilerCategoryWidget</name>
    <message>
        <location filename="../ui/verteilercategorywidget.cpp" line="+32"/>
        <location line="+1"/>
        <source>Edit the addresses of %1</source>
        <translation>Edit the addresses of %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::VerteilerPage</name>
    <message>
        <location filename="../ui/verteilerpage.cpp" line="+62"/>
        <source>Saved. The change is sent to the server with the next sync.</source>
        <translation>Saved. The change is sent to the server with the next sync.</translation>
    </message>
</context>
</TS>

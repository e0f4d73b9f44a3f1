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
    <name>MailCheckPage</name>
    <message>
        <location filename="../ui/mailcheckpage.ui" line="+6"/>
        <location line="+6"/>
        <source>Check an e-mail</source>
        <translation>Check an e-mail</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Is an e-mail really from the vendor? Save it as a file (.eml) and open it here, or drop it on this window. The check works offline: nothing is loaded and nothing is sent.</source>
        <translation>Is an e-mail really from the vendor? Save it as a file (.eml) and open it here, or drop it on this window. The check works offline: nothing is loaded and nothing is sent.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open file…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+18"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>Forwarded messages</source>
        <translation>Forwarded messages</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed content (verified)</source>
        <translation>Signed content (verified)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signed content</source>
        <translation>Signed content</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The content is shown only when the mail is genuine. Do not open links or attachments of this mail.</source>
        <translation>The content is shown only when the mail is genuine. Do not open links or attachments of this mail.</translation>
    </message>
</context>
<context>
    <name>MailingEditor</name>
    <message>
        <location filename="../ui/mailingeditor.ui" line="+33"/>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reload, keep my text</source>
        <translation>Reload, keep my text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the current version; your text stays in the editor and replaces theirs when you save</source>
        <translation>Fetch the current version; your text stays in the editor and replaces theirs when you save</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show their version</source>
        <translation>Show their version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace your unsaved text with the version on the server</source>
        <translation>Replace your unsaved text with the version on the server</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Products:</source>
        <translation>&amp;Products:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Distribution &amp;category:</source>
        <translation>Distribution &amp;category:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Distribution category</source>
        <translation>Distribution category</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;verity:</source>
        <translation>Se&amp;verity:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status of the matter</source>
        <translation>Status of the matter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Act by:</source>
        <translation>&amp;Act by:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Act by</source>
        <translation>Act by</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;No deadline</source>
        <translation>&amp;No deadline</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One short sentence, e.g. DRINGEND: Update des Fiskal-Connectors bis 01.08.2026</source>
        <translation>One short sentence, e.g. DRINGEND: Update des Fiskal-Connectors bis 01.08.2026</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Subject length</source>
        <translation>Subject length</translation>
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
        <translation>&amp;Follow-up of:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Follow-up of</source>
        <translation>Follow-up of</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Forum/status &amp;link:</source>
        <translation>Forum/status &amp;link:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forum or status link</source>
        <translation>Forum or status link</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pa&amp;tches:</source>
        <translation>Pa&amp;tches:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add patch…</source>
        <translation>Add patch…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upload a file to the server; customers download it from there (never a mail attachment)</source>
        <translation>Upload a file to the server; customers download it from there (never a mail attachment)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove patch</source>
        <translation>Remove patch</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rule check</source>
        <translation>Rule check</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test send…</source>
        <translation>Test send…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the saved mailing to one address of your choice</source>
        <translation>Send the saved mailing to one address of your choice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sen&amp;d…</source>
        <translation>Sen&amp;d…</translation>
    </message>
</context>
<context>
    <name>MailingPreview</name>
    <message>
        <location filename="../ui/mailingpreview.ui" line="+11"/>
        <source>Preview &amp;as:</source>
        <translation>Preview &amp;as:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview as</source>
        <translation>Preview as</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Inbox line</source>
        <translation>Inbox line</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>HTML mail, desktop (800 px)</source>
        <translation>HTML mail, desktop (800 px)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTML mail at desktop width</source>
        <translation>HTML mail at desktop width</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>HTML mail, phone (375 px)</source>
        <translation>HTML mail, phone (375 px)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTML mail at phone width</source>
        <translation>HTML mail at phone width</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Text part</source>
        <translation>Text part</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text part of the mail</source>
        <translation>Text part of the mail</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>In the app</source>
        <translation>In the app</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice text in the app</source>
        <translation>Notice text in the app</translation>
    </message>
</context>
<context>
    <name>MailingResultsView</name>
    <message>
        <location filename="../ui/mailingresultsview.ui" line="+24"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In total</source>
        <translation>In total</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivered:</source>
        <translation>Delivered:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mails the recipients&apos; mail servers accepted</source>
        <translation>Mails the recipients&apos; mail servers accepted</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Failed:</source>
        <translation>Failed:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mails that could not be delivered for good</source>
        <translation>Mails that could not be delivered for good</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Queued:</source>
        <translation>Queued:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mails still waiting for delivery (retried with backoff)</source>
        <translation>Mails still waiting for delivery (retried with backoff)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Acknowledged:</source>
        <translation>Acknowledged:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Companies where someone clicked &quot;Acknowledge&quot; in the app</source>
        <translation>Companies where someone clicked &quot;Acknowledge&quot; in the app</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Results per company</source>
        <translation>Results per company</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer no.</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledgements</source>
        <translation>Acknowledgements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First acknowledged</source>
        <translation>First acknowledged</translation>
    </message>
</context>
<context>
    <name>MailingsPage</name>
    <message>
        <location filename="../ui/mailingspage.ui" line="+9"/>
        <location line="+49"/>
        <source>Mandatory mailings</source>
        <translation>Mandatory mailings</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>&amp;New mailing</source>
        <translation>&amp;New mailing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&lt; &amp;All mailings</source>
        <translation>&lt; &amp;All mailings</translation>
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
        <translation>Security warning</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="+22"/>
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
    <name>NoticeView</name>
    <message>
        <location filename="../ui/noticeview.ui" line="+9"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a notice to read it.</source>
        <translation>Select a notice to read it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Forum / status page:</source>
        <translation>Forum / status page:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Patches (download only through Notabene, never from an e-mail)</source>
        <translation>Patches (download only through Notabene, never from an e-mail)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline of this notice</source>
        <translation>Timeline of this notice</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm that you have read this notice; the vendor is told with the next sync</source>
        <translation>Confirm that you have read this notice; the vendor is told with the next sync</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open support ticket…</source>
        <translation>Open support ticket…</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../ui/noticespage.ui" line="+9"/>
        <source>Important notices</source>
        <translation>Important notices</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data may be out of date</source>
        <translation>Data may be out of date</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Distribution category</source>
        <translation>Distribution category</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Unread</source>
        <translation>&amp;Unread</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Action required</source>
        <translation>&amp;Action required</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not acknowledged, not resolved, and urgent or with an act-by date</source>
        <translation>Not acknowledged, not resolved, and urgent or with an act-by date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search notices</source>
        <translation>Search notices</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
</context>
<context>
    <name>RecipientsView</name>
    <message>
        <location filename="../ui/recipientsview.ui" line="+29"/>
        <source>Search recipients</source>
        <translation>Search recipients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search company, customer number or address</source>
        <translation>Search company, customer number or address</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the (searched) recipient list as a CSV file</source>
        <translation>Save the (searched) recipient list as a CSV file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recipients per company</source>
        <translation>Recipients per company</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <location filename="../ui/staffwindow.ui" line="+6"/>
        <source>Notabene – staff</source>
        <translation>Notabene – staff</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the mailings from the server again</source>
        <translation>Load the mailings from the server again</translation>
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
    <name>TicketDialog</name>
    <message>
        <location filename="../ui/ticketdialog.ui" line="+6"/>
        <source>Open support ticket</source>
        <translation>Open support ticket</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your question goes to the vendor&apos;s support with the reference to this notice. You get a ticket number.</source>
        <translation>Your question goes to the vendor&apos;s support with the reference to this notice. You get a ticket number.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <location filename="../app/main.cpp" line="+41"/>
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
    <name>nb::MailingDraft</name>
    <message>
        <location filename="../core/mailingdraft.cpp" line="+36"/>
        <source>The draft field &quot;%1&quot; has the wrong type.</source>
        <translation>The draft field &quot;%1&quot; has the wrong type.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The draft field &quot;%1&quot; has an invalid value.</source>
        <translation>The draft field &quot;%1&quot; has an invalid value.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The draft field &quot;%1&quot; is not known.</source>
        <translation>The draft field &quot;%1&quot; is not known.</translation>
    </message>
</context>
<context>
    <name>nb::Notice</name>
    <message>
        <location filename="../core/notice.cpp" line="+92"/>
        <source>The notice is malformed.</source>
        <translation>The notice is malformed.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>A patch needs a plain file name (no folders, no leading dot, at most 128 characters).</source>
        <translation>A patch needs a plain file name (no folders, no leading dot, at most 128 characters).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Two patches of a notice have the same name.</source>
        <translation>Two patches of a notice have the same name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A patch must have a size of at least one byte.</source>
        <translation>A patch must have a size of at least one byte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A patch needs its SHA-256 checksum (32 bytes).</source>
        <translation>A patch needs its SHA-256 checksum (32 bytes).</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>A notice id consists of 1 to 64 letters, digits and hyphens.</source>
        <translation>A notice id consists of 1 to 64 letters, digits and hyphens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The feed sequence number must be at least 1.</source>
        <translation>The feed sequence number must be at least 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A notice names at least one product.</source>
        <translation>A notice names at least one product.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product codes consist of 1 to 32 lower-case letters, digits and hyphens, each named once.</source>
        <translation>Product codes consist of 1 to 32 lower-case letters, digits and hyphens, each named once.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The category is not a Verteiler category.</source>
        <translation>The category is not a Verteiler category.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The subject is one line of 1 to 200 characters.</source>
        <translation>The subject is one line of 1 to 200 characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notice needs a text.</source>
        <translation>The notice needs a text.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text must not contain HTML; use Markdown.</source>
        <translation>The text must not contain HTML; use Markdown.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The forum or status link must be an https address.</source>
        <translation>The forum or status link must be an https address.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A notice follows up another notice, not itself.</source>
        <translation>A notice follows up another notice, not itself.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The notice needs its time of issue.</source>
        <translation>The notice needs its time of issue.</translation>
    </message>
</context>
<context>
    <name>nb::NoticeVerification</name>
    <message>
        <location filename="../core/noticeverification.cpp" line="+55"/>
        <source>The signed notice is damaged and cannot be read.</source>
        <translation>The signed notice is damaged and cannot be read.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signed content is not a notice.</source>
        <translation>The signed content is not a notice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No key list yet: the signature cannot be checked.</source>
        <translation>No key list yet: the signature cannot be checked.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The signature does not match the content: the notice was altered.</source>
        <translation>The signature does not match the content: the notice was altered.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The notice is not signed by a known key.</source>
        <translation>The notice is not signed by a known key.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signed content is not a readable notice.</source>
        <translation>The signed content is not a readable notice.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The key list expired on %1: the data may be out of date.</source>
        <translation>The key list expired on %1: the data may be out of date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed by key %1.</source>
        <translation>Signed by key %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signing key %1 has expired or was withdrawn.</source>
        <translation>The signing key %1 has expired or was withdrawn.</translation>
    </message>
</context>
<context>
    <name>nb::cli::Account</name>
    <message>
        <location filename="../app/cli/account.cpp" line="+30"/>
        <source>Name the account with --email.</source>
        <translation>Name the account with --email.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+17"/>
        <source>The data folder %1 cannot be created.</source>
        <translation>The data folder %1 cannot be created.</translation>
    </message>
</context>
<context>
    <name>nb::cli::CliApp</name>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="+44"/>
        <source>notabene-cli --help lists the verbs and options.</source>
        <translation>notabene-cli --help lists the verbs and options.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The vendor&apos;s sender address is not in the local data yet (run sync): the sender is not compared.</source>
        <translation>The vendor&apos;s sender address is not in the local data yet (run sync): the sender is not compared.</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../app/cli/cliarguments.cpp" line="+35"/>
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
        <source>Verifies notices from these root keys (the file of notabene-server keys export-roots) instead of the ones built in: for a test deployment.</source>
        <translation>Verifies notices from these root keys (the file of notabene-server keys export-roots) instead of the ones built in: for a test deployment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to do: see Verbs below.</source>
        <translation>What to do: see Verbs below.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name a verb, for example status or sync.</source>
        <translation>Name a verb, for example status or sync.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown verb or wrong arguments: %1</source>
        <translation>Unknown verb or wrong arguments: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>verify: unknown option %1</source>
        <translation>verify: unknown option %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>verify: name at least one .eml file.</source>
        <translation>verify: name at least one .eml file.</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <source>Signs in or restores the session, sends the pending changes and loads the server&apos;s state and the notices: one run.</source>
        <translation>Signs in or restores the session, sends the pending changes and loads the server&apos;s state and the notices: one run.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists the received notices, newest first: sequence, id, verification, act-by date, subject (offline; each notice is verified again).</source>
        <translation>Lists the received notices, newest first: sequence, id, verification, act-by date, subject (offline; each notice is verified again).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows one notice as it was signed, with the verification and the signing key (offline). Exit 1 when its signature does not hold.</source>
        <translation>Shows one notice as it was signed, with the verification and the signing key (offline). Exit 1 when its signature does not hold.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks received e-mails (.eml) offline: is each one really from the vendor? One line per file: verdict (genuine, unsigned, altered, unsigned-parts, unknown-key), notice id, key id, file; the changes and warnings below. --json: a JSON array. Exit 0 when every file is genuine, 1 when any is not, 2 when a file cannot be read or parsed.</source>
        <translation>Checks received e-mails (.eml) offline: is each one really from the vendor? One line per file: verdict (genuine, unsigned, altered, unsigned-parts, unknown-key), notice id, key id, file; the changes and warnings below. --json: a JSON array. Exit 0 when every file is genuine, 1 when any is not, 2 when a file cannot be read or parsed.</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>nb::cli::NoticesVerb</name>
    <message>
        <location filename="../app/cli/noticesverb.cpp" line="+34"/>
        <source>Verified (key %1)</source>
        <translation>Verified (key %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid signature – the content was altered</source>
        <translation>Invalid signature – the content was altered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key expired or data out of date (key %1)</source>
        <translation>Key expired or data out of date (key %1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No notices yet: run sync to receive them.</source>
        <translation>No notices yet: run sync to receive them.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The notice %1 is not in the local data (run sync).</source>
        <translation>The notice %1 is not in the local data (run sync).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Severity</translation>
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
            <numerusform> (%n day left)</numerusform>
            <numerusform> (%n days left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> (%n day(s) overdue)</source>
        <translation>
            <numerusform> (%n day overdue)</numerusform>
            <numerusform> (%n days overdue)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act by</source>
        <translation>Act by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up of</source>
        <translation>Follow-up of</translation>
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
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (not sent yet)</source>
        <translation> (not sent yet)</translation>
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
        <location filename="../app/cli/syncverb.cpp" line="+32"/>
        <source>Security problem: %1</source>
        <translation>Security problem: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n new notice(s).</source>
        <translation>
            <numerusform>%n new notice.</numerusform>
            <numerusform>%n new notices.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+10"/>
        <source>The sync failed: the local data could not be read or written. The changes stay queued.</source>
        <translation>The sync failed: the local data could not be read or written. The changes stay queued.</translation>
    </message>
</context>
<context>
    <name>nb::cli::VerifyVerb</name>
    <message>
        <location filename="../app/cli/verifyverb.cpp" line="+77"/>
        <source>(forwarded message %1)</source>
        <translation>(forwarded message %1)</translation>
    </message>
</context>
<context>
    <name>nb::client::MailChecker</name>
    <message>
        <location filename="../client/mailchecker.cpp" line="+75"/>
        <source>The notice %1 in the local data matches this mail.</source>
        <translation>The notice %1 in the local data matches this mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notice %1 in the local data has a different subject than this mail.</source>
        <translation>The notice %1 in the local data has a different subject than this mail.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is too large for an e-mail.</source>
        <translation>The file is too large for an e-mail.</translation>
    </message>
</context>
<context>
    <name>nb::client::NetworkTransport</name>
    <message>
        <location filename="../client/networktransport.cpp" line="+67"/>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <location line="+28"/>
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
    <name>nb::client::NoticeStore</name>
    <message>
        <location filename="../client/noticestore.cpp" line="+44"/>
        <source>The server sent a notice that cannot be read (%1). Nothing of this page was stored.</source>
        <translation>The server sent a notice that cannot be read (%1). Nothing of this page was stored.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server sent notice number %1, but notices up to number %2 were received before: an old or replayed feed. Nothing of it was stored.</source>
        <translation>The server sent notice number %1, but notices up to number %2 were received before: an old or replayed feed. Nothing of it was stored.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The notice %1 is not in the local data.</source>
        <translation>The notice %1 is not in the local data.</translation>
    </message>
    <message>
        <location filename="../client/noticestorekeys.cpp" line="+66"/>
        <source>The server offered key list version %1, but version %2 was received before: an old key list is being replayed. The known keys stay in use.</source>
        <translation>The server offered key list version %1, but version %2 was received before: an old key list is being replayed. The known keys stay in use.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sent no key list.</source>
        <translation>The server sent no key list.</translation>
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
    <name>nb::client::PatchDownloader</name>
    <message>
        <location filename="../client/patchdownload.cpp" line="+19"/>
        <source>The download of %1 has %2 bytes, but the signed notice names %3 bytes. The file was discarded; do not use a copy from elsewhere.</source>
        <translation>The download of %1 has %2 bytes, but the signed notice names %3 bytes. The file was discarded; do not use a copy from elsewhere.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The download of %1 does not have the SHA-256 checksum the signed notice names: it was altered on the way. The file was discarded; do not use a copy from elsewhere.</source>
        <translation>The download of %1 does not have the SHA-256 checksum the signed notice names: it was altered on the way. The file was discarded; do not use a copy from elsewhere.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be saved: %2</source>
        <translation>%1 could not be saved: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the folder %1 cannot be created.</source>
        <translation>the folder %1 cannot be created.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no free file name in %1.</source>
        <translation>no free file name in %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The notice names the patch &quot;%1&quot; in a way that cannot be downloaded safely.</source>
        <translation>The notice names the patch &quot;%1&quot; in a way that cannot be downloaded safely.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The server has no patch %1 for this notice.</source>
        <translation>The server has no patch %1 for this notice.</translation>
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
    <name>nb::client::SpamCheck</name>
    <message>
        <location filename="../client/spamcheck.cpp" line="+15"/>
        <source>SpamAssassin could not check the mail: %1</source>
        <translation>SpamAssassin could not check the mail: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no temporary file</source>
        <translation>no temporary file</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SpamAssassin is not installed (Debian package &quot;spamassassin&quot;), so no spam score can be shown.</source>
        <translation>SpamAssassin is not installed (Debian package &quot;spamassassin&quot;), so no spam score can be shown.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it stopped or took too long</source>
        <translation>it stopped or took too long</translation>
    </message>
</context>
<context>
    <name>nb::client::StaffService</name>
    <message>
        <location filename="../client/staffservice.cpp" line="+25"/>
        <source>The server sent an answer that cannot be read.</source>
        <translation>The server sent an answer that cannot be read.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Someone else changed this mailing in the meantime. Reload it to see their changes; your text stays in the editor.</source>
        <translation>Someone else changed this mailing in the meantime. Reload it to see their changes; your text stays in the editor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You wrote or edited this mailing, so a second staff member has to approve it (four-eyes principle).</source>
        <translation>You wrote or edited this mailing, so a second staff member has to approve it (four-eyes principle).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the request (error %1).</source>
        <translation>The server refused the request (error %1).</translation>
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
        <location line="+45"/>
        <source>The Qt Sql driver QSQLITE is not installed (Debian: libqt6sql6-sqlite).</source>
        <translation>The Qt Sql driver QSQLITE is not installed (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+33"/>
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
    <message>
        <location filename="../client/syncenginenotices.cpp" line="+37"/>
        <source>The server says its newest notice is number %1, but notices up to number %2 were received before: an old or replayed feed. The notices received before stay.</source>
        <translation>The server says its newest notice is number %1, but notices up to number %2 were received before: an old or replayed feed. The notices received before stay.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>The server sent a key list that cannot be read.</source>
        <translation>The server sent a key list that cannot be read.</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>%n notice(s) from the server do not carry a valid signature: they are marked as altered. Do not follow their instructions; contact the vendor.</source>
        <translation>
            <numerusform>%n notice from the server does not carry a valid signature: it is marked as altered. Do not follow its instructions; contact the vendor.</numerusform>
            <numerusform>%n notices from the server do not carry a valid signature: they are marked as altered. Do not follow their instructions; contact the vendor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::client::TicketService</name>
    <message>
        <location filename="../client/tickets.cpp" line="+16"/>
        <source>The server sent an answer that cannot be read. Try again: the ticket is created at most once.</source>
        <translation>The server sent an answer that cannot be read. Try again: the ticket is created at most once.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The notice is not known to the server for this account; no ticket was created.</source>
        <translation>The notice is not known to the server for this account; no ticket was created.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ticket could not be created (error %1).</source>
        <translation>The ticket could not be created (error %1).</translation>
    </message>
</context>
<context>
    <name>nb::client::TrustedRoots</name>
    <message>
        <location filename="../client/trustedroots.cpp" line="+16"/>
        <source>The trusted root keys cannot be read: %1</source>
        <translation>The trusted root keys cannot be read: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a JSON object.</source>
        <translation>not a JSON object.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exactly one array &quot;rootKeys&quot; expected.</source>
        <translation>exactly one array &quot;rootKeys&quot; expected.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>each key needs exactly &quot;keyid&quot; and &quot;publicKey&quot;.</source>
        <translation>each key needs exactly &quot;keyid&quot; and &quot;publicKey&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a public key is not 32 bytes of canonical base64.</source>
        <translation>a public key is not 32 bytes of canonical base64.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the key id %1 does not match its key.</source>
        <translation>the key id %1 does not match its key.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key %1 is listed twice.</source>
        <translation>the key %1 is listed twice.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the built-in file is missing.</source>
        <translation>the built-in file is missing.</translation>
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
    <name>nb::lint::Mailing</name>
    <message>
        <location filename="../core/mailinglint.cpp" line="+288"/>
        <source>The subject is empty. Summarise the mailing in one short sentence that says what happens and by when, e.g. &quot;DRINGEND: Update des Fiskal-Connectors bis 01.08.2026&quot;.</source>
        <translation>The subject is empty. Summarise the mailing in one short sentence that says what happens and by when, e.g. &quot;DRINGEND: Update des Fiskal-Connectors bis 01.08.2026&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The subject has %1 characters; an inbox shows about %2. Shorten it to at most %2 characters and move the details into the text.</source>
        <translation>The subject has %1 characters; an inbox shows about %2. Shorten it to at most %2 characters and move the details into the text.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The subject consists of more than one sentence. Keep one short sentence that says what happens and by when; everything else belongs in the text.</source>
        <translation>The subject consists of more than one sentence. Keep one short sentence that says what happens and by when; everything else belongs in the text.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The act-by date %1 is at most 14 days away, so the subject must start with &quot;DRINGEND:&quot;. Add the prefix so that recipients see the urgency in their inbox.</source>
        <translation>The act-by date %1 is at most 14 days away, so the subject must start with &quot;DRINGEND:&quot;. Add the prefix so that recipients see the urgency in their inbox.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The subject starts with &quot;DRINGEND:&quot;, but there is no act-by date within the next 14 days. Set the act-by date, or remove &quot;DRINGEND:&quot; so that it keeps its weight for real deadlines.</source>
        <translation>The subject starts with &quot;DRINGEND:&quot;, but there is no act-by date within the next 14 days. Set the act-by date, or remove &quot;DRINGEND:&quot; so that it keeps its weight for real deadlines.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The subject names &quot;%1&quot;, but the act-by date is %2. Correct the date in the subject or the act-by date so that both say the same.</source>
        <translation>The subject names &quot;%1&quot;, but the act-by date is %2. Correct the date in the subject or the act-by date so that both say the same.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The act-by date %1 is at most 14 days away, but the subject names no date. Add it, e.g. &quot;bis %1&quot;, so that recipients see the deadline in their inbox.</source>
        <translation>The act-by date %1 is at most 14 days away, but the subject names no date. Add it, e.g. &quot;bis %1&quot;, so that recipients see the deadline in their inbox.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The subject still contains the placeholder &quot;%1&quot;. Replace it with the final wording.</source>
        <translation>The subject still contains the placeholder &quot;%1&quot;. Replace it with the final wording.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The act-by date %1 has passed. Set a date from today on, or remove it if recipients no longer need to act by a date.</source>
        <translation>The act-by date %1 has passed. Set a date from today on, or remove it if recipients no longer need to act by a date.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The text is empty. Explain what happens, whom it affects and what recipients must do by when.</source>
        <translation>The text is empty. Explain what happens, whom it affects and what recipients must do by when.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text still contains the placeholder &quot;%1&quot;. Replace it with the final wording.</source>
        <translation>The text still contains the placeholder &quot;%1&quot;. Replace it with the final wording.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text contains HTML, which is never sent. Write Markdown instead: **bold**, *italic*, [label](https://…) and lists.</source>
        <translation>The text contains HTML, which is never sent. Write Markdown instead: **bold**, *italic*, [label](https://…) and lists.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text contains an image (%1). Images load remote content and are blocked by many mail programs; describe it in words or link to a page on the vendor&apos;s site.</source>
        <translation>The text contains an image (%1). Images load remote content and are blocked by many mail programs; describe it in words or link to a page on the vendor&apos;s site.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The text speaks of an attachment (&quot;%1&quot;), but mandatory mailings never carry one. Refer to the download in the Kundencenter instead.</source>
        <translation>The text speaks of an attachment (&quot;%1&quot;), but mandatory mailings never carry one. Refer to the download in the Kundencenter instead.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The text links to %1, outside the vendor&apos;s domains (%2). Link only to the vendor&apos;s own pages so that recipients can tell the mailing from phishing.</source>
        <translation>The text links to %1, outside the vendor&apos;s domains (%2). Link only to the vendor&apos;s own pages so that recipients can tell the mailing from phishing.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The link &quot;%1&quot; is not an https address. Write the full address of the page, starting with https://.</source>
        <translation>The link &quot;%1&quot; is not an https address. Write the full address of the page, starting with https://.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The forum or status link leads to %1, outside the vendor&apos;s domains (%2). Use a page on the vendor&apos;s own site.</source>
        <translation>The forum or status link leads to %1, outside the vendor&apos;s domains (%2). Use a page on the vendor&apos;s own site.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The forum or status link &quot;%1&quot; is not an https address. Enter the full address of the page, starting with https://.</source>
        <translation>The forum or status link &quot;%1&quot; is not an https address. Enter the full address of the page, starting with https://.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A security mailing must show recipients how to act: add the patch for download, set the forum or status link, or point them to a Support-Ticket in the Kundencenter.</source>
        <translation>A security mailing must show recipients how to act: add the patch for download, set the forum or status link, or point them to a Support-Ticket in the Kundencenter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No product is chosen. Choose the affected products; only companies licensing one of them receive the mailing.</source>
        <translation>No product is chosen. Choose the affected products; only companies licensing one of them receive the mailing.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No Verteiler category is chosen. Choose the category so that the mailing also reaches the customers&apos; Verteiler addresses.</source>
        <translation>No Verteiler category is chosen. Choose the category so that the mailing also reaches the customers&apos; Verteiler addresses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a Verteiler category. Choose one of the categories so that the mailing reaches the right Verteiler.</source>
        <translation>&quot;%1&quot; is not a Verteiler category. Choose one of the categories so that the mailing reaches the right Verteiler.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The mailing names itself as the mailing it follows up. Choose the earlier mailing of this thread, or none.</source>
        <translation>The mailing names itself as the mailing it follows up. Choose the earlier mailing of this thread, or none.</translation>
    </message>
</context>
<context>
    <name>nb::mail::Check</name>
    <message>
        <location filename="../core/mailcheck.cpp" line="+42"/>
        <source>The text part was changed.</source>
        <translation>The text part was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HTML part was changed.</source>
        <translation>The HTML part was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part of type %1 was changed.</source>
        <translation>The part of type %1 was changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text part was removed.</source>
        <translation>The text part was removed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HTML part was removed.</source>
        <translation>The HTML part was removed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part of type %1 was removed.</source>
        <translation>The part of type %1 was removed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text part was replaced by a part of type %1.</source>
        <translation>The text part was replaced by a part of type %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The HTML part was replaced by a part of type %1.</source>
        <translation>The HTML part was replaced by a part of type %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part of type %1 was replaced by a part of type %2.</source>
        <translation>The part of type %1 was replaced by a part of type %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An attachment &quot;%1&quot; was added.</source>
        <translation>An attachment &quot;%1&quot; was added.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unsigned text part was added.</source>
        <translation>An unsigned text part was added.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unsigned HTML part was added.</source>
        <translation>An unsigned HTML part was added.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An unsigned part of type %1 was added.</source>
        <translation>An unsigned part of type %1 was added.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>The mail carries more than one signature.</source>
        <translation>The mail carries more than one signature.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signature header is damaged.</source>
        <translation>The signature header is damaged.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The signature does not match its content.</source>
        <translation>The signature does not match its content.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No key list yet: the signature cannot be checked.</source>
        <translation>No key list yet: the signature cannot be checked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail is signed by the unknown key %1.</source>
        <translation>The mail is signed by the unknown key %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/mailpayload.cpp" line="+17"/>
        <source>The signature does not describe a notice mail.</source>
        <translation>The signature does not describe a notice mail.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sender was changed.</source>
        <translation>The sender was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject was changed.</source>
        <translation>The subject was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date was changed.</source>
        <translation>The date was changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A forwarded message was added.</source>
        <translation>A forwarded message was added.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The key list expired on %1: the keys may be out of date.</source>
        <translation>The key list expired on %1: the keys may be out of date.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The signing key %1 has expired or was withdrawn.</source>
        <translation>The signing key %1 has expired or was withdrawn.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file is not an e-mail that can be read.</source>
        <translation>The file is not an e-mail that can be read.</translation>
    </message>
    <message>
        <location filename="../core/mailrender.cpp" line="+27"/>
        <source>A mail header value must not contain line breaks or control characters.</source>
        <translation>A mail header value must not contain line breaks or control characters.</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>The link to manage recipients must be https.</source>
        <translation>The link to manage recipients must be https.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The mail needs a date.</source>
        <translation>The mail needs a date.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The mail could not be built.</source>
        <translation>The mail could not be built.</translation>
    </message>
    <message>
        <location filename="../core/mailwarnings.cpp" line="+67"/>
        <source>The attachment &quot;%1&quot; is a program. The vendor never sends patches or programs by e-mail: do not open it.</source>
        <translation>The attachment &quot;%1&quot; is a program. The vendor never sends patches or programs by e-mail: do not open it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The attachment &quot;%1&quot; is an archive. The vendor never sends patches by e-mail: do not open it.</source>
        <translation>The attachment &quot;%1&quot; is an archive. The vendor never sends patches by e-mail: do not open it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail has an attachment: &quot;%1&quot;.</source>
        <translation>The mail has an attachment: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>The domain %1 uses letters that imitate other letters (shown as punycode).</source>
        <translation>The domain %1 uses letters that imitate other letters (shown as punycode).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The domain %1 looks like the vendor&apos;s domain %2 but is not it.</source>
        <translation>The domain %1 looks like the vendor&apos;s domain %2 but is not it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A link leads to %1, which is not a domain of the vendor.</source>
        <translation>A link leads to %1, which is not a domain of the vendor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A link shows %1 but leads to %2.</source>
        <translation>A link shows %1 but leads to %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The sender calls itself &quot;%1&quot; but writes from %2, which is not an address of the vendor.</source>
        <translation>The sender calls itself &quot;%1&quot; but writes from %2, which is not an address of the vendor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mail names several senders or a group as its sender.</source>
        <translation>The mail names several senders or a group as its sender.</translation>
    </message>
</context>
<context>
    <name>nb::mail::Render</name>
    <message>
        <location filename="../core/mailrender.cpp" line="-199"/>
        <source>Bitte handeln Sie bis: %1</source>
        <translation>Please act by: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patches erhalten Sie ausschließlich im Kundencenter oder in der Notabene-App, niemals als Anhang einer E-Mail. Prüfen Sie diese E-Mail in der Notabene-App mit „E-Mail prüfen“.</source>
        <translation>You receive patches only in the Kundencenter or in the Notabene app, never as an attachment to an e-mail. Check this e-mail in the Notabene app with &quot;Check an e-mail&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wer bei Ihnen Pflichtmailings erhält, legen Sie selbst fest (Erstkontakt, Ansprechpartner, Verteiler): %1</source>
        <translation>You decide who at your company receives mandatory mailings (primary contact, contacts, distribution lists): %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wichtiger Hinweis</source>
        <translation>Important notice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hinweis %1</source>
        <translation>Notice %1</translation>
    </message>
</context>
<context>
    <name>nb::mail::Spam</name>
    <message>
        <location filename="../core/spamreport.cpp" line="+15"/>
        <source>SpamAssassin&apos;s answer cannot be read.</source>
        <translation>SpamAssassin&apos;s answer cannot be read.</translation>
    </message>
</context>
<context>
    <name>nb::mail::Verdict</name>
    <message>
        <location filename="../core/mailcheck.cpp" line="+11"/>
        <source>Genuine</source>
        <translation>Genuine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed – possibly phishing</source>
        <translation>Not signed – possibly phishing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Altered</source>
        <translation>Altered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contains unsigned parts</source>
        <translation>Contains unsigned parts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown or expired key</source>
        <translation>Unknown or expired key</translation>
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
        <source>Only the vendor&apos;s staff may do this.</source>
        <translation>Only the vendor&apos;s staff may do this.</translation>
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
    <message>
        <location line="+18"/>
        <source>The Idempotency-Key must be 1 to 200 characters long.</source>
        <translation>The Idempotency-Key must be 1 to 200 characters long.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This Idempotency-Key was already used for a different request.</source>
        <translation>This Idempotency-Key was already used for a different request.</translation>
    </message>
</context>
<context>
    <name>nb::server::ApiHttpServer</name>
    <message>
        <location filename="../server/http/apihttpserver.cpp" line="+56"/>
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
        <location line="+47"/>
        <source>There is nothing at %1.</source>
        <translation>There is nothing at %1.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The request body is larger than %1 bytes.</source>
        <translation>The request body is larger than %1 bytes.</translation>
    </message>
</context>
<context>
    <name>nb::server::Cli</name>
    <message>
        <location filename="../server/commandline.cpp" line="+51"/>
        <source>The database: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>The database: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Missing --db URL.</source>
        <translation>Missing --db URL.</translation>
    </message>
    <message>
        <location filename="../server/servercommands.cpp" line="+75"/>
        <source>The key folder whose signing key signs the demo notices (without it no notices are published).</source>
        <translation>The key folder whose signing key signs the demo notices (without it no notices are published).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create the demo world (idempotent).</source>
        <translation>Create the demo world (idempotent).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Demo notices: %1 published, signed by key %2.</source>
        <translation>Demo notices: %1 published, signed by key %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo notices skipped: give --keys DIR to sign them.</source>
        <translation>Demo notices skipped: give --keys DIR to sign them.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../server/brandingoptions.cpp" line="+44"/>
        <source>The vendor&apos;s name shown by the clients and in the From of its mails (default Notabene).</source>
        <translation>The vendor&apos;s name shown by the clients and in the From of its mails (default Notabene).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vendor&apos;s primary colour (default #0B5CAD).</source>
        <translation>The vendor&apos;s primary colour (default #0B5CAD).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vendor&apos;s accent colour (default #E8A317).</source>
        <translation>The vendor&apos;s accent colour (default #E8A317).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender address of the vendor&apos;s mails (default pflichtmailing@notabene.example).</source>
        <translation>The sender address of the vendor&apos;s mails (default pflichtmailing@notabene.example).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vendor&apos;s domains, comma-separated: links to them in a mail raise no warning (default notabene.example).</source>
        <translation>The vendor&apos;s domains, comma-separated: links to them in a mail raise no warning (default notabene.example).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--vendor-name takes a name of 1 to 100 characters, without control characters.</source>
        <translation>--vendor-name takes a name of 1 to 100 characters, without control characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--vendor-color and --vendor-accent take a colour as #RRGGBB, for example #0B5CAD.</source>
        <translation>--vendor-color and --vendor-accent take a colour as #RRGGBB, for example #0B5CAD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--vendor-mail-from: %1</source>
        <translation>--vendor-mail-from: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--vendor-domains takes domain names separated by commas, for example notabene.example,notabene-status.example.</source>
        <translation>--vendor-domains takes domain names separated by commas, for example notabene.example,notabene-status.example.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--vendor-mail-from %1 is not at one of the --vendor-domains.</source>
        <translation>--vendor-mail-from %1 is not at one of the --vendor-domains.</translation>
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
        <translation>Usage: notabene-server &lt;command&gt; [options]

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
Options: --help, --version; &apos;notabene-server &lt;command&gt; --help&apos; for a command&apos;s options.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Cannot read the TLS certificate or key file.</source>
        <translation>Cannot read the TLS certificate or key file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The TLS certificate or key is not valid PEM.</source>
        <translation>The TLS certificate or key is not valid PEM.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--mail-envelope-from needs --smtp.</source>
        <translation>--mail-envelope-from needs --smtp.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--mail-envelope-from: %1</source>
        <translation>--mail-envelope-from: %1</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+12"/>
        <source>Deliver queued mail through this relay: smtp://HOST:PORT or smtps://HOST:PORT (STARTTLS and credentials: NOTABENE_SMTP_CONFIG). Without it mail is not delivered.</source>
        <translation>Deliver queued mail through this relay: smtp://HOST:PORT or smtps://HOST:PORT (STARTTLS and credentials: NOTABENE_SMTP_CONFIG). Without it mail is not delivered.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The envelope sender (MAIL FROM) of delivered mail (default: --vendor-mail-from).</source>
        <translation>The envelope sender (MAIL FROM) of delivered mail (default: --vendor-mail-from).</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+46"/>
        <source>libcurl could not be initialised.</source>
        <translation>libcurl could not be initialised.</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+6"/>
        <source>Delivering queued mail through %1 (envelope sender %2).</source>
        <translation>Delivering queued mail through %1 (envelope sender %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No --smtp relay: mail is not delivered (it stays queued).</source>
        <translation>No --smtp relay: mail is not delivered (it stays queued).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium could not be initialised.</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location filename="../server/commandline.cpp" line="-30"/>
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
        <location line="+13"/>
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
    <name>nb::server::DeliveryWorker</name>
    <message>
        <location filename="../server/delivery/deliveryworker.cpp" line="+44"/>
        <source>%1 takes a positive whole number.</source>
        <translation>%1 takes a positive whole number.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot claim mail</source>
        <translation>Cannot claim mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot give back mail %1</source>
        <translation>Cannot give back mail %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The relay is unreachable (%1); %2 mails wait for the next attempt.</source>
        <translation>The relay is unreachable (%1); %2 mails wait for the next attempt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mail %1 was delivered but cannot be marked sent</source>
        <translation>Mail %1 was delivered but cannot be marked sent</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>Mail %1 to %2 failed: %3</source>
        <translation>Mail %1 to %2 failed: %3</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+16"/>
        <source>Cannot mark mail %1 failed</source>
        <translation>Cannot mark mail %1 failed</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (gave up after %2 attempts)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mail %1 to %2 deferred (attempt %3): %4</source>
        <translation>Mail %1 to %2 deferred (attempt %3): %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot schedule mail %1 for a retry</source>
        <translation>Cannot schedule mail %1 for a retry</translation>
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
           version signed by the old and the new root key (--expires-days N).
           The replaced signing key stays valid for the notices it signed until
           now; --revoke (after a compromise) drops it from the list
  show     Print the key list: version, expiry and key ids (never a secret)
  export-roots  Print the root public keys clients are built with
           ({&quot;rootKeys&quot;: […]}, the roots of key list version 1)

The private keys stay in DIR (mode 0700, key files 0600).</source>
        <translation>Usage: notabene-server keys &lt;command&gt; --dir DIR [options]

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

The private keys stay in DIR (mode 0700, key files 0600).</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+3"/>
        <source>Drop the replaced signing key (after a compromise): the notices it signed no longer verify.</source>
        <translation>Drop the replaced signing key (after a compromise): the notices it signed no longer verify.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+4"/>
        <source>Print the root public keys the clients are built with.</source>
        <translation>Print the root public keys the clients are built with.</translation>
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
        <location line="+18"/>
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
        <location filename="../server/keys/keystore.cpp" line="+186"/>
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
        <location line="+54"/>
        <source>The new key list would not be accepted: %1</source>
        <translation>The new key list would not be accepted: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is no longer valid; replace it with: notabene-server keys rotate --dir %2</source>
        <translation>%1 is no longer valid; replace it with: notabene-server keys rotate --dir %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../server/servercommands.cpp" line="-119"/>
        <source>The key list expired; renew it with: notabene-server keys rotate --dir %1</source>
        <translation>The key list expired; renew it with: notabene-server keys rotate --dir %1</translation>
    </message>
    <message>
        <location filename="../server/servercommands.cpp" line="-72"/>
        <source>The key folder (see notabene-server keys): serves its key list at GET /api/v1/keys and signs the mails of GET /api/v1/notices/{id}/mail.</source>
        <translation>The key folder (see notabene-server keys): serves its key list at GET /api/v1/keys and signs the mails of GET /api/v1/notices/{id}/mail.</translation>
    </message>
</context>
<context>
    <name>nb::server::MailingRoutes</name>
    <message>
        <location filename="../server/api/mailingroutes.cpp" line="+82"/>
        <source>You wrote this mailing, so you cannot approve it: a second member of staff has to (four-eyes principle).</source>
        <translation>You wrote this mailing, so you cannot approve it: a second member of staff has to (four-eyes principle).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You made the last change to this mailing, so you cannot approve it: a member of staff who did not edit it has to (four-eyes principle).</source>
        <translation>You made the last change to this mailing, so you cannot approve it: a member of staff who did not edit it has to (four-eyes principle).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This mailing</source>
        <translation>This mailing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This mailing has been sent and can no longer be changed. Write a follow-up mailing instead.</source>
        <translation>This mailing has been sent and can no longer be changed. Write a follow-up mailing instead.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>The patch file &quot;%1&quot; of this mailing</source>
        <translation>The patch file &quot;%1&quot; of this mailing</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the patch file itself as the request body, as application/octet-stream.</source>
        <translation>Send the patch file itself as the request body, as application/octet-stream.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This mailing has been sent already.</source>
        <translation>This mailing has been sent already.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This mailing is approved already.</source>
        <translation>This mailing is approved already.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send If-Match with the ETag of the version you reviewed: an approval covers exactly that version.</source>
        <translation>Send If-Match with the ETag of the version you reviewed: an approval covers exactly that version.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The mailing breaks rules for mandatory mailings (see the findings): fix the errors before approving it.</source>
        <translation>The mailing breaks rules for mandatory mailings (see the findings): fix the errors before approving it.</translation>
    </message>
</context>
<context>
    <name>nb::server::MailingSendRoutes</name>
    <message>
        <location filename="../server/api/mailingsendroutes.cpp" line="+83"/>
        <source>This server has no valid signing key (serve --keys DIR), so it cannot sign mailings.</source>
        <translation>This server has no valid signing key (serve --keys DIR), so it cannot sign mailings.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>This mailing</source>
        <translation>This mailing</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>There is no customer company with this id.</source>
        <translation>There is no customer company with this id.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This server delivers no mail (serve --smtp smtp://HOST:PORT is not set).</source>
        <translation>This server delivers no mail (serve --smtp smtp://HOST:PORT is not set).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The notice this mailing published does not verify.</source>
        <translation>The notice this mailing published does not verify.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This mailing was sent.</source>
        <translation>This mailing was sent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A second staff member has to approve this mailing before it is sent.</source>
        <translation>A second staff member has to approve this mailing before it is sent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mailing breaks the rules for mandatory mailings.</source>
        <translation>The mailing breaks the rules for mandatory mailings.</translation>
    </message>
</context>
<context>
    <name>nb::server::MailingStore</name>
    <message>
        <location filename="../server/storage/mailingstore.cpp" line="+107"/>
        <source>The patch file &quot;%1&quot; is empty.</source>
        <translation>The patch file &quot;%1&quot; is empty.</translation>
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
        <translation>Usage: notabene-server notice publish --db URL --keys DIR --file NOTICE.json
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
the signing key of DIR (the mail GET /api/v1/notices/{id}/mail answers).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: field &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key folder whose signing key signs the notice.</source>
        <translation>The key folder whose signing key signs the notice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notice (JSON).</source>
        <translation>The notice (JSON).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A patch file offered with the notice (repeatable).</source>
        <translation>A patch file offered with the notice (repeatable).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The expected SHA-256 (hex) of the --patch in the same position (repeatable).</source>
        <translation>The expected SHA-256 (hex) of the --patch in the same position (repeatable).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign and publish a notice.</source>
        <translation>Sign and publish a notice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing --db URL, --keys DIR or --file NOTICE.json.</source>
        <translation>Missing --db URL, --keys DIR or --file NOTICE.json.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There are more --patch-sha256 than --patch options.</source>
        <translation>There are more --patch-sha256 than --patch options.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--patch-sha256 takes 64 hex digits.</source>
        <translation>--patch-sha256 takes 64 hex digits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the SHA-256 is %2, not %3 as expected; nothing was published.</source>
        <translation>%1: the SHA-256 is %2, not %3 as expected; nothing was published.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Two patches are named &quot;%1&quot;.</source>
        <translation>Two patches are named &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Published notice %1 as sequence %2, signed by key %3.</source>
        <translation>Published notice %1 as sequence %2, signed by key %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key folder whose signing key signs the mail.</source>
        <translation>The key folder whose signing key signs the mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The id of the notice.</source>
        <translation>The id of the notice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recipient&apos;s address.</source>
        <translation>The recipient&apos;s address.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the signed mail of a notice to stdout.</source>
        <translation>Write the signed mail of a notice to stdout.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing --db URL, --keys DIR, --id ID or --to ADDRESS.</source>
        <translation>Missing --db URL, --keys DIR, --id ID or --to ADDRESS.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no notice &quot;%1&quot;.</source>
        <translation>There is no notice &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write the mail to stdout.</source>
        <translation>Cannot write the mail to stdout.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Missing command.</source>
        <translation>Missing command.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>nb::server::NoticeInput</name>
    <message>
        <location filename="../server/noticeinput.cpp" line="+27"/>
        <location line="+46"/>
        <source>The field &quot;%1&quot; is required.</source>
        <translation>The field &quot;%1&quot; is required.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The field &quot;%1&quot; must be a text.</source>
        <translation>The field &quot;%1&quot; must be a text.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is set when the notice is published; leave it out (patch files are given with --patch FILE).</source>
        <translation>&quot;%1&quot; is set when the notice is published; leave it out (patch files are given with --patch FILE).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&quot;severity&quot; is one of info, important, urgent.</source>
        <translation>&quot;severity&quot; is one of info, important, urgent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;status&quot; is one of announced, in-progress, resolved.</source>
        <translation>&quot;status&quot; is one of announced, in-progress, resolved.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;actBy&quot; is a date such as 2026-08-01.</source>
        <translation>&quot;actBy&quot; is a date such as 2026-08-01.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>larger than %1 bytes.</source>
        <translation>larger than %1 bytes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
</context>
<context>
    <name>nb::server::NoticeMail</name>
    <message>
        <location filename="../server/noticemail.cpp" line="+49"/>
        <source>The stored notice &quot;%1&quot; does not verify with the current key list; no mail is signed for it.</source>
        <translation>The stored notice &quot;%1&quot; does not verify with the current key list; no mail is signed for it.</translation>
    </message>
</context>
<context>
    <name>nb::server::NoticeMailRoutes</name>
    <message>
        <location filename="../server/api/noticemailroutes.cpp" line="+23"/>
        <source>Only the vendor&apos;s staff may render notice mails.</source>
        <translation>Only the vendor&apos;s staff may render notice mails.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This server has no valid signing key (serve --keys DIR), so it cannot sign mails.</source>
        <translation>This server has no valid signing key (serve --keys DIR), so it cannot sign mails.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This notice</source>
        <translation>This notice</translation>
    </message>
</context>
<context>
    <name>nb::server::NoticeRoutes</name>
    <message>
        <location filename="../server/api/noticeroutes.cpp" line="+25"/>
        <source>This notice</source>
        <translation>This notice</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&quot;after&quot; takes a sequence number: a whole number from 0 on.</source>
        <translation>&quot;after&quot; takes a sequence number: a whole number from 0 on.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;limit&quot; takes a whole number from 1 to %1.</source>
        <translation>&quot;limit&quot; takes a whole number from 1 to %1.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The field &quot;%1&quot; is not known here.</source>
        <translation>The field &quot;%1&quot; is not known here.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The patch &quot;%1&quot;</source>
        <translation>The patch &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>nb::server::NoticeStore</name>
    <message>
        <location filename="../server/storage/noticestore.cpp" line="+44"/>
        <source>The counter &quot;%1&quot; is missing.</source>
        <translation>The counter &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no product &quot;%1&quot;.</source>
        <translation>There is no product &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A notice with the id &quot;%1&quot; has been published already.</source>
        <translation>A notice with the id &quot;%1&quot; has been published already.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no notice &quot;%1&quot; to follow up.</source>
        <translation>There is no notice &quot;%1&quot; to follow up.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The content of the patch &quot;%1&quot; is missing.</source>
        <translation>The content of the patch &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patch &quot;%1&quot; has %2 bytes, not %3.</source>
        <translation>The patch &quot;%1&quot; has %2 bytes, not %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SHA-256 of the patch &quot;%1&quot; does not match its content.</source>
        <translation>The SHA-256 of the patch &quot;%1&quot; does not match its content.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file &quot;%1&quot; is not referenced by the notice.</source>
        <translation>The file &quot;%1&quot; is not referenced by the notice.</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>The acknowledgement was not stored.</source>
        <translation>The acknowledgement was not stored.</translation>
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
    <name>nb::server::RecipientRoutes</name>
    <message>
        <location filename="../server/api/recipientroutes.cpp" line="+27"/>
        <source>This mailing</source>
        <translation>This mailing</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>&quot;offset&quot; takes a whole number from 0 on.</source>
        <translation>&quot;offset&quot; takes a whole number from 0 on.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;limit&quot; takes a whole number from 1 to %1.</source>
        <translation>&quot;limit&quot; takes a whole number from 1 to %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The search text may hold at most %1 characters.</source>
        <translation>The search text may hold at most %1 characters.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&quot;%1&quot; must be a company id (a whole number).</source>
        <translation>&quot;%1&quot; must be a company id (a whole number).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no company %1.</source>
        <translation>There is no company %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The field &quot;%1&quot; is not known here.</source>
        <translation>The field &quot;%1&quot; is not known here.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>&quot;%1&quot; must be a list.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; must be an object with &quot;company&quot; and &quot;address&quot;.</source>
        <translation>&quot;%1&quot; must be an object with &quot;company&quot; and &quot;address&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>&quot;%1&quot; must be a text.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This mailing has been sent; its recipients can no longer change.</source>
        <translation>This mailing has been sent; its recipients can no longer change.</translation>
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
    <name>nb::server::SmtpConfig</name>
    <message>
        <location filename="../server/delivery/smtpsender.cpp" line="+52"/>
        <source>%1: starttls takes 1 or 0.</source>
        <translation>%1: starttls takes 1 or 0.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: timeout takes a positive number of seconds.</source>
        <translation>%1: timeout takes a positive number of seconds.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: unknown key &quot;%2&quot; (known: user, password, starttls, ca-file, timeout, helo).</source>
        <translation>%1: unknown key &quot;%2&quot; (known: user, password, starttls, ca-file, timeout, helo).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the SMTP config file %1: %2</source>
        <translation>Cannot read the SMTP config file %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: expected &quot;key = value&quot;.</source>
        <translation>%1: expected &quot;key = value&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SMTP user and password go together: give both or neither.</source>
        <translation>SMTP user and password go together: give both or neither.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMTP credentials need STARTTLS (starttls = 1) or an smtps:// relay; they would travel in clear text.</source>
        <translation>SMTP credentials need STARTTLS (starttls = 1) or an smtps:// relay; they would travel in clear text.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the CA file %1.</source>
        <translation>Cannot read the CA file %1.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>--smtp takes smtp://HOST:PORT or smtps://HOST:PORT, not &quot;%1&quot;.</source>
        <translation>--smtp takes smtp://HOST:PORT or smtps://HOST:PORT, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--smtp takes no credentials: give them in the SMTP config file (NOTABENE_SMTP_CONFIG) or NOTABENE_SMTP_USER/NOTABENE_SMTP_PASSWORD.</source>
        <translation>--smtp takes no credentials: give them in the SMTP config file (NOTABENE_SMTP_CONFIG) or NOTABENE_SMTP_USER/NOTABENE_SMTP_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>nb::server::TicketRoutes</name>
    <message>
        <location filename="../server/api/ticketroutes.cpp" line="+35"/>
        <location line="+11"/>
        <source>Enter the %1 of the ticket.</source>
        <translation>Enter the %1 of the ticket.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The field &quot;%1&quot; must be a text.</source>
        <translation>The field &quot;%1&quot; must be a text.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 may hold at most %2 characters.</source>
        <translation>The %1 may hold at most %2 characters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 contains a control character.</source>
        <translation>The %1 contains a control character.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This notice</source>
        <translation>This notice</translation>
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
        <location filename="../ui/clientcontroller.cpp" line="+68"/>
        <source>Keychain unavailable</source>
        <translation>Keychain unavailable</translation>
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
        <translation>Cannot open local data</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Your session has expired. Sign in again; your unsynced changes are kept.</source>
        <translation>Your session has expired. Sign in again; your unsynced changes are kept.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your session has expired. Sign in again; unsaved text in the editor is kept.</source>
        <translation>Your session has expired. Sign in again; unsaved text in the editor is kept.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — vendor staff</source>
        <translation>%1 — vendor staff</translation>
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
    <name>nb::ui::LinkOpener</name>
    <message>
        <location filename="../ui/linkopener.cpp" line="+20"/>
        <source>Open link?</source>
        <translation>Open link?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads to:

%1

Open it in your browser? Download patches only through Notabene or the Kundencenter, never from other sites.</source>
        <translation>This link leads to:

%1

Open it in your browser? Download patches only through Notabene or the Kundencenter, never from other sites.</translation>
    </message>
</context>
<context>
    <name>nb::ui::LintPanel</name>
    <message>
        <location filename="../ui/lintpanel.cpp" line="+26"/>
        <source>Rule check</source>
        <translation>Rule check</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error (%1): blocks approval</source>
        <translation>Error (%1): blocks approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning (%1)</source>
        <translation>Warning (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — warnings do not block approval.</source>
        <translation>%1 — warnings do not block approval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 — errors block approval.</source>
        <translation>%1, %2 — errors block approval.</translation>
    </message>
</context>
<context>
    <name>nb::ui::MailCheckPage</name>
    <message>
        <location filename="../ui/mailcheckpage.cpp" line="+84"/>
        <source>Check an e-mail</source>
        <translation>Check an e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mails (*.eml);;All files (*)</source>
        <translation>E-mails (*.eml);;All files (*)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This file cannot be checked: %1 Do not open links or attachments of this mail.</source>
        <translation>This file cannot be checked: %1 Do not open links or attachments of this mail.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+56"/>
        <source>Notice: %1</source>
        <translation>Notice: %1</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Signed with key %1</source>
        <translation>Signed with key %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Forwarded message %1: %2</source>
        <translation>Forwarded message %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key %1</source>
        <translation>key %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::MailingEditor</name>
    <message>
        <location filename="../ui/mailingeditor.cpp" line="+125"/>
        <source>(choose a category)</source>
        <translation>(choose a category)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(none: a first mailing)</source>
        <translation>(none: a first mailing)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Characters in the subject; an inbox shows about %1.</source>
        <translation>Characters in the subject; an inbox shows about %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New mailing — not saved yet.</source>
        <translation>New mailing — not saved yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent on %1 as notice %2 — it can no longer be changed; write a follow-up mailing instead.</source>
        <translation>Sent on %1 as notice %2 — it can no longer be changed; write a follow-up mailing instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved by %1 — saving your changes withdraws the approval.</source>
        <translation>Approved by %1 — saving your changes withdraws the approval.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by %1 on %2 — any edit withdraws the approval.</source>
        <translation>Approved by %1 on %2 — any edit withdraws the approval.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft — unsaved changes.</source>
        <translation>Draft — unsaved changes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft — last changed by %1 on %2. A second staff member has to approve it before it can be sent.</source>
        <translation>Draft — last changed by %1 on %2. A second staff member has to approve it before it can be sent.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Upload a file to the server; customers download it from there (never a mail attachment)</source>
        <translation>Upload a file to the server; customers download it from there (never a mail attachment)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the mailing first.</source>
        <translation>Save the mailing first.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the mailing; a second staff member approves it before it can be sent.</source>
        <translation>Save the mailing; a second staff member approves it before it can be sent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your changes before a test send, approval or sending.</source>
        <translation>Save your changes before a test send, approval or sending.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved: ready to send.</source>
        <translation>Approved: ready to send.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the errors in the rule check before the mailing can be approved.</source>
        <translation>Fix the errors in the rule check before the mailing can be approved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You wrote or last edited this mailing, so a second staff member has to approve it (four-eyes principle).</source>
        <translation>You wrote or last edited this mailing, so a second staff member has to approve it (four-eyes principle).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot approve this mailing.</source>
        <translation>You cannot approve this mailing.</translation>
    </message>
    <message>
        <location filename="../ui/mailingeditoractions.cpp" line="+50"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved; you changed the text meanwhile, save again to keep it.</source>
        <translation>Saved; you changed the text meanwhile, save again to keep it.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading the current version…</source>
        <translation>Loading the current version…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reloaded the version %1 saved last. Your text is still in the editor; Save replaces their version with yours.</source>
        <translation>Reloaded the version %1 saved last. Your text is still in the editor; Save replaces their version with yours.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save your changes before approving.</source>
        <translation>Save your changes before approving.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mailing breaks the rules for mandatory mailings; fix the errors in the rule check first.</source>
        <translation>The mailing breaks the rules for mandatory mailings; fix the errors in the rule check first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approving…</source>
        <translation>Approving…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved. The mailing can be sent now.</source>
        <translation>Approved. The mailing can be sent now.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test send</source>
        <translation>Test send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the saved mailing exactly as recipients will get it to this address:</source>
        <translation>Send the saved mailing exactly as recipients will get it to this address:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending a test mail to %1…</source>
        <translation>Sending a test mail to %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test mail to %1 queued for delivery (Message-ID %2).</source>
        <translation>Test mail to %1 queued for delivery (Message-ID %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counting the recipients…</source>
        <translation>Counting the recipients…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nobody would receive this mailing: no company licenses its products, or every recipient is excluded.</source>
        <translation>Nobody would receive this mailing: no company licenses its products, or every recipient is excluded.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+26"/>
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Send “%1” now to %2 at %3? Every address gets the mail, and the notice appears in the companies&apos; inboxes in the app. This cannot be undone.</source>
        <translation>Send “%1” now to %2 at %3? Every address gets the mail, and the notice appears in the companies&apos; inboxes in the app. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send mailing</source>
        <translation>Send mailing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sent as notice %1: %2 queued for %3.</source>
        <translation>Sent as notice %1: %2 queued for %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n mail(s)</source>
        <translation>
            <numerusform>%n mail</numerusform>
            <numerusform>%n mails</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the draft “%1”? This cannot be undone.</source>
        <translation>Delete the draft “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The draft was deleted.</source>
        <translation>The draft was deleted.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add patch</source>
        <translation>Add patch</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is larger than %2.</source>
        <translation>%1 is larger than %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploading %1…</source>
        <translation>Uploading %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was uploaded; customers download it from the server.</source>
        <translation>%1 was uploaded; customers download it from the server.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removing %1…</source>
        <translation>Removing %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was removed.</source>
        <translation>%1 was removed.</translation>
    </message>
</context>
<context>
    <name>nb::ui::MailingListModel</name>
    <message>
        <location filename="../ui/mailinglistmodel.cpp" line="+54"/>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sent as notice %1</source>
        <translation>Sent as notice %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>nb::ui::MailingPreview</name>
    <message>
        <location filename="../ui/mailingpreview.cpp" line="+38"/>
        <source>Link target: %1</source>
        <translation>Link target: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Myself (as a test send)</source>
        <translation>Myself (as a test send)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the mailing to see it as it will be sent.</source>
        <translation>Save the mailing to see it as it will be sent.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rendering the preview…</source>
        <translation>Rendering the preview…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From: %1
To: %2</source>
        <translation>From: %1
To: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 licenses none of the mailing&apos;s products and does not receive it.</source>
        <translation>%1 licenses none of the mailing&apos;s products and does not receive it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 receives it at: %2</source>
        <translation>%1 receives it at: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no address: every recipient is excluded)</source>
        <translation>(no address: every recipient is excluded)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The notice of this preview cannot be read: %1</source>
        <translation>The notice of this preview cannot be read: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Forum/status page: %1</source>
        <translation>Forum/status page: %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::MailingResultsView</name>
    <message>
        <location filename="../ui/mailingresultsview.cpp" line="+77"/>
        <location line="+26"/>
        <source>The results appear once the mailing is sent.</source>
        <translation>The results appear once the mailing is sent.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notice %1: %2 to %3.</source>
        <translation>Notice %1: %2 to %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n mail(s)</source>
        <translation>
            <numerusform>%n mail</numerusform>
            <numerusform>%n mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %2 companies (%n acknowledgement(s))</source>
        <translation>
            <numerusform>%1 of %2 companies (%n acknowledgement)</numerusform>
            <numerusform>%1 of %2 companies (%n acknowledgements)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delivery is running; the figures update by themselves.</source>
        <translation>Delivery is running; the figures update by themselves.</translation>
    </message>
</context>
<context>
    <name>nb::ui::MailingsPage</name>
    <message>
        <location filename="../ui/mailingspage.cpp" line="+44"/>
        <source>Compose</source>
        <translation>Compose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+85"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>No mailings yet: start with &quot;New mailing&quot;.</source>
        <translation>No mailings yet: start with &quot;New mailing&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n mailing(s)</source>
        <translation>
            <numerusform>%n mailing</numerusform>
            <numerusform>%n mailings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>New mailing</source>
        <translation>New mailing</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
</context>
<context>
    <name>nb::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+61"/>
        <source>Important notices are not available.</source>
        <translation>Important notices are not available.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check an e-mail</source>
        <translation>Check an e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+82"/>
        <source>Security warning: %1 The data shown is the last state that could be checked.</source>
        <translation>Security warning: %1 The data shown is the last state that could be checked.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Important notices (%1)</source>
        <translation>Important notices (%1)</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+109"/>
        <source>Important notices</source>
        <translation>Important notices</translation>
    </message>
    <message>
        <location line="-61"/>
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
    <name>nb::ui::NoticeBanner</name>
    <message>
        <location filename="../ui/noticebanner.cpp" line="+23"/>
        <location line="+12"/>
        <source>Important notice</source>
        <translation>Important notice</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Act by: %1</source>
        <translation>Act by: %1</translation>
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
        <translation>Notice text</translation>
    </message>
</context>
<context>
    <name>nb::ui::NoticeLabels</name>
    <message>
        <location filename="../ui/noticelabels.cpp" line="+14"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Announced</source>
        <translation>Announced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
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
        <translation>Verified (key %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid signature – the content was altered</source>
        <translation>Invalid signature – the content was altered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key expired or data out of date</source>
        <translation>Key expired or data out of date</translation>
    </message>
</context>
<context>
    <name>nb::ui::NoticeListModel</name>
    <message>
        <location filename="../ui/noticelistmodel.cpp" line="+234"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act by</source>
        <translation>Act by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>nb::ui::NoticeNotifier</name>
    <message>
        <location filename="../ui/noticenotifier.cpp" line="+70"/>
        <source>Important notice (%1)</source>
        <translation>Important notice (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new important notice(s)</source>
        <translation>
            <numerusform>%n new important notice</numerusform>
            <numerusform>%n new important notices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::ui::NoticeView</name>
    <message>
        <location filename="../ui/noticeview.cpp" line="+57"/>
        <source>Downloading… %1 of %2</source>
        <translation>Downloading… %1 of %2</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Notice %1 (content not verified)</source>
        <translation>Notice %1 (content not verified)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The text of this notice is not shown: its signature does not match the content, so it may have been altered. Do not follow instructions from it; contact the vendor through the Kundencenter.</source>
        <translation>The text of this notice is not shown: its signature does not match the content, so it may have been altered. Do not follow instructions from it; contact the vendor through the Kundencenter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text of this notice is not shown because its signature cannot be checked: %1</source>
        <translation>The text of this notice is not shown because its signature cannot be checked: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Be careful: %1</source>
        <translation>Be careful: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 – %2 – %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Acknowledged on %1 – not yet sent to the server (pending)</source>
        <translation>Acknowledged on %1 – not yet sent to the server (pending)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged on %1</source>
        <translation>Acknowledged on %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save patch to</source>
        <translation>Save patch to</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Downloading…</source>
        <translation>Downloading…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved as %1 – size and SHA-256 checked. Notabene does not open it; install it as the notice describes.</source>
        <translation>Saved as %1 – size and SHA-256 checked. Notabene does not open it; install it as the notice describes.</translation>
    </message>
</context>
<context>
    <name>nb::ui::NoticesPage</name>
    <message>
        <location filename="../ui/noticespage.cpp" line="+83"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n unread</numerusform>
            <numerusform>, %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of %1 – no connection to the server for %2. Newer notices may be missing.</source>
        <translation>As of %1 – no connection to the server for %2. Newer notices may be missing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notices have not been fetched from the server yet.</source>
        <translation>The notices have not been fetched from the server yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key list expired on %1: signatures cannot be confirmed until Notabene reaches the server again.</source>
        <translation>The key list expired on %1: signatures cannot be confirmed until Notabene reaches the server again.</translation>
    </message>
</context>
<context>
    <name>nb::ui::RecipientsModel</name>
    <message numerus="yes">
        <location filename="../ui/recipientsmodel.cpp" line="+141"/>
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (fallback to the primary contact)</source>
        <translation>%1 (fallback to the primary contact)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Excluded: nobody at this company gets the mailing</source>
        <translation>Excluded: nobody at this company gets the mailing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick to leave this company out</source>
        <translation>Tick to leave this company out</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The whole company is excluded</source>
        <translation>The whole company is excluded</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Company / address</source>
        <translation>Company / address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer no. / name</source>
        <translation>Customer no. / name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
</context>
<context>
    <name>nb::ui::RecipientsView</name>
    <message>
        <location filename="../ui/recipientsview.cpp" line="+66"/>
        <source>Save the mailing to see who receives it.</source>
        <translation>Save the mailing to see who receives it.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Loading the recipients…</source>
        <translation>Loading the recipients…</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <location line="+6"/>
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <location line="+6"/>
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 at %2 receive this mailing.</source>
        <translation>%1 at %2 receive this mailing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excluded: %1, %2.</source>
        <translation>Excluded: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n company(ies) license none of its products.</source>
        <translation>
            <numerusform>%n company licenses none of its products.</numerusform>
            <numerusform>%n companies license none of its products.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load more (%1 of %2 shown)</source>
        <translation>Load more (%1 of %2 shown)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saving the exclusions…</source>
        <translation>Saving the exclusions…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export recipients</source>
        <translation>Export recipients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recipients-%1.csv</source>
        <translation>recipients-%1.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
</context>
<context>
    <name>nb::ui::SpamScoreWidget</name>
    <message>
        <location filename="../ui/spamscorewidget.cpp" line="+25"/>
        <source>Spam rules that fired</source>
        <translation>Spam rules that fired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Spam score: checking with SpamAssassin…</source>
        <translation>Spam score: checking with SpamAssassin…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Spam score %1 of %2: SpamAssassin would file this mailing as spam. Change the text until the rules below no longer fire.</source>
        <translation>Spam score %1 of %2: SpamAssassin would file this mailing as spam. Change the text until the rules below no longer fire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spam score %1 of %2: close to the spam threshold; some mail servers may file it as spam. Check the rules below.</source>
        <translation>Spam score %1 of %2: close to the spam threshold; some mail servers may file it as spam. Check the rules below.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spam score %1 of %2: unlikely to be filed as spam.</source>
        <translation>Spam score %1 of %2: unlikely to be filed as spam.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No spam score: %1</source>
        <translation>No spam score: %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::StaffLabels</name>
    <message>
        <location filename="../ui/stafflabels.cpp" line="+14"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distribution list</source>
        <translation>Distribution list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act by</source>
        <translation>Act by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forum/status link</source>
        <translation>Forum/status link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distribution category</source>
        <translation>Distribution category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up of</source>
        <translation>Follow-up of</translation>
    </message>
</context>
<context>
    <name>nb::ui::StaffWindow</name>
    <message>
        <location filename="../ui/staffwindow.cpp" line="+65"/>
        <source>Mandatory mailings</source>
        <translation>Mandatory mailings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check an e-mail</source>
        <translation>Check an e-mail</translation>
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
    <name>nb::ui::TicketDialog</name>
    <message>
        <location filename="../ui/ticketdialog.cpp" line="+38"/>
        <source>Question about notice %1: %2</source>
        <translation>Question about notice %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ticket %1 was created. Please quote this number when you contact support.</source>
        <translation>Ticket %1 was created. Please quote this number when you contact support.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ticket was not created: %1</source>
        <translation>The ticket was not created: %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::TrayNotifier</name>
    <message>
        <location filename="../ui/noticenotifier.cpp" line="-63"/>
        <source>Show Notabene</source>
        <translation>Show Notabene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quit</translation>
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
            <numerusform>Notabene – %n unread important notice</numerusform>
            <numerusform>Notabene – %n unread important notices</numerusform>
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

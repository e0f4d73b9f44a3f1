#include "mailedits.h"

#include <QRegularExpression>

namespace nbtest::mailedits {

namespace {

QByteArray lineEnding(const QByteArray &eml)
{
    return eml.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
}

// The top-level boundary from the Content-Type header.
QByteArray topBoundary(const QByteArray &eml)
{
    static const QRegularExpression boundary(QStringLiteral("boundary=\"?([^\";\\r\\n]+)\"?"),
                                             QRegularExpression::CaseInsensitiveOption);
    const auto match = boundary.match(QString::fromLatin1(eml));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

} // namespace

QByteArray editTextLine(const QByteArray &eml, const QByteArray &words)
{
    const qsizetype part = eml.indexOf("Content-Type: text/plain");
    if (part < 0)
        return {};
    const QByteArray eol = lineEnding(eml);
    const qsizetype body = eml.indexOf(eol + eol, part);
    if (body < 0)
        return {};
    QByteArray edited = eml;
    edited.insert(body + 2 * eol.size(), words + ' ');
    return edited;
}

QByteArray forwardAsAttachment(const QByteArray &eml)
{
    const QByteArray eol = lineEnding(eml);
    const QByteArray boundary = "=-forward-boundary-42";
    QByteArray mail;
    mail += "From: Kollege <kollege@muster-handel.example>" + eol;
    mail += "To: admin@muster-handel.example" + eol;
    mail += "Subject: Fwd: Hinweis" + eol;
    mail += "Date: Mon, 20 Jul 2026 10:00:00 +0200" + eol;
    mail += "Message-ID: <forward-1@muster-handel.example>" + eol;
    mail += "MIME-Version: 1.0" + eol;
    mail += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"" + eol + eol;
    mail += "--" + boundary + eol;
    mail += "Content-Type: text/plain; charset=utf-8" + eol + eol;
    mail += "Ist das echt? Siehe Anhang." + eol + eol;
    mail += "--" + boundary + eol;
    mail += "Content-Type: message/rfc822" + eol;
    mail += "Content-Disposition: attachment; filename=\"hinweis.eml\"" + eol + eol;
    mail += eml;
    if (!eml.endsWith('\n'))
        mail += eol;
    mail += "--" + boundary + "--" + eol;
    return mail;
}

QByteArray addAttachment(const QByteArray &eml, const QByteArray &fileName,
                         const QByteArray &content)
{
    const QByteArray boundary = topBoundary(eml);
    const qsizetype end = eml.lastIndexOf("--" + boundary + "--");
    if (boundary.isEmpty() || end < 0)
        return {};
    const QByteArray eol = lineEnding(eml);
    QByteArray part = "--" + boundary + eol;
    part += "Content-Type: application/octet-stream; name=\"" + fileName + "\"" + eol;
    part += "Content-Disposition: attachment; filename=\"" + fileName + "\"" + eol;
    part += "Content-Transfer-Encoding: base64" + eol + eol;
    part += content.toBase64() + eol;
    QByteArray edited = eml;
    edited.insert(end, part);
    return edited;
}

} // namespace nbtest::mailedits

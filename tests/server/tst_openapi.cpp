// Keeps docs/api/openapi.yaml and the server's routes in step.
//
// The document is read line by line (no YAML library): under `paths:` every path sits at two
// spaces ("  /api/v1/...:") and every operation at four ("    get:"). Anything else at those
// indentations fails the test, so the comparison cannot silently miss a route.
//
// Environment overrides (for proving the test fails, or for checking another document/binary):
//   NOTABENE_OPENAPI_FILE_OVERRIDE  the document to read instead of NOTABENE_OPENAPI_FILE
//   NOTABENE_SERVER_BIN_OVERRIDE    the notabene-server to run instead of NOTABENE_SERVER_BIN

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#ifndef NOTABENE_SERVER_BIN
#error "NOTABENE_SERVER_BIN must name the notabene-server binary"
#endif
#ifndef NOTABENE_OPENAPI_FILE
#error "NOTABENE_OPENAPI_FILE must name docs/api/openapi.yaml"
#endif

namespace {

QString fromEnvironment(const char *variable, const char *fallback)
{
    const QString value = qEnvironmentVariable(variable);
    return value.isEmpty() ? QString::fromUtf8(fallback) : value;
}

QString serverBinary()
{
    return fromEnvironment("NOTABENE_SERVER_BIN_OVERRIDE", NOTABENE_SERVER_BIN);
}

QString documentPath()
{
    return fromEnvironment("NOTABENE_OPENAPI_FILE_OVERRIDE", NOTABENE_OPENAPI_FILE);
}

// The source tree: the compiled-in document is <root>/docs/api/openapi.yaml (never the override).
QDir sourceRoot()
{
    QDir dir = QFileInfo(QString::fromUtf8(NOTABENE_OPENAPI_FILE)).absoluteDir();
    dir.cdUp();
    dir.cdUp();
    return dir;
}

struct Operation
{
    QString route; // "METHOD /path"
    int line = 0;
    bool isPublic = false;    // "security: []"
    bool usesIfMatch = false; // references the IfMatch parameter
    bool hasResponses = false;
    QStringList statuses; // response keys as written, without quotes
};

struct Document
{
    QList<Operation> operations;
    bool globalBearer = false; // top-level security requires bearerAuth
    QStringList errorCodes;    // the enum of the Problem schema's `code`
    QStringList problems;      // lines the parser did not understand
};

qsizetype indentation(const QString &line)
{
    qsizetype count = 0;
    while (count < line.size() && line.at(count) == QLatin1Char(' '))
        ++count;
    return count;
}

QString unquoted(const QString &text)
{
    if (text.size() >= 2 &&
        (text.front() == QLatin1Char('\'') || text.front() == QLatin1Char('"')) &&
        text.back() == text.front())
        return text.mid(1, text.size() - 2);
    return text;
}

Document readDocument(const QString &path)
{
    Document doc;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        doc.problems.append(QStringLiteral("cannot read %1").arg(path));
        return doc;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));

    static const QRegularExpression pathLine(QStringLiteral("^  (/[A-Za-z0-9_.{}/-]*):$"));
    static const QRegularExpression pathItemLine(QStringLiteral("^    ([A-Za-z$]+):(.*)$"));
    static const QRegularExpression statusLine(
        QStringLiteral("^        ('[1-5][0-9X]{2}'|\"[1-5][0-9X]{2}\"|[1-5][0-9]{2}|default):$"));
    static const QStringList methods{QStringLiteral("get"),   QStringLiteral("put"),
                                     QStringLiteral("post"),  QStringLiteral("delete"),
                                     QStringLiteral("patch"), QStringLiteral("options"),
                                     QStringLiteral("trace")};
    static const QStringList pathFields{QStringLiteral("summary"), QStringLiteral("description"),
                                        QStringLiteral("parameters"), QStringLiteral("servers")};

    QString section;        // current top-level key
    QString schema;         // current components/schemas entry
    QString schemaProperty; // current property of that schema
    bool inCodeEnum = false;
    QString currentPath;
    qsizetype current = -1; // index of the operation being read, or -1
    bool inResponses = false;
    QSet<QString> seenPaths;
    QSet<QString> seenRoutes;

    for (int number = 1; number <= lines.size(); ++number) {
        QString line = lines.at(number - 1);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const QString where = QStringLiteral("line %1: \"%2\"").arg(number).arg(line);
        const qsizetype indent = indentation(line);
        if (line.at(indent) == QLatin1Char('\t')) {
            doc.problems.append(where + QStringLiteral(" (tab in indentation)"));
            continue;
        }

        if (indent == 0) {
            section = line.section(QLatin1Char(':'), 0, 0);
            current = -1;
            inResponses = false;
            continue;
        }

        if (section == QLatin1String("security")) {
            if (trimmed.startsWith(QLatin1String("- bearerAuth:")))
                doc.globalBearer = true;
            continue;
        }

        if (section == QLatin1String("components")) {
            // Only the Problem schema's `code` enum is read: components/schemas/Problem/...
            if (indent == 2) {
                schema.clear();
                schemaProperty.clear();
                inCodeEnum = false;
                if (trimmed != QLatin1String("schemas:"))
                    schema = QStringLiteral("-"); // another component kind
            } else if (indent == 4 && schema != QLatin1String("-")) {
                schema = trimmed.chopped(trimmed.endsWith(QLatin1Char(':')) ? 1 : 0);
                schemaProperty.clear();
                inCodeEnum = false;
            } else if (indent == 8 && schema == QLatin1String("Problem")) {
                schemaProperty = trimmed;
                inCodeEnum = false;
            } else if (indent == 10 && schemaProperty == QLatin1String("code:")) {
                inCodeEnum = trimmed == QLatin1String("enum:");
            } else if (indent == 12 && inCodeEnum) {
                if (!trimmed.startsWith(QLatin1String("- ")))
                    doc.problems.append(where + QStringLiteral(" (expected \"- code\")"));
                else
                    doc.errorCodes.append(unquoted(trimmed.mid(2).trimmed()));
            }
            continue;
        }

        if (section != QLatin1String("paths"))
            continue;

        if (indent == 2) {
            const QRegularExpressionMatch match = pathLine.match(line);
            if (!match.hasMatch()) {
                doc.problems.append(where + QStringLiteral(" (expected a path \"  /...:\")"));
                currentPath.clear();
            } else {
                currentPath = match.captured(1);
                if (seenPaths.contains(currentPath))
                    doc.problems.append(where + QStringLiteral(" (path listed twice)"));
                seenPaths.insert(currentPath);
            }
            current = -1;
            inResponses = false;
            continue;
        }

        if (indent == 4) {
            current = -1;
            inResponses = false;
            const QRegularExpressionMatch match = pathItemLine.match(line);
            if (currentPath.isEmpty() || !match.hasMatch()) {
                doc.problems.append(where + QStringLiteral(" (expected \"    method:\" under a "
                                                           "path)"));
                continue;
            }
            const QString key = match.captured(1);
            const QString value = match.captured(2).trimmed();
            if (key == QLatin1String("head")) {
                doc.problems.append(where + QStringLiteral(" (HEAD is implied by every GET; do "
                                                           "not list it)"));
            } else if (methods.contains(key)) {
                if (!value.isEmpty()) {
                    doc.problems.append(where + QStringLiteral(" (an operation must be a block "
                                                               "mapping)"));
                    continue;
                }
                const QString route = key.toUpper() + QLatin1Char(' ') + currentPath;
                if (seenRoutes.contains(route))
                    doc.problems.append(where + QStringLiteral(" (operation listed twice)"));
                seenRoutes.insert(route);
                doc.operations.append(Operation{route, number, false, false, false, {}});
                current = doc.operations.size() - 1;
            } else if (!pathFields.contains(key)) {
                doc.problems.append(where + QStringLiteral(" (unknown path item field)"));
            }
            continue;
        }

        if (indent < 6) {
            doc.problems.append(where + QStringLiteral(" (unexpected indentation)"));
            continue;
        }
        if (current < 0)
            continue; // inside a path-level field
        Operation &operation = doc.operations[current];

        if (indent == 6) {
            inResponses = trimmed == QLatin1String("responses:");
            if (inResponses)
                operation.hasResponses = true;
            if (trimmed == QLatin1String("security: []"))
                operation.isPublic = true;
            continue;
        }
        if (trimmed.contains(QLatin1String("#/components/parameters/IfMatch'")))
            operation.usesIfMatch = true;
        if (inResponses && indent == 8) {
            const QRegularExpressionMatch match = statusLine.match(line);
            if (!match.hasMatch()) {
                doc.problems.append(where + QStringLiteral(" (expected a response status)"));
                continue;
            }
            const QString status = unquoted(match.captured(1));
            if (operation.statuses.contains(status))
                doc.problems.append(where + QStringLiteral(" (status listed twice)"));
            operation.statuses.append(status);
        }
    }
    return doc;
}

QString joined(QStringList items)
{
    items.sort();
    return QStringLiteral("\n    ") + items.join(QStringLiteral("\n    "));
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routesMatchDocument();
    void operationsDeclareResponses();
    void errorCodesDocumented();
};

// Every route of `notabene-server routes` is in the document, and nothing else is.
void TestOpenApi::routesMatchDocument()
{
    QProcess server;
    server.start(serverBinary(), {QStringLiteral("routes")});
    QVERIFY2(server.waitForFinished(60000),
             qPrintable(QStringLiteral("%1 routes: %2").arg(serverBinary(), server.errorString())));
    QVERIFY2(server.exitStatus() == QProcess::NormalExit && server.exitCode() == 0,
             qPrintable(QStringLiteral("%1 routes failed (exit %2): %3")
                            .arg(serverBinary())
                            .arg(server.exitCode())
                            .arg(QString::fromUtf8(server.readAllStandardError()))));

    static const QRegularExpression routeLine(
        QStringLiteral("^(GET|POST|PUT|DELETE|PATCH|OPTIONS) /\\S*$"));
    QSet<QString> serverRoutes;
    const QStringList output =
        QString::fromUtf8(server.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &raw : output) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QVERIFY2(routeLine.match(line).hasMatch(),
                 qPrintable(QStringLiteral("unexpected output of routes: \"%1\"").arg(line)));
        serverRoutes.insert(line);
    }
    QVERIFY2(!serverRoutes.isEmpty(), "notabene-server routes printed no routes");

    const Document doc = readDocument(documentPath());
    QVERIFY2(doc.problems.isEmpty(),
             qPrintable(QStringLiteral("%1 has lines the route parser does not understand:%2")
                            .arg(documentPath(), joined(doc.problems))));
    QSet<QString> documented;
    for (const Operation &operation : doc.operations)
        documented.insert(operation.route);

    const QStringList undocumented = (serverRoutes - documented).values();
    const QStringList unserved = (documented - serverRoutes).values();
    QString message;
    if (!undocumented.isEmpty())
        message += QStringLiteral("Routes of the server missing from %1:%2\n")
                       .arg(documentPath(), joined(undocumented));
    if (!unserved.isEmpty())
        message += QStringLiteral("Operations in %1 the server does not have:%2\n")
                       .arg(documentPath(), joined(unserved));
    QVERIFY2(message.isEmpty(), qPrintable(message));
}

// Every operation declares a success response, 413 (the body limit applies to every route), 401
// unless it is public, and 412/428 when it takes If-Match.
void TestOpenApi::operationsDeclareResponses()
{
    const Document doc = readDocument(documentPath());
    QVERIFY2(doc.problems.isEmpty(), qPrintable(joined(doc.problems)));
    QVERIFY2(!doc.operations.isEmpty(), "the document has no operations");
    QVERIFY2(doc.globalBearer, "the document must require bearerAuth at the top level");

    QStringList failures;
    for (const Operation &op : doc.operations) {
        const QString where = QStringLiteral("%1 (line %2)").arg(op.route).arg(op.line);
        if (!op.hasResponses || op.statuses.isEmpty()) {
            failures.append(where + QStringLiteral(": no responses"));
            continue;
        }
        bool success = false;
        for (const QString &status : op.statuses)
            success = success || status.startsWith(QLatin1Char('2'));
        if (!success)
            failures.append(where + QStringLiteral(": no 2xx response"));
        QStringList required{QStringLiteral("413")};
        if (!op.isPublic)
            required.append(QStringLiteral("401"));
        if (op.usesIfMatch)
            required << QStringLiteral("412") << QStringLiteral("428");
        for (const QString &status : required) {
            if (!op.statuses.contains(status))
                failures.append(where + QStringLiteral(": %1 not listed").arg(status));
        }
    }
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("Incomplete responses:%1").arg(joined(failures))));
}

// The Problem schema's `code` enum lists exactly the codes the API's sources can answer with.
// The codes are found by the forms the sources use to build problems and validation errors;
// server/storage and core/crypto are not scanned: their errors only ever reach clients as
// internal-error. Nor are core/signing, core/dsse, core/keylist and core/noticeverification: their
// codes are verification results the clients compute themselves, never answered by the API; nor
// core/notice (its publishing rules answer `notabene-server notice publish`, not the API: the API
// only serves envelopes signed at publish time), core/markdown and core/contrast (display).
void TestOpenApi::errorCodesDocumented()
{
    const QDir root = sourceRoot();
    QStringList files;
    for (const QString &dirName :
         {QStringLiteral("server/api"), QStringLiteral("server/http"), QStringLiteral("core")}) {
        const QDir dir(root.filePath(dirName));
        QVERIFY2(dir.exists(), qPrintable(dir.path()));
        for (const QString &name : dir.entryList({QStringLiteral("*.cpp")}, QDir::Files)) {
            static const QStringList skipped{
                QStringLiteral("crypto.cpp"), QStringLiteral("signing.cpp"),
                QStringLiteral("dsse.cpp"), QStringLiteral("keylist.cpp"),
                QStringLiteral("notice.cpp"), QStringLiteral("noticeverification.cpp"),
                QStringLiteral("markdown.cpp"), QStringLiteral("contrast.cpp"),
                // The audit chain's reading errors are the client's and the CLI's; the account
                // mails' rendering errors are the server's own (a 500), never a problem code.
                QStringLiteral("auditchain.cpp"), QStringLiteral("accountmail.cpp")};
            // core/mail*.cpp: the errors of mail checking and the lint findings, never a
            // problem of the API (the draft JSON's errors are: mailingdraft.cpp is read).
            const bool coreMail = dirName == QLatin1String("core") &&
                                  (name.startsWith(QLatin1String("mail")) ||
                                   name == QLatin1String("spamreport.cpp")) &&
                                  name != QLatin1String("mailingdraft.cpp");
            if (!skipped.contains(name) && !coreMail)
                files.append(dir.filePath(name));
        }
    }

    static const QString code = QStringLiteral("([a-z]+(?:-[a-z]+)*)");
    static const QList<QRegularExpression> patterns{
        // HttpResponse::problem(403, "admin-required", ...) and unauthorized("session-expired", ..)
        QRegularExpression(QStringLiteral("problem\\(\\s*\\d{3}\\s*,\\s*\"") + code +
                           QLatin1Char('"')),
        QRegularExpression(QStringLiteral("unauthorized\\(\\s*\"") + code + QLatin1Char('"')),
        // Error{QStringLiteral("required"), ...}, fail(QStringLiteral(..)), validationProblem({..
        QRegularExpression(QStringLiteral("(?:Error\\s*\\{|fail\\(|validationProblem\\(\\s*\\{)"
                                          "\\s*QStringLiteral\\(\"") +
                           code + QStringLiteral("\"\\)")),
        // fail("invalid-value", ...) with a plain literal
        QRegularExpression(QStringLiteral("fail\\(\\s*\"") + code + QLatin1Char('"')),
        // cond ? QStringLiteral("required") : QStringLiteral("wrong-type")
        QRegularExpression(QStringLiteral("\\?\\s*QStringLiteral\\(\"") + code +
                           QStringLiteral("\"\\)\\s*:\\s*QStringLiteral\\(\"") + code +
                           QStringLiteral("\"\\)")),
    };

    QSet<QString> used;
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QRegularExpression &pattern : patterns) {
            QVERIFY2(pattern.isValid(), qPrintable(pattern.errorString()));
            for (auto it = pattern.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                for (int group = 1; group <= pattern.captureCount(); ++group)
                    used.insert(match.captured(group));
            }
        }
    }
    // A sanity floor: if the patterns stop matching the sources, fail instead of passing empty.
    QVERIFY2(used.size() >= 15, qPrintable(QStringLiteral("only %1 error codes found in the "
                                                          "sources; update the patterns")
                                               .arg(used.size())));

    const Document doc = readDocument(documentPath());
    QVERIFY2(doc.problems.isEmpty(), qPrintable(joined(doc.problems)));
    const QSet<QString> documented(doc.errorCodes.cbegin(), doc.errorCodes.cend());
    QVERIFY2(!documented.isEmpty(), "no enum under components/schemas/Problem/properties/code");

    const QStringList undocumented = (used - documented).values();
    const QStringList unused = (documented - used).values();
    QString message;
    if (!undocumented.isEmpty())
        message += QStringLiteral("Error codes of the sources missing from the Problem code enum:"
                                  "%1\n")
                       .arg(joined(undocumented));
    if (!unused.isEmpty())
        message += QStringLiteral("Codes in the Problem code enum no source uses:%1\n")
                       .arg(joined(unused));
    QVERIFY2(message.isEmpty(), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"

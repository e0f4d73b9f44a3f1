// The translation files: every message finished and consistent with its source, and the compiled
// catalogues (:/i18n/notabene_<lang>.qm, part of notabene_core) answer in the right language.
// NOTABENE_TRANSLATIONS_DIR_OVERRIDE points the file checks at another folder (to try a broken
// copy); the checks of the compiled catalogues always use the files built into notabene_core.
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <memory>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: unfinished, vanished, obsolete or empty
    QString translation;
    QStringList forms; // <numerusform>s of a numerus message
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error; // empty when the file was read completely
};

struct Language
{
    const char *code;
    const char *tsLanguage;
    qsizetype pluralForms;
};

constexpr Language kLanguages[] = {{"de", "de_DE", 2}, {"en", "en_US", 2}};

// German translations that may stay word for word the same as their English source although
// they are longer than three words (product names, commands, formats). Keep this list short.
// The context of the bilingual account mails: every message stays as written in both catalogues.
constexpr char bilingualContext[] = "nb::mail::Account";

const QSet<QString> &identicalInGerman()
{
    static const QSet<QString> exceptions{
        // nb::mail::Render: the notice mail is German, so its source is German already.
        QStringLiteral("Bitte handeln Sie bis: %1"),
        QStringLiteral("Patches erhalten Sie ausschließlich im Kundencenter oder in der "
                       "Notabene-App, niemals als Anhang einer E-Mail. Prüfen Sie diese E-Mail "
                       "in der Notabene-App mit „E-Mail prüfen“."),
        QStringLiteral("Wer bei Ihnen Pflichtmailings erhält, legen Sie selbst fest "
                       "(Erstkontakt, Ansprechpartner, Verteiler): %1"),
    };
    return exceptions;
}

QString sourceDir()
{
    return QStringLiteral(NOTABENE_TRANSLATIONS_DIR);
}

QString checkedDir()
{
    const QString override = qEnvironmentVariable("NOTABENE_TRANSLATIONS_DIR_OVERRIDE");
    return override.isEmpty() ? sourceDir() : override;
}

QString tsPath(const QString &dir, const char *code)
{
    return dir + QStringLiteral("/notabene_%1.ts").arg(QLatin1String(code));
}

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.type = xml.attributes().value(QLatin1String("type")).toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            if (!message.numerus)
                message.translation += xml.text();
        } else if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numerusform"))
                message.forms.append(xml.readElementText());
            else
                xml.skipCurrentElement();
        } else if (xml.isEndElement()) {
            return;
        }
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        ts.error = QStringLiteral("%1 is not a Qt Linguist file").arg(path);
        return ts;
    }
    ts.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                ts.messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    while (!xml.atEnd()) // anything after </TS> is an error too
        xml.readNext();
    if (xml.hasError()) {
        ts.error =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return ts;
}

const TsFile &tsFile(const char *code)
{
    static QHash<QString, TsFile> files;
    const QString key = QLatin1String(code);
    auto it = files.find(key);
    if (it == files.end())
        it = files.insert(key, readTs(tsPath(checkedDir(), code)));
    return *it;
}

// %1..%9 (also %L1) and %n (also %Ln), as a set: order and repetition may differ by language.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9]|n)(?![0-9])"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(QLatin1Char('%') + match.captured(1));
    return found;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return QLatin1Char('{') + list.join(QLatin1String(", ")) + QLatin1Char('}');
}

qsizetype wordCount(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return text.split(whitespace, Qt::SkipEmptyParts).size();
}

// "context: source" as a failure message names it.
QString where(const TsMessage &message)
{
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source);
}

// Every translated text of a message: the translation or each plural form.
QStringList texts(const TsMessage &message)
{
    return message.numerus ? message.forms : QStringList{message.translation};
}

void addMessageRows(const QList<const char *> &codes)
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<TsMessage>("message");
    for (const char *code : codes) {
        for (const TsMessage &message : tsFile(code).messages) {
            QTest::addRow("%s %s: %s", code, qPrintable(message.context),
                          qPrintable(message.source.simplified()))
                << QString::fromLatin1(code) << message;
        }
    }
}

} // namespace

Q_DECLARE_METATYPE(TsMessage)

class TestTranslations : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTranslator> m_translator;

    void install(const char *code)
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator = std::make_unique<QTranslator>();
        const QString qm = QStringLiteral(":/i18n/notabene_%1.qm").arg(QLatin1String(code));
        QVERIFY2(m_translator->load(qm), qPrintable(QStringLiteral("cannot load ") + qm));
        QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    }

    static void allMessageRows() { addMessageRows({"de", "en"}); }

private Q_SLOTS:
    void initTestCase()
    {
        // qt_add_resources links the catalogues into every user of notabene_core; initialising
        // them by name also makes the link fail loudly should that ever change.
        Q_INIT_RESOURCE(notabene_translations);
        for (const Language &language : kLanguages) {
            const TsFile &ts = tsFile(language.code);
            QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
            QCOMPARE(ts.language, QLatin1String(language.tsLanguage));
            QVERIFY2(!ts.messages.isEmpty(), language.code);
        }
    }

    void cleanup()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }

    // Both files translate the same messages (lupdate updates them together).
    void sameMessagesInEveryLanguage()
    {
        const auto keys = [](const TsFile &ts) {
            QSet<QString> set;
            for (const TsMessage &message : ts.messages)
                set.insert(where(message));
            return set;
        };
        const QSet<QString> german = keys(tsFile("de"));
        const QSet<QString> english = keys(tsFile("en"));
        QVERIFY2(german - english == QSet<QString>(),
                 qPrintable(QStringLiteral("only in German: ") + sorted(german - english)));
        QVERIFY2(english - german == QSet<QString>(),
                 qPrintable(QStringLiteral("only in English: ") + sorted(english - german)));
    }

    void finished_data() { allMessageRows(); }
    void finished()
    {
        QFETCH(TsMessage, message);
        QVERIFY2(message.type.isEmpty(),
                 qPrintable(QStringLiteral("%1 is %2").arg(where(message), message.type)));
    }

    void notEmpty_data() { allMessageRows(); }
    void notEmpty()
    {
        QFETCH(TsMessage, message);
        QVERIFY2(!message.source.trimmed().isEmpty(), qPrintable(where(message)));
        for (const QString &text : texts(message)) {
            QVERIFY2(!text.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("%1 has an empty translation").arg(where(message))));
        }
    }

    void pluralForms_data() { allMessageRows(); }
    void pluralForms()
    {
        QFETCH(QString, language);
        QFETCH(TsMessage, message);
        if (!message.numerus) {
            QVERIFY2(
                message.forms.isEmpty(),
                qPrintable(where(message) + QStringLiteral(" has plural forms but no numerus")));
            return;
        }
        qsizetype expected = 0;
        for (const Language &known : kLanguages) {
            if (language == QLatin1String(known.code))
                expected = known.pluralForms;
        }
        QVERIFY2(message.forms.size() == expected,
                 qPrintable(QStringLiteral("%1 has %2 plural forms, %3 needs %4")
                                .arg(where(message))
                                .arg(message.forms.size())
                                .arg(language)
                                .arg(expected)));
    }

    void ellipsis_data() { allMessageRows(); }
    void ellipsis()
    {
        QFETCH(TsMessage, message);
        const QLatin1String dots("...");
        QVERIFY2(!message.source.contains(dots),
                 qPrintable(where(message) + QStringLiteral(": the source writes ... for …")));
        for (const QString &text : texts(message)) {
            QVERIFY2(!text.contains(dots),
                     qPrintable(QStringLiteral("%1: the translation \"%2\" writes ... for …")
                                    .arg(where(message), text)));
        }
    }

    void placeholders_data() { allMessageRows(); }
    void placeholders()
    {
        QFETCH(TsMessage, message);
        const QSet<QString> expected = ::placeholders(message.source);
        for (const QString &text : texts(message)) {
            const QSet<QString> actual = ::placeholders(text);
            QVERIFY2(actual == expected,
                     qPrintable(QStringLiteral("%1: the translation \"%2\" has placeholders %3, "
                                               "the source %4")
                                    .arg(where(message), text, sorted(actual), sorted(expected))));
        }
    }

    // A German "translation" that is still the English source was probably forgotten.
    void germanIsNotEnglish_data() { addMessageRows({"de"}); }
    void germanIsNotEnglish()
    {
        QFETCH(TsMessage, message);
        if (wordCount(message.source) <= 3 || identicalInGerman().contains(message.source) ||
            message.context == QLatin1String(bilingualContext))
            return;
        for (const QString &text : texts(message)) {
            QVERIFY2(text != message.source,
                     qPrintable(where(message) + QStringLiteral(" is still English in German")));
        }
    }

    // The account mails (core/accountmail.cpp) are German first, then English, whatever the
    // language of the app: a "translation" there would turn one half into the other language.
    void bilingualMailsStayAsWritten_data() { addMessageRows({"de", "en"}); }
    void bilingualMailsStayAsWritten()
    {
        QFETCH(TsMessage, message);
        if (message.context != QLatin1String(bilingualContext))
            return;
        for (const QString &text : texts(message)) {
            QVERIFY2(text == message.source,
                     qPrintable(where(message) + QStringLiteral(" must stay as written")));
        }
    }

    // The catalogues compiled into notabene_core.
    void compiledGerman()
    {
        install("de");
        QCOMPARE(QCoreApplication::translate("nb::EmailAddress", "Please enter an e-mail address."),
                 QStringLiteral("Bitte geben Sie eine E-Mail-Adresse ein."));
        const char *tooMany = "Too many failed sign-ins. Try again in %n second(s).";
        QCOMPARE(QCoreApplication::translate("nb::server::SessionRoutes", tooMany, nullptr, 1),
                 QStringLiteral("Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in 1 "
                                "Sekunde erneut."));
        QCOMPARE(QCoreApplication::translate("nb::server::SessionRoutes", tooMany, nullptr, 30),
                 QStringLiteral("Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in 30 "
                                "Sekunden erneut."));
    }

    void compiledEnglish()
    {
        install("en");
        const char *tooMany = "Too many failed sign-ins. Try again in %n second(s).";
        QCOMPARE(QCoreApplication::translate("nb::server::SessionRoutes", tooMany, nullptr, 1),
                 QStringLiteral("Too many failed sign-ins. Try again in 1 second."));
        QCOMPARE(QCoreApplication::translate("nb::server::SessionRoutes", tooMany, nullptr, 30),
                 QStringLiteral("Too many failed sign-ins. Try again in 30 seconds."));
    }

    // One message per context as the code asks for it at run time (the first argument of its
    // QCoreApplication::translate, or the class name for QObject::tr). lupdate files a message
    // under the context it can see; where that differs, the catalogue has the German text
    // under another name and the user reads English. One row per context the code uses.
    void runtimeContexts_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        const auto row = [](const char *context, const char *source) {
            QTest::addRow("%s: %s", context, source)
                << QString::fromLatin1(context) << QString::fromLatin1(source);
        };
        row("nb::EmailAddress", "Please enter an e-mail address.");
        row("nb::Company", "Enter the company name.");
        row("nb::Distribution", "%1 is already in this list.");
        row("nb::crypto", "Not enough memory to protect the password.");
        row("nb::rules", "A German postcode has exactly five digits.");
        row("nb::server::DatabaseUrl", "Unknown database address \"%1\": use sqlite:PATH or "
                                       "postgresql://USER@HOST:PORT/DATABASE.");
        row("nb::server::SessionRoutes", "Too many failed sign-ins. Try again in %n second(s).");
        row("nb::Contact", "Enter the contact's first name.");
        row("nb::JsonReader", "The field \"%1\" is required.");
        row("nb::JsonReader", "The request body must be a JSON object.");
        row("nb::client::ServerEndpoint", "Enter the server address.");
        row("nb::server::Api", "Your session has expired. Please sign in again.");
        row("nb::server::CompanyRoutes", "The company");
        row("nb::server::ContactRoutes", "This contact");
        row("nb::server::DistributionRoutes",
            "Only an administrator of your company can change the Verteiler.");
        row("nb::server::SessionRoutes", "Enter your password.");
        row("nb::server::CommandLine", "Show this help.");
        row("nb::server::Cli", "Missing --db URL.");
        row("nb::server::Database", "Statement failed");
        row("nb::server::ApiHttpServer", "This method");
    }
    void runtimeContexts()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        install("de");
        const QByteArray contextUtf8 = context.toUtf8();
        const QByteArray sourceUtf8 = source.toUtf8();
        const int n = source.contains(QLatin1String("%n")) ? 2 : -1;
        const QString translated = QCoreApplication::translate(contextUtf8.constData(),
                                                               sourceUtf8.constData(), nullptr, n);
        QVERIFY2(translated != QString(source).replace(QLatin1String("%n"), QLatin1String("2")),
                 qPrintable(QStringLiteral("[%1] \"%2\" is not in the German catalogue under the "
                                           "context the code uses")
                                .arg(context, source)));
    }

    // The compiled German catalogue holds what the source file says (lrelease ran on it).
    void compiledMatchesTs_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("translation");
        const TsFile ts = readTs(tsPath(sourceDir(), "de"));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        for (const TsMessage &message : ts.messages) {
            if (message.numerus)
                continue;
            QTest::addRow("%s: %s", qPrintable(message.context),
                          qPrintable(message.source.simplified()))
                << message.context << message.source << message.translation;
        }
    }
    void compiledMatchesTs()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, translation);
        install("de");
        QCOMPARE(
            QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()),
            translation);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

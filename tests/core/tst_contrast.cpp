// WCAG 2.1 contrast for the "Wichtiger Hinweis" banner: product colour and its text colour.
#include "core/contrast.h"

#include <QTest>

using namespace nb::contrast;

class TestContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesHexColors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -1: rejected
        QTest::newRow("white") << QStringLiteral("#FFFFFF") << qint64(0xFFFFFF);
        QTest::newRow("lower case") << QStringLiteral("#00a0e6") << qint64(0x00A0E6);
        QTest::newRow("black") << QStringLiteral("#000000") << qint64(0);
        QTest::newRow("no hash") << QStringLiteral("FFFFFF") << qint64(-1);
        QTest::newRow("short form") << QStringLiteral("#FFF") << qint64(-1);
        QTest::newRow("with alpha") << QStringLiteral("#FFFFFF00") << qint64(-1);
        QTest::newRow("not hex") << QStringLiteral("#GGGGGG") << qint64(-1);
        QTest::newRow("leading space") << QStringLiteral(" #FFFFFF") << qint64(-1);
        QTest::newRow("name") << QStringLiteral("red") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("sign") << QStringLiteral("#+FFFFF") << qint64(-1);
    }

    void parsesHexColors()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto parsed = parseHexColor(text);
        QCOMPARE(parsed.has_value(), expected >= 0);
        if (parsed)
            QCOMPARE(qint64(*parsed), expected);
    }

    void knownLuminanceAndRatios()
    {
        QCOMPARE(relativeLuminance(0x000000), 0.0);
        QCOMPARE(relativeLuminance(0xFFFFFF), 1.0);
        QCOMPARE(contrastRatio(0x000000, 0xFFFFFF), 21.0);
        QCOMPARE(contrastRatio(0xFFFFFF, 0x000000), 21.0);
        QCOMPARE(contrastRatio(0x3366CC, 0x3366CC), 1.0);
        QVERIFY(qAbs(contrastRatio(0x777777, 0xFFFFFF) - 4.48) < 0.005);
        QVERIFY(qAbs(contrastRatio(0x767676, 0xFFFFFF) - 4.54) < 0.005); // the lightest AA grey
        QVERIFY(qAbs(contrastRatio(0xFF0000, 0xFFFFFF) - 3.998) < 0.005);
        QVERIFY(qAbs(contrastRatio(0x0000FF, 0xFFFFFF) - 8.59) < 0.005);
    }

    void readableTextColorPicksTheBetterOne()
    {
        QCOMPARE(readableTextColor(0xFFFFFF), 0x000000u);
        QCOMPARE(readableTextColor(0x000000), 0xFFFFFFu);
        QCOMPARE(readableTextColor(0xFFD700), 0x000000u); // gold: dark text
        QCOMPARE(readableTextColor(0x003366), 0xFFFFFFu); // navy: light text
        QCOMPARE(readableTextColor(0x777777), 0x000000u); // 4.69 with black, 4.48 with white
    }

    void everyBackgroundGetsAaText()
    {
        double worst = 21.0;
        for (quint32 r = 0; r <= 255; r += 15) {
            for (quint32 g = 0; g <= 255; g += 15) {
                for (quint32 b = 0; b <= 255; b += 15) {
                    const quint32 background = (r << 16) | (g << 8) | b;
                    const quint32 text = readableTextColor(background);
                    QVERIFY(text == 0x000000 || text == 0xFFFFFF);
                    worst = qMin(worst, contrastRatio(background, text));
                }
            }
        }
        for (quint32 grey = 0; grey <= 255; ++grey) {
            const quint32 background = grey * 0x010101;
            worst = qMin(worst, contrastRatio(background, readableTextColor(background)));
        }
        QVERIFY2(worst >= 4.5, qPrintable(QString::number(worst)));
    }
};

QTEST_GUILESS_MAIN(TestContrast)
#include "tst_contrast.moc"

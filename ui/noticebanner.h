#pragma once

#include <QColor>
#include <QDate>
#include <QFrame>
#include <optional>

class QLabel;

namespace nb::ui {

// The "Wichtiger Hinweis" header of a notice, in the product's colour; the text is black or
// white, whichever meets WCAG AA (contrast >= 4.5) on that colour.
class NoticeBanner : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBanner(QWidget *parent = nullptr);

    // `color` is the product's colour; an invalid one falls back to the default banner blue.
    void setColor(const QColor &color);
    void setSubject(const QString &subject);
    void setDetails(const QString &products, const QString &actBy, const QString &status);

    QColor backgroundColor() const { return m_background; }
    QColor textColor() const { return m_text; }
    double contrastRatio() const;

private:
    QColor m_background;
    QColor m_text;
    QLabel *m_title;
    QLabel *m_subject;
    QLabel *m_products;
    QLabel *m_actBy;
    QLabel *m_status;
};

} // namespace nb::ui

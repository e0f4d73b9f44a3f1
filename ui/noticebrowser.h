#pragma once

#include <QTextBrowser>

namespace nb::ui {

// Shows a notice body (HTML from nb::markdown::toHtml of the verified payload). Never loads a
// resource: images, style sheets and links to other documents are not fetched, whatever their
// scheme. Links are not followed; a click emits linkRequested with the real target.
class NoticeBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit NoticeBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    // How many resources the document asked for (and did not get); for tests.
    int refusedResources() const { return m_refused; }

Q_SIGNALS:
    void linkRequested(const QUrl &url);

private:
    int m_refused = 0;
};

} // namespace nb::ui

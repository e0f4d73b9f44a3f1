#pragma once

#include <QUrl>
#include <functional>

class QWidget;

namespace nb::ui {

using UrlOpener = std::function<void(const QUrl &)>;

// QDesktopServices::openUrl.
UrlOpener systemUrlOpener();

// Shows the link's real target and asks before opening it in the browser; opens through
// `opener` only when the user confirms. Returns whether it was opened.
bool confirmAndOpenLink(QWidget *parent, const QUrl &url, const UrlOpener &opener);

} // namespace nb::ui

#pragma once

#include "ui/linkopener.h"

#include <QString>
#include <functional>

namespace nb::client {
class NoticeStore;
class PatchDownloader;
class TicketService;
} // namespace nb::client

namespace nb::ui {

// What the notice pages work with, injected by the ClientController (tests pass their own).
struct NoticeServices
{
    client::NoticeStore *store = nullptr;
    client::TicketService *tickets = nullptr;   // nullptr: no "Open support ticket"
    client::PatchDownloader *patches = nullptr; // nullptr: no patch download
    UrlOpener openUrl = systemUrlOpener();      // after the user confirmed
    // The folder a patch is saved to (empty: cancelled). Default: a folder dialog starting in
    // the Downloads folder.
    std::function<QString(QWidget *parent)> chooseDownloadFolder;
};

} // namespace nb::ui

#pragma once

#include <QString>

namespace nb::client {

// Where an account's OfflineStore lives inside the per-user data folder: one SQLite file per
// server and account, named by a hash so the file name shows neither address. Shared by the GUI
// (notabene) and notabene-cli, so both open the same store for the same account.
// `server` is the server address as the caller keeps it (the text of the parsed URL).
QString accountStorePath(const QString &dataFolder, const QString &server, const QString &email);
// The account's NoticeStore beside it (the same hash, "notices-….sqlite").
QString noticeStorePath(const QString &dataFolder, const QString &server, const QString &email);

} // namespace nb::client

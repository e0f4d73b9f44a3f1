#pragma once

#include "cliarguments.h"
#include "client/noticestore.h"
#include "client/offlinestore.h"
#include "core/result.h"

#include <QString>
#include <QUrl>
#include <memory>

namespace nb::cli {

// The account a run works on: the server, the e-mail address and the account's OfflineStore file
// in the data folder, laid out as the desktop app lays it out (client/accountpaths.h).
struct Account
{
    QUrl server;
    QString email;
    QString storePath;
    QString noticeStorePath; // the account's notices, beside the store
    QString trustedRoots;    // --trusted-roots; empty: the roots built in

    // Missing --server/--email fall back to the desktop app's last account (its QSettings).
    static Result<Account> resolve(const Invocation &invocation);
    Result<std::unique_ptr<client::OfflineStore>> openStore() const;
    // The NoticeStore, checked from the trusted roots.
    Result<std::unique_ptr<client::NoticeStore>> openNoticeStore() const;
    Result<QList<signing::PublicKey>> roots() const;
};

} // namespace nb::cli

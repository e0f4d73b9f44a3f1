#pragma once

#include "client/noticestore.h"
#include "core/keylist.h"
#include "core/notice.h"
#include "core/signing.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <memory>

// A real NoticeStore in a temporary folder with notices signed in the test: a root key signs
// key list v1, which names a signing key; that key signs every notice (DSSE). Nothing is faked
// but the server: the envelopes are what the server would publish.
class NoticeFixture
{
public:
    NoticeFixture();
    ~NoticeFixture();

    nb::client::NoticeStore *store() const { return m_store.get(); }
    bool ok() const { return m_store != nullptr; }
    QString path() const;
    const nb::signing::KeyPair &root() const { return m_root; }
    const nb::signing::KeyPair &signer() const { return m_signer; }

    // Key list v1 (root-signed, naming signer()), stored as if fetched at `fetchedAt`.
    nb::Status installKeyList(const QDateTime &expires,
                              const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc());
    nb::Status installKeyList(); // valid for a year

    QByteArray sign(const nb::Notice &notice) const; // the envelope JSON
    // Signs and stores the notices (in one feed page); their sequences must ascend.
    nb::Result<QList<nb::client::NoticeRow>> publish(const QList<nb::Notice> &notices);

    // Replaces the subject inside the stored envelope's payload, as someone editing the SQLite
    // file by hand would: the envelope stays well-formed, the signature no longer matches.
    bool tamperEnvelope(const QString &id, const QString &newSubject);

    // A notice with defaults: product "fiskal", category "updates-and-technical-changes".
    static nb::Notice notice(qint64 sequence, const QString &subject);
    // The seed's three notices, a follow-up and a patch (sequences 1..4).
    static QList<nb::Notice> demoNotices();

private:
    QTemporaryDir m_dir;
    nb::signing::KeyPair m_root;
    nb::signing::KeyPair m_signer;
    std::unique_ptr<nb::client::NoticeStore> m_store;
};

// The same edit on any notice store file (the store may be open meanwhile).
bool tamperStoredEnvelope(const QString &storePath, const QString &id, const QString &newSubject);

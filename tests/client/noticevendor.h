#pragma once

#include "client/noticestore.h"
#include "core/dsse.h"
#include "core/keylist.h"
#include "core/notice.h"
#include "core/signing.h"

#include <QList>

namespace nbtest {

// A vendor in-process for the NoticeStore tests: a root key, a signing key, the key lists they
// sign (version 1 and rotations), and notices signed as the server signs them.
class NoticeVendor
{
public:
    NoticeVendor();

    QList<nb::signing::PublicKey> roots() const { return {m_root.publicKey}; }
    // The chain so far: version 1, then one list per rotate().
    const QList<nb::dsse::Envelope> &chain() const { return m_chain; }
    // A new signing key in the next key list version (the old one kept until now).
    void rotate();
    QByteArray signingKeyId() const { return m_signing.publicKey.keyId(); }

    // A notice with sensible defaults at `sequence` ("N-<sequence>").
    static nb::Notice notice(qint64 sequence, const QString &subject = {});
    nb::client::FeedItem sign(const nb::Notice &notice) const;
    QList<nb::client::FeedItem> signAll(const QList<nb::Notice> &notices) const;

private:
    nb::dsse::Envelope signList(const nb::KeyList &list) const;

    nb::signing::KeyPair m_root;
    nb::signing::KeyPair m_signing;
    nb::KeyList m_list;
    QList<nb::dsse::Envelope> m_chain;
};

} // namespace nbtest

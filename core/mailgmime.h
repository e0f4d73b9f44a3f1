#pragma once

// GMime 3 helpers shared by the mail files (internal to core; only .cpp files and tests include
// this header). Every MIME build and parse goes through GMime; these wrappers only own GObject
// references and move bytes between GMime streams and Qt.
#include <QByteArray>
#include <QList>
#include <QString>
#include <gmime/gmime.h>
#include <utility>

namespace nb::mail::gmime {

// Calls g_mime_init() once per process (std::call_once); every entry point calls it first.
void ensureInitialized();

// Owns one GObject reference (g_object_unref on destruction).
template <typename T> class Ref
{
public:
    Ref() = default;
    explicit Ref(T *object)
        : m_object(object)
    {}
    Ref(const Ref &) = delete;
    Ref &operator=(const Ref &) = delete;
    Ref(Ref &&other) noexcept
        : m_object(std::exchange(other.m_object, nullptr))
    {}
    Ref &operator=(Ref &&other) noexcept
    {
        std::swap(m_object, other.m_object);
        return *this;
    }
    ~Ref()
    {
        if (m_object)
            g_object_unref(m_object);
    }

    T *get() const { return m_object; }
    explicit operator bool() const { return m_object != nullptr; }

private:
    T *m_object = nullptr;
};

// Owns a g_malloc'ed string.
QString takeString(char *text);

// GMime's parser over the bytes; null when GMime cannot read a message from them.
Ref<GMimeMessage> parseMessage(const QByteArray &bytes);
// The object as GMime writes it (headers and body), exact bytes.
QByteArray serialize(GMimeObject *object);

// "text/plain", lower case, without parameters.
QString mimeType(GMimeObject *object);
// The part's content with its transfer encoding undone and line endings normalised to LF.
QByteArray decodedContent(GMimePart *part);
// The SHA-256 (lower-case hex) of a part's decodedContent().
QByteArray contentHash(const QByteArray &decoded);

// A leaf of the MIME tree (a GMimePart, never a multipart or a message/rfc822 part).
struct Leaf
{
    GMimePart *part = nullptr; // owned by the message
    QString contentType;       // mimeType()
    QString charset;           // the charset parameter, lower case, may be empty
    QString fileName;          // decoded file name, may be empty
    bool attachment = false;   // Content-Disposition: attachment, or a file name
    QByteArray decoded;        // decodedContent(part): each part is decoded once
};

// The leaves of the message's MIME tree in tree order. message/rfc822 parts are not descended
// into: they go to `forwards` (when given) in the same order.
QList<Leaf> leaves(GMimeMessage *message, QList<GMimeMessage *> *forwards = nullptr);

// The text of a text part as Unicode: from `decoded` for UTF-8 and US-ASCII (the vendor's
// mail), through GMime's charset conversion otherwise.
QString partText(const Leaf &leaf);

} // namespace nb::mail::gmime

#include "core/mailgmime.h"

#include <QCryptographicHash>
#include <mutex>

namespace nb::mail::gmime {

namespace {

// Bounds the recursion through nested multiparts (a hostile mail may nest thousands deep).
constexpr int maxDepth = 32;

QByteArray bytesOf(GMimeStreamMem *stream)
{
    const GByteArray *array = g_mime_stream_mem_get_byte_array(stream);
    if (!array || array->len == 0)
        return {};
    return QByteArray(reinterpret_cast<const char *>(array->data),
                      static_cast<qsizetype>(array->len));
}

void collect(GMimeObject *object, int depth, QList<Leaf> &out, QList<GMimeMessage *> *forwards)
{
    if (!object || depth > maxDepth)
        return;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i)
            collect(g_mime_multipart_get_part(multipart, i), depth + 1, out, forwards);
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (forwards && inner)
            forwards->append(inner);
        return;
    }
    if (!GMIME_IS_PART(object))
        return;
    GMimePart *part = GMIME_PART(object);
    Leaf leaf;
    leaf.part = part;
    leaf.contentType = mimeType(object);
    leaf.charset =
        QString::fromUtf8(g_mime_object_get_content_type_parameter(object, "charset")).toLower();
    leaf.fileName = QString::fromUtf8(g_mime_part_get_filename(part));
    leaf.attachment = g_mime_part_is_attachment(part) || !leaf.fileName.isEmpty();
    leaf.decoded = decodedContent(GMIME_PART(object));
    out.append(leaf);
}

} // namespace

void ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

QString takeString(char *text)
{
    const QString result = QString::fromUtf8(text);
    g_free(text);
    return result;
}

Ref<GMimeMessage> parseMessage(const QByteArray &bytes)
{
    ensureInitialized();
    if (bytes.isEmpty())
        return {};
    Ref<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(bytes.constData(), static_cast<size_t>(bytes.size())));
    Ref<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    return Ref<GMimeMessage>(g_mime_parser_construct_message(parser.get(), nullptr));
}

QByteArray serialize(GMimeObject *object)
{
    ensureInitialized();
    Ref<GMimeStream> stream(g_mime_stream_mem_new());
    if (g_mime_object_write_to_stream(object, nullptr, stream.get()) < 0)
        return {};
    g_mime_stream_flush(stream.get());
    return bytesOf(GMIME_STREAM_MEM(stream.get()));
}

QString mimeType(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (!type)
        return QStringLiteral("text/plain");
    return takeString(g_mime_content_type_get_mime_type(type)).toLower();
}

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    Ref<GMimeStream> memory(g_mime_stream_mem_new());
    Ref<GMimeStream> filtered(g_mime_stream_filter_new(memory.get()));
    Ref<GMimeFilter> dos2unix(g_mime_filter_dos2unix_new(FALSE));
    g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.get()), dos2unix.get());
    if (g_mime_data_wrapper_write_to_stream(content, filtered.get()) < 0)
        return {};
    g_mime_stream_flush(filtered.get());
    return bytesOf(GMIME_STREAM_MEM(memory.get()));
}

QByteArray contentHash(const QByteArray &decoded)
{
    return QCryptographicHash::hash(decoded, QCryptographicHash::Sha256).toHex();
}

QString partText(const Leaf &leaf)
{
    if (leaf.charset.isEmpty() || leaf.charset == QLatin1String("utf-8") ||
        leaf.charset == QLatin1String("us-ascii"))
        return QString::fromUtf8(leaf.decoded);
    if (!GMIME_IS_TEXT_PART(leaf.part))
        return {};
    return takeString(g_mime_text_part_get_text(GMIME_TEXT_PART(leaf.part)));
}

QList<Leaf> leaves(GMimeMessage *message, QList<GMimeMessage *> *forwards)
{
    QList<Leaf> out;
    if (message)
        collect(g_mime_message_get_mime_part(message), 0, out, forwards);
    return out;
}

} // namespace nb::mail::gmime

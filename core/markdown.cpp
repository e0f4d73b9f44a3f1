#include "core/markdown.h"

#include <QByteArray>
#include <QList>
#include <QUrl>
#include <md4c.h>

namespace nb::markdown {

namespace {

// CommonMark plus GitHub's tables, strikethrough and autolinks; no task lists (they would need
// form controls). toHtml() and linkTargets() also turn raw HTML off, so it arrives as text.
constexpr unsigned dialect = MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;

QByteArray escaped(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// The text an entity stands for ("&amp;" → "&", "&#x41;" → "A"); unknown names stay literal.
QByteArray decodeEntity(QByteArrayView entity)
{
    const QByteArrayView name = entity.sliced(1, entity.size() - 2);
    if (name.startsWith('#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == 'x' || name.at(1) == 'X');
        const uint code = name.sliced(hex ? 2 : 1).toByteArray().toUInt(&ok, hex ? 16 : 10);
        const char32_t character = ok && code != 0 && code <= 0x10FFFF && !QChar::isSurrogate(code)
                                       ? code
                                       : char32_t(0xFFFD);
        return QString::fromUcs4(&character, 1).toUtf8();
    }
    static const QList<std::pair<QByteArrayView, QByteArrayView>> named{{"amp", "&"},
                                                                        {"lt", "<"},
                                                                        {"gt", ">"},
                                                                        {"quot", "\""},
                                                                        {"apos", "'"},
                                                                        {"nbsp", "\xC2\xA0"},
                                                                        {"copy", "\xC2\xA9"},
                                                                        {"reg", "\xC2\xAE"},
                                                                        {"euro", "\xE2\x82\xAC"},
                                                                        {"ndash", "\xE2\x80\x93"},
                                                                        {"mdash", "\xE2\x80\x94"},
                                                                        {"hellip", "\xE2\x80\xA6"},
                                                                        {"auml", "\xC3\xA4"},
                                                                        {"ouml", "\xC3\xB6"},
                                                                        {"uuml", "\xC3\xBC"},
                                                                        {"Auml", "\xC3\x84"},
                                                                        {"Ouml", "\xC3\x96"},
                                                                        {"Uuml", "\xC3\x9C"},
                                                                        {"szlig", "\xC3\x9F"}};
    for (const auto &[key, value] : named) {
        if (key == name)
            return value.toByteArray();
    }
    return entity.toByteArray();
}

// An attribute (link or image target) with its entities decoded, as UTF-8.
QByteArray attributeText(const MD_ATTRIBUTE &attribute)
{
    QByteArray text;
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET begin = attribute.substr_offsets[i];
        const QByteArrayView part(attribute.text + begin, attribute.substr_offsets[i + 1] - begin);
        switch (attribute.substr_types[i]) {
        case MD_TEXT_ENTITY:
            text += decodeEntity(part);
            break;
        case MD_TEXT_NULLCHAR:
            text += "\xEF\xBF\xBD";
            break;
        default:
            text += part;
        }
    }
    return text;
}

// Only these open in the browser (after the user confirms); anything else (javascript:, file:,
// data:, relative paths) stays visible as text and is never a live link.
bool isOpenableTarget(const QByteArray &target)
{
    const QUrl url(QString::fromUtf8(target), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return false;
    if (scheme == QLatin1String("mailto"))
        return !url.path().isEmpty();
    return (scheme == QLatin1String("https") || scheme == QLatin1String("http")) &&
           !url.host().isEmpty();
}

int parse(const QString &markdown, unsigned flags, MD_PARSER &parser, void *userdata)
{
    const QByteArray source = markdown.toUtf8();
    parser.abi_version = 0;
    parser.flags = flags;
    parser.debug_log = nullptr;
    parser.syntax = nullptr;
    return md_parse(source.constData(), static_cast<MD_SIZE>(source.size()), &parser, userdata);
}

// ---- toHtml ----

struct Anchor
{
    bool open = false; // an <a> was written; otherwise the target follows the label as text
    QByteArray target;
    qsizetype labelStart = 0;
};

class HtmlRenderer
{
public:
    QByteArray out;

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_DOC:
        case MD_BLOCK_HTML: // never reported: raw HTML is off
            break;
        case MD_BLOCK_QUOTE:
            out += "<blockquote>\n";
            break;
        case MD_BLOCK_UL:
            out += "<ul>\n";
            break;
        case MD_BLOCK_OL: {
            const unsigned start = static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start;
            out += start == 1 ? QByteArray("<ol>\n")
                              : "<ol start=\"" + QByteArray::number(start) + "\">\n";
            break;
        }
        case MD_BLOCK_LI:
            out += "<li>";
            break;
        case MD_BLOCK_HR:
            out += "<hr>\n";
            break;
        case MD_BLOCK_H:
            out += "<h" + headingLevel(detail) + '>';
            break;
        case MD_BLOCK_CODE:
            out += "<pre><code>";
            break;
        case MD_BLOCK_P:
            out += "<p>";
            break;
        case MD_BLOCK_TABLE:
            out += "<table>\n";
            break;
        case MD_BLOCK_THEAD:
            out += "<thead>\n";
            break;
        case MD_BLOCK_TBODY:
            out += "<tbody>\n";
            break;
        case MD_BLOCK_TR:
            out += "<tr>";
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            out += (type == MD_BLOCK_TH ? "<th" : "<td") +
                   alignment(static_cast<MD_BLOCK_TD_DETAIL *>(detail)->align) + '>';
            break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_DOC:
        case MD_BLOCK_HTML:
        case MD_BLOCK_HR:
            break;
        case MD_BLOCK_QUOTE:
            out += "</blockquote>\n";
            break;
        case MD_BLOCK_UL:
            out += "</ul>\n";
            break;
        case MD_BLOCK_OL:
            out += "</ol>\n";
            break;
        case MD_BLOCK_LI:
            out += "</li>\n";
            break;
        case MD_BLOCK_H:
            out += "</h" + headingLevel(detail) + ">\n";
            break;
        case MD_BLOCK_CODE:
            out += "</code></pre>\n";
            break;
        case MD_BLOCK_P:
            out += "</p>\n";
            break;
        case MD_BLOCK_TABLE:
            out += "</table>\n";
            break;
        case MD_BLOCK_THEAD:
            out += "</thead>\n";
            break;
        case MD_BLOCK_TBODY:
            out += "</tbody>\n";
            break;
        case MD_BLOCK_TR:
            out += "</tr>\n";
            break;
        case MD_BLOCK_TH:
            out += "</th>";
            break;
        case MD_BLOCK_TD:
            out += "</td>";
            break;
        }
        return 0;
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        if (m_imageDepth > 0) { // image alt text: text only
            if (type == MD_SPAN_IMG)
                ++m_imageDepth;
            return 0;
        }
        switch (type) {
        case MD_SPAN_A:
            enterAnchor(attributeText(static_cast<MD_SPAN_A_DETAIL *>(detail)->href),
                        &static_cast<MD_SPAN_A_DETAIL *>(detail)->title);
            break;
        case MD_SPAN_IMG:
            // Never an <img>: the alt text, linked to the picture's address when that is
            // openable, so nothing is loaded while reading.
            ++m_imageDepth;
            enterAnchor(attributeText(static_cast<MD_SPAN_IMG_DETAIL *>(detail)->src),
                        &static_cast<MD_SPAN_IMG_DETAIL *>(detail)->title);
            break;
        case MD_SPAN_EM:
            out += "<em>";
            break;
        case MD_SPAN_STRONG:
            out += "<strong>";
            break;
        case MD_SPAN_CODE:
            out += "<code>";
            break;
        case MD_SPAN_DEL:
            out += "<s>";
            break;
        default:
            break;
        }
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type)
    {
        if (type == MD_SPAN_IMG)
            --m_imageDepth;
        if (m_imageDepth > 0)
            return 0;
        switch (type) {
        case MD_SPAN_A:
        case MD_SPAN_IMG:
            leaveAnchor();
            break;
        case MD_SPAN_EM:
            out += "</em>";
            break;
        case MD_SPAN_STRONG:
            out += "</strong>";
            break;
        case MD_SPAN_CODE:
            out += "</code>";
            break;
        case MD_SPAN_DEL:
            out += "</s>";
            break;
        default:
            break;
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, QByteArrayView text)
    {
        switch (type) {
        case MD_TEXT_NULLCHAR:
            out += "\xEF\xBF\xBD";
            break;
        case MD_TEXT_BR:
            out += m_imageDepth > 0 ? " " : "<br>\n";
            break;
        case MD_TEXT_SOFTBR:
            out += m_imageDepth > 0 ? " " : "\n";
            break;
        case MD_TEXT_ENTITY:
            out += escaped(decodeEntity(text));
            break;
        default: // normal, code, and raw HTML (which only ever arrives as text to escape)
            out += escaped(text);
            break;
        }
        return 0;
    }

private:
    QList<Anchor> m_anchors;
    int m_imageDepth = 0;

    static QByteArray headingLevel(void *detail)
    {
        return QByteArray::number(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
    }

    static QByteArray alignment(MD_ALIGN align)
    {
        switch (align) {
        case MD_ALIGN_LEFT:
            return " align=\"left\"";
        case MD_ALIGN_CENTER:
            return " align=\"center\"";
        case MD_ALIGN_RIGHT:
            return " align=\"right\"";
        default:
            return {};
        }
    }

    bool insideOpenAnchor() const
    {
        for (const Anchor &anchor : m_anchors) {
            if (anchor.open)
                return true;
        }
        return false;
    }

    void enterAnchor(const QByteArray &target, const MD_ATTRIBUTE *title)
    {
        Anchor anchor;
        anchor.target = target;
        if (!insideOpenAnchor() && isOpenableTarget(target)) {
            anchor.open = true;
            out += "<a href=\"" + escaped(target) + '"';
            const QByteArray titleText = attributeText(*title);
            if (!titleText.isEmpty())
                out += " title=\"" + escaped(titleText) + '"';
            out += '>';
        }
        anchor.labelStart = out.size();
        m_anchors.append(anchor);
    }

    void leaveAnchor()
    {
        const Anchor anchor = m_anchors.takeLast();
        const bool emptyLabel = out.size() == anchor.labelStart;
        if (emptyLabel) // e.g. an image without alt text: show where it points
            out += escaped(anchor.target);
        if (anchor.open)
            out += "</a>";
        else if (!emptyLabel && !anchor.target.isEmpty())
            out += " (" + escaped(anchor.target) + ')';
    }
};

// ---- link targets and raw HTML ----

struct LinkCollector
{
    bool links = true; // false: images only
    QStringList targets;
};

// The targets of links (when `links`) and images, in source order.
QStringList collectTargets(const QString &markdown, bool links)
{
    LinkCollector collector;
    collector.links = links;
    MD_PARSER parser{};
    parser.enter_block = [](MD_BLOCKTYPE, void *, void *) {
        return 0;
    };
    parser.leave_block = [](MD_BLOCKTYPE, void *, void *) {
        return 0;
    };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *data) {
        auto *found = static_cast<LinkCollector *>(data);
        auto *targets = &found->targets;
        if (type == MD_SPAN_A && found->links) {
            targets->append(
                QString::fromUtf8(attributeText(static_cast<MD_SPAN_A_DETAIL *>(detail)->href)));
        } else if (type == MD_SPAN_IMG) {
            targets->append(
                QString::fromUtf8(attributeText(static_cast<MD_SPAN_IMG_DETAIL *>(detail)->src)));
        }
        return 0;
    };
    parser.leave_span = [](MD_SPANTYPE, void *, void *) {
        return 0;
    };
    parser.text = [](MD_TEXTTYPE, const MD_CHAR *, MD_SIZE, void *) {
        return 0;
    };
    parse(markdown, dialect | MD_FLAG_NOHTML, parser, &collector);
    return collector.targets;
}

} // namespace

QString toHtml(const QString &markdown)
{
    HtmlRenderer renderer;
    MD_PARSER parser{};
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *data) {
        return static_cast<HtmlRenderer *>(data)->enterBlock(type, detail);
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *detail, void *data) {
        return static_cast<HtmlRenderer *>(data)->leaveBlock(type, detail);
    };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *data) {
        return static_cast<HtmlRenderer *>(data)->enterSpan(type, detail);
    };
    parser.leave_span = [](MD_SPANTYPE type, void *, void *data) {
        return static_cast<HtmlRenderer *>(data)->leaveSpan(type);
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *data) {
        return static_cast<HtmlRenderer *>(data)->text(type, QByteArrayView(text, size));
    };
    if (parse(markdown, dialect | MD_FLAG_NOHTML, parser, &renderer) != 0) {
        // Out of memory in md4c: show the source as plain, escaped text rather than nothing.
        return QStringLiteral("<pre>") + QString::fromUtf8(escaped(markdown.toUtf8())) +
               QStringLiteral("</pre>");
    }
    return QString::fromUtf8(renderer.out);
}

bool containsRawHtml(const QString &markdown)
{
    // md4c does not always pass a callback's non-zero return on, so the finding is a flag.
    bool found = false;
    MD_PARSER parser{};
    parser.enter_block = [](MD_BLOCKTYPE type, void *, void *data) {
        if (type == MD_BLOCK_HTML)
            *static_cast<bool *>(data) = true;
        return 0;
    };
    parser.leave_block = [](MD_BLOCKTYPE, void *, void *) {
        return 0;
    };
    parser.enter_span = [](MD_SPANTYPE, void *, void *) {
        return 0;
    };
    parser.leave_span = [](MD_SPANTYPE, void *, void *) {
        return 0;
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *, MD_SIZE, void *data) {
        if (type == MD_TEXT_HTML)
            *static_cast<bool *>(data) = true;
        return 0;
    };
    // Non-zero: md4c failed (out of memory), and what cannot be checked is refused.
    const int failed = parse(markdown, dialect, parser, &found);
    return found || failed != 0;
}

QStringList linkTargets(const QString &markdown)
{
    return collectTargets(markdown, true);
}

QStringList imageTargets(const QString &markdown)
{
    return collectTargets(markdown, false);
}

} // namespace nb::markdown

#pragma once

#include <QString>
#include <QStringList>

// Notice bodies are Markdown (CommonMark through md4c) without raw HTML.
namespace nb::markdown {

// Safe HTML for display and mail: raw HTML in the source is escaped (never passed through),
// images are rendered as their alt text with the target as a link (nothing is loaded), every
// link keeps its real target in href. Only http(s) and mailto targets become <a href> links;
// any other target (javascript:, file:, data:, relative) is shown as text after its label,
// "label (target)", and is never clickable. Tags used: p em strong code pre a ul ol li h1-h6
// blockquote hr br s table thead tbody tr th td; attributes: href title start align.
QString toHtml(const QString &markdown);

// True when the source contains raw HTML (inline or block): notices refuse it.
bool containsRawHtml(const QString &markdown);

// The link and image targets in the source, in order.
QStringList linkTargets(const QString &markdown);

// The image targets alone, in order (a subset of linkTargets()).
QStringList imageTargets(const QString &markdown);

} // namespace nb::markdown

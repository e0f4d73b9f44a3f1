#pragma once

#include "core/result.h"

#include <QUrl>

namespace nb::client {

// Parses the server address a user typed (e.g. "https://kundencenter.example" or
// "http://127.0.0.1:8080") into the API base URL. https is required for every host but loopback,
// because the session token and passwords travel over this connection.
Result<QUrl> parseServerUrl(const QString &input);

} // namespace nb::client

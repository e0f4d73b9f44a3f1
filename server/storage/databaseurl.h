#pragma once

#include "core/result.h"

#include <QString>

namespace nb::server {

// Where the server keeps its state: "sqlite:PATH" (the default engine) or
// "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?host=/socket/dir]" for deployments with several
// server processes.
struct DatabaseUrl
{
    enum class Engine
    {
        Sqlite,
        Postgres
    };
    Engine engine = Engine::Sqlite;
    QString path; // sqlite
    QString host; // postgres: host name or socket directory
    int port = 5432;
    QString user;
    QString password;
    QString database;

    // The URL without its password, for messages and logs.
    QString display() const;
};

Result<DatabaseUrl> parseDatabaseUrl(const QString &text);

} // namespace nb::server

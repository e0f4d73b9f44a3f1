#include "faulttransport.h"

#include "client/networktransport.h"

#include <QTimer>

using nb::client::ApiRequest;
using nb::client::ApiResponse;

namespace nbtest {

namespace {

ApiResponse synthesized(int status, const QByteArray &contentType, const QByteArray &body)
{
    ApiResponse response;
    response.status = status;
    response.headers.append({"Content-Type", contentType});
    response.body = body;
    response.error = nb::client::errorFromAnswer(status, contentType, body);
    return response;
}

ApiResponse noAnswer(const QString &code)
{
    ApiResponse response;
    response.error = nb::Error{code, QStringLiteral("injected: %1").arg(code), {}};
    return response;
}

} // namespace

const char *faultName(FaultTransport::Fault fault)
{
    switch (fault) {
    case FaultTransport::Fault::None:
        return "none";
    case FaultTransport::Fault::Drop:
        return "drop";
    case FaultTransport::Fault::Hang:
        return "hang";
    case FaultTransport::Fault::ServerError:
        return "500";
    case FaultTransport::Fault::Malformed:
        return "malformed";
    case FaultTransport::Fault::PreconditionFailed:
        return "412";
    case FaultTransport::Fault::LostAnswer:
        return "lost-answer";
    }
    return "?";
}

FaultTransport::FaultTransport(nb::client::Transport *inner, QObject *parent)
    : Transport(parent)
    , m_inner(inner)
{}

void FaultTransport::failRequest(int number, Fault fault)
{
    m_rules.append(Rule{number, {}, 1, fault});
}

void FaultTransport::failMatching(const QString &pattern, Fault fault, int times)
{
    m_rules.append(Rule{0, QRegularExpression(pattern), times, fault});
}

void FaultTransport::clearFaults()
{
    m_rules.clear();
}

FaultTransport::Fault FaultTransport::faultFor(const ApiRequest &request)
{
    const QString line = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    Fault fault = Fault::None;
    for (Rule &rule : m_rules) {
        if (rule.times <= 0)
            continue;
        const bool hit = rule.number > 0 ? --rule.number == 0 : rule.pattern.match(line).hasMatch();
        if (hit && fault == Fault::None) {
            fault = rule.fault;
            --rule.times;
        }
    }
    m_rules.removeIf([](const Rule &rule) { return rule.times <= 0; });
    return fault;
}

void FaultTransport::answerLater(int delayMs, ApiResponse response, qsizetype logIndex,
                                 Callback done)
{
    QTimer::singleShot(delayMs, this,
                       [this, response = std::move(response), logIndex, done = std::move(done)] {
                           m_log[logIndex].status = response.status;
                           done(response);
                       });
}

void FaultTransport::send(const ApiRequest &request, Callback done)
{
    const Fault fault = faultFor(request);
    m_log.append(Exchange{request.method, request.path, request.headers, 0, fault});
    const qsizetype logIndex = m_log.size() - 1;
    switch (fault) {
    case Fault::Drop:
        return answerLater(0, noAnswer(QStringLiteral("network")), logIndex, std::move(done));
    case Fault::Hang:
        return answerLater(m_hangMs, noAnswer(QStringLiteral("timeout")), logIndex,
                           std::move(done));
    case Fault::ServerError:
        return answerLater(0,
                           synthesized(500, "application/problem+json",
                                       R"({"type":"about:blank","title":"Internal Server Error",)"
                                       R"("status":500,"code":"internal-error","detail":"x"})"),
                           logIndex, std::move(done));
    case Fault::PreconditionFailed:
        return answerLater(0,
                           synthesized(412, "application/problem+json",
                                       R"({"type":"about:blank","title":"Precondition Failed",)"
                                       R"("status":412,"code":"stale","detail":"x"})"),
                           logIndex, std::move(done));
    case Fault::None:
    case Fault::Malformed:
    case Fault::LostAnswer:
        break;
    }
    m_inner->setToken(token());
    m_inner->send(request, [this, fault, logIndex,
                            done = std::move(done)](const ApiResponse &answer) mutable {
        ApiResponse response = answer;
        if (fault == Fault::LostAnswer)
            response = noAnswer(QStringLiteral("network"));
        else if (fault == Fault::Malformed)
            response = synthesized(200, "application/json", "{\"contacts\": [ {\"id\": ");
        m_log[logIndex].status = response.status;
        done(response);
    });
}

} // namespace nbtest

#pragma once

#include "client/transport.h"

#include <utility>

namespace nb::bench {

// Counts the requests a sync sends, passing each (with the session token) to the real transport.
class CountingTransport : public client::Transport
{
public:
    explicit CountingTransport(client::Transport *inner)
        : m_inner(inner)
    {}
    void send(const client::ApiRequest &request, Callback done) override
    {
        ++count;
        m_inner->setToken(token());
        m_inner->send(request, std::move(done));
    }
    int count = 0;

private:
    client::Transport *m_inner;
};

} // namespace nb::bench

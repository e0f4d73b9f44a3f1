#!/usr/bin/python3
"""A real SMTP server for the tests (aiosmtpd, Debian package python3-aiosmtpd).

    smtpsink.py --port N --dir DIR [--host 127.0.0.1] [--slow-ms MS]
                [--tls-cert PEM --tls-key PEM] [--auth USER:PASSWORD]

Listens on HOST:N (0: a free port) and prints "ready PORT" once it accepts connections. Each
received message is written to DIR as <n>.eml, exactly the bytes received (dot-stuffing
undone, no headers added), and beside it <n>.json with the envelope:
{"n": n, "mailFrom": "...", "rcptTos": [...], "peer": "...", "tls": bool, "authUser": "..."}. The .json is written last: a mail
is complete once its .json exists. Numbering goes on after the files already in DIR, so a
restarted sink keeps what it received before.

Faults a real relay produces, chosen by the recipient's local part:
  tempfail-*@...  451 to RCPT TO (try again later)
  reject-*@...    550 to RCPT TO (no such user)
--slow-ms MS waits that long before answering DATA (before the 354, so a client that dies in
the wait has not handed the message over).
--tls-cert/--tls-key offer STARTTLS and require it before MAIL FROM (530 otherwise), as a
submission relay does. --auth USER:PASSWORD requires AUTH (PLAIN or LOGIN, only after
STARTTLS) with exactly these credentials (535 otherwise).

With NOTABENE_SMTPSINK_LOG=FILE in the environment the SMTP conversation is logged there (for
debugging a suite).

SIGTERM or SIGINT: stops listening, closes every connection (after the replies already written)
and exits 0.
"""

import argparse
import asyncio
import json
import logging
import os
import re
import signal
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword, syntax


def local_part(address):
    return address.rsplit("@", 1)[0].lower()


class Store:
    """Writes received messages to the folder, numbered on."""

    def __init__(self, directory):
        self.directory = directory
        os.makedirs(directory, exist_ok=True)
        numbers = [int(m.group(1)) for name in os.listdir(directory)
                   if (m := re.fullmatch(r"(\d+)\.json", name))]
        self.last = max(numbers, default=0)

    def _write(self, name, data):
        path = os.path.join(self.directory, name)
        with open(path + ".tmp", "wb") as f:
            f.write(data)
        os.replace(path + ".tmp", path)

    def save(self, envelope, session):
        peer = session.peer
        auth_user = ""
        if session.authenticated and isinstance(session.auth_data, LoginPassword):
            auth_user = session.auth_data.login.decode("utf-8", "replace")
        self.last += 1
        n = self.last
        self._write(f"{n}.eml", bytes(envelope.original_content))
        sidecar = {"n": n, "mailFrom": envelope.mail_from, "rcptTos": list(envelope.rcpt_tos),
                   "peer": str(peer), "tls": session.ssl is not None, "authUser": auth_user}
        self._write(f"{n}.json", json.dumps(sidecar).encode())
        return n


class Handler:
    """The sink's answers: faults by recipient, every accepted message stored."""

    def __init__(self, store):
        self.store = store

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = local_part(address)
        if local.startswith("tempfail-"):
            return f"451 4.3.0 <{address}>: temporarily unavailable, try again later (sink)"
        if local.startswith("reject-"):
            return f"550 5.1.1 <{address}>: Recipient address rejected: no such user (sink)"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        # No await between storing and returning: the 250 is written in the same step, so a
        # SIGTERM (handled by the event loop) never falls between the two.
        n = self.store.save(envelope, session)
        return f"250 2.0.0 OK queued as {n}"


class SinkSMTP(SMTP):
    """aiosmtpd's SMTP, optionally slow to answer DATA, tracked for a clean shutdown."""

    def __init__(self, handler, slow_seconds, connections, tls_context, authenticator):
        super().__init__(handler, hostname="sink.test", enable_SMTPUTF8=True,
                         decode_data=False, tls_context=tls_context,
                         require_starttls=tls_context is not None,
                         auth_required=authenticator is not None, auth_require_tls=True,
                         authenticator=authenticator)
        self.slow_seconds = slow_seconds
        self.connections = connections

    def connection_made(self, transport):
        self.connections.add(self)
        super().connection_made(transport)

    def connection_lost(self, error):
        self.connections.discard(self)
        super().connection_lost(error)

    @syntax("DATA")
    async def smtp_DATA(self, arg):
        if self.slow_seconds and self.envelope.rcpt_tos:
            await asyncio.sleep(self.slow_seconds)
        await super().smtp_DATA(arg)


def make_authenticator(credentials):
    """Accepts exactly USER:PASSWORD."""
    user, _, password = credentials.partition(":")

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == user.encode()
              and auth_data.password == password.encode())
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    return authenticate


async def serve(args):
    loop = asyncio.get_running_loop()
    store = Store(args.dir)
    handler = Handler(store)
    connections = set()
    tls_context = None
    if args.tls_cert:
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(args.tls_cert, args.tls_key)
    authenticator = make_authenticator(args.auth) if args.auth else None
    server = await loop.create_server(
        lambda: SinkSMTP(handler, args.slow_ms / 1000.0, connections, tls_context, authenticator),
        args.host, args.port, reuse_address=True)
    stopped = asyncio.Event()
    for number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(number, stopped.set)
    port = server.sockets[0].getsockname()[1]
    print(f"ready {port}", flush=True)
    await stopped.wait()
    server.close()
    for connection in list(connections):
        if connection.transport is not None:
            connection.transport.close()
    await server.wait_closed()
    await asyncio.sleep(0.05)  # let the transports flush and close


def main():
    parser = argparse.ArgumentParser(description="SMTP sink for the Notabene tests")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--slow-ms", type=int, default=0)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--auth", help="USER:PASSWORD")
    args = parser.parse_args()
    if os.environ.get("NOTABENE_SMTPSINK_LOG"):
        logging.basicConfig(filename=os.environ["NOTABENE_SMTPSINK_LOG"], level=logging.DEBUG,
                            format="%(asctime)s %(process)d %(message)s")
    try:
        asyncio.run(serve(args))
    except OSError as error:
        print(f"smtpsink: {error}", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

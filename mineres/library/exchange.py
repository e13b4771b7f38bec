"""One HTTP(S) exchange under one deadline: connecting, redirects, headers and body together.

A socket timeout bounds each wait for a byte, not their sum: a server that trickles its
headers a byte every few seconds would hold a download for ever with any per-read timeout.
So every connection an exchange opens is watched by a timer that, at the deadline, shuts the
socket down; whatever read is blocked then returns at once, and the exchange reports a
timeout. Redirects are followed only to http and https, and a refused redirect names its
target; a `file:` URL is read here, from a regular file only, so a FIFO cannot block it.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from typing import Any

from mineres.errors import MineresError


class Deadline:
    """The moment an exchange must be over, and the sockets to close when it is."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.expired = False
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        self.timer = threading.Timer(seconds, self.expire)
        self.timer.daemon = True

    def remaining(self) -> float:
        return self.ends - time.monotonic()

    def watch(self, connection: socket.socket) -> None:
        with self.lock:
            if self.expired:
                shut(connection)
            self.sockets.append(connection)

    def expire(self) -> None:
        with self.lock:
            self.expired = True
            for connection in self.sockets:
                shut(connection)

    def __enter__(self) -> Deadline:
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.cancel()


def shut(connection: socket.socket) -> None:
    with contextlib.suppress(OSError):
        connection.shutdown(socket.SHUT_RDWR)


def opener(deadline: Deadline) -> urllib.request.OpenerDirector:
    """An opener whose connections are watched by `deadline` and whose redirects stay on
    http(s)."""

    def connection_class(base: type[http.client.HTTPConnection]) -> Callable[..., Any]:
        class Watched(base):  # type: ignore[valid-type,misc]
            def connect(self) -> None:
                asked: float | None = getattr(self, "timeout", None)
                self.timeout = max(min(asked or deadline.seconds, deadline.remaining()), 0.001)
                super().connect()
                deadline.watch(self.sock)

        return Watched

    class Http(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(connection_class(http.client.HTTPConnection), req)

    class Https(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(connection_class(http.client.HTTPSConnection), req)

    return urllib.request.build_opener(Http, Https, HttpOnlyRedirects)


class HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """urllib follows redirects to ftp too; a resolution comes over http(s) or not at all."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        target = urllib.parse.urljoin(req.full_url, newurl)
        if urllib.parse.urlsplit(target).scheme.lower() not in ("http", "https"):
            with contextlib.suppress(OSError):
                fp.close()
            raise MineresError(
                f"{req.full_url}: redirected to {target}: only http and https redirects are "
                "followed"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def read_file_url(url: str, max_bytes: int) -> tuple[bytes, str]:
    """A `file:` URL's bytes and a guessed content type; a FIFO or a device is refused."""
    import mimetypes

    from mineres.store.files import read_regular_file

    path = urllib.request.url2pathname(urllib.parse.urlsplit(url).path)
    try:
        data = read_regular_file(path, max_bytes)
    except FileNotFoundError:
        raise MineresError(f"{url}: no such file") from None
    except OSError as error:
        raise MineresError(f"{url}: cannot read ({error.strerror or error})") from None
    return data, mimetypes.guess_type(path)[0] or ""

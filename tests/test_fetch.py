"""Fetching against a local HTTP server on 127.0.0.1: never the internet."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from mineres.errors import MineresError
from mineres.library import BUNDLED_DIR, find_document, sniff_file
from mineres.library.fetch import (
    document_url,
    download,
    fetch_all,
    fetch_document,
    write_atomically,
)
from mineres.store.config import FetchSettings
from tests.pdfmaker import typeset

AKN_76_74 = (BUNDLED_DIR / "A_RES_76_74.en.xml").read_bytes()
ODS_58_127 = (Path(__file__).parent / "fixtures" / "ods" / "A_RES_58_127.txt").read_bytes()
SMALL_PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
HTML = b"<!DOCTYPE html><html><head><title>Sign in</title></head><body>Sign in</body></html>"
TYPESET_58_127 = typeset(ODS_58_127.decode("utf-8"), "A/RES/58/127", "03 50220")
FRENCH_76_74 = AKN_76_74.replace(b'FRBRlanguage language="eng"', b'FRBRlanguage language="fra"')
FRENCH_TEXT = (
    "Résolution adoptée par l’Assemblée générale le 9 décembre 2021\n\n"
    "76/74. Assistance à la lutte antimines\n\n"
    "L’Assemblée générale,\n\nRappelant ses résolutions antérieures sur la question\n"
).encode()
RELEASE = threading.Event()


class Handler(BaseHTTPRequestHandler):
    """Each path prefix is one way a server can answer."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_body(self, body: bytes, content_type: str, length: int | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        route, _, rest = self.path.lstrip("/").partition("/")
        if route == "akn" and rest == "en/A/RES/76/74":
            self.send_body(AKN_76_74, "application/xml")
        elif route == "text":
            self.send_body(ODS_58_127, "text/plain; charset=utf-8")
        elif route == "pdf":
            self.send_body(SMALL_PDF, "application/pdf")
        elif route == "typeset":
            self.send_body(TYPESET_58_127, "application/pdf")
        elif route == "redirect":
            self.send_response(302)
            self.send_header("Location", "/akn/" + rest)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif route == "stall":
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", str(len(SMALL_PDF)))
            self.end_headers()
            self.wfile.write(SMALL_PDF[:5])
            self.wfile.flush()
            RELEASE.wait(10)
        elif route == "trickle":  # the whole body promised, then a byte every 50 ms
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"%PDF-")
            for _ in range(200):
                if RELEASE.wait(0.05):
                    break
                try:
                    self.wfile.write(b"0")
                    self.wfile.flush()
                except OSError:
                    break
            self.close_connection = True
        elif route == "trickle-headers":  # a status line, then a header a byte at a time
            self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            for _ in range(200):
                if RELEASE.wait(0.05):
                    break
                try:
                    self.wfile.write(b"a")
                    self.wfile.flush()
                except OSError:
                    break
            self.close_connection = True
        elif route == "ftp-redirect":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/A_RES_76_74.pdf")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif route == "negative-length":
            self.send_body(AKN_76_74, "application/xml", length=-5)
            self.close_connection = True
        elif route == "french":
            self.send_body(FRENCH_76_74, "application/xml")
        elif route == "french-text":
            self.send_body(FRENCH_TEXT, "text/plain; charset=utf-8")
        elif route == "truncated":
            self.send_body(AKN_76_74[:1000], "application/xml", length=len(AKN_76_74))
            self.close_connection = True
        elif route == "html":
            self.send_body(HTML, "text/html")
        elif route == "mislabelled":
            self.send_body(HTML, "application/pdf")
        elif route == "other":
            self.send_body(AKN_76_74, "application/xml")
        elif route == "big":
            self.send_body(SMALL_PDF + b"0" * 5000, "application/pdf")
        elif route == "unsized":
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.end_headers()
            self.wfile.write(b"%PDF-1.4\n" + b"0" * 5000)
            self.close_connection = True
        else:
            self.send_error(404, "Not Found")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        RELEASE.set()
        httpd.shutdown()
        httpd.server_close()


def settings(base: str, route: str, **changes: float) -> FetchSettings:
    return FetchSettings(
        url_template=f"{base}/{route}/{{language}}/{{symbol}}",
        timeout=float(changes.get("timeout", 5.0)),
        max_bytes=int(changes.get("max_bytes", 1_000_000)),
    )


def test_fetch_writes_the_document_into_the_cache(server: str, tmp_path: Path) -> None:
    fetched = fetch_document(
        "76/74", settings=settings(server, "akn"), language="en", cache_dir=tmp_path
    )
    assert fetched.path == tmp_path / "A_RES_76_74.en.xml"
    assert fetched.path.read_bytes() == AKN_76_74
    assert fetched.url.endswith("/akn/en/A/RES/76/74")
    sniffed = sniff_file(fetched.path)
    assert sniffed is not None
    assert sniffed.symbol == "A/RES/76/74"
    assert [p.name for p in tmp_path.iterdir()] == ["A_RES_76_74.en.xml"]


def test_a_second_fetch_uses_the_cache_unless_forced(server: str, tmp_path: Path) -> None:
    first = fetch_document(
        "76/74", settings=settings(server, "akn"), language="en", cache_dir=tmp_path
    )
    again = fetch_document(
        "76/74", settings=settings(server, "nothing"), language="en", cache_dir=tmp_path
    )
    assert (first.cached, again.cached, again.path) == (False, True, first.path)
    with pytest.raises(MineresError, match="HTTP 404"):
        fetch_document(
            "76/74",
            settings=settings(server, "nothing"),
            language="en",
            cache_dir=tmp_path,
            force=True,
        )
    assert first.path.read_bytes() == AKN_76_74


def test_fetched_documents_are_found_by_the_library(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("MINERES_LIBRARY", raising=False)
    cache = tmp_path / "mineres"
    fetch_document("58/127", settings=settings(server, "text"), language="en", cache_dir=cache)
    fetch_document("A/RES/77/1", settings=settings(server, "pdf"), language="en", cache_dir=cache)
    assert find_document("58/127") == cache / "A_RES_58_127.en.txt"
    assert find_document("77/1") == cache / "A_RES_77_1.en.pdf"


def test_redirects_are_followed(server: str, tmp_path: Path) -> None:
    fetched = fetch_document(
        "A/RES/76/74", settings=settings(server, "redirect"), language="en", cache_dir=tmp_path
    )
    assert fetched.path.read_bytes() == AKN_76_74


def test_a_stalled_server_times_out(server: str, tmp_path: Path) -> None:
    with pytest.raises(MineresError, match=r"timed out after 0\.5 s"):
        fetch_document(
            "77/1",
            settings=settings(server, "stall", timeout=0.5),
            language="en",
            cache_dir=tmp_path,
        )
    assert list(tmp_path.iterdir()) == []


def test_a_trickling_server_cannot_outlast_the_time_limit(server: str, tmp_path: Path) -> None:
    """Every byte comes well within the socket's timeout, but the whole never would. The route
    trickles for 10 s and then ends short of its Content-Length: without the deadline the error
    would say "truncated download", so the message alone proves the deadline cut it short."""
    with pytest.raises(MineresError, match=r"timed out after 1 s"):
        fetch_document(
            "77/1",
            settings=settings(server, "trickle", timeout=1.0),
            language="en",
            cache_dir=tmp_path,
        )
    assert list(tmp_path.iterdir()) == []


def test_a_truncated_download_is_refused(server: str, tmp_path: Path) -> None:
    with pytest.raises(MineresError, match=r"truncated download \(1000 of \d+ bytes\)"):
        fetch_document(
            "76/74", settings=settings(server, "truncated"), language="en", cache_dir=tmp_path
        )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ("html", "an HTML page, not a resolution"),
        ("mislabelled", "an HTML page, not a resolution"),
        ("other", "the server sent A/RES/76/74, not A/RES/74/80"),
    ],
)
def test_wrong_content_is_refused(server: str, tmp_path: Path, route: str, message: str) -> None:
    with pytest.raises(MineresError, match=message):
        fetch_document("74/80", settings=settings(server, route), language="en", cache_dir=tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("route", "language"),
    [("french", "'fr', not 'en'"), ("french-text", "'fr', not 'en'")],
)
def test_a_document_in_another_language_is_refused(
    server: str, tmp_path: Path, route: str, language: str
) -> None:
    with pytest.raises(MineresError, match=f"sent A/RES/76/74 in {language}"):
        fetch_document("76/74", settings=settings(server, route), language="en", cache_dir=tmp_path)
    assert list(tmp_path.iterdir()) == []
    fetched = fetch_document(
        "76/74", settings=settings(server, route), language="fr", cache_dir=tmp_path
    )
    assert fetched.path.name.startswith("A_RES_76_74.fr.")


def test_a_cached_copy_in_another_language_is_fetched_again(server: str, tmp_path: Path) -> None:
    """A French file saved under the English name by an older mineres is not 'in the cache'."""
    (tmp_path / "A_RES_76_74.en.xml").write_bytes(FRENCH_76_74)
    fetched = fetch_document(
        "76/74", settings=settings(server, "akn"), language="en", cache_dir=tmp_path
    )
    assert not fetched.cached
    assert fetched.path.read_bytes() == AKN_76_74
    again = fetch_document(
        "76/74", settings=settings(server, "nothing"), language="en", cache_dir=tmp_path
    )
    assert again.cached


@pytest.mark.parametrize("language", ["x/../../../tmp/evil", "../en", "EN", "de", ""])
def test_only_the_six_languages_can_be_fetched(server: str, tmp_path: Path, language: str) -> None:
    cache = tmp_path / "cache"
    with pytest.raises(MineresError, match="not one of en, fr, es, ru, ar, zh"):
        fetch_document(
            "76/74", settings=settings(server, "akn"), language=language, cache_dir=cache
        )
    assert list(tmp_path.iterdir()) == []


def test_fetch_command_refuses_a_language_that_is_a_path(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mineres.cli import main

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    with pytest.raises(SystemExit) as exit_status:
        main(["fetch", "--language", "x/../../../evil", "76/74", "74/80"])
    assert exit_status.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err == "mineres: --language: 'x/../../../evil' is not one of en, fr, es, ru, ar, zh"
    assert not (tmp_path / "cache").exists()


@pytest.mark.parametrize(
    "template",
    ["https://mirror.example.org/un/{language}/{file}.pdf", "file:///srv/un/{file}.pdf"],
)
def test_templates_may_name_the_file_instead_of_the_symbol(tmp_path: Path, template: str) -> None:
    from mineres.store.config import parse_config

    config = parse_config(f"fetch:\n  url_template: '{template}'\n", tmp_path / "config.yaml")
    assert config.fetch.url_template == template
    assert "A_RES_76_74.pdf" in document_url(template, "A/RES/76/74", "en")


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("https://example.org/doc", r"must contain \{symbol\} or \{file\}"),
        ("https://example.org/{lang}/{symbol}", r"field \{lang\} is not one of"),
        ("https://example.org/{symbol", "unmatched brace"),
        ("https://example.org/{}", r"field \{\} is not one of"),
    ],
)
def test_a_template_fetch_cannot_fill_is_refused(
    tmp_path: Path, template: str, message: str
) -> None:
    from mineres.store.config import parse_config

    with pytest.raises(MineresError, match=message):
        parse_config(f"fetch:\n  url_template: '{template}'\n", tmp_path / "config.yaml")


def test_the_configured_language_must_be_one_of_the_six(tmp_path: Path) -> None:
    from mineres.store.config import parse_config

    with pytest.raises(MineresError, match=r"language: '\.\./x' is not one of"):
        parse_config("language: ../x\n", tmp_path / "config.yaml")


def test_fetch_command_fills_file_in_a_configured_mirror(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mineres.cli import main

    mirror = tmp_path / "mirror" / "en"
    mirror.mkdir(parents=True)
    (mirror / "A_RES_76_74.xml").write_bytes(AKN_76_74)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    config = tmp_path / "config" / "mineres" / "config.yaml"
    config.parent.mkdir(parents=True)
    template = (tmp_path / "mirror").as_uri() + "/{language}/{file}.xml"
    config.write_text(f"fetch:\n  url_template: '{template}'\n")
    main(["fetch", "76/74"])
    saved = tmp_path / "cache" / "mineres" / "A_RES_76_74.en.xml"
    assert capsys.readouterr().out.startswith(f"A/RES/76/74\t{saved}\t")
    assert saved.read_bytes() == AKN_76_74


@pytest.mark.parametrize("route", ["big", "unsized"])
def test_too_big_is_refused(server: str, tmp_path: Path, route: str) -> None:
    with pytest.raises(MineresError, match="larger than the 4,096 byte limit"):
        fetch_document(
            "77/1",
            settings=settings(server, route, max_bytes=4096),
            language="en",
            cache_dir=tmp_path,
        )
    assert list(tmp_path.iterdir()) == []


def test_offline_is_one_clear_line(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(
        MineresError, match=r"cannot reach 127\.0\.0\.1:\d+ .*are you offline\?"
    ) as raised:
        download(f"http://127.0.0.1:{port}/en/A/RES/76/74", timeout=2, max_bytes=1000)
    assert "\n" not in str(raised.value)


def test_fetch_all_reports_each_failure_and_goes_on(server: str, tmp_path: Path) -> None:
    outcomes = fetch_all(
        ["76/74", "nonsense", "74/80"],
        settings=settings(server, "akn"),
        language="en",
        cache_dir=tmp_path,
    )
    assert [o.symbol for o in outcomes] == ["A/RES/76/74", "nonsense", "74/80"]
    assert outcomes[0].fetched is not None
    assert "not a resolution symbol" in (outcomes[1].error or "")
    assert "HTTP 404" in (outcomes[2].error or "")


@pytest.mark.parametrize(
    ("template", "symbol", "url"),
    [
        (
            "https://undocs.org/{language}/{symbol}",
            "A/RES/76/74",
            "https://undocs.org/en/A/RES/76/74",
        ),
        (
            "https://undocs.org/{language}/{symbol}",
            "S/RES/2365 (2017)",
            "https://undocs.org/en/S/RES/2365(2017)",
        ),
        (
            "https://mirror.example/un/{file}.pdf",
            "A/RES/76/74",
            "https://mirror.example/un/A_RES_76_74.pdf",
        ),
    ],
)
def test_document_url(template: str, symbol: str, url: str) -> None:
    assert document_url(template, symbol, "en") == url


def test_an_interrupted_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "A_RES_76_74.en.xml"
    target.write_bytes(b"old")

    def interrupted(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, b"new", durable=True)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["A_RES_76_74.en.xml"]


def test_fetch_command_uses_the_configured_mirror(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mineres.cli import main

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    config = tmp_path / "config" / "mineres" / "config.yaml"
    config.parent.mkdir(parents=True)
    config.write_text(f"fetch:\n  url_template: '{server}/akn/{{language}}/{{symbol}}'\n")
    main(["fetch", "A/RES/76/74"])
    out = capsys.readouterr().out
    assert out.startswith(f"A/RES/76/74\t{tmp_path / 'cache' / 'mineres' / 'A_RES_76_74.en.xml'}\t")
    with pytest.raises(SystemExit) as exit_status:
        main(["fetch", "76/74", "74/80"])
    assert exit_status.value.code == 2
    captured = capsys.readouterr()
    assert "A/RES/76/74" in captured.out and "already in the cache" in captured.out
    assert captured.err.splitlines()[-2:] == [
        f"mineres: {server}/akn/en/A/RES/74/80: HTTP 404 Not Found",
        "mineres: 1 of 2 documents could not be fetched",
    ]


def test_a_mirror_folder_through_a_file_url(tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / "A_RES_76_74.xml").write_bytes(AKN_76_74)
    mirror_settings = FetchSettings(url_template=mirror.as_uri() + "/{file}.xml")
    fetched = fetch_document(
        "76/74", settings=mirror_settings, language="en", cache_dir=tmp_path / "cache"
    )
    assert fetched.path.read_bytes() == AKN_76_74


def test_a_pdf_of_another_resolution_is_refused(server: str, tmp_path: Path) -> None:
    typeset_settings = settings(server, "typeset")
    fetched = fetch_document("58/127", settings=typeset_settings, language="en", cache_dir=tmp_path)
    assert fetched.path.name == "A_RES_58_127.en.pdf"
    with pytest.raises(MineresError, match="the server sent A/RES/58/127, not A/RES/76/74"):
        fetch_document("76/74", settings=typeset_settings, language="en", cache_dir=tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["A_RES_58_127.en.pdf"]


def test_fetch_all_with_a_progress_bar(server: str, tmp_path: Path) -> None:
    outcomes = fetch_all(
        ["76/74", "74/80"],
        settings=settings(server, "akn"),
        language="en",
        cache_dir=tmp_path,
        show_progress=True,
    )
    assert [o.fetched is not None for o in outcomes] == [True, False]


def test_trickled_headers_cannot_outlast_the_time_limit(server: str, tmp_path: Path) -> None:
    """Issue 12: a server trickling its headers held fetch 200 s with a 10 s timeout."""
    with pytest.raises(MineresError, match=r"timed out after 0.5 s"):
        fetch_document(
            "76/74",
            settings=settings(server, "trickle-headers", timeout=0.5),
            language="en",
            cache_dir=tmp_path,
        )
    assert list(tmp_path.iterdir()) == []


def test_a_redirect_to_ftp_is_refused_naming_its_target(server: str, tmp_path: Path) -> None:
    with pytest.raises(MineresError) as error:
        fetch_document(
            "76/74", settings=settings(server, "ftp-redirect"), language="en", cache_dir=tmp_path
        )
    assert str(error.value) == (
        f"{server}/ftp-redirect/en/A/RES/76/74: redirected to ftp://127.0.0.1/A_RES_76_74.pdf: "
        "only http and https redirects are followed"
    )


def test_a_negative_content_length_is_ignored(server: str, tmp_path: Path) -> None:
    fetched = fetch_document(
        "76/74", settings=settings(server, "negative-length"), language="en", cache_dir=tmp_path
    )
    assert fetched.path.read_bytes() == AKN_76_74


@pytest.mark.parametrize("value", ["-5", "abc", "9" * 5000, "+12", " "])
def test_a_content_length_that_is_not_a_count_is_unknown(value: str) -> None:
    from mineres.library.fetch import declared_length

    assert declared_length(value) is None
    assert declared_length("19225") == 19225


def test_a_file_template_to_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    os.mkfifo(mirror / "A_RES_76_74.xml")
    mirror_settings = FetchSettings(url_template=mirror.as_uri() + "/{file}.xml")
    with pytest.raises(MineresError, match="not a regular file"):
        fetch_document("76/74", settings=mirror_settings, language="en", cache_dir=tmp_path / "c")


def test_a_cache_path_that_is_a_file_is_one_line(server: str, tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("")
    with pytest.raises(MineresError, match=r"cannot save A/RES/76/74 in the cache"):
        fetch_document("76/74", settings=settings(server, "akn"), language="en", cache_dir=blocker)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_cache_is_one_line(server: str, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o500)
    with pytest.raises(MineresError, match=r"cannot save A/RES/76/74 in the cache"):
        fetch_document("76/74", settings=settings(server, "akn"), language="en", cache_dir=cache)

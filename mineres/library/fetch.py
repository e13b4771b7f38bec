"""Download resolutions into the user's cache, where the library finds them.

The source is a URL template from the configuration; the default is the UN's document
service, https://undocs.org/{language}/{symbol}, which redirects to the PDF. Only the standard
library is used. A download must arrive whole, within a time limit and a size cap, and look
like a resolution (a PDF, AKN markup or a resolution's text) before it is written, and it is
written atomically, so an interrupted fetch never leaves half a file in the library.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from http.client import HTTPException
from pathlib import Path

from mineres.errors import MineresError
from mineres.frozen import frozen_dataclass
from mineres.library import (
    Sniffed,
    file_name_for,
    normalise_symbol,
    sniff_akn,
    sniff_file,
    sniff_text,
)
from mineres.library.exchange import Deadline, opener, read_file_url
from mineres.store.config import FetchSettings, checked_language
from mineres.store.files import private_directory, write_atomically

__all__ = ["FetchOutcome", "Fetched", "download", "fetch_all", "fetch_document", "write_atomically"]

USER_AGENT = "mineres/0.1 (command-line inspector for UN resolutions)"
CHUNK_BYTES = 64 * 1024  # at most; read1 returns whatever has arrived, so the deadline holds
SUFFIXES = (".pdf", ".xml", ".txt")


@frozen_dataclass
class Fetched:
    """A resolution now in the cache: where it is, how big, and where it came from."""

    symbol: str
    path: Path
    size: int
    url: str
    cached: bool = False  # already in the cache, nothing downloaded


def document_url(template: str, symbol: str, language: str) -> str:
    """Fill the template: {symbol} as undocs writes it in a URL, {file} as a file stem."""
    compact = symbol.replace(" ", "")
    return template.format(
        symbol=urllib.parse.quote(compact, safe="/()-"),
        file=file_name_for(symbol, language, "").rsplit(".", 1)[0],
        language=language,
    )


def cached_copy(symbol: str, language: str, cache_dir: Path) -> Path | None:
    """The cached file for this symbol and language, if what it says agrees with its name.

    A copy that holds another resolution or another language (saved by an older mineres, or
    put there by hand) is not trusted: it is fetched again and replaced.
    """
    for suffix in SUFFIXES:
        path = cache_dir / file_name_for(symbol, language, suffix)
        if path.is_file():
            sniffed = sniff_file(path)
            if sniffed and sniffed.symbol == symbol and sniffed.language in (language, None):
                return path
    return None


def fetch_document(
    symbol: str,
    *,
    settings: FetchSettings,
    language: str,
    cache_dir: Path,
    force: bool = False,
    on_progress: Callable[[int, int | None], None] | None = None,
) -> Fetched:
    """Download one resolution into the cache, or find it there; MineresError when it fails."""
    language = checked_language(language, "--language")
    normalised = normalise_symbol(symbol)
    if normalised is None:
        raise MineresError(f"{symbol}: not a resolution symbol (try A/RES/76/74 or 76/74)")
    url = document_url(settings.url_template, normalised, language)
    existing = None if force else cached_copy(normalised, language, cache_dir)
    if existing:
        return Fetched(normalised, existing, existing.stat().st_size, url, cached=True)
    ends = time.monotonic() + settings.timeout
    data, content_type = download(
        url, timeout=settings.timeout, max_bytes=settings.max_bytes, on_progress=on_progress
    )
    try:
        suffix = check_content(data, content_type, normalised, url, language, deadline=ends)
    except FetchTimeout:
        raise MineresError(
            f"{url}: timed out after {settings.timeout:g} s (reading the PDF's text)"
        ) from None
    path = cache_dir / file_name_for(normalised, language, suffix)
    try:
        private_directory(cache_dir)
        write_atomically(path, data, durable=True)
        for other in SUFFIXES:
            stale = cache_dir / file_name_for(normalised, language, other)
            if other != suffix and stale.is_file():
                stale.unlink()
    except OSError as error:
        raise MineresError(
            f"{cache_dir}: cannot save {normalised} in the cache ({error.strerror or error})"
        ) from None
    return Fetched(normalised, path, len(data), url)


def download(
    url: str,
    *,
    timeout: float,
    max_bytes: int,
    on_progress: Callable[[int, int | None], None] | None = None,
) -> tuple[bytes, str]:
    """The whole body and its content type, within `timeout` seconds for the whole exchange
    (connecting, redirects, headers and body) and `max_bytes` bytes."""
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme == "file":
        data, content_type = read_file_url(url, max_bytes)
        if len(data) > max_bytes:
            raise MineresError(too_big(url, len(data), max_bytes))
        return data, content_type
    if scheme not in ("http", "https"):
        raise MineresError(f"{url}: only http, https and file URLs can be fetched")
    with Deadline(timeout) as deadline:
        try:
            return receive(url, deadline, max_bytes, on_progress)
        except MineresError:
            raise
        except urllib.error.HTTPError as error:
            raise MineresError(f"{error.url or url}: HTTP {error.code} {error.reason}") from None
        except (urllib.error.URLError, HTTPException, OSError) as error:
            if deadline.expired or timed_out(error):
                raise MineresError(f"{url}: timed out after {timeout:g} s") from None
            reason = error.reason if isinstance(error, urllib.error.URLError) else error
            if isinstance(error, urllib.error.URLError):
                host = urllib.parse.urlsplit(url).netloc or url
                raise MineresError(f"cannot reach {host} ({reason}); are you offline?") from None
            raise MineresError(f"{url}: download interrupted ({type(error).__name__})") from None


def timed_out(error: BaseException) -> bool:
    reason = getattr(error, "reason", None)
    return isinstance(error, TimeoutError) or isinstance(reason, TimeoutError)


def receive(
    url: str,
    deadline: Deadline,
    max_bytes: int,
    on_progress: Callable[[int, int | None], None] | None,
) -> tuple[bytes, str]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with opener(deadline).open(request, timeout=deadline.seconds) as response:
        final = response.geturl() or url
        content_type = response.headers.get("Content-Type", "") or ""
        expected = declared_length(response.headers.get("Content-Length"))
        if expected is not None and expected > max_bytes:
            raise MineresError(too_big(final, expected, max_bytes))
        chunks: list[bytes] = []
        received = 0
        while True:
            chunk = response.read1(CHUNK_BYTES)
            if deadline.expired:
                raise TimeoutError
            if not chunk:
                break
            received += len(chunk)
            if received > max_bytes:
                raise MineresError(too_big(final, received, max_bytes))
            chunks.append(chunk)
            if on_progress:
                on_progress(received, expected)
    if expected is not None and received != expected:
        raise MineresError(f"{final}: truncated download ({received} of {expected} bytes)")
    return b"".join(chunks), content_type


def declared_length(value: str | None) -> int | None:
    """Content-Length as a count of bytes; anything else ("-5", "abc", 5,000 digits) is
    treated as if the server had not said, and the body is read to its end."""
    text = (value or "").strip()
    if not text.isascii() or not text.isdigit() or len(text) > 18:
        return None
    return int(text)


def too_big(url: str, size: int, max_bytes: int) -> str:
    return f"{url}: larger than the {max_bytes:,} byte limit ({size:,} bytes or more)"


class FetchTimeout(Exception):
    """The time limit ran out while checking what was downloaded."""


def check_content(
    data: bytes,
    content_type: str,
    symbol: str,
    url: str,
    language: str | None = None,
    *,
    deadline: float | None = None,
) -> str:
    """The file suffix the body deserves, or MineresError when it is not this resolution.

    A body whose language can be told (AKN says it, a text's heading shows it) must be in
    `language`: a French copy saved as the English one would be served as English forever.
    """
    start = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    kind = content_type.split(";")[0].strip() or "no content type"
    if start.startswith(b"%PDF-"):
        if b"%%EOF" not in data[-2048:]:
            raise MineresError(f"{url}: truncated PDF (no end-of-file marker)")
        return same_document(pdf_sniffed(data, url, deadline), symbol, language, url, ".pdf")
    text = data[:65536].decode("utf-8", errors="replace")
    if start.startswith(b"<") and "<akomaNtoso" in text[:4096]:
        return same_document(sniff_akn(text, None, None), symbol, language, url, ".xml")
    if start[:1] != b"<" and b"\x00" not in data[:4096]:
        sniffed = sniff_text(
            text + "\n" + data[-4096:].decode("utf-8", errors="replace"), None, None
        )
        if sniffed:
            return same_document(sniffed, symbol, language, url, ".txt")
    described = "an HTML page" if b"<html" in data[:2048].lower() else f"{kind} content"
    raise MineresError(
        f"{url}: {described}, not a resolution (expected a PDF, AKN XML or resolution text)"
    )


def pdf_sniffed(data: bytes, url: str, deadline: float | None = None) -> Sniffed | None:
    """What a PDF's text says it is, or None when it cannot tell (a scan, say). A PDF whose
    text is over a limit is refused; one that cannot be read within the deadline is too."""
    from mineres.parse.pdf import PdfLimit, pdf_to_text

    try:
        text = pdf_to_text(data, deadline=deadline)
    except PdfLimit as error:
        raise MineresError(f"{url}: {error}") from None
    except MineresError:
        if deadline is not None and time.monotonic() > deadline:
            raise FetchTimeout from None
        return None
    return sniff_text(text, None, None)


def same_document(
    found: Sniffed | None, wanted: str, language: str | None, url: str, suffix: str
) -> str:
    """The suffix, when nothing known about the body contradicts the symbol and language."""
    if found is None:
        return suffix
    if found.symbol != wanted:
        raise MineresError(f"{url}: the server sent {found.symbol}, not {wanted}")
    if language and found.language and found.language != language:
        raise MineresError(
            f"{url}: the server sent {wanted} in {found.language!r}, not {language!r}"
        )
    return suffix


@frozen_dataclass
class FetchOutcome:
    """What fetching one symbol gave: the file, or the one-line reason it failed."""

    symbol: str
    fetched: Fetched | None = None
    error: str | None = None


def fetch_all(
    symbols: Sequence[str],
    *,
    settings: FetchSettings,
    language: str,
    cache_dir: Path,
    force: bool = False,
    show_progress: bool = False,
) -> list[FetchOutcome]:
    """Fetch each symbol in turn; one failure does not stop the others."""
    if not show_progress:
        return [fetch_one(symbol, settings, language, cache_dir, force) for symbol in symbols]
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskID, TextColumn

    outcomes: list[FetchOutcome] = []
    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[detail]}"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        overall = progress.add_task("documents", total=len(symbols), detail=f"0/{len(symbols)}")
        for done, symbol in enumerate(symbols, start=1):
            task = progress.add_task(symbol, total=None, detail="")

            def advance(received: int, expected: int | None, task_id: TaskID = task) -> None:
                size = f"{received / 1024:,.0f} KB" + (
                    f" of {expected / 1024:,.0f}" if expected else ""
                )
                progress.update(task_id, completed=received, total=expected, detail=size)

            outcomes.append(fetch_one(symbol, settings, language, cache_dir, force, advance))
            progress.remove_task(task)
            progress.update(overall, advance=1, detail=f"{done}/{len(symbols)}")
    return outcomes


def fetch_one(
    symbol: str,
    settings: FetchSettings,
    language: str,
    cache_dir: Path,
    force: bool,
    on_progress: Callable[[int, int | None], None] | None = None,
) -> FetchOutcome:
    try:
        fetched = fetch_document(
            symbol,
            settings=settings,
            language=language,
            cache_dir=cache_dir,
            force=force,
            on_progress=on_progress,
        )
    except MineresError as error:
        return FetchOutcome(symbol, error=str(error))
    return FetchOutcome(fetched.symbol, fetched=fetched)


def run_fetch(
    symbols: Sequence[str],
    *,
    language: str | None = None,
    force: bool = False,
    show_progress: bool = False,
) -> list[FetchOutcome]:
    """Fetch each symbol into the user's cache with the configured source; one outcome per
    symbol, in order, printing nothing. MineresError only for a bad language or configuration:
    a document that cannot be fetched is an outcome with its one-line `error`."""
    from mineres.store.config import cache_home, load_config

    config = load_config()
    return fetch_all(
        symbols,
        settings=config.fetch,
        language=checked_language(language, "--language") if language else config.language,
        cache_dir=cache_home(),
        force=force,
        show_progress=show_progress,
    )


def fetched_line(fetched: Fetched) -> str:
    how = "already in the cache" if fetched.cached else f"{fetched.size:,} bytes"
    return f"{fetched.symbol}\t{fetched.path}\t{how}"


def fetch_command(
    symbols: Sequence[str], *, language: str | None = None, force: bool = False
) -> None:
    """What the CLI runs: one line per document fetched; failures on stderr, then one error."""
    import sys

    outcomes = run_fetch(
        symbols,
        language=language,
        force=force,
        show_progress=len(symbols) > 1 and sys.stderr.isatty(),
    )
    failures = [outcome for outcome in outcomes if outcome.error]
    for outcome in outcomes:
        if outcome.fetched:
            print(fetched_line(outcome.fetched))
    if len(failures) == 1 and len(outcomes) == 1:
        raise MineresError(failures[0].error or "")
    for failure in failures:
        print(f"mineres: {failure.error}", file=sys.stderr)
    if failures:
        raise MineresError(f"{len(failures)} of {len(outcomes)} documents could not be fetched")

"""Hostile, big and interrupted input (issue 12): nothing runs code, nothing hangs, nothing is
lost, and every error a user can cause is one clean line.

Each test makes its hostile input itself and runs mineres as a user would, in a subprocess
with its own cache and configuration. Outcomes are checked, never times: the timeouts are
generous and only there to turn a hang into a failure. Run alone with `pytest -m hostile`.
Servers are started on 127.0.0.1 only, and stop by themselves.
"""

from __future__ import annotations

import os
import pickle
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hostile_pdfs import aes_encrypted_pdf, lines, text_pdf

pytestmark = pytest.mark.hostile

FIXTURES = Path(__file__).parent / "fixtures"
ODS_58_127 = FIXTURES / "ods" / "A_RES_58_127.txt"
AKN_76_74 = FIXTURES / "akn" / "A_RES_76_74.en.xml"
HANG = 120  # seconds: only a hang takes this long


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """An environment with its own empty cache and configuration."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("MINERES_")}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["NO_COLOR"] = "1"
    return env


def mineres(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mineres", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=HANG,
        stdin=subprocess.DEVNULL,
    )


def assert_one_clean_line(result: subprocess.CompletedProcess[str], *expected: str) -> str:
    """Exit status 2 and one line on stderr: no traceback, no "internal error", no control
    characters; the line contains each expected piece."""
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.endswith("\n"), result.stderr
    line = result.stderr.rstrip("\n")
    assert line.startswith("mineres: ")
    assert "internal error" not in line and "Traceback" not in line
    assert not re.search(r"[\x00-\x1f\x7f]", line)
    for piece in expected:
        assert piece in line, line
    return line


def write_config(env: dict[str, str], text: str) -> None:
    path = Path(env["XDG_CONFIG_HOME"]) / "mineres" / "config.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# --- 1. the parse cache is data, never code ------------------------------------------------


class Payload:
    def __init__(self, witness: Path) -> None:
        self.witness = witness

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.witness}",))


def test_a_planted_cache_entry_never_runs(home: dict[str, str], tmp_path: Path) -> None:
    """Every file under the parse cache is replaced by a pickle that would run a command."""
    first = mineres(home, "info")
    assert first.returncode == 0, first.stderr
    parsed = Path(home["XDG_CACHE_HOME"]) / "mineres" / "parsed"
    entries = list(parsed.iterdir())
    assert entries and all(entry.suffix == ".json" for entry in entries)
    witness = tmp_path / "pwned"
    for entry in entries:
        entry.write_bytes(pickle.dumps(Payload(witness)))
        entry.with_suffix(".pickle").write_bytes(pickle.dumps(Payload(witness)))
    again = mineres(home, "info")
    assert again.returncode == 0 and again.stdout == first.stdout
    assert not witness.exists()


def test_the_cache_is_private_under_an_open_umask(home: dict[str, str]) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; os.umask(0); sys.argv[1:] = ['info'];"
            " from mineres.cli import main; main()",
        ],
        env=home,
        capture_output=True,
        text=True,
        timeout=HANG,
    )
    assert result.returncode == 0, result.stderr
    parsed = Path(home["XDG_CACHE_HOME"]) / "mineres" / "parsed"
    for folder in (parsed, parsed.parent):
        assert folder.stat().st_mode & 0o777 == 0o700
    assert {entry.stat().st_mode & 0o777 for entry in parsed.iterdir()} == {0o600}


def test_a_data_cache_of_the_wrong_shape_breaks_nothing(home: dict[str, str]) -> None:
    first = mineres(home, "citations")
    assert first.returncode == 0, first.stderr
    data = Path(home["XDG_CACHE_HOME"]) / "mineres" / "data"
    shapes = [
        '{"format": "mineres-data-1", "checksum": "x", "data": {"instruments": 5}}',
        "[]",
        '"text"',
        "{",
        '{"instruments": 5}',
    ]
    files = sorted(data.glob("*.json"))
    assert files
    for number, path in enumerate(files):
        path.write_text(shapes[number % len(shapes)], encoding="utf-8")
    for _ in range(2):  # the second run reads what the first wrote back
        again = mineres(home, "citations")
        assert again.returncode == 0, again.stderr
        assert again.stdout == first.stdout


# --- 2. PDF: limits on what a file may become ----------------------------------------------


def test_a_pdf_text_bomb_is_refused_naming_the_limit(home: dict[str, str], tmp_path: Path) -> None:
    """About 100 KB of PDF holding 50 MB of text."""
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(text_pdf([lines(b"A" * 1000, 5000)] * 10))
    assert bomb.stat().st_size < 200_000
    assert_one_clean_line(mineres(home, "info", str(bomb)), "character limit")


def test_one_huge_string_on_fifty_pages_is_refused(home: dict[str, str], tmp_path: Path) -> None:
    pdf = tmp_path / "string.pdf"
    pdf.write_bytes(
        text_pdf([b"BT /F1 10 Tf 72 800 Td (" + b"B" * 5_000_000 + b") Tj ET"] * 50, shared=True)
    )
    assert_one_clean_line(mineres(home, "paragraphs", str(pdf)), "character limit")
    assert not list((Path(home["XDG_CACHE_HOME"]) / "mineres").glob("parsed/*"))


def test_an_aes_encrypted_pdf_is_one_line(home: dict[str, str], tmp_path: Path) -> None:
    pdf = tmp_path / "A_RES_76_74.en.pdf"
    pdf.write_bytes(aes_encrypted_pdf())
    assert_one_clean_line(mineres(home, "info", str(pdf)), "encrypted (AES)")


def test_a_pdf_cut_at_99_percent_is_read(home: dict[str, str], tmp_path: Path) -> None:
    from tests.pdfmaker import typeset

    whole = typeset(ODS_58_127.read_text(encoding="utf-8"), "A/RES/58/127", "03 50220")
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) * 99 // 100])
    full = tmp_path / "whole.pdf"
    full.write_bytes(whole)
    result = mineres(home, "paragraphs", "--format", "json", str(cut))
    assert result.returncode == 0, result.stderr
    assert result.stdout == mineres(home, "paragraphs", "--format", "json", str(full)).stdout


# --- 3. FIFOs, devices and odd files in folders ----------------------------------------------


def test_a_fifo_in_a_library_folder_hangs_nothing(home: dict[str, str], tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    (library / "A_RES_58_127.txt").write_bytes(ODS_58_127.read_bytes())
    for name in ("A_RES_74_80.en.xml", "notes.txt", "ga-session-74.jsonl", "scan.pdf"):
        os.mkfifo(library / name)
    cache = Path(home["XDG_CACHE_HOME"]) / "mineres"
    (cache / "index").mkdir(parents=True)
    os.mkfifo(cache / "A_RES_76_74.en.xml")
    listed = mineres(home, "--library", str(library), "library", "list", "--format", "tsv")
    assert listed.returncode == 0, listed.stderr
    assert "A/RES/58/127" in listed.stdout and "A/RES/76/74" in listed.stdout
    info = mineres(home, "--library", str(library), "info", "58/127")
    assert info.returncode == 0, info.stderr
    batch = mineres(home, "batch", "--format", "csv", str(library))
    assert batch.returncode == 1
    assert "not a regular file" in batch.stderr and "A/RES/58/127" in batch.stdout


def test_a_5000_digit_number_in_a_header_breaks_no_lookup(
    home: dict[str, str], tmp_path: Path
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    (library / "odd.txt").write_text(
        "Resolution adopted by the General Assembly\n\n58/" + "9" * 5000 + ". Title\n",
        encoding="utf-8",
    )
    (library / "A_RES_58_127.txt").write_bytes(ODS_58_127.read_bytes())
    for args in (("library", "list"), ("info", "58/127"), ("info", "76/74")):
        result = mineres(home, "--library", str(library), *args)
        assert result.returncode == 0, result.stderr


# --- 3. fetch: one deadline, http(s) only, one line for every failure ----------------------


@pytest.fixture
def trickling_server() -> Iterator[str]:
    """Answers every connection with a status line, then a header a byte every 0.1 s, for at
    most 30 s: long enough to outlast any per-read timeout, bounded so it always stops."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    listener.settimeout(0.2)
    stop = threading.Event()

    def trickle(connection: socket.socket) -> None:
        with connection:
            try:
                connection.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                for _ in range(300):
                    if stop.wait(0.1):
                        return
                    connection.sendall(b"a")
            except OSError:
                return

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                continue
            threading.Thread(target=trickle, args=(connection,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def test_trickling_headers_meet_the_time_limit(home: dict[str, str], trickling_server: str) -> None:
    write_config(home, f"fetch:\n  url_template: '{trickling_server}/{{symbol}}'\n  timeout: 1\n")
    assert_one_clean_line(mineres(home, "fetch", "76/74"), "timed out after 1 s")


def test_a_file_template_to_a_fifo_is_one_line(home: dict[str, str], tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    os.mkfifo(mirror / "A_RES_76_74.xml")
    write_config(home, f"fetch:\n  url_template: '{mirror.as_uri()}/{{file}}.xml'\n")
    assert_one_clean_line(mineres(home, "fetch", "76/74"), "not a regular file")


def test_a_cache_that_is_a_file_is_one_line(home: dict[str, str], tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / "A_RES_76_74.xml").write_bytes(AKN_76_74.read_bytes())
    write_config(home, f"fetch:\n  url_template: '{mirror.as_uri()}/{{file}}.xml'\n")
    Path(home["XDG_CACHE_HOME"]).mkdir(parents=True)
    (Path(home["XDG_CACHE_HOME"]) / "mineres").write_text("a file, not a folder")
    assert_one_clean_line(mineres(home, "fetch", "76/74"), "cannot save A/RES/76/74")


def test_an_aes_pdf_does_not_stop_a_fetch_of_many(home: dict[str, str], tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / "A_RES_76_74.pdf").write_bytes(AKN_76_74.read_bytes())  # AKN behind a .pdf name
    (mirror / "A_RES_74_80.pdf").write_bytes(aes_encrypted_pdf())
    (mirror / "A_RES_1_1.pdf").write_bytes(text_pdf([lines(b"A" * 1000, 5000)] * 10))
    write_config(home, f"fetch:\n  url_template: '{mirror.as_uri()}/{{file}}.pdf'\n")
    result = mineres(home, "fetch", "74/80", "1/1", "76/74")
    assert result.returncode == 2
    fetched = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert fetched == ["A/RES/74/80", "A/RES/76/74"]  # kept, like a scan: its text is unread
    assert result.stderr.splitlines() == [
        f"mineres: {mirror.as_uri()}/A_RES_1_1.pdf: PDF text is over the 4,000,000 character "
        "limit (reached on page 1): not a resolution",
        "mineres: 1 of 3 documents could not be fetched",
    ]
    saved = Path(home["XDG_CACHE_HOME"]) / "mineres" / "A_RES_74_80.en.pdf"
    assert_one_clean_line(mineres(home, "info", str(saved)), "encrypted (AES)")


# --- 4. configuration: schema, sizes, alias bombs ------------------------------------------


def alias_bomb(depth: int = 9, width: int = 9) -> str:
    rows = ["a0: &a0 [" + ", ".join(["lol"] * width) + "]"]
    for level in range(1, depth):
        rows.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]")
    rows.append(f"language: *a{depth - 1}")
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        (alias_bomb(), "expands to more than 10,000 values"),
        ("libary: ~/un\n", "unknown key 'libary'"),
        ("language: 0\n", "language must be one of"),
        ("fetch:\n  timeout: .inf\n", "fetch.timeout must be positive"),
        ("fetch:\n  timeout: .nan\n", "fetch.timeout must be positive"),
        ("fetch:\n  timeout: 1e300\n", "fetch.timeout must be positive"),
        ("fetch:\n  url_template: 'https://x/{symbol:d}'\n", "format spec"),
        ("fetch:\n  url_template: 'https://x/{symbol:>900000000}'\n", "format spec"),
        ("language: &x [*x]\n", "a YAML alias refers to itself"),
        ("library: [" + "'x', " * 40_000 + "]\n", "KB limit"),
    ],
)
def test_a_hostile_configuration_is_one_line(
    home: dict[str, str], config: str, expected: str
) -> None:
    write_config(home, config)
    assert_one_clean_line(mineres(home, "info"), expected)


# --- 5. Ctrl-C on batch: every process stops, exit 130, no traceback -----------------------


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    try:
        return [int(child) for child in path.read_text().split()]
    except OSError:
        return []


def group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return any(  # zombies are gone once reaped; count only processes still running
        Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][:1] != "Z"
        for pid in map(int, filter(str.isdigit, os.listdir("/proc")))
        if pid_in_group(pid, group)
    )


def pid_in_group(pid: int, group: int) -> bool:
    try:
        return os.getpgid(pid) == group
    except OSError:
        return False


def default_interrupts() -> None:
    """A shell starts background jobs with Ctrl-C ignored, and Python then leaves it ignored:
    the batch under test gets the default, as it has at a terminal."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_ctrl_c_twice_on_batch_stops_parent_and_workers(
    home: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    data = ODS_58_127.read_bytes()
    for number in range(600):
        (folder / f"copy-{number:03}.txt").write_bytes(data)
    process = subprocess.Popen(
        [sys.executable, "-m", "mineres", "batch", "--jobs", "2", str(folder)],
        env=home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
        preexec_fn=default_interrupts,
    )
    try:
        waited = time.monotonic() + HANG
        while len(children(process.pid)) < 2 and process.poll() is None:
            assert time.monotonic() < waited, "the workers never started"
            time.sleep(0.05)
        assert process.poll() is None, "the batch ended before it could be interrupted"
        os.killpg(process.pid, signal.SIGINT)
        time.sleep(0.1)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGINT)
        _, errors = process.communicate(timeout=HANG)
        # 130, or killed by SIGINT itself when the second Ctrl-C lands while Python is already
        # shutting down (it restores the default handler then): a shell reports 130 for both
        assert process.returncode in (130, -signal.SIGINT), errors
        assert "Traceback" not in errors and "KeyboardInterrupt" not in errors, errors
        gone = time.monotonic() + HANG
        while group_alive(process.pid):
            assert time.monotonic() < gone, "a worker outlived Ctrl-C"
            time.sleep(0.05)
    finally:
        if process.poll() is None or group_alive(process.pid):
            os.killpg(process.pid, signal.SIGKILL)


# --- 6. one atomic write: a failed write leaves nothing behind -----------------------------


@pytest.mark.parametrize("limit", [0, 1000])
def test_a_write_over_the_file_size_limit_leaves_no_part_file(tmp_path: Path, limit: int) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    program = (
        "import resource, signal, sys\n"
        "from mineres.store.files import write_atomically\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        "try:\n"
        f"    write_atomically({str(target)!r}, 'x' * 100_000)\n"
        "except OSError as error:\n"
        "    sys.exit(f'refused: {error.strerror}')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=HANG
    )
    assert result.stderr.startswith("refused: File too large"), result.stderr
    assert [path.name for path in tmp_path.iterdir()] == ["out.json"]
    assert target.read_text() == "old"


# --- every error a user can cause: one clean line ------------------------------------------


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        ("bad\x1b[31mname\nx.txt", "bad\\x1b[31mname\\nx.txt: no such file"),
        ("a" * 300, "cannot read (File name too long)"),
        ("a" * 300 + "/x.txt", "File name too long"),
    ],
)
def test_a_hostile_argument_is_one_escaped_line(
    home: dict[str, str], argument: str, expected: str
) -> None:
    assert_one_clean_line(mineres(home, "info", argument), expected)


def test_a_message_is_one_line_whatever_went_into_it() -> None:
    from mineres.errors import MineresError

    error = MineresError("server said: \x1b]0;title\x07bad\r\nnews\u2028" + "x" * 5000)
    text = str(error)
    assert text.startswith("server said: \\x1b]0;title\\x07bad\\r\\nnews\\u2028xxx")
    assert len(text) == 2000 and not re.search(r"[\x00-\x1f\x7f\u2028]", text)

"""Hostile PDFs written by hand, for the adversarial tests: text bombs, AES encryption, cuts.

Nothing here needs a PDF library: each file is a catalog, a page tree, one font and content
streams, with a cross-reference table computed from the objects' offsets.
"""

from __future__ import annotations

import hashlib
import zlib

PADDING = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def assemble(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """Objects numbered from 1, in order; object 1 must be the catalog."""
    out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (len(objects) + 1, trailer_extra)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def stream(content: bytes, compress: bool = True) -> bytes:
    data = zlib.compress(content, 9) if compress else content
    flate = b"/Filter /FlateDecode " if compress else b""
    return b"<< %s/Length %d >>\nstream\n" % (flate, len(data)) + data + b"\nendstream"


def text_pdf(contents: list[bytes], *, shared: bool = False) -> bytes:
    """One page per content stream (or, with `shared`, every page drawing the first stream)."""
    pages = len(contents)
    first_page = 4
    streams = 1 if shared else pages
    first_stream = first_page + pages
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i in range(pages):
        content = first_stream + (0 if shared else i)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content
        )
    objects.extend(stream(contents[i]) for i in range(streams))
    return assemble(objects)


def lines(text: bytes, count: int) -> bytes:
    """A content stream drawing `text` on `count` lines."""
    return b"BT /F1 10 Tf 12 TL 72 800 Td " + (b"(" + text + b") ' ") * count + b"ET"


def rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def aes_encrypted_pdf() -> bytes:
    """A PDF encrypted with AES-128 (/V 4, /AESV2) and an empty user password: opening it is
    allowed, but reading any string or stream needs AES."""
    identifier = b"0123456789abcdef"
    owner = hashlib.md5(b"owner").digest() * 2
    permissions = -4
    digest = hashlib.md5(
        PADDING + owner + permissions.to_bytes(4, "little", signed=True) + identifier
    ).digest()
    for _ in range(50):
        digest = hashlib.md5(digest[:16]).digest()
    key = digest[:16]
    user = rc4(key, hashlib.md5(PADDING + identifier).digest())
    for step in range(1, 20):
        user = rc4(bytes(byte ^ step for byte in key), user)
    user += b"\x00" * 16
    encrypt = (
        b"<< /Filter /Standard /V 4 /R 4 /Length 128 /P %d "
        b"/CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >> "
        b"/StmF /StdCF /StrF /StdCF /O <%s> /U <%s> >>"
        % (permissions, owner.hex().encode(), user.hex().encode())
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        stream(b"\x00" * 32, compress=False),  # "encrypted" bytes: never read without AES
        encrypt,
    ]
    trailer = b"/Encrypt 6 0 R /ID [<%s> <%s>] " % ((identifier.hex().encode(),) * 2)
    return assemble(objects, trailer)

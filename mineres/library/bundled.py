"""What each resolution bundled with mineres holds, written down once so no lookup reads it.

The bundled folder ships with the package and does not change once installed, yet finding
"74/80" in it meant loading its index from the cache (hashing the folder's name, reading and
decoding JSON) on every first run. A file is taken from this table only when its name and
size are the ones shipped; when any file is not, the folder is read and indexed like any
library folder. tests/test_rules_library.py checks each row against what reading the file
finds, and that every resolution in the folder has a row.
"""

from __future__ import annotations

BundledRow = tuple[int, str, str, str, str]  # size in bytes, then symbol, format, language, title

BUNDLED_FILES: dict[str, BundledRow] = {
    "A_RES_58_127.txt": (19225, "A/RES/58/127", "text", "en", "Assistance in mine action"),
    "A_RES_74_80.en.xml": (39620, "A/RES/74/80", "akn", "en", "Assistance in mine action"),
    "A_RES_76_74.en.xml": (46168, "A/RES/76/74", "akn", "en", "Assistance in mine action"),
}

"""The tags the UN's Official Document System writes into its text exports.

An ODS export ends with a trailer of tagged fields ("<<ODS DOC SYMBOL1>>A/RES/58/127<<ODS DOC
SYMBOL1>>"); the parser reads the symbol from it and the library recognises a file by it.
"""

from __future__ import annotations

import re

ODS_SYMBOL = re.compile(r"<<ODS DOC SYMBOL1>>\s*(?P<symbol>[^<\n]*?)\s*<<ODS DOC SYMBOL1>>")

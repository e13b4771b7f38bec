"""The whole model in one document: JSON (the stable contract), YAML, Markdown, AKN4UN XML,
or text in the ODS export layout or the plain layout of UN web pages."""

from __future__ import annotations

import io
from typing import TextIO

from mineres.models import Resolution
from mineres.serialize import resolution_parts, resolution_to_dict

EXPORT_FORMATS: tuple[str, ...] = ("json", "yaml", "md", "akn", "txt", "ods")


def write_document(resolution: Resolution, format: str, out: TextIO) -> None:
    """The document in `format` to `out`; JSON is streamed, paragraph by paragraph, so a large
    resolution costs little more memory than its model."""
    if format == "json":
        from mineres.render.listing import write_json

        write_json(resolution_parts(resolution), out)
    else:
        out.write(render_document(resolution, format))


def render_document(resolution: Resolution, format: str) -> str:
    if format == "json":
        text = io.StringIO()
        write_document(resolution, format, text)
        return text.getvalue()
    if format == "yaml":
        import yaml

        return str(
            yaml.safe_dump(
                resolution_to_dict(resolution), sort_keys=False, allow_unicode=True, width=100
            )
        )
    if format in ("txt", "ods"):
        from mineres.render.layouts import to_ods_text, to_plain_text

        return to_plain_text(resolution) if format == "txt" else to_ods_text(resolution)
    if format == "akn":
        from mineres.render.akn_xml import resolution_to_akn

        return resolution_to_akn(resolution)
    from mineres.render.markdown import resolution_to_markdown

    return resolution_to_markdown(resolution)

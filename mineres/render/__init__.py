"""Renderers: the model (as dictionaries from `serialize`) to text in one format each.

They never parse; they only lay out what the core produced.
"""

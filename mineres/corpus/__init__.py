"""Work over many documents: a series' lineage, blame, batch parsing and search.

Each returns records; the command line prints them.
"""

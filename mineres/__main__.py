"""`python -m mineres` runs the command line."""

from mineres.cli import main

main()

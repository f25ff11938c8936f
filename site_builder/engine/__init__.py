"""The eligibility engine: pure, standard-library-only, JSON in and JSON out.

It runs unchanged in CPython 3.11+ (tests, command line) and in Pyodide
(the resident's browser). It never reads files or the network.
"""

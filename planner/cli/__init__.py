"""The headless command line, ``dialogos <command> ...``, a thin client of the core.

From the bottom up (a module imports the core and the modules above it in this list, never one below):

- :mod:`~planner.cli.console` (where a command prints) and :mod:`~planner.cli.arguments` (the parser,
  the program's options and the option helpers the commands share);
- :mod:`~planner.cli.options` (what several commands read the same way) and :mod:`~planner.cli.render`
  (tables for people, JSON for scripts);
- :mod:`~planner.cli.copies` (conflicted copies in words) and :mod:`~planner.cli.preflight` (what runs
  before every command);
- :mod:`planner.cli.commands`: one module per command group (``post``, ``db``, ``export``…), each with
  ``add_parser`` and ``run``, imported by name when its command is parsed or run;
- :mod:`~planner.cli.main`: the entry points (``main``, ``run``, ``parse_args``).

A new command group is a module in ``commands/`` and a line in its table.
"""

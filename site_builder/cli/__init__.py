"""The ``routekaart`` command: validate, build, serve, check and the editors' tools.

One module per job: :mod:`.data_commands` (validate, schema), :mod:`.site_commands` (build,
serve, publiceer, sitecontrole), :mod:`.check`, :mod:`.translations` (i18n) and
:mod:`.editors` (jaarovergang, nieuw, handleiding); :mod:`.common` holds what they share.
"""
from __future__ import annotations

import click

from .check import check
from .data_commands import schema_command, validate
from .editors import handleiding, jaarovergang, nieuw
from .site_commands import build, publiceer, serve, sitecontrole
from .translations import i18n


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Routekaart: van YAML-bestanden naar de website met regelingen en routekaarten."""


for _command in (validate, build, serve, check, i18n, jaarovergang, nieuw, publiceer,
                 sitecontrole, handleiding, schema_command):
    main.add_command(_command)

"""``python -m site_builder.cli``: the same command as ``routekaart``."""
from . import main

main()

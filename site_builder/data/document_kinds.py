"""The kinds of file editors keep, declared once: where they live, which schema checks them,
which model class they become, the name of their JSON Schema and their page in the guide.

The loader, the JSON Schema export, ``routekaart nieuw``, ``serve``'s file watcher, the tests
and the benchmarks read this table, so a new kind of file is one entry here.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DocumentKind:
    name: str            # "regeling": in messages, JSON Schema file name, scaffolding
    location: str        # folder (or single file) relative to the repository root
    layout: str          # "per-gebied" (<folder>/<gebied>/<id>.yaml), "plat" (<folder>/<id>.yaml)
                         # or "bestand" (one file)
    model: str           # the model class its files become (for the guide and readers)
    guide_page: str      # the editors' guide page that explains it (docs/redactie/)
    scaffold: bool = False   # `routekaart nieuw <name>` can make one

    @property
    def glob(self) -> str:
        """The files of this kind, as a glob relative to the repository root."""
        if self.layout == "bestand":
            return self.location
        return f"{self.location}/*/*.yaml" if self.layout == "per-gebied" \
            else f"{self.location}/*.yaml"

    def files(self, root: Path) -> list[Path]:
        """Every file of this kind under *root* (also wrongly named ones, so the loader can
        say what is wrong with them), sorted."""
        if self.layout == "bestand":
            path = root / self.location
            return [path] if path.is_file() or path.is_symlink() else []
        base = root / self.location
        if not base.is_dir():
            return []
        pattern = "*/*" if self.layout == "per-gebied" else "*"
        # a link is listed even when it loops or leaves the repository: loading reports it
        return sorted(p for p in base.glob(pattern)
                      if (p.is_file() or p.is_symlink()) and not p.name.startswith("."))

    def schema(self):
        """The declared schema that validates this kind (imported late: flows and questionnaire
        declare theirs beside their own model)."""
        from .flows import FLOW
        from .questionnaire import VRAGEN
        from .schema.documents import LOKET, NORM, REGELING
        return {"regeling": REGELING, "loket": LOKET, "norm": NORM, "route": FLOW,
                "vragen": VRAGEN}[self.name]


REGELING = DocumentKind("regeling", "regelingen", "per-gebied", "Regeling", "nieuwe-regeling.md",
                        scaffold=True)
LOKET = DocumentKind("loket", "loketten", "per-gebied", "Loket", "nieuw-loket.md", scaffold=True)
NORM = DocumentKind("norm", "normen", "plat", "Norm", "bedrag-wijzigen.md")
ROUTE = DocumentKind("route", "flows", "plat", "Flow", "routekaart-bijwerken.md")
VRAGEN = DocumentKind("vragen", "vragen.yaml", "bestand", "Question", "velden.md")

DOCUMENT_KINDS = {kind.name: kind for kind in (REGELING, LOKET, NORM, ROUTE, VRAGEN)}
DATA_LOCATIONS = tuple(kind.location for kind in DOCUMENT_KINDS.values())

"""Pure functions from the model to Markdown pages, one set per language variant.

Nothing here reads YAML or writes files: ``render_variant`` returns a mapping of
page path -> Markdown text, plus the navigation for mkdocs.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from babel.dates import format_date, get_day_names
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from ..data import opening_hours
from ..language.i18n import DRAFT, FUZZY, MISSING, N_, Translator, Variant
from ..data.model import Catalog, Loket, Regeling
from ..data.schema.documents import GEBIEDEN, SITUATIES, THEMAS
from .changes import changes_in, grouped, years_with_pages
from . import amounts
from .checker_data import checker_data
from .markdown import md_escape, tel_links, url

TEMPLATES = Path(__file__).parent / "templates"


THEMA_NAMES = {
    "toeslagen": N_("Toeslagen"), "uitkeringen": N_("Uitkeringen"), "schulden": N_("Schulden"),
    "kinderen-school": N_("Kinderen en school"), "zorg": N_("Zorg"), "wonen": N_("Wonen"),
    "werk-ondernemen": N_("Werk en ondernemen"), "noodhulp": N_("Noodhulp"),
}
GEBIED_NAMES = {"landelijk": N_("Heel Nederland"), "den-haag": N_("Den Haag"),
                "zoetermeer": N_("Zoetermeer")}
SITUATIE_NAMES = {
    "kinderen": N_("Ik heb kinderen"), "jongeren": N_("Ik ben 18 tot 27 jaar"),
    "zzp": N_("Ik ben zzp'er of ondernemer"),
    "zorgpremie-achterstand": N_("Ik heb een achterstand bij mijn zorgverzekering"),
    "pensioen": N_("Ik ben met pensioen"), "geen-inkomen": N_("Ik heb (bijna) geen inkomen"),
    "huurachterstand": N_("Ik heb een huurachterstand"),
    "werk-laag-inkomen": N_("Ik werk, maar kom niet rond"),
    "beslag": N_("Er ligt beslag op mijn loon of uitkering"),
    "ziek-beperking": N_("Ik ben ziek of heb een beperking"), "student": N_("Ik studeer"),
    "toeslagenaffaire": N_("Ik ben gedupeerd door de toeslagenaffaire"),
}
SOORT_NAMES = {"toeslag": N_("Toeslag"), "uitkering": N_("Uitkering"),
               "gemeentelijke-regeling": N_("Regeling van de gemeente"), "schuldhulp": N_("Schuldhulp"),
               "fonds": N_("Fonds"), "loket": N_("Hulp en advies")}
ZEKERHEID_NAMES = {"bevestigd": N_("bevestigd"), "secundair": N_("uit een andere bron"),
                   "onbevestigd": N_("nog niet bevestigd")}
DAY_KEYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
TAAL_NAMES = {"nl": N_("Nederlands"), "en": N_("Engels"), "ar": N_("Arabisch"), "tr": N_("Turks"),
              "pl": N_("Pools"), "de": N_("Duits"), "fr": N_("Frans"), "es": N_("Spaans"), "pap": N_("Papiaments"),
              "so": N_("Somalisch"), "ti": N_("Tigrinya"), "uk": N_("Oekraïens"), "ru": N_("Russisch"),
              "bg": N_("Bulgaars"), "ro": N_("Roemeens"), "zh": N_("Chinees"), "hi": N_("Hindi"), "ur": N_("Urdu"),
              "ber": N_("Berbers"), "fa": N_("Perzisch"), "ku": N_("Koerdisch"), "ps": N_("Pasjtoe")}


@dataclass
class RenderedSite:
    pages: dict      # path (e.g. "regelingen/zorgtoeslag.md") -> Markdown
    nav: list        # mkdocs nav
    titles: dict     # path -> title
    site_name: str


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True,
                      finalize=md_escape, undefined=StrictUndefined, trim_blocks=True,
                      lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["url"] = url
    env.filters["h"] = lambda text: Markup.escape(str(text))  # for raw HTML blocks
    env.filters["tel"] = tel_links                  # phone numbers as tap-to-call links
    return env


_ENV = _environment()


class PageContext:
    """What templates may call: translations, figures and links for one variant."""

    def __init__(self, catalog: Catalog, variant: Variant, translator: Translator,
                 peildatum: dt.date):
        self.catalog, self.variant, self.tr, self.peildatum = catalog, variant, translator, \
            peildatum
        self.locale = variant.babel

    # --- strings -------------------------------------------------------------------
    def _(self, msgid: str) -> str:
        return self.tr.ui(msgid)

    def t(self, item, field: str) -> str:
        """A content text of *item* in this variant (without placeholders filled)."""
        kind = {Regeling: "regeling", Loket: "loket"}.get(type(item), "norm")
        source = item.texts[field]
        return self.tr.content(f"{kind}:{item.id}", source)

    def text(self, item, field: str) -> Markup:
        """A content text with its figures filled in, escaped for Markdown."""
        owner = item if isinstance(item, Regeling) else None
        return amounts.fill(self.t(item, field), owner, self.catalog, self.peildatum,
                            self.locale, self._)

    def tf(self, flow, key: str, fill: bool = False):
        """A text of a routekaart in this variant; with *fill*, escaped with figures."""
        text = self.tr.content(f"route:{flow.id}", flow.texts[key])
        if fill:
            return amounts.fill(text, None, self.catalog, self.peildatum, self.locale, self._)
        return text

    def date(self, value: dt.date) -> str:
        return format_date(value, "long", locale=self.locale)

    def thema(self, key: str) -> str:
        return self._(THEMA_NAMES[key])

    def gebied(self, key: str) -> str:
        return self._(GEBIED_NAMES[key])

    def situatie(self, key: str) -> str:
        return self._(SITUATIE_NAMES[key])

    def soort(self, key: str) -> str:
        return self._(SOORT_NAMES[key])

    def zekerheid(self, key: str) -> str:
        return self._(ZEKERHEID_NAMES[key])

    def taal(self, code: str) -> str:
        return self._(TAAL_NAMES.get(code, code))

    # --- figures ---------------------------------------------------------------------
    def parameter_rows(self, regeling: Regeling) -> list[dict]:
        rows = []
        for key, param in regeling.parameters.items():
            shown = amounts.show(param, self.peildatum, self.locale, self._)
            rows.append({
                "omschrijving": self.t(regeling, f"parameters.{key}.omschrijving"),
                "bedrag": shown.text + (self._unit(param, shown.value) if shown.value else ""),
                "vanaf": self.date(shown.value.vanaf) if shown.value else "",
                "bron": shown.value.bron if shown.value else "",
                "zekerheid": self.zekerheid(shown.value.zekerheid) if shown.value else "",
                "unverified": shown.unverified,
            })
        return rows

    def _unit(self, param, value) -> str:
        """The unit after an amount (" per maand"); nothing for 'geen' or a bare number."""
        unit = amounts.UNIT_LABELS[param.eenheid]
        return " " + self._(unit) if unit and value.waarde != "geen" else ""

    def figure(self, param, value) -> str:
        """One written value of *param* as a page shows it: amount, unit, certainty."""
        text = amounts.show_value(value.waarde, param.eenheid, self.locale, self._)
        text += self._unit(param, value)
        if value.zekerheid == "onbevestigd":
            text += " " + self._("(nog niet bevestigd)")
        return text

    def history(self, regeling: Regeling) -> list[dict]:
        """Every written value of every parameter that has more than one, oldest first."""
        rows = []
        for key, param in regeling.parameters.items():
            if len(param.waarden) < 2:
                continue
            for value in param.waarden:
                rows.append({
                    "omschrijving": self.t(regeling, f"parameters.{key}.omschrijving"),
                    "vanaf": self.date(value.vanaf), "bedrag": self.figure(param, value),
                    "bron": value.bron, "zekerheid": self.zekerheid(value.zekerheid)})
        return rows

    # --- loketten ------------------------------------------------------------------------
    def opening_rows(self, loket: Loket) -> list[dict]:
        if not loket.openingstijden:
            return []
        week = opening_hours.parse(loket.openingstijden)
        names = get_day_names("wide", locale=self.locale)
        rows = []
        for index, key in enumerate(DAY_KEYS):
            times = week[key]
            rows.append({"dag": names[index],
                         "tijden": ", ".join(f"{a} – {b}" for a, b in times) if times
                         else self._("gesloten")})
        if week.get("PH") == []:
            rows.append({"dag": self._("Feestdagen"), "tijden": self._("gesloten")})
        return rows

    def opening_summary(self, loket: Loket) -> str:
        """Compact opening hours, e.g. "maandag – vrijdag 09:00 – 17:00"."""
        rows = [r for r in self.opening_rows(loket) if r["dag"] != self._("Feestdagen")]
        groups: list[list] = []
        for row in rows:
            if groups and groups[-1][1] == row["tijden"]:
                groups[-1][0].append(row["dag"])
            else:
                groups.append([[row["dag"]], row["tijden"]])
        parts = []
        for days, times in groups:
            if times == self._("gesloten"):
                continue
            label = days[0] if len(days) == 1 else f"{days[0]} – {days[-1]}"
            parts.append(f"{label} {times}")
        return "; ".join(parts)

    def day_names(self) -> list[tuple[str, str]]:
        names = get_day_names("wide", locale=self.locale)
        return [(key, names[i]) for i, key in enumerate(DAY_KEYS)]

    def root(self, page: str) -> Markup:
        """Relative path from *page* to the site root (above the variant folder)."""
        return Markup("../" * (_url_depth(page) + (1 if self.variant.prefix else 0)))

    def tel(self, number: str) -> Markup:
        digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
        return url(f"tel:{digits}")

    # --- links (relative to the page) ----------------------------------------------
    def link(self, page: str, target: str) -> Markup:
        """Relative link from Markdown *page* to Markdown *target*; mkdocs rewrites it."""
        depth = page.count("/")
        return Markup("../" * depth + target)

    def href(self, page: str, target: str) -> Markup:
        """Link for raw HTML (which mkdocs does not rewrite), in directory-URL form."""
        return Markup("../" * _url_depth(page) + _url_of(target)) or Markup("./")

    def regelingen_for(self, **filters) -> list[Regeling]:
        out = []
        for regeling in self.catalog.regelingen.values():
            if "thema" in filters and filters["thema"] not in regeling.themas:
                continue
            if "gebied" in filters and regeling.gebied != filters["gebied"]:
                continue
            if "situatie" in filters and filters["situatie"] not in regeling.situaties:
                continue
            if "loket" in filters and filters["loket"] not in regeling.loketten:
                continue
            out.append(regeling)
        return sorted(out, key=lambda r: (r.status == "gesloten", self.t(r, "naam").lower()))


def _url_of(page: str) -> str:
    """The directory URL of a Markdown page: "a/index.md" -> "a/", "a/b.md" -> "a/b/"."""
    if page == "index.md":
        return ""
    if page.endswith("/index.md"):
        return page[: -len("index.md")]
    return page[:-3] + "/"


def _url_depth(page: str) -> int:
    return _url_of(page).count("/")


def _notice(ctx: PageContext, page: str) -> str:
    state = ctx.tr.page_state()
    if state not in (MISSING, FUZZY, DRAFT):
        return ""
    messages = {
        MISSING: N_("Een deel van deze pagina is nog niet vertaald. Dat deel staat in het "
                 "Nederlands."),
        FUZZY: N_("De Nederlandse tekst van deze pagina is veranderd. De vertaling is nog niet "
               "bijgewerkt."),
        DRAFT: N_("Deze vertaling is automatisch gemaakt en nog niet door een vertaler "
               "nagekeken."),
    }
    target = "../" * (_url_depth(page) + 1) + _url_of(page)
    template = _ENV.get_template("notice.md.j2")
    return template.render(ctx=ctx, _=ctx._, state=state, message=messages[state],
                           dutch=Markup(target))


def _render(ctx: PageContext, template: str, page: str, **values) -> str:
    ctx.tr.reset()
    body = _ENV.get_template(template).render(ctx=ctx, _=ctx._, page=page,
                                              root=ctx.root(page), assets=ctx.assets, **values)
    notice = _notice(ctx, page)
    if body.startswith("---\n"):  # the notice goes after the front matter, never before it
        end = body.index("\n---\n", 4) + len("\n---\n")
        return _front_matter_title(body[:end], values["title"]) + "\n" + notice + body[end:]
    return notice + body


def _front_matter_title(front: str, title: str) -> str:
    """The front matter with its title as a quoted YAML string of HTML-escaped text.

    mkdocs reads the front matter as YAML and writes the title unescaped into <title>. The
    template's Markdown-escaped title is neither safe YAML (a ": " or a leading "&" makes
    mkdocs show the front matter as text on the page) nor plain text (its backslashes show).
    """
    quoted = json.dumps(str(Markup.escape(title)), ensure_ascii=False)
    return re.sub(r"(?m)^title: .*$", lambda _match: "title: " + quoted, front, count=1)


def render_variant(catalog: Catalog, variant: Variant, translator: Translator,
                   peildatum: dt.date, assets: dict) -> RenderedSite:
    ctx = PageContext(catalog, variant, translator, peildatum)
    ctx.assets = assets
    pages: dict = {}
    titles: dict = {}

    def add(path: str, template: str, title: str, **values):
        pages[path] = _render(ctx, template, path, title=title, **values)
        titles[path] = title

    add("index.md", "home.md.j2", ctx._("Hulp bij geldzorgen"))
    add("ik-zoek-hulp.md", "door_resident.md.j2", ctx._("Ik zoek hulp"))
    add("ik-help-iemand.md", "door_professional.md.j2", ctx._("Ik help iemand"))
    add("ik-ben-werkgever.md", "door_employer.md.j2", ctx._("Ik ben werkgever"))
    add("over.md", "about.md.j2", ctx._("Over deze site en uw privacy"))
    add("regelingen/index.md", "regelingen_index.md.j2", ctx._("Alle regelingen"),
        themas=THEMAS)
    for thema in THEMAS:
        add(f"thema/{thema}.md", "overview.md.j2", ctx.thema(thema),
            items=ctx.regelingen_for(thema=thema))
    for gebied in GEBIEDEN:
        add(f"gemeente/{gebied}.md", "overview.md.j2", ctx.gebied(gebied),
            items=ctx.regelingen_for(gebied=gebied))
    for situatie in SITUATIES:
        items = ctx.regelingen_for(situatie=situatie)
        if items:
            add(f"situatie/{situatie}.md", "overview.md.j2", ctx.situatie(situatie),
                items=items)
    for regeling in catalog.regelingen.values():
        ctx.tr.reset()
        title = ctx.t(regeling, "naam")
        add(f"regelingen/{regeling.id}.md", "regeling.md.j2", title, r=regeling,
            loketten=[catalog.loketten[i] for i in regeling.loketten if i in catalog.loketten],
            zie_ook=[catalog.regelingen[i] for i in regeling.zie_ook
                     if i in catalog.regelingen])
    add("check.md", "checker.md.j2", ctx._("Check welke regelingen bij u passen"),
        situaties=[(k, ctx.situatie(k)) for k in SITUATIES if ctx.regelingen_for(situatie=k)])
    pages["check/data.json"] = json.dumps(checker_data(ctx, variant.prefix),
                                          ensure_ascii=False, sort_keys=True)
    _add_routes(ctx, catalog, add, pages)
    _add_changes(ctx, catalog, add)
    add("loketten/index.md", "loketten_index.md.j2", ctx._("Loketten en hulp"),
        loketten=sorted(catalog.loketten.values(), key=lambda l: ctx.t(l, "naam").lower()))
    for loket in catalog.loketten.values():
        add(f"loketten/{loket.id}.md", "loket.md.j2", ctx.t(loket, "naam"), l=loket,
            regelingen=ctx.regelingen_for(loket=loket.id))
    nav = [
        {titles["index.md"]: "index.md"},
        {titles["ik-zoek-hulp.md"]: "ik-zoek-hulp.md"},
        {titles["check.md"]: "check.md"},
        {titles["ik-help-iemand.md"]: "ik-help-iemand.md"},
        {titles["ik-ben-werkgever.md"]: "ik-ben-werkgever.md"},
        {titles["regelingen/index.md"]: "regelingen/index.md"},
        {titles["routes/index.md"]: "routes/index.md"},
        {titles["loketten/index.md"]: "loketten/index.md"},
        {titles["over.md"]: "over.md"},
    ]
    return RenderedSite(pages, nav, titles, ctx._("Routekaart geldzorgen"))


CHANGES_TITLE = N_("Wat verandert er in {jaar}?")


def _add_changes(ctx: PageContext, catalog: Catalog, add) -> None:
    """One page per year with every changed figure, and an index of those years."""
    years = years_with_pages(catalog, ctx.peildatum)
    for year in years:
        result = changes_in(catalog, year)
        add(f"veranderingen/{year}.md", "veranderingen.md.j2",
            ctx._(CHANGES_TITLE).replace("{jaar}", str(year)), year=result,
            groups=grouped(result.changed), other_years=[y for y in years if y != year])
    add("veranderingen/index.md", "veranderingen_index.md.j2",
        ctx._("Wat verandert er per jaar?"), years=years)


DOELGROEP_NAMES = {"inwoners": N_("Voor inwoners"), "professionals": N_("Voor professionals"),
                   "werkgevers": N_("Voor werkgevers")}


def pdf_name(flow_id: str, variant: Variant) -> str:
    return f"{flow_id}-{variant.code}.pdf"


def _add_routes(ctx: PageContext, catalog: Catalog, add, pages: dict) -> None:
    from .flow_diagram import dot_source, render_svg

    flows = sorted(catalog.flows.values(), key=lambda f: f.id)
    add("routes/index.md", "routes_index.md.j2", ctx._("Routekaarten"),
        groups=[(k, ctx._(v)) for k, v in DOELGROEP_NAMES.items()],
        flows_for=lambda d: [f for f in flows if f.doelgroep == d])
    for flow in flows:
        svg, width, height = render_svg(dot_source(
            flow, lambda sid, f=flow: ctx.tf(f, f"stappen.{sid}.titel"),
            lambda sid, i, f=flow: ctx.tf(f, f"stappen.{sid}.antwoorden[{i}].tekst")))
        pages[f"routes/{flow.id}/diagram.svg"] = svg
        add(f"routes/{flow.id}/index.md", "route.md.j2", ctx.tf(flow, "titel"), f=flow,
            pdf=pdf_name(flow.id, ctx.variant), diagram_width=width, diagram_height=height)
        parents = flow.parents()
        for number, step_id in enumerate(flow.order(), start=1):
            step = flow.steps[step_id]
            loketten = [catalog.loketten[i] for i in step.loketten if i in catalog.loketten]
            per = [(g, [catalog.loketten[i] for i in ids if i in catalog.loketten])
                   for g, ids in step.per_gemeente.items()]
            add(f"routes/{flow.id}/{step_id}.md", "route_step.md.j2",
                ctx.tf(flow, f"stappen.{step_id}.titel"), f=flow, s=step, number=number,
                parent=parents.get(step_id),
                regelingen=[catalog.regelingen[i] for i in step.regelingen
                            if i in catalog.regelingen],
                loketten=loketten, per_gemeente=per)

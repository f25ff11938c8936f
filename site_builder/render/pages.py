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
from ..data.schema.kinds import NO_DATE, UNKNOWN_DATE, tel_digits
from ..vocabulary import GEBIED_LINKS, GEBIEDEN, SITUATIES, SOORTEN, TALEN, THEMAS, ZEKERHEDEN
from .changes import changes_in, grouped, years_with_pages
from . import amounts, figures
from .checker_data import checker_data
from .rules_export import local_twins
from .markdown import md_escape, tel_links, url

TEMPLATES = Path(__file__).parent / "templates"


DAY_KEYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")

# how a loket without a counter (``geen_bezoekadres``) is reached, keyed by its code
ZONDER_BALIE_TEXT = {
    "alleen-telefonisch": N_("Dit loket heeft geen balie. U kunt alleen bellen."),
    "alleen-online": N_("Dit loket heeft geen balie. U regelt alles online, via de website."),
    "aan-huis": N_("Dit loket heeft geen balie. Een medewerker komt bij u thuis."),
    "via-verwijzing": N_("Dit loket heeft geen balie. U komt hier alleen via een hulpverlener "
                         "die u doorverwijst."),
}


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
        return self._(THEMAS[key])

    def gebied(self, key: str) -> str:
        return self._(GEBIEDEN[key])

    def situatie(self, key: str) -> str:
        return self._(SITUATIES[key])

    def soort(self, key: str) -> str:
        return self._(SOORTEN[key])

    def zekerheid(self, key: str) -> str:
        return self._(ZEKERHEDEN[key])

    def taal(self, code: str) -> str:
        return self._(TALEN.get(code, code))

    # --- figures ---------------------------------------------------------------------
    def parameter_rows(self, regeling: Regeling) -> list[dict]:
        rows = []
        for key, param in regeling.parameters.items():
            shown = amounts.show(param, self.peildatum, self.locale, self._)
            rows.append({
                "herkomst": self.value_source(regeling, shown.value) if shown.value else "",
                "omschrijving": self.t(regeling, f"parameters.{key}.omschrijving"),
                "bedrag": shown.text + (self._unit(param, shown.value) if shown.value else ""),
                "vanaf": self.date(shown.value.vanaf) if shown.value else "",
                "bron": shown.value.bron if shown.value else "",
                "zekerheid": self.zekerheid(shown.value.zekerheid) if shown.value else "",
                "unverified": shown.unverified,
            })
        return rows

    def example_rows(self, regeling: Regeling) -> list:
        """Example amounts computed by the engine (render/examples.py)."""
        from .examples import ExampleTables

        if not hasattr(self, "_examples"):
            self._examples = ExampleTables(self)
        return self._examples.rows(regeling)

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
                    "bron": value.bron, "zekerheid": self.zekerheid(value.zekerheid),
                    "herkomst": self.value_source(regeling, value)})
        return rows

    # --- sources and their dates -------------------------------------------------------
    def _source_link(self, owner, address: str, markdown: bool) -> Markup:
        label = figures.source_label(owner, address)
        return Markup('<a href="{}" lang="nl">{}</a>').format(
            url(address), md_escape(label) if markdown else label)

    def _sentence(self, msgid: str, markdown: bool = False, **values) -> Markup:
        """A translated sentence with {name} parts replaced by *values* (Markup or text)."""
        out = []
        for part in re.split(r"(\{[a-z]+\})", self._(msgid)):
            name = part[1:-1] if part.startswith("{") and part.endswith("}") else None
            if name in values:
                out.append(Markup.escape(values[name]))
            else:
                out.append(md_escape(part) if markdown else Markup.escape(part))
        return Markup("").join(out)

    def value_source(self, owner, value, markdown: bool = False) -> Markup:
        """"bron: <link>, van <datum>" and "geopend op <datum>" for one figure."""
        link = self._source_link(owner, value.bron, markdown)
        if value.bron_datum == NO_DATE:
            parts = [self._sentence(N_("bron zonder datum: {bron}"), markdown, bron=link)]
        elif value.bron_datum == UNKNOWN_DATE:
            parts = [self._sentence(N_("bron: {bron}, datum van de bron onbekend"), markdown,
                                    bron=link)]
        elif value.bron_datum is not None:
            parts = [self._sentence(N_("bron: {bron}, van {datum}"), markdown, bron=link,
                                    datum=self.date(value.bron_datum))]
        else:
            parts = [self._sentence(N_("bron: {bron}"), markdown, bron=link)]
        if value.geraadpleegd:
            parts.append(self._sentence(N_("geopend op {datum}"), markdown,
                                        datum=self.date(value.geraadpleegd)))
        return Markup("; ").join(parts)

    def source_dates(self, source, markdown: bool = True) -> Markup:
        """", van <datum>, geopend op <datum>" after a link in a list of sources."""
        parts = []
        if source.datum == NO_DATE:
            parts.append(self._sentence(N_("zonder datum"), markdown))
        elif source.datum == UNKNOWN_DATE:
            parts.append(self._sentence(N_("datum onbekend"), markdown))
        elif source.datum is not None:
            parts.append(self._sentence(N_("van {datum}"), markdown,
                                        datum=self.date(source.datum)))
        if source.geraadpleegd:
            parts.append(self._sentence(N_("geopend op {datum}"), markdown,
                                        datum=self.date(source.geraadpleegd)))
        return Markup("").join(Markup(", ") + part for part in parts)

    def reached_without_counter(self, loket: Loket) -> str:
        """How a loket without a visiting address is reached, in words ("" when unknown)."""
        key = loket.geen_bezoekadres
        return self._(ZONDER_BALIE_TEXT[key]) if key else ""

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
        return url(f"tel:{tel_digits(number)}")

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


def _once(regelingen: list, twins: dict) -> list:
    """Each regeling once: a national regeling is left out where its gemeente's own version
    (which has the same name in most languages) is listed too."""
    ids = {r.id for r in regelingen}
    return [r for r in regelingen if not any(t in ids for t in twins.get(r.id, {}).values())]


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
    add(f"{FIGURES_PAGE}.md", "bronnen_cijfers.md.j2", ctx._("Bronnen en cijfers"),
        groups=figures.figure_groups(ctx, FIGURES_PAGE + ".md"),
        csv_name=figures.CSV_NAME, json_name=figures.JSON_NAME)
    add("regelingen/index.md", "regelingen_index.md.j2", ctx._("Alle regelingen"),
        themas=THEMAS, gebied_links=GEBIED_LINKS)
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
    twins = local_twins(catalog)
    for loket in catalog.loketten.values():
        add(f"loketten/{loket.id}.md", "loket.md.j2", ctx.t(loket, "naam"), l=loket,
            regelingen=_once(ctx.regelingen_for(loket=loket.id), twins))
    # The site name and menu titles are plain text here; build/theme_text.py escapes them
    # for Material's templates (and the search index).
    nav = [{titles[page]: page} for page in (
        "index.md", "ik-zoek-hulp.md", "check.md", "ik-help-iemand.md", "ik-ben-werkgever.md",
        "regelingen/index.md", "routes/index.md", "loketten/index.md", "over.md")]
    return RenderedSite(pages, nav, titles, ctx._("Routekaart geldzorgen"))


FIGURES_PAGE = "bronnen-en-cijfers"
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

"""Pure functions from the model to Markdown pages, one set per language variant.

Nothing here reads YAML or writes files: ``render_variant`` returns a mapping of
page path -> Markdown text, plus the navigation for mkdocs. What the templates may call
is :class:`.context.PageContext`.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from ..language.i18n import DRAFT, FUZZY, MISSING, N_, Translator, Variant
from ..data.model import Catalog
from ..vocabulary import GEBIED_LINKS, GEBIEDEN, SITUATIES, THEMAS
from .changes import changes_in, grouped, years_with_pages
from . import figures
from .checker_data import checker_data
from .context import PageContext, url_depth, url_of
from .rules_export import local_twins
from .markdown import md_escape, tel_links, url

TEMPLATES = Path(__file__).parent / "templates"


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


def _once(regelingen: list, twins: dict) -> list:
    """Each regeling once: a national regeling is left out where its gemeente's own version
    (which has the same name in most languages) is listed too."""
    ids = {r.id for r in regelingen}
    return [r for r in regelingen if not any(t in ids for t in twins.get(r.id, {}).values())]


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
    target = "../" * (url_depth(page) + 1) + url_of(page)
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

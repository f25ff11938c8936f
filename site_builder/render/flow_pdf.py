"""Printable A4 PDF per routekaart and language: a poster for residents, a brochure for
professionals and employers, with a QR code to the route online.

WeasyPrint shapes Arabic HTML correctly (right-to-left); the QR code is an inline SVG from
segno. The online address comes from ``site_url`` in mkdocs.yml, or ROUTEKAART_URL; until
the site is published it is the local address of ``routekaart serve``.
"""
from __future__ import annotations

import io
import os
from pathlib import Path

import segno
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from ..language.i18n import N_
from .context import PageContext
from .pages import TEMPLATES, pdf_name

LOCAL_URL = "http://127.0.0.1:8000/"
_ENV = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True)


def css_string(text: str) -> Markup:
    """*text* for inside a quoted CSS string (the page footer in <style>): every character
    but letters, digits and spaces as a CSS escape, so a quote, a '<' or a '</style>' is
    text, and nothing shows HTML's '&lt;' (HTML escaping is wrong inside <style>)."""
    return Markup("".join(c if c.isalnum() or c == " " else f"\\{ord(c):06x}"
                          for c in str(text)))


_ENV.filters["css_string"] = css_string
LABELS = {"qr": N_("Scan voor de route op uw telefoon"), "goto": N_("ga naar stap"),
          "regelingen": N_("Regelingen"), "bel": N_("bel"),
          "footer": N_("Routekaart geldzorgen"), "checked": N_("Gecontroleerd op")}


def site_url(base_config: dict) -> str:
    url = os.environ.get("ROUTEKAART_URL") or base_config.get("site_url") or LOCAL_URL
    return url if url.endswith("/") else url + "/"


def _qr_svg(url: str) -> str:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="svg", scale=4, border=2, xmldecl=False,
                                    svgns=True, dark="#000000")
    return buffer.getvalue().decode("utf-8")


def _loket_row(ctx: PageContext, loket) -> dict:
    adres = f"{loket.adres.straat}, {loket.adres.postcode} {loket.adres.plaats}" \
        if loket.adres else ""
    return {"naam": ctx.t(loket, "naam"), "telefoon": loket.telefoon, "adres": adres,
            "tijden": ctx.opening_summary(loket), "website": loket.website}


def route_html(ctx: PageContext, flow, url: str) -> str:
    catalog = ctx.catalog
    order = flow.order()
    number = {step_id: i for i, step_id in enumerate(order, start=1)}
    steps = []
    for step_id in order:
        step = flow.steps[step_id]
        groups = []
        if step.loketten:
            groups.append({"title": "", "loketten": [_loket_row(ctx, catalog.loketten[i])
                                                     for i in step.loketten
                                                     if i in catalog.loketten]})
        for gemeente, ids in step.per_gemeente.items():
            groups.append({"title": ctx.gebied(gemeente),
                           "loketten": [_loket_row(ctx, catalog.loketten[i]) for i in ids
                                        if i in catalog.loketten]})
        steps.append({
            "number": number[step_id],
            "title": ctx.tf(flow, f"stappen.{step_id}.titel"),
            "text": str(ctx.tf(flow, f"stappen.{step_id}.tekst")),
            "points": [ctx.tf(flow, f"stappen.{step_id}.punten[{i}]")
                       for i in range(len(step.punten))],
            "answers": [{"text": ctx.tf(flow, f"stappen.{step_id}.antwoorden[{i}].tekst"),
                         "number": number.get(target, "")}
                        for i, (_text, target) in enumerate(step.antwoorden)],
            "next": number.get(step.naar, "") if step.naar else "",
            "regelingen": [ctx.t(catalog.regelingen[r], "naam") for r in step.regelingen
                           if r in catalog.regelingen],
            "loket_groups": groups,
        })
    labels = {k: ctx._(v) for k, v in LABELS.items()}
    return _ENV.get_template("route_pdf.html.j2").render(
        lang=ctx.variant.hreflang.split("-")[0], direction=ctx.variant.direction,
        title=ctx.tf(flow, "titel"), summary=ctx.tf(flow, "samenvatting"), url=url,
        qr=_qr_svg(url), qr_text=labels["qr"], goto=labels["goto"],
        label_regelingen=labels["regelingen"], label_bel=labels["bel"],
        footer=labels["footer"], poster=flow.doelgroep == "inwoners", steps=steps,
        checked=f"{labels['checked']} {ctx.date(flow.gecontroleerd_op)}")


def write_route_pdfs(ctx: PageContext, site_dir: Path, base_url: str,
                     cache: Path | None = None) -> int:
    """Write every route's PDF; with *cache*, a PDF whose HTML WeasyPrint already turned into
    a PDF is copied from there (the same HTML and WeasyPrint version give the same PDF)."""
    count = 0
    for flow in ctx.catalog.flows.values():
        url = f"{base_url}{ctx.variant.prefix}routes/{flow.id}/"
        html = route_html(ctx, flow, url)
        target = site_dir / ctx.variant.prefix / "routes" / flow.id / pdf_name(flow.id,
                                                                              ctx.variant)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_pdf(html, cache))
        count += 1
    return count


def _pdf(html: str, cache: Path | None) -> bytes:
    import hashlib

    import weasyprint

    key = hashlib.sha256(f"{weasyprint.__version__}\n{html}".encode("utf-8")).hexdigest()
    cached = cache / f"{key}.pdf" if cache else None
    if cached and cached.exists():
        os.utime(cached)
        return cached.read_bytes()
    data = weasyprint.HTML(string=html).write_pdf()
    if cached:
        cache.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(f".{cached.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, cached)
    return data

/* Routekaart checker: one question per screen; the answers stay in this browser tab.
 * The engine runs in a Web Worker (worker.js) that starts loading when the page opens; no
 * question is shown before it is ready, so every question is one the engine asks.
 * Each screen is a history entry (questions and results, never the answers themselves), so the
 * phone's Back and Forward move between them. All text is set with textContent: nothing from
 * the data is ever parsed as HTML. */
(function () {
  "use strict";
  const root = document.getElementById("rk-checker");
  if (!root) return;
  const timings = (window.__rkTimings = { start: performance.now() });
  const siteRoot = new URL(root.dataset.root, location.href);
  const abs = (rel) => new URL(rel, siteRoot).href;
  const pageBlock = document.getElementById("rk-pagina");
  const extra = pageBlock ? JSON.parse(pageBlock.textContent) : {};
  const intro = document.getElementById("rk-intro");
  const worker = new Worker(abs(root.dataset.worker), { type: "module" });
  worker.postMessage({ type: "start", pyodide: abs(root.dataset.pyodide), wheel: abs(root.dataset.wheel) });

  let data = null;
  let engineReady = false;
  let engineFailed = false;
  let loading = { stap: 0, van: 4 };
  let answers = {};          // question id -> value (null = "Ik weet het niet"), in answer order
  let started = false;
  const pending = new Map();
  let nextId = 1;

  function call(message) {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage(Object.assign({ id }, message));
    });
  }

  worker.onmessage = (event) => {
    const msg = event.data;
    if (msg.type === "progress") {
      loading = { stap: msg.stap, van: msg.van };
      if (!started && data) showLoading();
      return;
    }
    if (msg.type === "ready") {
      engineReady = true;
      timings.engineReady = performance.now();
      begin();
      return;
    }
    if (msg.type === "error" && msg.id === undefined) {
      engineFailed = true;
      console.error("Routekaart: de check kon niet laden:", msg.message);
      if (data) showFailure();
      return;
    }
    const waiter = pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id);
    if (msg.type === "error") waiter.reject(new Error(msg.message));
    else waiter.resolve(msg);
  };

  // --- small helpers ---------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null) continue;
      if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  const t = (key) => (extra.ui && extra.ui[key]) || (data && data.ui[key]) || key;
  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
  const question = (id) => data.questions.find((q) => q.id === id);
  const known = () => Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== null));

  function euro(amount) {
    const fmt = (data && data.format) || { euro: "€ {n}", group: ".", decimal: "," };
    const whole = String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, fmt.group);
    return fmt.euro.replace("{n}", whole);
  }

  function telLink(number) {
    return el("a", { href: "tel:" + number.replace(/[^0-9+]/g, ""), class: "rk-ltr", dir: "ltr", text: number });
  }

  function screen(...children) {
    root.replaceChildren(...children);
    const heading = root.querySelector("h2, legend");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
    }
    // On a phone the question and its buttons must be in view without scrolling: when they
    // are not (a long text above, or the reader had scrolled), bring the box to the top.
    const box = root.getBoundingClientRect();
    const form = root.querySelector("form");
    const end = form ? form.getBoundingClientRect().bottom : box.top + 1;
    if (box.top < 0 || end > window.innerHeight) root.scrollIntoView({ block: "start", behavior: "instant" });
  }

  function showIntro(visible) {
    if (intro) intro.hidden = !visible;
  }

  // --- loading ---------------------------------------------------------------------------

  function showLoading() {
    showIntro(true);
    const bar = el("progress", { max: String(loading.van), value: String(loading.stap),
      "aria-label": t("laden") });
    screen(el("h2", { text: t("laden") }), bar,
      el("p", { role: "status", text: fill(t("laden_stap"), { n: loading.stap + 1 > loading.van ? loading.van : loading.stap + 1, m: loading.van }) }));
    root.setAttribute("data-state", "loading");
  }

  function showFailure() {
    showIntro(true);
    screen(el("h2", { text: t("fout_motor") }), el("p", { text: t("fout_motor_uitleg") }));
    root.setAttribute("data-state", "failed");
  }

  function begin() {
    if (!data || !engineReady || started) return;
    started = true;
    advance(true);
  }

  // --- which question next ---------------------------------------------------------------

  /** Drop answers to questions that an earlier (changed) answer no longer leads to. */
  function prune() {
    let changed = true;
    while (changed) {
      changed = false;
      for (const id of Object.keys(answers)) {
        const q = question(id);
        if (q && !applies(q)) { delete answers[id]; changed = true; }
      }
    }
  }

  function applies(q) {
    const cond = q.alleen_als;
    if (!cond) return true;
    const value = answers[cond.vraag];
    if ("is" in cond) return value === cond.is;
    if ("bevat" in cond) return Array.isArray(value) && value.includes(cond.bevat);
    return true;
  }

  async function nextStep() {
    const msg = await call({ type: "next", rules: data.rules, answers: known(),
      asked: Object.keys(answers), peildatum: data.peildatum,
      order: data.questions.filter(applies).map((q) => q.id) });
    return msg.step;   // {vraag, nummer, ongeveer}
  }

  async function advance(first) {
    let step;
    try {
      step = await nextStep();
    } catch (error) {
      showFailure();
      return;
    }
    if (step.vraag) {
      const state = { rk: "vraag", vraag: step.vraag, nummer: step.nummer, ongeveer: step.ongeveer };
      history[first ? "replaceState" : "pushState"](state, "");
      showQuestion(state);
    } else {
      timings.lastAnswer = performance.now();
      history[first ? "replaceState" : "pushState"]({ rk: "uitkomst" }, "");
      await showResults();
    }
  }

  window.addEventListener("popstate", (event) => {
    const state = event.state;
    if (!state || !state.rk || !started) return;
    if (state.rk === "vraag" && question(state.vraag)) showQuestion(state);
    else if (state.rk === "uitkomst" && Object.keys(answers).length) showResults();
    else { answers = {}; advance(true); }
  });

  // A second tap while the next screen is being worked out (a double tap on a phone) must
  // not answer the next question too.
  let busy = false;
  function answer(q, value) {
    if (busy) return;
    busy = true;
    root.setAttribute("data-state", "working");   // the old question is no longer current
    answers[q.id] = value;
    prune();
    advance(false).finally(() => { busy = false; });
  }

  // --- one question ----------------------------------------------------------------------

  /** Read a typed number or list of ages: the engine's own parser when it has one, else the
   * page's (digits in any script, Dutch and English separators, currency sign, ",-"). */
  async function readTyped(q, text) {
    try {
      const msg = await call({ type: "parse", vraag: q.id, tekst: text });
      if (msg.parsed) return withinBounds(q, msg.parsed);   // {waarde} or {fout}
    } catch (error) { /* fall through */ }
    return localParse(q, text);
  }

  /** The engine reads what was typed; the answer must also lie within what the engine
   * accepts (an age up to 120, children's ages up to 30, amounts up to their maximum), or
   * the whole result would be refused later. */
  function withinBounds(q, parsed) {
    if (!("waarde" in parsed)) return parsed;
    const value = parsed.waarde;
    if (Array.isArray(value)) {
      return value.every((a) => Number.isInteger(a) && a >= 0 && a <= 30) ? parsed : { fout: "leeftijden" };
    }
    if (typeof value === "number" && (value < 0 || (data.maxima[q.id] !== undefined && value > data.maxima[q.id]))) {
      return { fout: "te_groot" };
    }
    return parsed;
  }

  function toLatin(text) {
    return String(text)
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .replace(/[\u060c\u066b]/g, (c) => (c === "\u066b" ? "." : ","));
  }

  function localParse(q, text) {
    const latin = toLatin(text);
    if (q.soort === "leeftijden") {
      const parts = latin.split(/[\s,;]+/).filter(Boolean);
      const ages = parts.map(Number);
      if (!parts.length || ages.some((a) => !Number.isInteger(a) || a < 0 || a > 30)) return { fout: "leeftijden" };
      return { waarde: ages };
    }
    const raw = latin.replace(/€|eur(o|os)?\b|,-|\.-/gi, "").replace(/[a-z]+\.?$/i, "").replace(/\s/g, "");
    const normal = /,\d{1,2}$/.test(raw) ? raw.replace(/\./g, "").replace(",", ".")
      : /^\d{1,3}(\.\d{3})+$/.test(raw) ? raw.replace(/\./g, "")
      : raw.replace(/,/g, "");
    const value = Number(normal);
    if (normal === "" || !Number.isFinite(value) || value < 0) return { fout: "onleesbaar" };
    if (value > data.maxima[q.id]) return { fout: "te_groot" };
    if (q.soort === "geheel" && !Number.isInteger(value)) return { fout: "onleesbaar" };
    return { waarde: value };
  }

  function errorText(q, parsed, text) {
    if (parsed.fout === "leeftijden") return t("fout_leeftijden");
    if (parsed.fout === "te_groot") return t("fout_te_groot");
    const key = q.soort === "getal" ? "fout_bedrag" : "fout_aantal";
    return fill(t(key), { invoer: text.trim() });
  }

  function showQuestion(state) {
    const q = question(state.vraag);
    const previous = answers[q.id];
    showIntro(state.nummer <= 1);
    const legend = el("legend", { text: q.vraag });
    const fieldset = el("fieldset", {}, legend);
    if (q.uitleg) fieldset.append(el("p", { class: "rk-uitleg", id: "rk-uitleg-" + q.id, text: q.uitleg }));
    const form = el("form", { class: "rk-vraag", novalidate: "novalidate", "data-vraag": q.id }, fieldset);
    const buttons = el("div", { class: "rk-knoppen" });
    const error = el("p", { class: "rk-fout", id: "rk-fout-" + q.id, role: "alert" });
    const submit = () => el("button", { type: "submit", class: "md-button md-button--primary rk-volgende", text: t("volgende") });
    if (q.soort === "keuze" || q.soort === "janee") {
      const options = q.soort === "janee"
        ? [{ waarde: true, tekst: t("ja") }, { waarde: false, tekst: t("nee") }]
        : q.opties;
      for (const option of options) {
        fieldset.append(el("button", { type: "button", class: "md-button rk-optie",
          "aria-pressed": previous === option.waarde ? "true" : null,
          text: option.tekst, onclick: () => answer(q, option.waarde) }));
      }
    } else if (q.soort === "lijst") {
      for (const option of q.opties) {
        const id = "rk-" + q.id + "-" + option.waarde;
        const box = el("input", { type: "checkbox", id, value: option.waarde });
        box.checked = Array.isArray(previous) && previous.includes(option.waarde);
        fieldset.append(el("div", { class: "rk-vink" }, box, el("label", { for: id, text: option.tekst })));
      }
      buttons.append(submit());
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        answer(q, [...form.querySelectorAll("input:checked")].map((i) => i.value));
      });
    } else {
      const id = "rk-in-" + q.id;
      const ages = q.soort === "leeftijden";
      const input = el("input", { id, name: q.id, type: "text", inputmode: ages || q.soort === "geheel" ? "numeric" : "decimal",
        autocomplete: "off", "aria-describedby": (q.uitleg ? "rk-uitleg-" + q.id + " " : "") + "rk-fout-" + q.id });
      if (previous !== undefined && previous !== null) input.value = Array.isArray(previous) ? previous.join(", ") : String(previous);
      fieldset.append(el("label", { for: id, text: ages ? t("leeftijden_label") : (q.eenheid || q.vraag) }), input);
      if (ages) fieldset.append(el("button", { type: "button", class: "md-button rk-optie",
        text: t("geen_kinderen"), onclick: () => answer(q, []) }));
      buttons.append(submit());
      form.addEventListener("submit", async (e) => {
        e.preventDefault();
        const text = input.value.trim();
        const parsed = text === "" ? { fout: "leeg" } : await readTyped(q, text);
        if ("waarde" in parsed) { answer(q, parsed.waarde); return; }
        error.textContent = parsed.fout === "leeg" ? t("fout_leeg") : errorText(q, parsed, text);
        input.setAttribute("aria-invalid", "true");
        input.focus();
      });
    }
    fieldset.append(error);
    buttons.append(el("button", { type: "button", class: "md-button rk-weetniet",
      text: t("weet_niet"), onclick: () => answer(q, null) }));
    if (state.nummer > 1) buttons.append(el("button", { type: "button", class: "md-button rk-terug",
      text: t("terug"), onclick: () => history.back() }));
    form.append(buttons);
    const count = state.ongeveer && state.ongeveer >= state.nummer
      ? fill(t("vraag_van"), { n: state.nummer, m: state.ongeveer })
      : fill(t("vraag_nummer"), { n: state.nummer });
    screen(el("p", { class: "rk-voortgang", text: count }), form);
    root.setAttribute("data-state", "question");
  }

  // --- results ---------------------------------------------------------------------------

  const info = (id) => (data.regelingen && data.regelingen[id]) || { naam: id, samenvatting: "", url: "", loketten: [] };
  const extraInfo = (id) => (extra.regelingen && extra.regelingen[id]) || { themas: [], meenemen: [], loketten: [] };
  const themeOf = (item) => item.thema || (extraInfo(item.regeling).themas || [])[0] || "";
  const folded = (item) => ("ingeklapt" in item ? item.ingeklapt : item.status === "nee");
  const amount = (item) => (item.bedrag && typeof item.bedrag.per_maand === "number" ? item.bedrag : null);

  /** The loketten of a result: the engine's list (already for the resident's gemeente) when
   * it gives one, else the regeling's, without another gemeente's. */
  function loketIds(item) {
    if (Array.isArray(item.loketten)) return item.loketten;
    const gemeente = answers.gemeente;
    return (extraInfo(item.regeling).loketten || []).filter((id) => {
      const l = extra.loketten && extra.loketten[id];
      return !l || !gemeente || l.gebied === "landelijk" || l.gebied === gemeente;
    });
  }

  function loketInfo(id) {
    const l = extra.loketten && extra.loketten[id];
    return l ? Object.assign({ id }, l) : null;
  }

  function loketLine(l) {
    const line = el("p", { class: "rk-loket" }, el("a", { href: new URL(l.url, location.href).href, text: l.naam }));
    if (l.telefoon) line.append(document.createTextNode(" · " + t("bel") + " "), telLink(l.telefoon));
    if (l.open) line.append(document.createTextNode(" · " + l.open));
    return line;
  }

  function reasonList(reasons) {
    const list = el("ul", { class: "rk-redenen" });
    for (const reason of reasons) {
      list.append(el("li", { class: "rk-reden rk-reden--" + reason.uitkomst },
        el("span", { class: "rk-uitkomst", text: t("uitkomst_" + reason.uitkomst) + " " }),
        document.createTextNode(reason.tekst)));
    }
    return list;
  }

  /** An amount as the money comes: per month, per quarter (with the monthly share) or once
   * a year; a range (an estimated income) per month. */
  function amountText(bedrag) {
    const rhythm = bedrag.uitbetaling, once = bedrag.per_keer;
    if (rhythm === "maand" && bedrag.bereik && typeof bedrag.bereik.min_per_maand === "number") {
      return fill(t("bereik"), { min: euro(bedrag.bereik.min_per_maand), max: euro(bedrag.bereik.max_per_maand) });
    }
    if (rhythm === "jaar") return fill(t("per_jaar"), { bedrag: euro(once) });
    if (rhythm === "kwartaal") return fill(t("per_kwartaal"), { bedrag: euro(once), maand: euro(bedrag.per_maand) });
    return fill(t("per_maand"), { bedrag: euro(bedrag.per_maand) });
  }

  function amountBlock(bedrag) {
    const block = el("div", { class: "rk-bedrag-blok", "data-uitbetaling": bedrag.uitbetaling });
    const text = amountText(bedrag);
    block.append(el("p", { class: "rk-bedrag-regel" }, el("strong", { text }), document.createTextNode(" " + t("schatting"))));
    const how = el("details", { class: "rk-berekening" }, el("summary", { text: t("zo_rekenen") }));
    const steps = el("ul");
    for (const sentence of bedrag.berekening || []) steps.append(el("li", { text: sentence }));
    how.append(steps);
    if (bedrag.proefberekening) how.append(el("p", {}, el("a", { href: bedrag.proefberekening, text: t("proef") })));
    block.append(how);
    return block;
  }

  function regelingCard(item, level) {
    const r = info(item.regeling);
    const card = el("section", { class: "rk-resultaat", "data-status": item.status, "aria-labelledby": "rk-r-" + item.regeling });
    card.append(el("h" + level, { id: "rk-r-" + item.regeling },
      r.url ? el("a", { href: new URL(r.url, siteRoot).href, text: r.naam }) : document.createTextNode(r.naam)));
    if (r.samenvatting) card.append(el("p", { text: r.samenvatting }));
    const bedrag = amount(item);
    if (bedrag && item.status !== "nee") card.append(amountBlock(bedrag));
    card.append(el("details", { class: "rk-waarom" }, el("summary", { text: t("waarom") }), reasonList(item.redenen || [])));
    if (item.status === "nee") return card;
    if (r.aanvraag_link) card.append(el("p", {}, el("a", { href: r.aanvraag_link, text: t("aanvragen") })));
    const lokets = extra.loketten ? loketIds(item).map(loketInfo).filter(Boolean)
      : (r.loketten || []).map((l) => ({ naam: l.naam, telefoon: l.telefoon, open: l.openingstijden, url: new URL(l.url, siteRoot).href }));
    for (const l of lokets) card.append(loketLine(l));
    return card;
  }

  /** "Eerst doen": the engine's list when it gives one, else the likely regeling with the
   * most money (or the first likely one) and the loket that helps with most results. */
  function firstSteps(result, shown) {
    if (Array.isArray(result.eerst_doen)) return result.eerst_doen;
    const steps = [];
    const likely = shown.filter((i) => i.status === "ja");
    if (likely.length) {
      const best = likely.slice().sort((a, b) => ((amount(b) || {}).per_maand || 0) - ((amount(a) || {}).per_maand || 0))[0];
      steps.push({ soort: "geld", regeling: best.regeling, tekst: t("eerst_aanvragen") });
    }
    const counts = {};
    for (const item of shown) for (const id of loketIds(item)) (counts[id] = counts[id] || []).push(item.regeling);
    const best = Object.keys(counts).sort((a, b) => counts[b].length - counts[a].length || (a < b ? -1 : 1))[0];
    if (best && loketInfo(best)) {
      steps.push({ soort: "loket", loket: best, regelingen: counts[best],
        tekst: fill(t("eerst_loket"), { n: counts[best].length }) });
    }
    return steps.slice(0, 3);
  }

  function firstStepItem(step) {
    const li = el("li", { class: "rk-eerst-stap", "data-soort": step.soort || "" }, el("span", { text: step.tekst + " " }));
    if (step.regeling) {
      const r = info(step.regeling);
      li.append(el("a", { href: r.url ? new URL(r.url, siteRoot).href : "#rk-r-" + step.regeling, text: r.naam }));
    }
    if (step.loket && loketInfo(step.loket)) {
      const l = loketInfo(step.loket);
      li.append(el("a", { href: new URL(l.url, location.href).href, text: l.naam }));
      if (l.telefoon) li.append(document.createTextNode(" · " + t("bel") + " "), telLink(l.telefoon));
    }
    return li;
  }

  function byTheme(items) {
    const groups = new Map();
    for (const item of items) {
      const key = themeOf(item);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(item);
    }
    return groups;
  }

  const ranked = (items) => items.slice().sort((a, b) => (a.rang || 0) - (b.rang || 0));

  function groupSection(status, title, items) {
    const section = el("section", { class: "rk-groep rk-groep--" + status }, el("h3", { text: title + " (" + items.length + ")" }));
    const groups = byTheme(ranked(items));
    if (groups.size <= 1) {
      for (const item of items) section.append(regelingCard(item, 4));
      return section;
    }
    for (const [key, list] of groups) {
      section.append(el("h4", { class: "rk-thema", text: (extra.themas && extra.themas[key]) || t("overig_thema") }));
      for (const item of list) section.append(regelingCard(item, 5));
    }
    return section;
  }

  function answerText(q, value) {
    if (value === null || value === undefined) return t("weet_niet");
    if (q.soort === "janee") return value ? t("ja") : t("nee");
    if (q.soort === "keuze") return (q.opties.find((o) => o.waarde === value) || { tekst: value }).tekst;
    if (q.soort === "lijst") return value.length ? value.map((v) => (q.opties.find((o) => o.waarde === v) || { tekst: v }).tekst).join(", ") : "–";
    if (q.soort === "leeftijden") return value.length ? value.join(", ") : t("geen_kinderen");
    if (q.soort === "getal" && /euro/.test(q.eenheid || "")) return String(value).replace(".", (data.format || {}).decimal || ",") + " (" + q.eenheid + ")";
    return String(value) + (q.eenheid ? " " + q.eenheid : "");
  }

  function answersList(withChange) {
    const list = el("dl", { class: "rk-overzicht" });
    for (const [id, value] of Object.entries(answers)) {
      const q = question(id);
      if (!q) continue;
      const row = el("div", { class: "rk-overzicht__rij" }, el("dt", { text: q.vraag }), el("dd", { text: answerText(q, value) }));
      if (withChange) {
        row.append(el("dd", { class: "rk-overzicht__actie" }, el("button", { type: "button", class: "md-button rk-wijzig",
          "data-vraag": id, onclick: () => change(id) }, document.createTextNode(t("wijzig")),
        el("span", { class: "md-visually-hidden rk-verborgen", text: ": " + q.vraag }))));
      }
      list.append(row);
    }
    return list;
  }

  function change(id) {
    const state = { rk: "vraag", vraag: id, nummer: Object.keys(answers).indexOf(id) + 1, ongeveer: Object.keys(answers).length };
    history.pushState(state, "");
    showQuestion(state);
  }

  function printView(result, steps, likely, maybe) {
    const view = el("div", { class: "rk-afdruk" });
    view.append(el("h2", { text: t("afdruk_titel") }),
      el("p", { text: fill(t("afdruk_datum"), { datum: new Date().toLocaleDateString(document.documentElement.lang || "nl") }) + " " + t("uitkomst_uitleg").replace("{datum}", data.peildatum_tekst) }),
      el("p", { text: fill(t("afdruk_site"), { adres: location.origin + location.pathname }) }));
    view.append(el("h3", { text: t("afdruk_antwoorden") }), answersList(false));
    if (steps.length) {
      const list = el("ol");
      for (const step of steps) list.append(firstStepItem(step));
      view.append(el("h3", { text: t("eerst_doen") }), list);
    }
    if (likely.length) {
      view.append(el("h3", { text: t("groep_ja") }));
      for (const item of ranked(likely)) {
        const r = info(item.regeling);
        const block = el("section", { class: "rk-afdruk__regeling" }, el("h4", { text: r.naam }));
        const bedrag = amount(item);
        if (bedrag) block.append(el("p", { text: amountText(bedrag) + " " + t("schatting") }));
        const bring = extraInfo(item.regeling).meenemen || [];
        if (bring.length) block.append(el("p", {}, el("strong", { text: t("meenemen") + ": " }), document.createTextNode(bring.join("; "))));
        for (const l of loketIds(item).map(loketInfo).filter(Boolean)) {
          const where = [l.naam, l.adres, l.telefoon, l.open].filter(Boolean).join(" · ");
          block.append(el("p", {}, el("strong", { text: t("waar") + ": " }), document.createTextNode(where)));
        }
        view.append(block);
      }
    }
    if (maybe.length) {
      view.append(el("h3", { text: t("afdruk_misschien") }),
        el("p", { text: ranked(maybe).map((i) => info(i.regeling).naam).join(" · ") }));
    }
    view.append(el("p", { class: "rk-privacy", text: t("privacy") }));
    return view;
  }

  async function showResults() {
    root.setAttribute("data-state", "working");
    let result;
    try {
      const msg = await call({ type: "evaluate", rules: data.rules, answers: known(),
        peildatum: data.peildatum, texts: data.texts, format: data.format });
      result = msg.result;
      if (result.fouten) throw new Error(result.fouten.join(" "));
    } catch (error) {
      console.warn("Routekaart: uitkomst mislukt:", error.message);
      showFailure();
      return;
    }
    timings.resultShown = performance.now();
    showIntro(false);
    const all = result.resultaten || [];
    const shown = all.filter((i) => !folded(i));
    const likely = shown.filter((i) => i.status === "ja");
    const maybe = shown.filter((i) => i.status !== "ja" && i.toetsbaar !== false);
    // help the engine can only match to the situation (no limits to test): folded, by theme
    const situational = shown.filter((i) => i.status !== "ja" && i.toetsbaar === false);
    const hidden = all.filter(folded);
    const steps = firstSteps(result, shown).slice(0, 3);

    const parts = [el("h2", { text: t("uitkomst") }),
      el("p", { text: t("uitkomst_uitleg").replace("{datum}", data.peildatum_tekst) })];
    parts.push(el("div", { class: "rk-knoppen rk-acties", role: "group", "aria-label": t("acties") },
      el("button", { type: "button", class: "md-button md-button--primary rk-print", text: t("printen"), onclick: () => window.print() }),
      el("button", { type: "button", class: "md-button rk-aanpassen", text: t("aanpassen"), onclick: () => {
        const target = document.getElementById("rk-antwoorden");
        target.scrollIntoView({ block: "start", behavior: "instant" });
        target.querySelector("h3").focus();
      } }),
      el("button", { type: "button", class: "md-button rk-wis", text: t("wissen"), onclick: clearAll })));
    // the total is what comes every month (a quarterly payment counts per month); a payment
    // once a year stays on its own card, so no one waits for a monthly share that never comes
    const total = likely.map(amount).filter((b) => b && b.uitbetaling !== "jaar").reduce((sum, b) => sum + b.per_maand, 0);
    if (total > 0) {
      parts.push(el("div", { class: "rk-samen" },
        el("p", { class: "rk-samen__bedrag", text: fill(t("samen"), { bedrag: euro(total) }) }),
        el("p", { class: "rk-samen__uitleg", text: t("samen_uitleg") })));
    }
    if (steps.length) {
      const list = el("ol", { class: "rk-eerst__lijst" });
      for (const step of steps) list.append(firstStepItem(step));
      parts.push(el("section", { class: "rk-eerst" }, el("h3", { text: t("eerst_doen") }), list));
    }
    if (likely.length) parts.push(groupSection("ja", t("groep_ja"), likely));
    if (maybe.length) parts.push(groupSection("misschien", t("groep_misschien"), maybe));
    if (situational.length) {
      const fold = el("details", { class: "rk-groep rk-groep--situatie" },
        el("summary", { text: fill(t("toon_situatie"), { n: situational.length }) }));
      for (const [key, list] of byTheme(ranked(situational))) {
        fold.append(el("h4", { class: "rk-thema", text: (extra.themas && extra.themas[key]) || t("overig_thema") }));
        for (const item of list) fold.append(regelingCard(item, 5));
      }
      parts.push(fold);
    }
    if (hidden.length) {
      const fold = el("details", { class: "rk-groep rk-groep--nee" },
        el("summary", { text: fill(t("toon_niet"), { n: hidden.length }) }));
      for (const item of ranked(hidden)) fold.append(regelingCard(item, 4));
      parts.push(fold);
    }
    const check = el("section", { id: "rk-antwoorden", class: "rk-antwoorden-lijst" },
      el("h3", { text: t("controleer"), tabindex: "-1" }), el("p", { text: t("controleer_uitleg") }), answersList(true));
    parts.push(check);
    parts.push(el("p", { class: "rk-privacy", text: t("privacy") }));
    parts.push(printView(result, steps, likely, maybe));
    screen(...parts);
    root.setAttribute("data-state", "results");
  }

  async function clearAll() {
    answers = {};
    root.setAttribute("data-state", "clearing");
    await advance(false);
    const note = el("p", { role: "status", class: "rk-gewist", text: t("gewist") });
    root.prepend(note);
  }

  fetch(root.dataset.data)
    .then((response) => response.json())
    .then((json) => {
      data = json;
      timings.dataLoaded = performance.now();
      if (engineFailed) showFailure();
      else if (engineReady) begin();
      else showLoading();
    })
    .catch(() => {
      root.replaceChildren(el("p", { role: "alert", text: root.dataset.failText || "" }));
    });
})();

/* Routekaart checker: one question per screen; the answers stay in this browser tab.
 * The engine runs in a Web Worker (worker.js) that starts loading when the page opens.
 * All text is set with textContent: nothing from the data is ever parsed as HTML. */
(function () {
  "use strict";
  const root = document.getElementById("rk-checker");
  if (!root) return;
  const timings = (window.__rkTimings = { start: performance.now() });
  const siteRoot = new URL(root.dataset.root, location.href);
  const abs = (rel) => new URL(rel, siteRoot).href;
  const worker = new Worker(abs(root.dataset.worker), { type: "module" });
  worker.postMessage({ type: "start", pyodide: abs(root.dataset.pyodide), wheel: abs(root.dataset.wheel) });

  let data = null;
  let engineReady = false;
  let engineFailed = false;
  let answers = {};
  let asked = [];
  let waitingForResult = false;
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
    if (msg.type === "ready") {
      engineReady = true;
      timings.engineReady = performance.now();
      if (waitingForResult) showResults();
      return;
    }
    if (msg.type === "error" && msg.id === undefined) {
      engineFailed = true;
      console.error("Routekaart: de check kon niet laden:", msg.message);
      if (waitingForResult) showFailure();
      return;
    }
    const waiter = pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id);
    if (msg.type === "error") waiter.reject(new Error(msg.message));
    else waiter.resolve(msg);
  };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  const t = (key) => (data && data.ui[key]) || key;

  // Residents may type Arabic-Indic or Persian digits and the Arabic comma.
  function toLatin(text) {
    return String(text)
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .replace(/[\u060c\u066b]/g, (c) => (c === "\u066b" ? "." : ","));
  }

  function screen(...children) {
    root.replaceChildren(...children);
    const heading = root.querySelector("h2, legend");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  }

  function applies(question) {
    const cond = question.alleen_als;
    if (!cond) return true;
    const value = answers[cond.vraag];
    if ("is" in cond) return value === cond.is;
    if ("bevat" in cond) return Array.isArray(value) && value.includes(cond.bevat);
    return true;
  }

  function fallbackNext() {
    for (const q of data.questions) if (!asked.includes(q.id) && applies(q)) return q.id;
    return null;
  }

  async function chooseNext() {
    if (engineReady) {
      try {
        const known = {};
        for (const [k, v] of Object.entries(answers)) if (v !== null) known[k] = v;
        const msg = await call({ type: "next", rules: data.rules, answers: known, asked,
          peildatum: data.peildatum, order: data.questions.filter(applies).map((q) => q.id) });
        return msg.next;
      } catch (error) { /* fall back to the fixed order */ }
    }
    return fallbackNext();
  }

  function answer(question, value) {
    answers[question.id] = value;
    if (!asked.includes(question.id)) asked.push(question.id);
    advance();
  }

  async function advance() {
    const next = await chooseNext();
    if (next) showQuestion(data.questions.find((q) => q.id === next));
    else {
      timings.lastAnswer = performance.now();
      waitingForResult = true;
      if (engineReady) showResults();
      else if (engineFailed) showFailure();
      else screen(el("h2", { text: t("wachten") }), el("p", { role: "status", text: t("wachten_uitleg") }));
    }
  }

  function back() {
    const last = asked.pop();
    if (last === undefined) return;
    delete answers[last];
    showQuestion(data.questions.find((q) => q.id === last));
  }

  function numberInput(question, min, step) {
    const id = "rk-in-" + question.id;
    const input = el("input", { id, name: question.id, type: "text", inputmode: "decimal",
      required: "required", autocomplete: "off", "data-min": String(min), "data-step": step });
    const label = el("label", { for: id, text: question.eenheid || question.vraag });
    return { input, parts: [label, input] };
  }

  function showQuestion(question) {
    const legend = el("legend", { text: question.vraag });
    const fieldset = el("fieldset", {}, legend);
    if (question.uitleg) fieldset.append(el("p", { class: "rk-uitleg", text: question.uitleg }));
    const form = el("form", { class: "rk-vraag", novalidate: "novalidate", "data-vraag": question.id }, fieldset);
    const buttons = el("div", { class: "rk-knoppen" });
    const error = el("p", { class: "rk-fout", role: "alert" });
    if (question.soort === "keuze" || question.soort === "janee") {
      const options = question.soort === "janee"
        ? [{ waarde: true, tekst: t("ja") }, { waarde: false, tekst: t("nee") }]
        : question.opties;
      for (const option of options) {
        fieldset.append(el("button", { type: "button", class: "md-button rk-optie",
          text: option.tekst, onclick: () => answer(question, option.waarde) }));
      }
    } else if (question.soort === "lijst") {
      for (const option of question.opties) {
        const id = "rk-" + question.id + "-" + option.waarde;
        fieldset.append(el("div", { class: "rk-vink" },
          el("input", { type: "checkbox", id, value: option.waarde }),
          el("label", { for: id, text: option.tekst })));
      }
      buttons.append(el("button", { type: "submit", class: "md-button md-button--primary", text: t("volgende") }));
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        answer(question, [...form.querySelectorAll("input:checked")].map((i) => i.value));
      });
    } else if (question.soort === "leeftijden") {
      const id = "rk-in-" + question.id;
      const input = el("input", { id, type: "text", inputmode: "numeric", autocomplete: "off" });
      fieldset.append(el("label", { for: id, text: t("leeftijden_label") }), input);
      fieldset.append(el("button", { type: "button", class: "md-button rk-optie",
        text: t("geen_kinderen"), onclick: () => answer(question, []) }));
      buttons.append(el("button", { type: "submit", class: "md-button md-button--primary", text: t("volgende") }));
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        const parts = toLatin(input.value).split(/[\s,;]+/).filter(Boolean);
        const ages = parts.map(Number);
        if (!parts.length || ages.some((a) => !Number.isInteger(a) || a < 0 || a > 30)) {
          error.textContent = t("fout_leeftijden");
          input.focus();
          return;
        }
        answer(question, ages);
      });
    } else {
      const whole = question.soort === "geheel";
      const { input, parts } = numberInput(question, 0, whole ? "1" : "0.01");
      fieldset.append(...parts);
      buttons.append(el("button", { type: "submit", class: "md-button md-button--primary", text: t("volgende") }));
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        const raw = toLatin(input.value).trim().replace(/\s/g, "");
        // "1.234,56" (Dutch) and "1,234.56" both mean 1234.56; a lone comma is a decimal comma.
        const normal = /,\d{1,2}$/.test(raw) ? raw.replace(/\./g, "").replace(",", ".")
          : /^\d{1,3}(\.\d{3})+$/.test(raw) ? raw.replace(/\./g, "")
          : raw.replace(/,/g, "");
        const value = Number(normal);
        const max = data.maxima[question.id];
        if (input.value === "" || !Number.isFinite(value) || value < 0 || value > max ||
            (whole && !Number.isInteger(value))) {
          error.textContent = t("fout_getal");
          input.focus();
          return;
        }
        answer(question, value);
      });
    }
    fieldset.append(error);
    buttons.append(el("button", { type: "button", class: "md-button rk-weetniet",
      text: t("weet_niet"), onclick: () => answer(question, null) }));
    if (asked.length) buttons.append(el("button", { type: "button", class: "md-button rk-terug",
      text: t("terug"), onclick: back }));
    form.append(buttons);
    const progress = el("p", { class: "rk-voortgang", text: t("vraag_nummer").replace("{n}", String(asked.length + 1)) });
    screen(progress, form);
  }

  function showFailure() {
    screen(el("h2", { text: t("fout_motor") }), el("p", { text: t("fout_motor_uitleg") }));
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

  function regelingCard(item) {
    const info = data.regelingen[item.regeling];
    const card = el("section", { class: "rk-resultaat", "aria-labelledby": "rk-r-" + item.regeling });
    card.append(el("h4", { id: "rk-r-" + item.regeling },
      el("a", { href: new URL(info.url, siteRoot).href, text: info.naam })));
    card.append(el("p", { text: info.samenvatting }));
    card.append(reasonList(item.redenen));
    if (info.aanvraag_link) {
      card.append(el("p", {}, el("a", { href: info.aanvraag_link, text: t("aanvragen") })));
    }
    for (const loket of info.loketten) {
      const line = el("p", { class: "rk-loket" },
        el("a", { href: new URL(loket.url, siteRoot).href, text: loket.naam }));
      if (loket.telefoon) {
        line.append(document.createTextNode(" · " + t("bel") + " "),
          el("a", { href: "tel:" + loket.telefoon.replace(/[^0-9+]/g, ""), class: "rk-ltr", text: loket.telefoon }));
      }
      if (loket.openingstijden) line.append(document.createTextNode(" · " + loket.openingstijden));
      card.append(line);
    }
    return card;
  }

  async function showResults() {
    waitingForResult = false;
    let result;
    try {
      const known = {};
      for (const [k, v] of Object.entries(answers)) if (v !== null) known[k] = v;
      const msg = await call({ type: "evaluate", rules: data.rules, answers: known,
        peildatum: data.peildatum, texts: data.texts, format: data.format });
      result = msg.result;
    } catch (error) {
      showFailure();
      return;
    }
    timings.resultShown = performance.now();
    const groups = [["ja", t("groep_ja")], ["misschien", t("groep_misschien")], ["nee", t("groep_nee")]];
    const parts = [el("h2", { text: t("uitkomst") }),
      el("p", { text: t("uitkomst_uitleg").replace("{datum}", data.peildatum_tekst) })];
    for (const [status, title] of groups) {
      const items = result.resultaten.filter((r) => r.status === status);
      if (!items.length) continue;
      const section = el("section", { class: "rk-groep rk-groep--" + status }, el("h3", { text: title + " (" + items.length + ")" }));
      for (const item of items) section.append(regelingCard(item));
      parts.push(section);
    }
    parts.push(el("div", { class: "rk-knoppen" },
      el("button", { type: "button", class: "md-button md-button--primary", text: t("printen"), onclick: () => window.print() }),
      el("button", { type: "button", class: "md-button rk-wis", text: t("wissen"), onclick: clearAll })));
    parts.push(el("p", { class: "rk-privacy", text: t("privacy") }));
    screen(...parts);
    root.setAttribute("data-state", "results");
  }

  async function clearAll() {
    answers = {};
    asked = [];
    root.removeAttribute("data-state");
    await advance();
    const note = el("p", { role: "status", class: "rk-gewist", text: t("gewist") });
    root.prepend(note);
  }

  fetch(root.dataset.data)
    .then((response) => response.json())
    .then((json) => {
      data = json;
      timings.dataLoaded = performance.now();
      advance();
    })
    .catch(() => {
      root.replaceChildren(el("p", { role: "alert", text: root.dataset.failText || "" }));
    });
})();

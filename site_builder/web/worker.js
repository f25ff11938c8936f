/* Routekaart: runs the eligibility engine (Python in Pyodide) off the main thread.
 * Loading starts as soon as the page opens, so it overlaps with answering; each loading step
 * is posted as {type: "progress", stap, van} so the page can show how far it is.
 * Nothing leaves the browser: the only requests are for Pyodide and the engine wheel,
 * both from this site. Never call loadPackage: it would fall back to a CDN. */
let engine = null;
const STEPS = 4;

function progress(stap) {
  postMessage({ type: "progress", stap, van: STEPS });
}

function start(config) {
  engine = (async () => {
    const t0 = performance.now();
    progress(0);
    const { loadPyodide } = await import(config.pyodide + "pyodide.mjs");
    progress(1);
    const wheel = fetch(config.wheel);          // in parallel with starting Python
    const pyodide = await loadPyodide({ indexURL: config.pyodide, packages: [] });
    progress(2);
    const response = await wheel;
    if (!response.ok) throw new Error("engine wheel: HTTP " + response.status);
    pyodide.unpackArchive(new Uint8Array(await response.arrayBuffer()), "wheel");
    progress(3);
    const core = pyodide.pyimport("site_builder.engine.core");
    const questions = pyodide.pyimport("site_builder.engine.questions");
    const answers = pyodide.pyimport("site_builder.engine.answers");
    progress(4);
    return { core, questions, answers, loadMs: performance.now() - t0 };
  })();
  engine.then(
    (e) => postMessage({ type: "ready", loadMs: e.loadMs }),
    (error) => postMessage({ type: "error", message: String(error) }));
}

/** {vraag, nummer, ongeveer}: the engine's own count when it has one (next_step_json);
 * otherwise the next question, with as estimate the questions it would still ask if every
 * remaining answer were "Ik weet het niet". */
function nextStep(e, msg) {
  const args = [JSON.stringify(msg.rules), JSON.stringify(msg.answers)];
  if (e.questions.next_step_json) {
    return JSON.parse(e.questions.next_step_json(...args, JSON.stringify(msg.asked), msg.peildatum,
      JSON.stringify(msg.order)));
  }
  const ask = (asked) => JSON.parse(e.questions.next_question_json(...args, JSON.stringify(asked),
    msg.peildatum, JSON.stringify(msg.order)));
  const vraag = ask(msg.asked);
  const done = new Set(msg.asked).size;
  if (!vraag) return { vraag: null, nummer: done, ongeveer: done };
  const asked = msg.asked.concat([vraag]);
  for (let next = ask(asked); next && asked.length < 60; next = ask(asked)) asked.push(next);
  return { vraag, nummer: done + 1, ongeveer: new Set(asked).size };
}

onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === "start") { start(msg); return; }
  try {
    const e = await engine;
    const t0 = performance.now();
    if (msg.type === "evaluate") {
      const out = e.core.evaluate_json(JSON.stringify(msg.rules), JSON.stringify(msg.answers),
        msg.peildatum, JSON.stringify(msg.texts), JSON.stringify(msg.format));
      postMessage({ type: "result", id: msg.id, result: JSON.parse(out), ms: performance.now() - t0 });
    } else if (msg.type === "next") {
      postMessage({ type: "next", id: msg.id, step: nextStep(e, msg) });
    } else if (msg.type === "parse") {
      // The engine's tolerant reader of typed answers (engine/answers.py), when it has one:
      // parse_answer_json(question id, text) -> '{"waarde": …}' or '{"fout": …}'.
      const parsed = e.answers.parse_answer_json
        ? JSON.parse(e.answers.parse_answer_json(msg.vraag, msg.tekst)) : null;
      postMessage({ type: "parsed", id: msg.id, parsed });
    }
  } catch (error) {
    postMessage({ type: "error", id: msg.id, message: String(error) });
  }
};

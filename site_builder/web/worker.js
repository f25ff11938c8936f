/* Routekaart: runs the eligibility engine (Python in Pyodide) off the main thread.
 * Loading starts as soon as the page opens, so it overlaps with answering.
 * Nothing leaves the browser: the only requests are for Pyodide and the engine wheel,
 * both from this site. Never call loadPackage: it would fall back to a CDN. */
let engine = null;

function start(config) {
  engine = (async () => {
    const t0 = performance.now();
    const { loadPyodide } = await import(config.pyodide + "pyodide.mjs");
    const pyodide = await loadPyodide({ indexURL: config.pyodide, packages: [] });
    const response = await fetch(config.wheel);
    if (!response.ok) throw new Error("engine wheel: HTTP " + response.status);
    pyodide.unpackArchive(new Uint8Array(await response.arrayBuffer()), "wheel");
    const core = pyodide.pyimport("site_builder.engine.core");
    const questions = pyodide.pyimport("site_builder.engine.questions");
    return { core, questions, loadMs: performance.now() - t0 };
  })();
  engine.then(
    (e) => postMessage({ type: "ready", loadMs: e.loadMs }),
    (error) => postMessage({ type: "error", message: String(error) }));
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
      const out = e.questions.next_question_json(JSON.stringify(msg.rules),
        JSON.stringify(msg.answers), JSON.stringify(msg.asked), msg.peildatum,
        JSON.stringify(msg.order));
      postMessage({ type: "next", id: msg.id, next: JSON.parse(out) });
    }
  } catch (error) {
    postMessage({ type: "error", id: msg.id, message: String(error) });
  }
};

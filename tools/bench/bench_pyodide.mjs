// Times the engine inside real Pyodide (Node): all regelingen per answer set.
// Usage: node tools/bench/bench_pyodide.mjs <wheel> <input.json>
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const { loadPyodide } = require("pyodide");
const [wheelPath, inputPath] = process.argv.slice(2);
const pyodide = await loadPyodide({ indexURL: path.dirname(require.resolve("pyodide")) + "/" });
pyodide.unpackArchive(new Uint8Array(readFileSync(wheelPath)), "wheel");
const core = pyodide.pyimport("site_builder.engine.core");
const input = JSON.parse(readFileSync(inputPath, "utf8"));
const rules = JSON.stringify(input.rules), texts = JSON.stringify(input.texts);
const format = JSON.stringify(input.format);
const times = [];
for (let r = 0; r < input.rounds; r++) {
  for (const c of input.cases) {
    const t0 = performance.now();
    core.evaluate_json(rules, JSON.stringify(c.antwoorden), c.peildatum, texts, format);
    times.push(performance.now() - t0);
  }
}
times.sort((a, b) => a - b);
const version = pyodide.runPython("import sys; sys.version.split()[0]");
process.stdout.write(JSON.stringify({ python: version, runs: times.length,
  median_ms: times[Math.floor(times.length / 2)], p95_ms: times[Math.floor(times.length * 0.95)] }));

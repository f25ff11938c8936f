// Runs the engine wheel inside real Pyodide (Node) on a batch of cases and prints the
// results as JSON, so the tests can compare them with CPython byte for byte.
// Usage: node tests/pyodide_runner.mjs <wheel> <input.json>
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { loadPyodide } = require("pyodide");
const [wheelPath, inputPath] = process.argv.slice(2);
// Any attempt to reach the network is a failure: everything must be local.
globalThis.fetch = async (url) => { throw new Error("network access attempted: " + url); };

const pyodide = await loadPyodide({ indexURL: path.dirname(require.resolve("pyodide")) + "/" });
pyodide.unpackArchive(new Uint8Array(readFileSync(wheelPath)), "wheel");
const core = pyodide.pyimport("site_builder.engine.core");
const input = JSON.parse(readFileSync(inputPath, "utf8"));
const out = input.cases.map((c) => JSON.parse(core.evaluate_json(
  JSON.stringify(input.rules), JSON.stringify(c.antwoorden), c.peildatum,
  JSON.stringify(input.texts), JSON.stringify(input.format))));
const version = pyodide.runPython("import sys; sys.version.split()[0]");
process.stdout.write(JSON.stringify({ python: version, results: out }));

import express from "express";
import vm from "node:vm";
import * as nodeVm from "vm";
import { Script, runInNewContext as runSandboxed } from "node:vm";
import { readFileSync } from "node:fs";

const { runInContext } = require("vm");
const app = express();
app.use(express.json());

app.post("/sandbox", (req, res) => {
  // ruleid: js-vm-run-non-literal
  const output = vm.runInNewContext(req.body.code, { input: req.body.input }, { timeout: 50 });
  res.json({ output });
});

app.post("/template", (req, res) => {
  const source = "`" + req.body.template + "`";
  // ruleid: js-vm-run-non-literal
  const script = new nodeVm.Script(source);
  res.send(script.runInNewContext({ user: req.body.user }));
});

export function evaluateRule(expression: string, facts: Record<string, unknown>) {
  // ruleid: js-vm-run-non-literal
  return runSandboxed(`(${expression})`, { ...facts });
}

export function loadPlugin(file: string, context: object) {
  const code = readFileSync(file, "utf8");
  // ruleid: js-vm-run-non-literal
  return runInContext(code, vm.createContext(context));
}

export function compileHandler(body: string) {
  // ruleid: js-vm-run-non-literal
  return new Script(`(function handler(event) { ${body} })`);
}

export function constantScript() {
  // ok: js-vm-run-non-literal
  const script = new vm.Script("globalThis.counter = (globalThis.counter || 0) + 1");
  const context = vm.createContext({});
  // ok: js-vm-run-non-literal
  script.runInContext(context);
  // ok: js-vm-run-non-literal
  return vm.runInNewContext("a + b", { a: 1, b: 2 });
}

export function vueLike(vm: { $emit(event: string): void }, eventName: string) {
  // ok: js-vm-run-non-literal
  vm.$emit(eventName);
}

const AGGREGATE = "values.reduce((sum, v) => sum + v, 0)";

export function aggregate(values: number[]) {
  // ok: js-vm-run-non-literal
  return nodeVm.runInNewContext(AGGREGATE, { values });
}

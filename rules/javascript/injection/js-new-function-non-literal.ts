import express from "express";

const app = express();
app.use(express.json());

type Order = { total: number; items: number };
const orders: Order[] = [];

app.post("/rules/test", (req, res) => {
  // ruleid: js-new-function-non-literal
  const predicate = new Function("order", `return ${req.body.condition};`) as (o: Order) => boolean;
  res.json({ matches: orders.filter(predicate) });
});

export function compileTemplate(template: string) {
  const body = "with (data) { return `" + template + "`; }";
  // ruleid: js-new-function-non-literal
  return Function("data", body);
}

export function compileFormula(params: string[], expression: string) {
  // ruleid: js-new-function-non-literal
  return new Function(...params, "return " + expression);
}

const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;

export async function runPlugin(source: string) {
  // ruleid: js-new-function-non-literal
  const plugin = new AsyncFunction("require", source);
  return plugin(require);
}

export function makeAdder() {
  // ok: js-new-function-non-literal
  return new Function("a", "b", "return a + b");
}

export function getGlobal() {
  // ok: js-new-function-non-literal
  return Function("return this")();
}

export function withDefaults(defaults: Record<string, unknown>) {
  // ok: js-new-function-non-literal
  return new Function("return " + JSON.stringify(defaults) + ";");
}

const OPERATORS = { gt: (a: number, b: number) => a > b, lt: (a: number, b: number) => a < b };

export function safePredicate(op: keyof typeof OPERATORS, field: keyof Order, value: number) {
  const compare = OPERATORS[op];
  // ok: js-new-function-non-literal
  return (order: Order) => compare(order[field], value);
}

export function isFunction(value: unknown): value is Function {
  // ok: js-new-function-non-literal
  return value instanceof Function || typeof value === "function";
}

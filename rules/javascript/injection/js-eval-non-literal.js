const express = require("express");

const app = express();
app.use(express.json());

app.post("/calc", (req, res) => {
  // ruleid: js-eval-non-literal
  const result = eval(req.body.expression);
  res.json({ result });
});

app.get("/legacy-config", async (req, res) => {
  const text = await fetch(req.query.url).then((r) => r.text());
  // ruleid: js-eval-non-literal
  const config = eval("(" + text + ")");
  res.json(config);
});

function callHandler(name, arg) {
  const source = `handlers.${name}(${arg})`;
  // ruleid: js-eval-non-literal
  return window.eval(source);
}

function runIndirect(snippet) {
  // ruleid: js-eval-non-literal
  return (0, eval)(snippet);
}

function scheduleRefresh(widgetId) {
  // ruleid: js-eval-non-literal
  setTimeout("refresh('" + widgetId + "')", 1000);
  // ruleid: js-eval-non-literal
  window.setInterval(`poll(${widgetId})`, 5000);
}

function scheduleRefreshSafe(widgetId, refresh, poll) {
  // ok: js-eval-non-literal
  setTimeout(() => refresh(widgetId), 1000);
  // ok: js-eval-non-literal
  setInterval(poll, 5000);
  // ok: js-eval-non-literal
  setTimeout("location.reload()", 60000);
}

app.post("/calc-safe", (req, res) => {
  // ok: js-eval-non-literal
  const result = JSON.parse(req.body.payload);
  // ok: js-eval-non-literal
  const constant = eval("2 + 2");
  res.json({ result, constant });
});

function embedValue(value) {
  // ok: js-eval-non-literal
  return eval("(" + JSON.stringify(value) + ")");
}

async function luaScript(redis, key, script) {
  // ok: js-eval-non-literal
  await redis.eval(script, 1, key);
  // ok: js-eval-non-literal
  return redis.eval("return redis.call('GET', KEYS[1])", 1, key);
}

module.exports = { callHandler, runIndirect, scheduleRefresh, scheduleRefreshSafe, embedValue, luaScript };

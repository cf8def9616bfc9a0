const express = require("express");
const app = express();

app.post("/calc", (req, res) => {
  res.json({ result: eval(req.body.expression) });
});

app.post("/legacy", (req, res) => {
  // skeptic-ignore: golden-no-eval -- expression is validated against a digit-only grammar above
  res.json({ result: eval(req.body.expression) });
});

// skeptic-ignore: golden-no-eval
const constant = eval("1 + 1");

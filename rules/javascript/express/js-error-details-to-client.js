"use strict";

const fastify = require("fastify")({ logger: true });
const Koa = require("koa");
const mysql = require("mysql2");
const express = require("express");

const db = mysql.createPool({ host: "db", user: "app", database: "shop" });
const router = express.Router();

// Node-style callback: the error is the first parameter.
router.get("/products", (req, res) => {
  db.query("SELECT id, name FROM products", (err, rows) => {
    if (err) {
      // ruleid: js-error-details-to-client
      return res.status(500).json({ error: err.sqlMessage });
    }
    res.json(rows);
  });
});

// Express error middleware written as a function declaration.
function errorHandler(err, req, res, next) {
  // ruleid: js-error-details-to-client
  res.status(err.status || 500).send("Something broke: " + err.message);
}
router.use(errorHandler);

// Fastify
fastify.setErrorHandler(function (error, request, reply) {
  request.log.error(error);
  // ruleid: js-error-details-to-client
  reply.status(500).send(error);
});

// Koa
const koa = new Koa();
koa.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    // ruleid: js-error-details-to-client
    ctx.body = { message: err.message };
  }
});

// AWS Lambda
exports.handler = async (event) => {
  try {
    return { statusCode: 200, body: JSON.stringify(await handle(event)) };
  } catch (error) {
    // ruleid: js-error-details-to-client
    return { statusCode: 500, body: JSON.stringify({ error: error.stack }) };
  }
};

// ---- safe look-alikes ----

router.get("/categories", (req, res) => {
  db.query("SELECT id, name FROM categories", (err, rows) => {
    if (err) {
      // ok: js-error-details-to-client
      console.error("categories query failed:", err.message);
      // ok: js-error-details-to-client
      return res.status(500).json({ error: "Could not load categories" });
    }
    res.json(rows);
  });
});

// Koa with http-errors: only errors marked `expose` (4xx) are shown.
koa.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    // ok: js-error-details-to-client
    ctx.body = { message: err.expose ? err.message : "Internal Server Error" };
    ctx.app.emit("error", err, ctx);
  }
});

// Mongoose validation errors are about the user's input.
router.post("/users", async (req, res) => {
  try {
    res.status(201).json(await createUser(req.body));
  } catch (err) {
    if (err.name === "ValidationError") {
      // ok: js-error-details-to-client
      return res.status(400).json({ error: err.message });
    }
    // ok: js-error-details-to-client
    res.status(500).json({ error: "Could not create user" });
  }
});

fastify.setErrorHandler(function (error, request, reply) {
  request.log.error(error);
  // ok: js-error-details-to-client
  reply.status(500).send({ error: "Internal Server Error" });
});

async function handle(event) {
  return { ok: true, path: event.path };
}

async function createUser(body) {
  return { id: 1, ...body };
}

module.exports = { router, koa, fastify };

// Development / production split (the `sendErrorDev` pattern): only the production path counts.
const sendErrorDev = (err, res) => {
  // ok: js-error-details-to-client
  res.status(err.statusCode).json({ status: err.status, error: err, message: err.message, stack: err.stack });
};

const sendErrorProd = (err, res) => {
  if (err.isOperational) {
    // ok: js-error-details-to-client
    res.status(err.statusCode).json({ status: err.status, message: err.message });
  } else {
    // ruleid: js-error-details-to-client
    res.status(500).json({ status: "error", message: "Something went wrong", detail: err.message });
  }
};

module.exports.sendError = (err, req, res, next) => {
  if (process.env.NODE_ENV === "development") sendErrorDev(err, res);
  else sendErrorProd(err, res);
};

const express = require("express");
const cors = require("cors");
const Koa = require("koa");
const koaCors = require("@koa/cors");
const { Hono } = require("hono");
const { cors: honoCors } = require("hono/cors");
const { Server } = require("socket.io");

const app = express();
const allowedOrigins = ["https://shop.example.com", "http://localhost:5173"];

const corsOptions = {
  // ruleid: js-cors-credentials-any-origin
  origin: function (origin, callback) {
    if (!origin || allowedOrigins.indexOf(origin) !== -1) {
      callback(null, true);
    } else {
      // TODO: tighten before launch
      callback(null, true);
    }
  },
  credentials: true,
};
app.use(cors(corsOptions));

app.use(
  cors({
    // ruleid: js-cors-credentials-any-origin
    origin: (origin, callback) => {
      if (!origin || allowedOrigins.includes(origin)) return callback(null, true);
      return callback(null, true);
    },
    credentials: true,
  }),
);

app.use(
  cors({
    // ok: js-cors-credentials-any-origin
    origin: (origin, callback) => {
      if (!origin) return callback(null, true);
      if (allowedOrigins.includes(origin)) return callback(null, true);
      callback(new Error(`Origin ${origin} is not allowed by CORS`));
    },
    credentials: true,
  }),
);

app.use(
  cors({
    // ok: js-cors-credentials-any-origin
    origin(origin, cb) {
      if (!origin || allowedOrigins.includes(origin)) cb(null, true);
      else cb(null, false);
    },
    credentials: true,
  }),
);

// Koa: with credentials on, @koa/cors echoes the caller's Origin by default.
const koa = new Koa();
// ruleid: js-cors-credentials-any-origin
koa.use(koaCors({ credentials: true }));
// ruleid: js-cors-credentials-any-origin
koa.use(koaCors({ origin: (ctx) => ctx.get("Origin"), credentials: true }));
// ok: js-cors-credentials-any-origin
koa.use(koaCors({ origin: "https://shop.example.com", credentials: true }));
koa.use(async (ctx, next) => {
  // ruleid: js-cors-credentials-any-origin
  ctx.set("Access-Control-Allow-Origin", ctx.request.header.origin);
  ctx.set("Access-Control-Allow-Credentials", "true");
  await next();
});

// Hono
const hono = new Hono();
// ruleid: js-cors-credentials-any-origin
hono.use("*", honoCors({ origin: (origin) => origin, credentials: true }));
// ok: js-cors-credentials-any-origin
hono.use("*", honoCors({ origin: (origin) => (origin.endsWith(".example.com") ? origin : null), credentials: true }));

// socket.io
const io = new Server(3001, {
  cors: {
    // ruleid: js-cors-credentials-any-origin
    origin: (origin, callback) => {
      // allow everyone for now
      callback(null, true);
    },
    credentials: true,
  },
});
io.on("connection", () => undefined);

// Raw Node http server
require("http")
  .createServer((req, res) => {
    const origin = req.headers.origin;
    if (!allowedOrigins.includes(origin)) {
      res.writeHead(403);
      return res.end();
    }
    // ok: js-cors-credentials-any-origin
    res.writeHead(200, { "Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true", Vary: "Origin" });
    res.end("{}");
  })
  .listen(3002);

module.exports = { app, koa, hono };

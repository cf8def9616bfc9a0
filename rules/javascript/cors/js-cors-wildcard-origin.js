const Koa = require("koa");
const cors = require("@koa/cors");
const { Hono } = require("hono");
const { cors: honoCors } = require("hono/cors");

const koa = new Koa();
// ruleid: js-cors-wildcard-origin
koa.use(cors());
// ok: js-cors-wildcard-origin
koa.use(cors({ origin: "https://shop.example.com" }));
koa.use(async (ctx, next) => {
  // ruleid: js-cors-wildcard-origin
  ctx.set("Access-Control-Allow-Origin", "*");
  await next();
});

const hono = new Hono();
// ruleid: js-cors-wildcard-origin
hono.use("/api/*", honoCors());
// ok: js-cors-wildcard-origin
hono.use("/api/*", honoCors({ origin: ["https://app.example.com"] }));

const express = require("express");
const api = express();
// ruleid: js-cors-wildcard-origin
api.use(require("cors")());

// Serverless handler
exports.handler = async function handler(event) {
  return {
    statusCode: 200,
    headers: {
      // ruleid: js-cors-wildcard-origin
      "Access-Control-Allow-Origin": "*",
    },
    body: JSON.stringify({ ok: true, path: event.path }),
  };
};

exports.privateHandler = async function privateHandler() {
  return {
    statusCode: 200,
    headers: {
      // ok: js-cors-wildcard-origin
      "Access-Control-Allow-Origin": process.env.APP_ORIGIN,
    },
    body: "{}",
  };
};

// next.config.js
module.exports = {
  async headers() {
    return [
      {
        source: "/api/:path*",
        headers: [
          // ruleid: js-cors-wildcard-origin
          { key: "Access-Control-Allow-Origin", value: "*" },
          // ok: js-cors-wildcard-origin
          { key: "Access-Control-Allow-Methods", value: "GET,POST" },
        ],
      },
      {
        source: "/embed/:path*",
        headers: [
          // ok: js-cors-wildcard-origin
          { key: "Access-Control-Allow-Origin", value: "https://partner.example.com" },
        ],
      },
    ];
  },
};

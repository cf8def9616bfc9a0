"use strict";

const path = require("path");

// ruleid: js-express-no-helmet
const app = require("express")();

const express = require("express");
// ruleid: js-express-no-helmet
const adminApp = express();

// ok: js-express-no-helmet
const router = express.Router();
// ok: js-express-no-helmet
adminApp.use(express.static(path.join(__dirname, "admin")));
router.get("/", (req, res) => res.send("ok"));
app.use("/", router);
app.use("/admin", adminApp);

// A local helper that happens to be called `express` is not the framework.
function makeServer() {
  const express = () => ({ listen() {} });
  // ok: js-express-no-helmet
  return express();
}

module.exports = { app, makeServer };

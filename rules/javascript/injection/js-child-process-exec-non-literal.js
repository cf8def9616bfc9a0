const express = require("express");
const cp = require("child_process");
const { exec, execSync, execFile, spawn } = require("node:child_process");
const util = require("util");
const shell = require("shelljs");
const path = require("path");

const execAsync = util.promisify(require("child_process").exec);
const app = express();
app.use(express.json());

app.post("/convert", (req, res) => {
  // ruleid: js-child-process-exec-non-literal
  exec(`convert uploads/${req.body.file} -resize 200x200 thumbs/${req.body.file}`, (err) => {
    res.sendStatus(err ? 500 : 204);
  });
});

app.post("/convert-safe", (req, res) => {
  const file = path.basename(String(req.body.file));
  // ok: js-child-process-exec-non-literal
  execFile("convert", ["--", `uploads/${file}`, "-resize", "200x200", `thumbs/${file}`], (err) => {
    res.sendStatus(err ? 500 : 204);
  });
});

app.get("/ping", (req, res) => {
  const host = req.query.host;
  // ruleid: js-child-process-exec-non-literal
  const out = cp.execSync("ping -c 1 " + host).toString();
  res.send(out);
});

app.get("/log", async (req, res) => {
  // ruleid: js-child-process-exec-non-literal
  const { stdout } = await execAsync(`git log --oneline -n ${req.query.count} ${req.query.branch}`);
  res.send(stdout);
});

app.get("/log-safe", (req, res) => {
  // ok: js-child-process-exec-non-literal
  execFile("git", ["log", "--oneline", "--", String(req.query.path)], (err, stdout) => res.send(stdout));
});

function archive(dir) {
  // ruleid: js-child-process-exec-non-literal
  shell.exec(`tar czf backup.tgz ${dir}`);
  // ruleid: js-child-process-exec-non-literal
  return require("child_process").execSync("du -sh " + dir);
}

function runScript(scriptName) {
  // ruleid: js-child-process-exec-non-literal
  return spawn("sh", ["-c", `npm run ${scriptName}`], { stdio: "inherit" });
}

function version() {
  // ok: js-child-process-exec-non-literal
  const sha = execSync("git rev-parse HEAD").toString().trim();
  // ok: js-child-process-exec-non-literal
  spawn("npm", ["run", "build"], { stdio: "inherit" });
  return sha;
}

function notChildProcess(db, regex, input) {
  // ok: js-child-process-exec-non-literal
  db.exec(`CREATE TABLE IF NOT EXISTS ${"logs"} (id INTEGER)`);
  // ok: js-child-process-exec-non-literal
  return regex.exec(input);
}

module.exports = { archive, runScript, version, notChildProcess };

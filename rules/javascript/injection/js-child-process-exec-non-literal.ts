import { NextRequest, NextResponse } from "next/server";
import { exec as execCallback, spawn, spawnSync, execFileSync } from "node:child_process";
import * as childProcess from "child_process";
import { promisify } from "node:util";
import { quote } from "shell-quote";

export const run = promisify(execCallback);

export async function POST(request: NextRequest) {
  const { repo } = (await request.json()) as { repo: string };
  // ruleid: js-child-process-exec-non-literal
  const { stdout } = await run(`git clone ${repo} /tmp/checkout`);
  return NextResponse.json({ stdout });
}

export function thumbnail(input: string, width: number) {
  // ruleid: js-child-process-exec-non-literal
  return spawnSync(`ffmpeg -i ${input} -vf scale=${width}:-1 out.png`, { shell: true });
}

export function lint(files: string[]) {
  // ruleid: js-child-process-exec-non-literal
  return spawn("eslint", files, { shell: true, stdio: "inherit" });
}

export function openInEditor(file: string) {
  // ruleid: js-child-process-exec-non-literal
  childProcess.exec(process.env.EDITOR + " " + file);
  // ruleid: js-child-process-exec-non-literal
  execCallback(file as string, () => undefined);
}

export function quoted(file: string) {
  // ok: js-child-process-exec-non-literal
  childProcess.execSync(`wc -l ${quote([file])}`);
}

export function noShell(file: string) {
  // ok: js-child-process-exec-non-literal
  return spawn("wc", ["-l", file], { shell: false });
}

export function constantShell() {
  // ok: js-child-process-exec-non-literal
  return execFileSync("npm", ["ci"], { shell: true });
}

export function killProcess(pid: string) {
  // ok: js-child-process-exec-non-literal
  childProcess.execSync(`kill -TERM ${Number(pid)}`);
}

import { exec as shellOut, execFile as runFile } from "child_process";

export function aliased(branch: string) {
  // ruleid: js-child-process-exec-non-literal
  shellOut("git checkout " + branch);
  // ok: js-child-process-exec-non-literal
  runFile("git", ["checkout", branch]);
}

const SHELL_OPTIONS = { shell: true, stdio: "inherit" as const };
const PLAIN_OPTIONS = { stdio: "inherit" as const };

export function runTask(task: string) {
  // ruleid: js-child-process-exec-non-literal
  spawn(task, [], SHELL_OPTIONS);
  // ok: js-child-process-exec-non-literal
  spawn(task, [], PLAIN_OPTIONS);
}

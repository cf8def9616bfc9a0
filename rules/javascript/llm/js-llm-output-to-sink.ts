import { exec } from "child_process";
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { generateText } from "ai";
import { openai as vercelOpenAI } from "@ai-sdk/openai";
import { pool } from "./db";

const openai = new OpenAI();
const anthropic = new Anthropic();

export async function chart(question: string) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
  // ruleid: js-llm-output-to-sink
  const { rows } = await pool.query(completion.choices[0].message.content!);
  return rows;
}

export async function viaLocal(question: string) {
  const sql = await askLLM(`Write Postgres SQL answering: ${question}`);
  // ruleid: js-llm-output-to-sink
  return pool.query(sql);
}

export async function calculator(expression: string) {
  const message = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 100, messages: [{ role: "user", content: expression }] });
  const answer = message.content[0].text;
  // ruleid: js-llm-output-to-sink
  return eval(answer);
}

export async function fixIt(problem: string) {
  const { text } = await generateText({ model: vercelOpenAI("gpt-4o"), prompt: `One shell command that fixes ${problem}` });
  // ruleid: js-llm-output-to-sink
  exec(text);
}

export function showReply(el: HTMLElement, reply: { choices: { message: { content: string } }[] }) {
  // ruleid: js-llm-output-to-sink
  el.innerHTML = reply.choices[0].message.content;
}

export async function safeUses(el: HTMLElement, question: string, userId: string) {
  const answer = await askLLM(question);
  // ok: js-llm-output-to-sink
  await pool.query("INSERT INTO answers (user_id, body) VALUES ($1, $2)", [userId, answer]);
  // ok: js-llm-output-to-sink
  el.textContent = answer;
  const sql = "SELECT body FROM answers WHERE user_id = $1";
  // ok: js-llm-output-to-sink
  return pool.query(sql, [userId]);
}

async function askLLM(prompt: string): Promise<string> {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: prompt }] });
  return completion.choices[0].message.content ?? "";
}

import axios from "axios";
import express from "express";
import { NextRequest, NextResponse } from "next/server";

const app = express();
const ALLOWED_HOSTS = new Set(["images.example.com"]);

app.post("/api/preview", async (req, res) => {
  // ruleid: js-ssrf-request-url
  const page = await fetch(req.body.url);
  res.json({ html: await page.text() });
});

app.get("/api/proxy", async (req, res) => {
  const { target } = req.query as { target: string };
  // ruleid: js-ssrf-request-url
  const upstream = await axios.get(target);
  res.send(upstream.data);
});

export async function POST(request: NextRequest) {
  const { imageUrl } = await request.json();
  // ruleid: js-ssrf-request-url
  const image = await fetch(new URL(imageUrl));
  return new NextResponse(await image.arrayBuffer());
}

export async function GET(request: NextRequest) {
  const base = request.nextUrl.searchParams.get("base");
  // ruleid: js-ssrf-request-url
  const status = await fetch(`${base}/status`);
  return NextResponse.json(await status.json());
}

app.post("/api/import", async (req, res) => {
  const url = new URL(req.body.url);
  if (!ALLOWED_HOSTS.has(url.hostname)) return res.status(400).end();
  // ok: js-ssrf-request-url
  const file = await fetch(url);
  res.send(await file.text());
});

app.get("/api/weather", async (req, res) => {
  const city = String(req.query.city);
  // ok: js-ssrf-request-url
  const weather = await fetch(`https://api.weather.example/v1?q=${encodeURIComponent(city)}`);
  res.json(await weather.json());
});

app.get("/api/user/:id", async (req, res) => {
  // ok: js-ssrf-request-url
  const user = await axios.get(`https://users.internal/v1/users/${req.params.id}`);
  // ok: js-ssrf-request-url
  const cached = await app.get(req.params.id);
  res.json({ user: user.data, cached });
});

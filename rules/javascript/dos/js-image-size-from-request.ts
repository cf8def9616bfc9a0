import express from "express";
import sharp from "sharp";
import { createCanvas } from "canvas";
import { NextRequest } from "next/server";

const app = express();

app.get("/img/:id", async (req, res) => {
  const width = Number(req.query.w);
  // ruleid: js-image-size-from-request
  const png = await sharp(pathFor(req.params.id)).resize(width).png().toBuffer();
  res.type("png").send(png);
});

app.get("/banner", async (req, res) => {
  // ruleid: js-image-size-from-request
  const canvas = createCanvas(parseInt(String(req.query.w), 10), 200);
  res.send(canvas.toBuffer());
});

export async function GET(request: NextRequest) {
  const width = Number(request.nextUrl.searchParams.get("w") ?? 256);
  const height = Number(request.nextUrl.searchParams.get("h") ?? 256);
  // ruleid: js-image-size-from-request
  const body = await sharp(await load()).resize({ width, height }).toBuffer();
  return new Response(body);
}

app.get("/thumb/:id", async (req, res) => {
  const width = Math.min(Math.max(Number(req.query.w) || 256, 16), 1024);
  // ok: js-image-size-from-request
  const png = await sharp(pathFor(req.params.id)).resize(width).png().toBuffer();
  const preset = 320;
  // ok: js-image-size-from-request
  const small = await sharp(png).resize(preset, preset).toBuffer();
  // ok: js-image-size-from-request
  const names = String(req.query.names).split(",").map((n) => n.trim());
  res.send([small, names]);
});

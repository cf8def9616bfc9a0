import crypto from "crypto";
import { Request, Response } from "express";

// Cheap content hash so mobile clients can send If-None-Match and skip unchanged lists
export function weakEtag(body: unknown): string {
  const digest = crypto.createHash("md5").update(JSON.stringify(body)).digest("hex");
  return `W/"${digest}"`;
}

export function sendWithEtag(req: Request, res: Response, body: unknown): void {
  const etag = weakEtag(body);
  res.setHeader("ETag", etag);
  res.setHeader("Cache-Control", "private, no-cache");
  if (req.headers["if-none-match"] === etag) {
    res.status(304).end();
    return;
  }
  res.json(body);
}

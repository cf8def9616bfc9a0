import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { NextRequest, NextResponse } from "next/server";

// Fixture for js-login-without-rate-limit: the same handler behind @upstash/ratelimit.
const ratelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(5, "1 m") });

// ok: js-login-without-rate-limit
export async function POST(req: NextRequest) {
  const { success } = await ratelimit.limit(req.ip ?? "anonymous");
  if (!success) return NextResponse.json({ error: "Too many attempts" }, { status: 429 });
  const { email, password } = await req.json();
  return NextResponse.json({ ok: Boolean(await signIn(email, password)) });
}

import { NextRequest, NextResponse } from "next/server";

// Fixture for js-login-without-rate-limit: a Next.js route handler with no limiter.
// ruleid: js-login-without-rate-limit
export async function POST(req: NextRequest) {
  const { email, password } = await req.json();
  const session = await signIn(email, password);
  return NextResponse.json({ ok: Boolean(session) });
}

// ok: js-login-without-rate-limit
export async function GET() {
  return NextResponse.json({ methods: ["password"] });
}

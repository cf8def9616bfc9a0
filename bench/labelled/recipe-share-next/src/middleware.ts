import { NextRequest, NextResponse } from "next/server";

const ALLOWED_ORIGINS = new Set([
  "https://recipeshare.app",
  "https://www.recipeshare.app",
  "https://admin.recipeshare.app",
]);

export function middleware(req: NextRequest) {
  const origin = req.headers.get("origin");
  const isAllowed = origin !== null && ALLOWED_ORIGINS.has(origin);

  if (req.method === "OPTIONS") {
    const preflight = new NextResponse(null, { status: 204 });
    if (isAllowed) {
      preflight.headers.set("Access-Control-Allow-Origin", origin);
      preflight.headers.set("Access-Control-Allow-Credentials", "true");
      preflight.headers.set("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE");
      preflight.headers.set("Access-Control-Allow-Headers", "Content-Type, Authorization");
    }
    return preflight;
  }

  const res = NextResponse.next();
  if (isAllowed) {
    res.headers.set("Access-Control-Allow-Origin", origin);
    res.headers.set("Access-Control-Allow-Credentials", "true");
    res.headers.set("Vary", "Origin");
  }
  return res;
}

export const config = {
  // the embed endpoint sets its own CORS headers
  matcher: ["/api/((?!embed).*)"],
};

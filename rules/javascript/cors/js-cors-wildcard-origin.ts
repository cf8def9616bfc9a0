import express, { Request, Response, NextFunction } from "express";
import cors from "cors";
import Fastify from "fastify";
import fastifyCors from "@fastify/cors";
import { Server } from "socket.io";
import http from "node:http";
import { NextResponse } from "next/server";
import { NestFactory } from "@nestjs/core";
import { AppModule } from "./app.module";

const app = express();

// ruleid: js-cors-wildcard-origin
app.use(cors());

// ruleid: js-cors-wildcard-origin
app.use("/public", cors({ origin: "*" }));

const corsOptions = {
  // ruleid: js-cors-wildcard-origin
  origin: true,
  methods: ["GET", "POST", "PUT", "DELETE"],
};
app.use(cors(corsOptions));

// ruleid: js-cors-wildcard-origin
app.use(cors({ methods: ["GET", "POST"], maxAge: 600 }));

app.use(
  cors({
    // ruleid: js-cors-wildcard-origin
    origin: process.env.CORS_ORIGIN || "*",
  }),
);

app.use((req: Request, res: Response, next: NextFunction) => {
  // ruleid: js-cors-wildcard-origin
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader("Access-Control-Allow-Methods", "GET,POST,OPTIONS");
  next();
});

app.get("/feed", (req, res) => {
  // ruleid: js-cors-wildcard-origin
  res.header("access-control-allow-origin", "*");
  res.json({ items: [] });
});

app.get("/widget.js", (req, res) => {
  // ruleid: js-cors-wildcard-origin
  res.set({ "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60" });
  res.sendFile("widget.js", { root: "public" });
});

// ---- safe look-alikes ----

const allowedOrigins = ["https://app.example.com", "https://admin.example.com"];

// ok: js-cors-wildcard-origin
app.use(cors({ origin: allowedOrigins }));

// ok: js-cors-wildcard-origin
app.use(cors({ origin: "https://app.example.com", methods: ["GET"] }));

app.use(
  cors({
    // ok: js-cors-wildcard-origin
    origin(origin, callback) {
      callback(null, !origin || allowedOrigins.includes(origin));
    },
  }),
);

const apiCors = {
  // ok: js-cors-wildcard-origin
  origin: process.env.FRONTEND_URL,
  methods: ["GET", "POST"],
};
app.use("/api", cors(apiCors));

app.use((req: Request, res: Response, next: NextFunction) => {
  // ok: js-cors-wildcard-origin
  res.setHeader("Access-Control-Allow-Origin", "https://app.example.com");
  // ok: js-cors-wildcard-origin
  res.setHeader("Access-Control-Allow-Headers", "*");
  next();
});

export async function loadProfile() {
  // The browser ignores CORS headers on requests; this is not a server setting.
  // ok: js-cors-wildcard-origin
  return fetch("https://api.example.com/me", { headers: { "Access-Control-Allow-Origin": "*" } });
}

// A Prisma-style select: `origin: true` outside any CORS options.
export const visitSelect = {
  // ok: js-cors-wildcard-origin
  origin: true,
  path: true,
};

// ---- Fastify ----
const fastify = Fastify();
// ruleid: js-cors-wildcard-origin
fastify.register(fastifyCors);
// ruleid: js-cors-wildcard-origin
fastify.register(fastifyCors, { origin: true, methods: ["GET"] });
// ok: js-cors-wildcard-origin
fastify.register(fastifyCors, { origin: [/\.example\.com$/, "https://example.org"] });

fastify.get("/ping", async (request, reply) => {
  // ruleid: js-cors-wildcard-origin
  reply.header("Access-Control-Allow-Origin", "*");
  return { ok: true };
});

// ---- socket.io ----
const httpServer = http.createServer(app);
const io = new Server(httpServer, {
  cors: {
    // ruleid: js-cors-wildcard-origin
    origin: "*",
  },
});
io.on("connection", () => undefined);

// ---- raw http / Next.js route handlers ----
http.createServer((req, res) => {
  // ruleid: js-cors-wildcard-origin
  res.writeHead(200, { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*" });
  res.end("{}");
});

export async function GET() {
  return NextResponse.json(
    { status: "ok" },
    // ruleid: js-cors-wildcard-origin
    { headers: { "Access-Control-Allow-Origin": "*" } },
  );
}

export async function OPTIONS() {
  const headers = new Headers();
  // ruleid: js-cors-wildcard-origin
  headers.set("Access-Control-Allow-Origin", "*");
  return new Response(null, { status: 204, headers });
}

// ---- known misses ----

// `origin: true` is only recognised in a CORS context; an options variable with a neutral name
// and no other CORS keys is not connected to the `cors(...)` call that uses it.
const options = {
  // todoruleid: js-cors-wildcard-origin
  origin: true,
};
app.use(cors(options));

export async function bootstrapNest() {
  // NestJS `cors: true` (default options, every origin) is not recognised.
  // todoruleid: js-cors-wildcard-origin
  const nest = await NestFactory.create(AppModule, { cors: true });
  await nest.listen(3000);
}

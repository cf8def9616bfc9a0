import express, { Request, Response, NextFunction } from "express";
import cors, { CorsOptions } from "cors";
import Fastify from "fastify";
import fastifyCors from "@fastify/cors";
import { NestFactory } from "@nestjs/core";
import { AppModule } from "./app.module";

const app = express();

// ruleid: js-cors-credentials-any-origin
app.use(cors({ origin: "*", credentials: true }));

const corsOptions: CorsOptions = {
  // ruleid: js-cors-credentials-any-origin
  origin: true,
  credentials: true,
  methods: ["GET", "POST", "PATCH", "DELETE"],
};
app.use(cors(corsOptions));

// ruleid: js-cors-credentials-any-origin
app.use("/v2", cors({ credentials: true }));

app.use(
  cors({
    // ruleid: js-cors-credentials-any-origin
    origin: (origin, callback) => callback(null, true),
    credentials: true,
  }),
);

app.use(
  cors({
    // ruleid: js-cors-credentials-any-origin
    origin: function (origin, callback) {
      // allow every caller
      callback(null, origin);
    },
  }),
);

app.use((req: Request, res: Response, next: NextFunction) => {
  // ruleid: js-cors-credentials-any-origin
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin || "*");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  res.setHeader("Access-Control-Allow-Methods", "GET,POST,PUT,DELETE,OPTIONS");
  if (req.method === "OPTIONS") return res.sendStatus(204);
  next();
});

app.use((req: Request, res: Response, next: NextFunction) => {
  const origin = req.get("origin");
  if (origin) {
    // ruleid: js-cors-credentials-any-origin
    res.header("Access-Control-Allow-Origin", origin);
    res.header("Access-Control-Allow-Credentials", "true");
  }
  next();
});

app.get("/session", (req, res) => {
  // ruleid: js-cors-credentials-any-origin
  res.set("Access-Control-Allow-Origin", "*");
  res.set("Access-Control-Allow-Credentials", "true");
  res.json({ user: req.user });
});

// ---- safe look-alikes ----

const allowedOrigins = new Set(["https://app.example.com", "https://admin.example.com"]);

app.use(
  cors({
    // ok: js-cors-credentials-any-origin
    origin(origin, callback) {
      callback(null, !origin || allowedOrigins.has(origin));
    },
    credentials: true,
  }),
);

// ok: js-cors-credentials-any-origin
app.use(cors({ origin: ["https://app.example.com"], credentials: true }));

const corsConfig = {
  // ok: js-cors-credentials-any-origin
  origin: process.env.FRONTEND_ORIGIN,
  credentials: true,
};
app.use(cors(corsConfig));

app.use((req: Request, res: Response, next: NextFunction) => {
  const origin = req.headers.origin;
  if (origin && allowedOrigins.has(origin)) {
    // ok: js-cors-credentials-any-origin
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Allow-Credentials", "true");
    res.setHeader("Vary", "Origin");
  }
  next();
});

app.use((req: Request, res: Response, next: NextFunction) => {
  const requestOrigin = req.header("Origin") ?? "";
  // ok: js-cors-credentials-any-origin
  res.setHeader("Access-Control-Allow-Origin", allowedOrigins.has(requestOrigin) ? requestOrigin : "https://app.example.com");
  next();
});

app.use((req: Request, res: Response, next: NextFunction) => {
  // Public, cookie-free endpoint: reported by js-cors-wildcard-origin, not here.
  // ok: js-cors-credentials-any-origin
  // ruleid: js-cors-wildcard-origin
  res.setHeader("Access-Control-Allow-Origin", "*");
  next();
});

// ---- Fastify ----
const fastify = Fastify();
// ruleid: js-cors-credentials-any-origin
fastify.register(fastifyCors, { origin: true, credentials: true });
// ok: js-cors-credentials-any-origin
fastify.register(fastifyCors, { origin: /\.example\.com$/, credentials: true });

fastify.addHook("onRequest", async (request, reply) => {
  // ruleid: js-cors-credentials-any-origin
  reply.header("Access-Control-Allow-Origin", request.headers.origin);
  reply.header("Access-Control-Allow-Credentials", true);
});

// ---- NestJS ----
async function bootstrap() {
  const nest = await NestFactory.create(AppModule);
  // ruleid: js-cors-credentials-any-origin
  nest.enableCors({ origin: true, credentials: true });
  // ok: js-cors-credentials-any-origin
  nest.enableCors({ origin: ["https://app.example.com"], credentials: true });
  await nest.listen(3000);
}
void bootstrap();

// ---- Next.js route handler ----
export async function GET(request: Request) {
  return new Response(JSON.stringify({ ok: true }), {
    headers: {
      // ruleid: js-cors-credentials-any-origin
      "Access-Control-Allow-Origin": request.headers.get("origin") ?? "*",
      "Access-Control-Allow-Credentials": "true",
    },
  });
}

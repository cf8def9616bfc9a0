import express, { Request, Response, NextFunction } from "express";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { prisma } from "./db";
import { logger } from "./logger";

const app = express();

class ValidationError extends Error {}

app.get("/orders/:id", async (req: Request, res: Response) => {
  try {
    res.json(await prisma.order.findUniqueOrThrow({ where: { id: req.params.id } }));
  } catch (err) {
    // ruleid: js-error-details-to-client
    res.status(500).json({ error: (err as Error).message });
  }
});

app.post("/import", async (req, res) => {
  try {
    await importRows(req.body);
    res.sendStatus(204);
  } catch (err: any) {
    // ruleid: js-error-details-to-client
    res.status(400).send(err.stack);
  }
});

app.get("/report", (req, res) => {
  buildReport(req.query)
    .then((report) => res.json(report))
    // ruleid: js-error-details-to-client
    .catch((error) => res.status(500).json(error));
});

app.delete("/files/:name", async (req, res) => {
  try {
    await removeFile(req.params.name);
    res.sendStatus(204);
  } catch (error) {
    // ruleid: js-error-details-to-client
    res.status(500).json({ success: false, error });
  }
});

app.get("/export", async (req, res) => {
  try {
    res.send(await exportCsv());
  } catch (e) {
    // ruleid: js-error-details-to-client
    res.status(500).send(`Export failed: ${e}`);
  }
});

// Express error middleware
app.use((err: Error, req: Request, res: Response, next: NextFunction) => {
  console.error(err);
  res.status(500).json({
    // ruleid: js-error-details-to-client
    message: err.message,
    // ruleid: js-error-details-to-client
    stack: err.stack,
  });
});

// Next.js route handler
export async function POST(request: Request) {
  try {
    const body = await request.json();
    return NextResponse.json(await prisma.user.create({ data: body }), { status: 201 });
  } catch (error) {
    return NextResponse.json(
      // ruleid: js-error-details-to-client
      { error: error instanceof Error ? error.message : "Unknown error" },
      { status: 500 },
    );
  }
}

export async function PATCH(request: Request) {
  try {
    return NextResponse.json(await updateSettings(await request.json()));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // ruleid: js-error-details-to-client
    return NextResponse.json({ message }, { status: 500 });
  }
}

// ---- safe look-alikes ----

app.get("/stats", async (req, res) => {
  try {
    res.json(await prisma.entry.count());
  } catch (error) {
    // ok: js-error-details-to-client
    console.error("stats failed", error);
    // ok: js-error-details-to-client
    res.status(500).json({ error: "Could not load stats" });
  }
});

app.post("/signup", async (req, res, next) => {
  try {
    res.status(201).json(await createUser(req.body));
  } catch (err) {
    if (err instanceof ZodError || err instanceof ValidationError) {
      // ok: js-error-details-to-client
      return res.status(400).json({ error: err.message });
    }
    // ok: js-error-details-to-client
    next(err);
  }
});

app.use((err: Error, req: Request, res: Response, _next: NextFunction) => {
  const id = crypto.randomUUID();
  // ok: js-error-details-to-client
  logger.error({ err, id }, err.message);
  res.status(500).json({
    error: "Internal server error",
    id,
    // ok: js-error-details-to-client
    stack: process.env.NODE_ENV === "development" ? err.stack : undefined,
  });
});

app.get("/health", async (req, res) => {
  try {
    await prisma.$queryRaw`SELECT 1`;
    res.json({ ok: true });
  } catch (err) {
    const message = "Database unavailable";
    // ok: js-error-details-to-client
    res.status(503).json({ ok: false, message });
  }
});

export async function PUT(request: Request) {
  try {
    return NextResponse.json(await updateSettings(await request.json()));
  } catch (error) {
    // ok: js-error-details-to-client
    const status = (error as Error).message.includes("not found") ? 404 : 500;
    return NextResponse.json({ error: status === 404 ? "Not found" : "Internal error" }, { status });
  }
}

// Outside error handling, `message` is ordinary data.
app.post("/contact", (req, res) => {
  const message = { text: String(req.body.text) };
  // ok: js-error-details-to-client
  res.json({ received: true, message: message.text });
});

// ---- known misses ----

// A Next.js server action returns its result to the browser, but a plain `return` is not
// recognised as a response.
export async function saveProfileAction(formData: FormData) {
  "use server";
  try {
    await prisma.user.update({ where: { id: String(formData.get("id")) }, data: { name: String(formData.get("name")) } });
    return { ok: true };
  } catch (e) {
    // todoruleid: js-error-details-to-client
    return { ok: false, error: (e as Error).message };
  }
}

declare function importRows(rows: unknown): Promise<void>;
declare function buildReport(query: unknown): Promise<unknown>;
declare function removeFile(name: string): Promise<void>;
declare function exportCsv(): Promise<string>;
declare function createUser(body: unknown): Promise<unknown>;
declare function updateSettings(body: unknown): Promise<unknown>;

import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import morgan from "morgan";
import { config } from "./config";
import { pool } from "./db";
import { HttpError } from "./lib/errors";
import authRoutes from "./routes/auth";
import habitRoutes from "./routes/habits";
import checkinRoutes from "./routes/checkins";
import adminRoutes from "./routes/admin";

const app = express();

app.set("trust proxy", 1);
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "1mb" }));
app.use(morgan(config.isProduction ? "combined" : "dev"));

// The embeddable streak widget is loaded from users' own blogs and personal sites
app.use("/widget", (req, res, next) => {
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  res.setHeader("Vary", "Origin");
  next();
});

app.get("/health", async (_req, res) => {
  try {
    await pool.query("SELECT 1");
    res.json({ status: "ok" });
  } catch {
    res.status(503).json({ status: "degraded" });
  }
});

app.get("/widget/:slug", async (req, res, next) => {
  try {
    const { rows } = await pool.query(
      "SELECT name, current_streak FROM habits WHERE share_slug = $1 AND is_public = true",
      [req.params.slug]
    );
    if (rows.length === 0) return res.status(404).json({ error: "Not found" });
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});

app.use("/auth", authRoutes);
app.use("/habits", habitRoutes);
app.use("/checkins", checkinRoutes);
app.use("/admin", adminRoutes);

app.use((_req, res) => {
  res.status(404).json({ error: "Route not found" });
});

// eslint-disable-next-line @typescript-eslint/no-unused-vars
app.use((err: Error, req: Request, res: Response, _next: NextFunction) => {
  if (err instanceof HttpError) {
    return res.status(err.status).json({ error: err.message });
  }
  console.error(`[${req.method} ${req.originalUrl}]`, err);
  res.status(500).json({ error: "Internal server error" });
});

app.listen(config.port, () => {
  console.log(`Habit tracker API listening on :${config.port}`);
});

export default app;

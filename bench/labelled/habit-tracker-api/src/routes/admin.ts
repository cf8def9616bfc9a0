import { Router } from "express";
import { pool } from "../db";
import { requireAuth, requireAdmin } from "../middleware/auth";

const router = Router();
router.use(requireAuth, requireAdmin);

function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return "";
  const headers = Object.keys(rows[0]);
  const escape = (value: unknown) => {
    const s = value === null || value === undefined ? "" : String(value);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [headers.join(","), ...rows.map((row) => headers.map((h) => escape(row[h])).join(","))].join("\n");
}

router.get("/stats", async (_req, res, next) => {
  try {
    const { rows } = await pool.query(
      `SELECT
         (SELECT count(*) FROM users)::int AS users,
         (SELECT count(*) FROM habits WHERE archived = false)::int AS active_habits,
         (SELECT count(*) FROM checkins WHERE checked_on > now() - interval '7 days')::int AS checkins_7d`
    );
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});

/**
 * GET /admin/export?table=habits&since=2024-01-01&format=csv
 * Optional `compute` adds a derived column, e.g. compute=row.current_streak * 7
 * Optional `filter` is a JSON object of column -> value equality filters applied in memory.
 */
router.get("/export", async (req, res) => {
  try {
    const table = String(req.query.table ?? "habits");
    const since = req.query.since as string | undefined;

    let sql = "SELECT * FROM " + table;
    if (since) {
      sql += " WHERE created_at >= '" + since + "'";
    }
    const result = await pool.query(sql);
    let rows: Record<string, unknown>[] = result.rows;

    if (typeof req.query.filter === "string") {
      const filter: Record<string, unknown> = JSON.parse(req.query.filter);
      rows = rows.filter((row) => Object.entries(filter).every(([key, value]) => row[key] === value));
    }

    if (typeof req.query.compute === "string") {
      const derive = new Function("row", `return (${req.query.compute});`);
      rows = rows.map((row) => ({ ...row, computed: derive(row) }));
    }

    if (req.query.format === "csv") {
      res.setHeader("Content-Type", "text/csv");
      res.setHeader("Content-Disposition", `attachment; filename="${table}-export.csv"`);
      return res.send(toCsv(rows));
    }
    res.json({ count: rows.length, rows });
  } catch (err: any) {
    res.status(500).json({ error: err.message, stack: err.stack });
  }
});

router.post("/users/:id/role", async (req, res, next) => {
  const { role } = req.body ?? {};
  if (role !== "user" && role !== "admin") {
    return res.status(400).json({ error: "role must be user or admin" });
  }
  try {
    const { rowCount } = await pool.query("UPDATE users SET role = $1 WHERE id = $2", [role, req.params.id]);
    if (!rowCount) return res.status(404).json({ error: "User not found" });
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

export default router;

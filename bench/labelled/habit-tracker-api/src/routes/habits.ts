import { Router } from "express";
import { pool, queryOne } from "../db";
import { requireAuth, optionalAuth } from "../middleware/auth";
import { sendWithEtag } from "../lib/etag";

const router = Router();

const SORTABLE_COLUMNS = new Set(["created_at", "name", "current_streak", "frequency"]);
const EDITABLE_FIELDS = ["name", "description", "frequency", "reminder_time", "color", "archived"] as const;

interface Habit {
  id: string;
  user_id: string;
  name: string;
  description: string | null;
  frequency: "daily" | "weekly";
  current_streak: number;
  is_public: boolean;
  share_slug: string | null;
  created_at: string;
}

router.get("/", requireAuth, async (req, res, next) => {
  try {
    const sort = SORTABLE_COLUMNS.has(String(req.query.sort)) ? String(req.query.sort) : "created_at";
    const direction = req.query.dir === "asc" ? "ASC" : "DESC";
    const { rows } = await pool.query<Habit>(
      `SELECT id, name, description, frequency, current_streak, created_at
         FROM habits
        WHERE user_id = $1 AND archived = false
        ORDER BY ${sort} ${direction}`,
      [req.user!.sub]
    );
    sendWithEtag(req, res, rows);
  } catch (err) {
    next(err);
  }
});

router.get("/search", requireAuth, async (req, res) => {
  const term = String(req.query.q ?? "").trim();
  if (!term) return res.json([]);

  try {
    const sql = `SELECT id, name, description FROM habits WHERE user_id = '${req.user!.sub}' AND name ILIKE '%${term}%' ORDER BY name LIMIT 25`;
    const { rows } = await pool.query(sql);
    res.json(rows);
  } catch (err) {
    res.status(500).json({ error: (err as Error).message });
  }
});

router.get("/shared/:slug", optionalAuth, async (req, res, next) => {
  try {
    const habit = await queryOne<Habit>(
      "SELECT * FROM habits WHERE share_slug = $1",
      [req.params.slug]
    );
    if (!habit) return res.status(404).json({ error: "Habit not found" });

    const isOwner = req.user?.sub === habit.user_id;
    if (!habit.is_public && !isOwner) {
      return res.status(404).json({ error: "Habit not found" });
    }
    const { user_id, ...publicFields } = habit;
    res.json(isOwner ? habit : publicFields);
  } catch (err) {
    next(err);
  }
});

router.get("/:id", requireAuth, async (req, res, next) => {
  try {
    const habit = await queryOne<Habit>(
      "SELECT * FROM habits WHERE id = $1 AND user_id = $2",
      [req.params.id, req.user!.sub]
    );
    if (!habit) return res.status(404).json({ error: "Habit not found" });
    res.json(habit);
  } catch (err) {
    next(err);
  }
});

router.post("/", requireAuth, async (req, res, next) => {
  const { name, description = null, frequency = "daily", reminderTime = null } = req.body ?? {};
  if (!name || typeof name !== "string") {
    return res.status(400).json({ error: "name is required" });
  }
  if (!["daily", "weekly"].includes(frequency)) {
    return res.status(400).json({ error: "frequency must be daily or weekly" });
  }

  try {
    const { rows } = await pool.query<Habit>(
      `INSERT INTO habits (user_id, name, description, frequency, reminder_time)
       VALUES ($1, $2, $3, $4, $5)
       RETURNING *`,
      [req.user!.sub, name.trim(), description, frequency, reminderTime]
    );
    res.status(201).json(rows[0]);
  } catch (err) {
    next(err);
  }
});

router.patch("/:id", requireAuth, async (req, res, next) => {
  const updates: string[] = [];
  const values: unknown[] = [];

  for (const field of EDITABLE_FIELDS) {
    if (req.body && field in req.body) {
      values.push(req.body[field]);
      updates.push(`${field} = $${values.length}`);
    }
  }
  if (updates.length === 0) {
    return res.status(400).json({ error: "Nothing to update" });
  }

  values.push(req.params.id, req.user!.sub);
  try {
    const { rows } = await pool.query<Habit>(
      `UPDATE habits SET ${updates.join(", ")}, updated_at = now()
        WHERE id = $${values.length - 1} AND user_id = $${values.length}
        RETURNING *`,
      values
    );
    if (rows.length === 0) return res.status(404).json({ error: "Habit not found" });
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});

// Bulk delete from the "manage habits" screen
router.post("/bulk-delete", requireAuth, async (req, res, next) => {
  const ids: string[] = Array.isArray(req.body?.ids) ? req.body.ids : [];
  if (ids.length === 0) return res.json({ deleted: 0 });

  try {
    const quoted = ids.map((id) => `'${id}'`).join(", ");
    const result = await pool.query(
      `DELETE FROM habits WHERE user_id = $1 AND id IN (${quoted})`,
      [req.user!.sub]
    );
    res.json({ deleted: result.rowCount });
  } catch (err) {
    next(err);
  }
});

router.delete("/:id", requireAuth, async (req, res, next) => {
  try {
    const result = await pool.query("DELETE FROM habits WHERE id = $1 AND user_id = $2", [
      req.params.id,
      req.user!.sub,
    ]);
    if (result.rowCount === 0) return res.status(404).json({ error: "Habit not found" });
    res.status(204).end();
  } catch (err) {
    console.error("Failed to delete habit", req.params.id, err);
    res.status(500).json({ error: "Could not delete habit, please try again" });
  }
});

export default router;

import { Router } from "express";
import { pool } from "../db";
import { requireAuth } from "../middleware/auth";

const router = Router();
router.use(requireAuth);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

router.post("/:habitId", async (req, res, next) => {
  const day = typeof req.body?.day === "string" && ISO_DATE.test(req.body.day)
    ? req.body.day
    : new Date().toISOString().slice(0, 10);

  try {
    const { rows } = await pool.query(
      `INSERT INTO checkins (habit_id, user_id, checked_on, note)
       SELECT h.id, h.user_id, $3::date, $4
         FROM habits h
        WHERE h.id = $1 AND h.user_id = $2
       ON CONFLICT (habit_id, checked_on) DO NOTHING
       RETURNING id, checked_on`,
      [req.params.habitId, req.user!.sub, day, req.body?.note ?? null]
    );
    res.status(rows.length ? 201 : 200).json(rows[0] ?? { duplicate: true });
  } catch (err) {
    next(err);
  }
});

router.get("/:habitId", async (req, res, next) => {
  const { from, to } = req.query as { from?: string; to?: string };
  const start = from && ISO_DATE.test(from) ? from : "1970-01-01";
  const end = to && ISO_DATE.test(to) ? to : new Date().toISOString().slice(0, 10);

  try {
    const { rows } = await pool.query(
      "SELECT checked_on, note FROM checkins WHERE habit_id = $1 AND user_id = $2 AND checked_on BETWEEN $3 AND $4 ORDER BY checked_on",
      [req.params.habitId, req.user!.sub, start, end]
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

// Completion counts grouped by day / week / month for the stats chart
router.get("/:habitId/stats", async (req, res, next) => {
  const period = (req.query.period as string) || "week";

  try {
    const { rows } = await pool.query(
      "SELECT date_trunc('" + period + "', checked_on) AS bucket, count(*)::int AS completions " +
        "FROM checkins WHERE habit_id = $1 AND user_id = $2 GROUP BY bucket ORDER BY bucket",
      [req.params.habitId, req.user!.sub]
    );
    res.json({ period, buckets: rows });
  } catch (err) {
    next(err);
  }
});

router.delete("/:habitId/:day", async (req, res, next) => {
  try {
    await pool.query(
      "DELETE FROM checkins WHERE habit_id = $1 AND user_id = $2 AND checked_on = $3",
      [req.params.habitId, req.user!.sub, req.params.day]
    );
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

export default router;

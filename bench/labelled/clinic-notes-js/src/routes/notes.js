const express = require('express');
const { db, reportsPool } = require('../db');
const { requireStaff } = require('../lib/auth');

const router = express.Router();
router.use(requireStaff);

const NOTE_COLUMNS = ['id', 'patient_id', 'author_id', 'title', 'body', 'visit_date', 'created_at'];

// GET /api/notes?patientId=12&q=asthma
router.get('/', async (req, res, next) => {
  const { patientId, q } = req.query;
  if (!patientId) return res.status(400).json({ error: 'patientId is required' });

  try {
    let query = db('notes')
      .select(NOTE_COLUMNS)
      .where({ patient_id: patientId, clinic_id: req.user.clinicId })
      .orderBy('visit_date', 'desc');

    if (q) {
      query = query.andWhereRaw('MATCH(title, body) AGAINST (? IN BOOLEAN MODE)', [q]);
    }
    res.json(await query);
  } catch (err) {
    next(err);
  }
});

// Quick search box in the top bar: searches note titles across all patients of the clinic
router.get('/search', async (req, res, next) => {
  const term = (req.query.term || '').trim();
  if (term.length < 2) return res.json([]);

  try {
    const [rows] = await db.raw(
      `SELECT n.id, n.title, n.visit_date, p.full_name AS patient
         FROM notes n JOIN patients p ON p.id = n.patient_id
        WHERE n.clinic_id = ${req.user.clinicId} AND n.title LIKE '%${term}%'
        ORDER BY n.visit_date DESC LIMIT 20`
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/tags', async (req, res, next) => {
  try {
    const [rows] = await db.raw(
      'SELECT t.tag, COUNT(*) AS uses FROM note_tags t JOIN notes n ON n.id = t.note_id WHERE n.clinic_id = ? GROUP BY t.tag ORDER BY uses DESC',
      [req.user.clinicId]
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

// Notes written by one clinician, for the supervisor review screen
router.get('/by-author', async (req, res, next) => {
  const { authorId, from } = req.query;
  try {
    const sql =
      'SELECT id, patient_id, title, visit_date FROM notes WHERE clinic_id = ' +
      req.user.clinicId +
      ' AND author_id = ' +
      authorId +
      (from ? " AND visit_date >= '" + from + "'" : '') +
      ' ORDER BY visit_date DESC';
    const [rows] = await reportsPool.query(sql);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const [rows] = await reportsPool.execute(
      'SELECT n.*, s.full_name AS author_name FROM notes n JOIN staff s ON s.id = n.author_id WHERE n.id = ? AND n.clinic_id = ?',
      [req.params.id, req.user.clinicId]
    );
    if (rows.length === 0) return res.status(404).json({ error: 'Note not found' });
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});

router.post('/', async (req, res, next) => {
  const { patientId, title, body, visitDate, tags = [] } = req.body;
  if (!patientId || !title || !body) {
    return res.status(400).json({ error: 'patientId, title and body are required' });
  }

  try {
    const id = await db.transaction(async (trx) => {
      const [noteId] = await trx('notes').insert({
        patient_id: patientId,
        clinic_id: req.user.clinicId,
        author_id: req.user.id,
        title,
        body,
        visit_date: visitDate || new Date(),
      });
      if (tags.length) {
        await trx('note_tags').insert(tags.map((tag) => ({ note_id: noteId, tag: String(tag).slice(0, 40) })));
      }
      return noteId;
    });
    res.status(201).json({ id });
  } catch (err) {
    next(err);
  }
});

router.put('/:id', async (req, res, next) => {
  const { title, body } = req.body;
  try {
    const updated = await db('notes')
      .where({ id: req.params.id, clinic_id: req.user.clinicId, author_id: req.user.id })
      .update({ title, body, updated_at: db.fn.now() });
    if (!updated) return res.status(404).json({ error: 'Note not found or not yours' });
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

module.exports = router;

const express = require('express');
const { db } = require('../db');
const { requireStaff, requireKiosk } = require('../lib/auth');

const router = express.Router();

// Waiting-room screen: first names + appointment time only
router.get('/queue/today', requireKiosk, async (req, res, next) => {
  try {
    const rows = await db('appointments as a')
      .join('patients as p', 'p.id', 'a.patient_id')
      .where('a.clinic_id', req.clinicId)
      .whereRaw('DATE(a.starts_at) = CURDATE()')
      .select('p.first_name', 'a.starts_at', 'a.room')
      .orderBy('a.starts_at');
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.use(requireStaff);

router.get('/', async (req, res, next) => {
  const { name } = req.query;
  try {
    const query = db('patients')
      .select('id', 'full_name', 'date_of_birth', 'mrn')
      .where({ clinic_id: req.user.clinicId })
      .orderBy('full_name')
      .limit(100);
    if (name) query.andWhere('full_name', 'like', `%${name}%`);
    res.json(await query);
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const patient = await db('patients').where({ id: req.params.id, clinic_id: req.user.clinicId }).first();
    if (!patient) return res.status(404).json({ error: 'Patient not found' });
    res.json(patient);
  } catch (err) {
    next(err);
  }
});

module.exports = router;

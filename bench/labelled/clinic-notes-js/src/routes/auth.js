const express = require('express');
const crypto = require('crypto');
const argon2 = require('argon2');
const rateLimit = require('express-rate-limit');
const { db } = require('../db');
const { COOKIE_NAME, signStaffToken, signKioskToken, requireStaff, requireRole } = require('../lib/auth');

const router = express.Router();

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 20 });

// Staff accounts migrated from the 2017 desktop app use md5(salt + password)
function legacyDigest(password, salt) {
  return crypto.createHash('md5').update(salt + password).digest('hex');
}

async function checkPassword(staff, password) {
  if (staff.password_hash.startsWith('$argon2')) {
    return argon2.verify(staff.password_hash, password);
  }
  return legacyDigest(password, staff.legacy_salt || '') === staff.password_hash;
}

router.post('/login', loginLimiter, async (req, res, next) => {
  const { email, password, rememberMe } = req.body;
  if (!email || !password) {
    return res.status(400).json({ error: 'Email and password are required' });
  }

  try {
    const staff = await db('staff').where({ email: String(email).toLowerCase(), active: true }).first();
    if (!staff || !(await checkPassword(staff, password))) {
      return res.status(401).json({ error: 'Invalid email or password' });
    }

    const token = signStaffToken(staff, { rememberMe: Boolean(rememberMe) });
    res.cookie(COOKIE_NAME, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: process.env.NODE_ENV === 'production',
    });
    res.json({ id: staff.id, name: staff.full_name, role: staff.role });
  } catch (err) {
    next(err);
  }
});

router.post('/logout', (req, res) => {
  res.clearCookie(COOKIE_NAME);
  res.status(204).end();
});

router.post('/staff', requireStaff, requireRole('admin'), async (req, res, next) => {
  const { email, fullName, role = 'clinician', password } = req.body;
  if (!email || !fullName || !password || password.length < 10) {
    return res.status(400).json({ error: 'email, fullName and a 10+ character password are required' });
  }

  try {
    const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
    const [id] = await db('staff').insert({
      email: email.toLowerCase(),
      full_name: fullName,
      role,
      clinic_id: req.user.clinicId,
      password_hash: passwordHash,
    });
    res.status(201).json({ id });
  } catch (err) {
    next(err);
  }
});

router.post('/kiosk-token', requireStaff, requireRole('admin'), (req, res) => {
  res.json({ token: signKioskToken(req.user.clinicId) });
});

module.exports = router;

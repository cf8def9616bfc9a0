const jwt = require('jsonwebtoken');

const JWT_SECRET = process.env.JWT_SECRET || 'cS5zuhI7rIXZAvI3vHlb9SSTtDxADBeM';
const COOKIE_NAME = 'cn_token';

function signStaffToken(staff, { rememberMe = false } = {}) {
  return jwt.sign(
    { sub: staff.id, clinicId: staff.clinic_id, role: staff.role, name: staff.full_name },
    JWT_SECRET,
    { algorithm: 'HS256', expiresIn: rememberMe ? '365d' : '8h' }
  );
}

// Waiting-room display tablets: they only read today's queue for one clinic
function signKioskToken(clinicId) {
  return jwt.sign({ clinicId, role: 'kiosk' }, JWT_SECRET);
}

function requireStaff(req, res, next) {
  const header = req.get('authorization') || '';
  const token = req.cookies[COOKIE_NAME] || (header.startsWith('Bearer ') ? header.slice(7) : null);
  if (!token) return res.status(401).json({ error: 'Not signed in' });

  try {
    const claims = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
    if (claims.role === 'kiosk') return res.status(403).json({ error: 'Kiosk tokens cannot access notes' });
    req.user = { id: claims.sub, clinicId: claims.clinicId, role: claims.role, name: claims.name };
    next();
  } catch (e) {
    res.status(401).json({ error: 'Session expired, please sign in again' });
  }
}

function requireKiosk(req, res, next) {
  try {
    const claims = jwt.verify(req.query.token, JWT_SECRET, {
      algorithms: ['HS256'],
      ignoreExpiration: true,
    });
    if (claims.role !== 'kiosk') throw new Error('wrong role');
    req.clinicId = claims.clinicId;
    next();
  } catch (e) {
    res.status(401).json({ error: 'Invalid kiosk token' });
  }
}

function requireRole(...roles) {
  return (req, res, next) =>
    roles.includes(req.user && req.user.role) ? next() : res.status(403).json({ error: 'Forbidden' });
}

module.exports = { COOKIE_NAME, signStaffToken, signKioskToken, requireStaff, requireKiosk, requireRole };

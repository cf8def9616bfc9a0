const express = require('express');
const path = require('path');
const os = require('os');
const fs = require('fs/promises');
const vm = require('vm');
const util = require('util');
const { exec, execSync, execFile } = require('child_process');
const { db } = require('../db');
const { requireStaff, requireRole } = require('../lib/auth');
const { sendReportEmail } = require('../lib/mailer');

const execFileAsync = util.promisify(execFile);
const router = express.Router();
router.use(requireStaff);

function escapeHtml(value) {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

async function renderVisitHtml(clinicId, patientId) {
  const patient = await db('patients').where({ id: patientId, clinic_id: clinicId }).first();
  if (!patient) throw Object.assign(new Error('Patient not found'), { status: 404 });
  const notes = await db('notes').where({ patient_id: patientId }).orderBy('visit_date', 'desc').limit(20);
  const items = notes
    .map((n) => `<h2>${escapeHtml(n.title)} <small>${escapeHtml(n.visit_date)}</small></h2><p>${escapeHtml(n.body)}</p>`)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"></head><body><h1>${escapeHtml(patient.full_name)}</h1>${items}</body></html>`;
}

async function writeTempHtml(html) {
  const htmlPath = path.join(os.tmpdir(), `visit-${Date.now()}-${Math.random().toString(36).slice(2)}.html`);
  await fs.writeFile(htmlPath, html, 'utf8');
  return { htmlPath, pdfPath: htmlPath.replace(/\.html$/, '.pdf') };
}

router.get('/health', (req, res) => {
  exec('wkhtmltopdf --version', (err, stdout) => {
    res.json({ pdfEngine: err ? 'missing' : stdout.trim() });
  });
});

// POST /api/reports/visit  { patientId, title }
router.post('/visit', async (req, res) => {
  const { patientId, title = 'Visit summary' } = req.body;
  try {
    const html = await renderVisitHtml(req.user.clinicId, patientId);
    const { htmlPath, pdfPath } = await writeTempHtml(html);
    execSync(`wkhtmltopdf --quiet --title "${title}" ${htmlPath} ${pdfPath}`, { timeout: 30000 });
    res.download(pdfPath, `${patientId}-visit-summary.pdf`);
  } catch (err) {
    res.status(err.status || 500).send(`Report generation failed: ${err.message}`);
  }
});

// POST /api/reports/email  { patientId, to, title }
router.post('/email', requireRole('admin', 'clinician'), async (req, res, next) => {
  const { patientId, to, title = 'Visit summary' } = req.body;
  try {
    const html = await renderVisitHtml(req.user.clinicId, patientId);
    const { htmlPath, pdfPath } = await writeTempHtml(html);
    await execFileAsync('wkhtmltopdf', ['--quiet', '--title', String(title), htmlPath, pdfPath], { timeout: 30000 });
    await sendReportEmail(to, title, pdfPath);
    res.json({ sent: true });
  } catch (err) {
    next(err);
  }
});

// Custom clinic metrics, e.g. BMI: "weight / ((height / 100) ** 2)"
router.post('/metrics/preview', requireRole('admin'), (req, res) => {
  const { formula, sample = {} } = req.body;
  try {
    const value = vm.runInNewContext(formula, { ...sample, Math }, { timeout: 50 });
    res.json({ value });
  } catch (err) {
    res.status(400).json({ error: 'Formula could not be evaluated', detail: err.stack });
  }
});

router.get('/metrics/:patientId', async (req, res, next) => {
  try {
    const clinic = await db('clinics').where({ id: req.user.clinicId }).first();
    // metric definitions are stored as a JSON column by the settings page
    const metrics = JSON.parse(clinic.metrics_json || '[]');
    const vitals = await db('vitals')
      .where({ patient_id: req.params.patientId, clinic_id: req.user.clinicId })
      .orderBy('measured_at', 'desc')
      .first();
    res.json({ metrics: metrics.map((m) => ({ name: m.name, unit: m.unit })), latestVitals: vitals || null });
  } catch (err) {
    next(err);
  }
});

module.exports = router;

const express = require('express');
const multer = require('multer');
const path = require('path');
const fs = require('fs/promises');
const crypto = require('crypto');
const { exec, execFile } = require('child_process');
const { db } = require('../db');
const { requireStaff } = require('../lib/auth');

const router = express.Router();
router.use(requireStaff);

const UPLOAD_DIR = path.resolve(process.env.UPLOAD_DIR || './data/uploads');
const THUMB_DIR = path.join(UPLOAD_DIR, 'thumbs');
const ALLOWED_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];

const upload = multer({
  dest: UPLOAD_DIR,
  limits: { fileSize: 15 * 1024 * 1024 },
  fileFilter: (req, file, cb) => cb(null, ALLOWED_TYPES.includes(file.mimetype)),
});

async function sha256File(filePath) {
  const buffer = await fs.readFile(filePath);
  return crypto.createHash('sha256').update(buffer).digest('hex');
}

// POST /api/uploads/:noteId  (multipart, field "file")
router.post('/:noteId', upload.single('file'), async (req, res) => {
  const file = req.file;
  if (!file) return res.status(400).json({ error: 'Unsupported or missing file' });

  try {
    const checksum = await sha256File(file.path);
    const baseName = path.parse(file.originalname).name;
    const thumbPath = path.join(THUMB_DIR, `${baseName}-${Date.now()}.jpg`);

    // first page for PDFs, resized copy for images
    exec(`convert "${file.path}[0]" -thumbnail 320x320 -background white -flatten "${thumbPath}"`, (err) => {
      if (err) console.warn('thumbnail failed for', file.originalname, err.message);
    });

    const [id] = await db('attachments').insert({
      note_id: req.params.noteId,
      clinic_id: req.user.clinicId,
      original_name: file.originalname,
      stored_path: file.path,
      thumb_path: thumbPath,
      mime_type: file.mimetype,
      size_bytes: file.size,
      sha256: checksum,
    });
    res.status(201).json({ id, checksum });
  } catch (err) {
    console.error('upload failed', err);
    res.status(500).json({ error: 'Upload failed, please try again' });
  }
});

// Staff profile pictures: square 128px crop
router.post('/avatar/me', upload.single('avatar'), (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'No image uploaded' });
  const outPath = path.join(UPLOAD_DIR, 'avatars', `${req.user.id}.png`);

  execFile(
    'convert',
    [req.file.path, '-resize', '128x128^', '-gravity', 'center', '-extent', '128x128', outPath],
    async (err) => {
      await fs.unlink(req.file.path).catch(() => {});
      if (err) {
        console.error('avatar conversion failed', err);
        return res.status(422).json({ error: 'Could not process that image' });
      }
      await db('staff').where({ id: req.user.id }).update({ avatar_path: outPath });
      res.json({ ok: true });
    }
  );
});

router.get('/:id/download', async (req, res, next) => {
  try {
    const attachment = await db('attachments').where({ id: req.params.id, clinic_id: req.user.clinicId }).first();
    if (!attachment) return res.status(404).json({ error: 'Attachment not found' });
    res.download(attachment.stored_path, attachment.original_name);
  } catch (err) {
    next(err);
  }
});

module.exports = router;

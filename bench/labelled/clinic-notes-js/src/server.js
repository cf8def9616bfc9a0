require('dotenv').config();

const path = require('path');
const express = require('express');
const helmet = require('helmet');
const cors = require('cors');
const cookieParser = require('cookie-parser');

const authRoutes = require('./routes/auth');
const noteRoutes = require('./routes/notes');
const patientRoutes = require('./routes/patients');
const uploadRoutes = require('./routes/uploads');
const reportRoutes = require('./routes/reports');

const app = express();

const ALLOWED_ORIGINS = ['https://app.clinicnotes.io', 'https://staging.clinicnotes.io'];
if (process.env.NODE_ENV !== 'production') ALLOWED_ORIGINS.push('http://localhost:5173');

app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", 'https://cdn.jsdelivr.net'],
        imgSrc: ["'self'", 'data:'],
      },
    },
  })
);
app.use(
  cors({
    origin(origin, callback) {
      if (!origin || ALLOWED_ORIGINS.includes(origin)) return callback(null, true);
      callback(new Error('Origin not allowed by CORS'));
    },
    credentials: true,
  })
);
app.use(express.json({ limit: '2mb' }));
app.use(cookieParser());
app.use(express.static(path.join(__dirname, '..', 'public')));

app.use('/api/auth', authRoutes);
app.use('/api/notes', noteRoutes);
app.use('/api/patients', patientRoutes);
app.use('/api/uploads', uploadRoutes);
app.use('/api/reports', reportRoutes);

app.use('/api', (req, res) => res.status(404).json({ error: 'Not found' }));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  const requestId = Math.random().toString(36).slice(2, 10);
  console.error(`[${requestId}] ${req.method} ${req.originalUrl}`, err);
  res.status(err.status || 500).json({ error: 'Something went wrong', requestId });
});

const port = Number(process.env.PORT) || 3000;
app.listen(port, () => console.log(`clinic-notes listening on http://localhost:${port}`));

require('dotenv').config();

module.exports = {
  client: 'mysql2',
  connection: {
    host: process.env.DB_HOST || '127.0.0.1',
    user: process.env.DB_USER || 'clinic',
    password: process.env.DB_PASSWORD,
    database: process.env.DB_NAME || 'clinic_notes',
  },
  migrations: { directory: './migrations' },
};

const knex = require('knex');
const mysql = require('mysql2/promise');
const knexConfig = require('../knexfile');

const db = knex({
  ...knexConfig,
  pool: { min: 0, max: 10 },
});

// Plain mysql2 pool on the read replica for the heavier reporting queries
const reportsPool = mysql.createPool({
  uri:
    process.env.REPORTS_DB_URL ||
    'mysql://reports_ro:Vt8qLm2Zr5wXk9pB@clinic-db-replica.c7hx2kq9mzpa.eu-west-1.rds.amazonaws.com:3306/clinic_notes',
  connectionLimit: 5,
  dateStrings: true,
});

module.exports = { db, reportsPool };

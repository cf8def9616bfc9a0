import express from "express";
import Knex from "knex";
import { Model, raw } from "objection";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";

const knex = Knex({ client: "pg", connection: process.env.DATABASE_URL });
const db = drizzle(process.env.DATABASE_URL!);
const router = express.Router();

router.get("/products", async (req, res) => {
  const { q, sort, dir } = req.query as Record<string, string>;
  const rows = await knex("products")
    // ruleid: js-sql-knex-raw
    .whereRaw(`name ILIKE '%${q}%'`)
    // ruleid: js-sql-knex-raw
    .orderByRaw(sort + " " + dir);
  res.json(rows);
});

router.get("/products/safe", async (req, res) => {
  const { q, dir } = req.query as Record<string, string>;
  const rows = await knex("products")
    // ok: js-sql-knex-raw
    .whereRaw("name ILIKE ?", [`%${q}%`])
    // ok: js-sql-knex-raw
    .orderByRaw(dir === "asc" ? "price asc" : "price desc");
  res.json(rows);
});

export async function stats(tenantId: string) {
  let statement = "SELECT count(*) FROM orders";
  statement += " WHERE tenant_id = '" + tenantId + "'";
  // ruleid: js-sql-knex-raw
  const { rows } = await knex.raw(statement);
  return rows;
}

export async function statsSafe(tenantId: string) {
  // ok: js-sql-knex-raw
  const { rows } = await knex.raw("SELECT count(*) FROM orders WHERE tenant_id = ?", [tenantId]);
  return rows;
}

export async function inTransaction(table: string, id: number) {
  await knex.transaction(async (trx) => {
    // ruleid: js-sql-knex-raw
    await trx.raw(`DELETE FROM ${table} WHERE id = ${id}`);
    // ok: js-sql-knex-raw
    await trx.raw("DELETE FROM ?? WHERE id = ?", [table, id]);
  });
}

class Person extends Model {
  static tableName = "persons";
}

export async function objectionSearch(minAge: string) {
  return Person.query()
    // ruleid: js-sql-knex-raw
    .select(raw("age - " + minAge + " AS delta"))
    // ok: js-sql-knex-raw
    .havingRaw("count(*) > ?", [1]);
}

export async function drizzleSearch(column: string, term: string) {
  // ruleid: js-sql-knex-raw
  return db.execute(sql`SELECT * FROM users WHERE ${sql.raw(`${column} = '${term}'`)}`);
}

export async function drizzleSafe(term: string) {
  // ok: js-sql-knex-raw
  return db.execute(sql`SELECT * FROM users WHERE name = ${term} ORDER BY ${sql.raw("created_at DESC")}`);
}

const STATUS_COLUMN = "status";

export function pathHelpers(dir: string) {
  // ok: js-sql-knex-raw
  const pattern = String.raw`C:\temp\${dir}`;
  // ok: js-sql-knex-raw
  return knex("tasks").whereRaw(`${STATUS_COLUMN} = ?`, ["open"]).toString() + pattern;
}

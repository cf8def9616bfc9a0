import express, { Request, Response } from "express";
import { Pool } from "pg";
import mysql from "mysql2/promise";
import Database from "better-sqlite3";
import sqlite3 from "sqlite3";
import postgres from "postgres";
import { sql as vercelSql } from "@vercel/postgres";
import SQL from "sql-template-strings";
import format from "pg-format";
import type { NextApiRequest, NextApiResponse } from "next";
import type { FastifyInstance } from "fastify";

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const db = new Database("app.db");
const legacy = new sqlite3.Database("legacy.db");
const sql = postgres(process.env.DATABASE_URL!);

app.get("/users", async (req: Request, res: Response) => {
  const { rows } = await pool.query(
    // ruleid: js-sql-query-built-string
    `SELECT * FROM users WHERE email = '${req.query.email}'`
  );
  res.json(rows);
});

app.get("/users/safe", async (req: Request, res: Response) => {
  // ok: js-sql-query-built-string
  const { rows } = await pool.query("SELECT * FROM users WHERE email = $1", [req.query.email]);
  res.json(rows);
});

app.get("/orders/:id", async (req, res) => {
  const conn = await mysql.createConnection({ host: "localhost", user: "app" });
  const query = "SELECT * FROM orders WHERE id = " + req.params.id;
  // ruleid: js-sql-query-built-string
  const [orders] = await conn.execute(query);
  res.json(orders);
});

app.get("/orders-safe/:id", async (req, res) => {
  const connection = await mysql.createConnection({ host: "localhost", user: "app" });
  // ok: js-sql-query-built-string
  const [orders] = await connection.execute("SELECT * FROM orders WHERE id = ?", [req.params.id]);
  res.json(orders);
});

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { search, sort } = req.query;
  let statement = "SELECT id, title FROM posts WHERE published = true";
  statement += " AND title LIKE '%" + search + "%'";
  // ruleid: js-sql-query-built-string
  const result = await pool.query(statement);
  // ruleid: js-sql-query-built-string
  const sorted = await pool.query(`SELECT id FROM posts ORDER BY ${sort} DESC`);
  res.status(200).json({ posts: result.rows, sorted: sorted.rows });
}

export function findProduct(name: string) {
  // ruleid: js-sql-query-built-string
  return db.prepare(`SELECT * FROM products WHERE name = '${name}'`).get();
}

export function findProductSafe(name: string) {
  // ok: js-sql-query-built-string
  return db.prepare("SELECT * FROM products WHERE name = ?").get(name);
}

export function purgeTable(table: string) {
  // ruleid: js-sql-query-built-string
  db.exec("DELETE FROM " + table);
}

export function legacyLookup(id: string, done: (err: Error | null, row?: unknown) => void) {
  // ruleid: js-sql-query-built-string
  legacy.get("SELECT * FROM accounts WHERE id = " + id, done);
}

export function legacyLookupSafe(id: string, done: (err: Error | null, row?: unknown) => void) {
  // ok: js-sql-query-built-string
  legacy.get("SELECT * FROM accounts WHERE id = ?", [id], done);
}

export function legacyList(owner: string, done: (err: Error | null, rows?: unknown[]) => void) {
  const sqlText = ["SELECT * FROM notes WHERE owner = '", owner, "'"].join("");
  // ruleid: js-sql-query-built-string
  legacy.all(sqlText, done);
}

class UserRepository {
  constructor(private readonly db: Pool) {}

  async byRole(role: string) {
    // ruleid: js-sql-query-built-string
    return this.db.query({ text: `SELECT * FROM users WHERE role = '${role}'` });
  }

  async byRoleSafe(role: string) {
    // ok: js-sql-query-built-string
    return this.db.query({ text: "SELECT * FROM users WHERE role = $1", values: [role] });
  }
}

export async function routes(fastify: FastifyInstance) {
  fastify.get<{ Params: { id: string } }>("/items/:id", async (request) => {
    const client = await pool.connect();
    try {
      // ruleid: js-sql-query-built-string
      const { rows } = await client.query(`DELETE FROM items WHERE id = ${request.params.id} RETURNING *`);
      return rows;
    } finally {
      client.release();
    }
  });
}

export async function rawPostgres(column: string, id: string) {
  // ruleid: js-sql-query-built-string
  const rows = await sql.unsafe(`SELECT ${column} FROM users WHERE id = '${id}'`);
  // ok: js-sql-query-built-string
  const safe = await sql`SELECT * FROM users WHERE id = ${id}`;
  return [rows, safe];
}

export async function vercel(id: string) {
  // ok: js-sql-query-built-string
  const { rows } = await vercelSql`SELECT * FROM users WHERE id = ${id}`;
  // ruleid: js-sql-query-built-string
  const legacyRows = await vercelSql.query(`SELECT * FROM users WHERE id = ${id}`);
  return [rows, legacyRows];
}

export async function withTemplateTag(email: string) {
  // ok: js-sql-query-built-string
  return pool.query(SQL`SELECT * FROM users WHERE email = ${email}`);
}

export async function byIds(ids: number[]) {
  // ok: js-sql-query-built-string
  return pool.query(`SELECT * FROM users WHERE id IN (${ids.map((_, i) => `$${i + 1}`).join(", ")})`, ids);
}

export async function byIdsMysql(ids: number[]) {
  const placeholders = ids.map(() => "?").join(",");
  const conn = await mysql.createConnection({});
  // ok: js-sql-query-built-string
  return conn.query(`SELECT * FROM users WHERE id IN (${placeholders})`, ids);
}

export async function paged(limit: string, conn: mysql.Connection) {
  // ok: js-sql-query-built-string
  return conn.query(`SELECT * FROM events ORDER BY created_at DESC LIMIT ${Number(limit)}`);
}

export async function escaped(name: string, conn: mysql.Connection) {
  // ok: js-sql-query-built-string
  return conn.query("SELECT * FROM users WHERE name = " + conn.escape(name));
}

export async function renamed(table: string) {
  // ok: js-sql-query-built-string
  return pool.query(format("SELECT * FROM %I", table));
}

export async function filters(name?: string, city?: string) {
  const where: string[] = [];
  const values: string[] = [];
  if (name) {
    values.push(name);
    where.push(`name = $${values.length}`);
  }
  if (city) {
    values.push(city);
    where.push(`city = $${values.length}`);
  }
  // ok: js-sql-query-built-string
  return pool.query(`SELECT * FROM people WHERE ${where.join(" AND ")}`, values);
}

export async function optionalFilter(name?: string) {
  let text = "SELECT * FROM people WHERE 1 = 1";
  if (name) {
    text += ` AND name = '${name}'`;
  }
  // ruleid: js-sql-query-built-string
  return pool.query(text);
}

export function notDatabase(router: { query(q: string): void }, req: Request, id: string) {
  const url = new URL(`https://example.com/items?id=${id}`);
  // ok: js-sql-query-built-string
  router.query(`page=${req.query.page}`);
  // ok: js-sql-query-built-string
  app.get(`/api/${id}/details`, (_req, res) => res.send("ok"));
  // ok: js-sql-query-built-string
  return url.searchParams.get(`filter_${id}`);
}

export function cacheAndRegex(cache: Map<string, string>, userId: string) {
  // ok: js-sql-query-built-string
  const cached = cache.get(`user:${userId}`);
  // ok: js-sql-query-built-string
  const match = /id=(\d+)/.exec(`id=${userId}`);
  return [cached, match];
}

export async function graphqlClient(client: { query(opts: unknown): Promise<unknown> }, id: string) {
  // ok: js-sql-query-built-string
  return client.query({ query: GET_USER, variables: { id } });
}

declare const GET_USER: unknown;

import mssql from "mssql";
import { DataSource } from "typeorm";

export async function reportMssql(region: string) {
  const request = new mssql.Request();
  // ruleid: js-sql-query-built-string
  const result = await request.query(`SELECT total FROM sales WHERE region = '${region}'`);
  const prepared = new mssql.Request();
  prepared.input("region", mssql.NVarChar, region);
  // ok: js-sql-query-built-string
  const safe = await prepared.query("SELECT total FROM sales WHERE region = @region");
  return [result, safe];
}

export class ReportService {
  constructor(private readonly dataSource: DataSource, private readonly userRepository: { query(q: string, p?: unknown[]): Promise<unknown> }) {}

  totals(tenant: string) {
    // ruleid: js-sql-query-built-string
    return this.dataSource.query(`SELECT SUM(amount) FROM invoices WHERE tenant = '${tenant}'`);
  }

  byName(name: string) {
    // ruleid: js-sql-query-built-string
    return this.userRepository.query("SELECT * FROM users WHERE name = '" + name + "'");
  }

  byNameSafe(name: string) {
    // ok: js-sql-query-built-string
    return this.userRepository.query("SELECT * FROM users WHERE name = $1", [name]);
  }
}

export async function keyValue(level: { get(key: string): Promise<string> }, id: string) {
  const kv = level;
  // ok: js-sql-query-built-string
  return kv.get(`user:${id}:profile`);
}

export async function sequelizeIsAnotherRule(sequelize: { query(q: string): Promise<unknown> }, id: string) {
  // ok: js-sql-query-built-string
  return sequelize.query(`SELECT * FROM users WHERE id = ${id}`);
}

export class BaseRepository {
  constructor(private readonly pool: Pool, private readonly tableName: string) {}

  findById(id: string) {
    // ok: js-sql-query-built-string
    return this.pool.query(`SELECT * FROM ${this.tableName} WHERE id = $1`, [id]);
  }

  findByEmail(email: string) {
    // ruleid: js-sql-query-built-string
    return this.pool.query(`SELECT * FROM users WHERE email = '${email}'`);
  }
}

export async function page(client: Pool, pageParam: string, limitParam: string) {
  const limit = Math.min(Number(limitParam) || 20, 100);
  const offset = (Number(pageParam) - 1) * limit;
  // ok: js-sql-query-built-string
  return client.query(`SELECT * FROM posts ORDER BY id LIMIT ${limit} OFFSET ${offset}`);
}

const ORDER_BY = { name: "ORDER BY name", newest: "ORDER BY created_at DESC" } as const;

app.get("/users/sorted", async (req, res) => {
  const orderBy = req.query.sort === "name" ? ORDER_BY.name : ORDER_BY.newest;
  const { rows } = await pool.query(
    // ok: js-sql-query-built-string
    `SELECT * FROM users WHERE email = $1 ${orderBy}`,
    [req.query.email]
  );
  res.json(rows);
});

app.get("/typed", async (req, res) => {
  const { rows } = await pool.query<{ id: string }>(
    // ruleid: js-sql-query-built-string
    `SELECT id FROM users WHERE email = '${req.query.email}'`
  );
  res.json(rows);
});

export async function bulkDelete(ids: string[], userId: string) {
  // Quoting each value is not a placeholder list: an id of `x') OR ('1'='1` escapes it.
  const quoted = ids.map((id) => `'${id}'`).join(", ");
  // ruleid: js-sql-query-built-string
  return pool.query(`DELETE FROM habits WHERE user_id = $1 AND id IN (${quoted})`, [userId]);
}

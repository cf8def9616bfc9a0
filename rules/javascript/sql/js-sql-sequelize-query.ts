import express from "express";
import { QueryTypes, Sequelize, Op, literal } from "sequelize";
import { sql } from "@sequelize/core";

const sequelize = new Sequelize(process.env.DATABASE_URL!);
const app = express();

app.get("/users", async (req, res) => {
  const users = await sequelize.query(
    // ruleid: js-sql-sequelize-query
    `SELECT * FROM users WHERE status = '${req.query.status}'`,
    { type: QueryTypes.SELECT }
  );
  res.json(users);
});

app.get("/users/safe", async (req, res) => {
  // ok: js-sql-sequelize-query
  const users = await sequelize.query("SELECT * FROM users WHERE status = :status", {
    replacements: { status: req.query.status },
    type: QueryTypes.SELECT,
  });
  res.json(users);
});

app.get("/users/bind", async (req, res) => {
  // ok: js-sql-sequelize-query
  const users = await sequelize.query("SELECT * FROM users WHERE id = $1", {
    bind: [req.query.id],
    type: QueryTypes.SELECT,
  });
  res.json(users);
});

export class ReportService {
  constructor(private readonly db: { sequelize: Sequelize }) {}

  async totals(region: string, from: string) {
    let statement = "SELECT SUM(amount) AS total FROM sales WHERE 1 = 1";
    statement += " AND region = '" + region + "'";
    statement += ` AND sold_at >= '${from}'`;
    // ruleid: js-sql-sequelize-query
    return this.db.sequelize.query(statement, { type: QueryTypes.SELECT });
  }
}

export async function search(Product: any, term: string, sortColumn: string) {
  return Product.findAll({
    where: {
      // ruleid: js-sql-sequelize-query
      [Op.and]: Sequelize.literal(`MATCH(name) AGAINST('${term}')`),
    },
    // ruleid: js-sql-sequelize-query
    order: [[literal(sortColumn + " DESC"), "ASC"]],
  });
}

export async function countSafe(Product: any) {
  return Product.findAll({
    // ok: js-sql-sequelize-query
    attributes: [[Sequelize.literal("(SELECT COUNT(*) FROM reviews WHERE reviews.product_id = Product.id)"), "reviewCount"]],
  });
}

export async function taggedV7(id: number) {
  // ok: js-sql-sequelize-query
  return sequelize.query(sql`SELECT * FROM users WHERE id = ${id}`);
}

const TABLE = "audit_log";

export async function constantParts(userId: number, t: any) {
  // ok: js-sql-sequelize-query
  return sequelize.query(`DELETE FROM ${TABLE} WHERE user_id = ?`, { replacements: [userId], transaction: t });
}

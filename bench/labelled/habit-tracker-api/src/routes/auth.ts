import { Router } from "express";
import bcrypt from "bcrypt";
import crypto from "crypto";
import { pool, queryOne } from "../db";
import { config } from "../config";
import {
  signAccessToken,
  signRefreshToken,
  verifyRefreshToken,
  signPasswordResetToken,
  verifyPasswordResetToken,
  tokenExpiresAt,
} from "../auth/tokens";
import { sendMail } from "../lib/mailer";

const router = Router();

const RESET_SALT_ROUNDS = 8;

interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  role: "user" | "admin";
  hash_scheme: "bcrypt" | "sha256";
}

// Accounts imported from the old Habitly v1 PHP backend still have unsalted sha256 hashes.
function legacyPasswordHash(password: string): string {
  return crypto.createHash("sha256").update(password).digest("hex");
}

async function passwordMatches(user: UserRow, password: string): Promise<boolean> {
  if (user.hash_scheme === "sha256") {
    return legacyPasswordHash(password) === user.password_hash;
  }
  return bcrypt.compare(password, user.password_hash);
}

function issueTokens(user: Pick<UserRow, "id" | "email" | "role">) {
  const accessToken = signAccessToken({ sub: user.id, email: user.email, role: user.role });
  return {
    accessToken,
    refreshToken: signRefreshToken(user.id),
    expiresAt: tokenExpiresAt(accessToken),
  };
}

router.post("/register", async (req, res, next) => {
  try {
    const { email, password, displayName } = req.body ?? {};
    if (typeof email !== "string" || typeof password !== "string" || password.length < 8) {
      return res
        .status(400)
        .json({ error: "Email and a password of at least 8 characters are required" });
    }

    const passwordHash = await bcrypt.hash(password, config.bcryptRounds);
    const { rows } = await pool.query<UserRow>(
      `INSERT INTO users (email, password_hash, hash_scheme, display_name)
       VALUES ($1, $2, 'bcrypt', $3)
       ON CONFLICT (email) DO NOTHING
       RETURNING id, email, role`,
      [email.trim().toLowerCase(), passwordHash, displayName ?? null]
    );

    if (rows.length === 0) {
      return res.status(409).json({ error: "An account with that email already exists" });
    }
    res.status(201).json(issueTokens(rows[0]));
  } catch (err) {
    next(err);
  }
});

router.post("/login", async (req, res, next) => {
  try {
    const { email, password } = req.body ?? {};
    if (!email || !password) {
      return res.status(400).json({ error: "Email and password are required" });
    }

    const user = await queryOne<UserRow>(
      "SELECT id, email, password_hash, role, hash_scheme FROM users WHERE email = $1",
      [String(email).trim().toLowerCase()]
    );

    if (!user || !(await passwordMatches(user, password))) {
      return res.status(401).json({ error: "Invalid email or password" });
    }

    res.json(issueTokens(user));
  } catch (err) {
    next(err);
  }
});

router.post("/refresh", async (req, res) => {
  try {
    const userId = verifyRefreshToken(req.body?.refreshToken);
    const user = await queryOne<UserRow>("SELECT id, email, role FROM users WHERE id = $1", [userId]);
    if (!user) {
      return res.status(401).json({ error: "Account no longer exists" });
    }
    const accessToken = signAccessToken({ sub: user.id, email: user.email, role: user.role });
    res.json({ accessToken, expiresAt: tokenExpiresAt(accessToken) });
  } catch {
    res.status(401).json({ error: "Invalid refresh token" });
  }
});

router.post("/forgot-password", async (req, res, next) => {
  try {
    const email = String(req.body?.email ?? "").trim().toLowerCase();
    const user = await queryOne<UserRow>("SELECT id, email FROM users WHERE email = $1", [email]);
    if (user) {
      const token = signPasswordResetToken(user.id);
      await sendMail({
        to: user.email,
        subject: "Reset your Habitly password",
        text: `Open this link to choose a new password: https://habitly.app/reset?token=${token}`,
      });
    }
    // Same response either way so the endpoint can't be used to enumerate accounts
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

router.post("/reset-password", async (req, res) => {
  const { token, password } = req.body ?? {};
  if (typeof password !== "string" || password.length < 8) {
    return res.status(400).json({ error: "Password must be at least 8 characters" });
  }
  try {
    const userId = verifyPasswordResetToken(token);
    const newHash = await bcrypt.hash(password, RESET_SALT_ROUNDS);
    await pool.query(
      "UPDATE users SET password_hash = $1, hash_scheme = 'bcrypt', updated_at = now() WHERE id = $2",
      [newHash, userId]
    );
    res.json({ ok: true });
  } catch {
    res.status(400).json({ error: "Reset link is invalid or has expired" });
  }
});

export default router;

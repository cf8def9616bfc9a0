import { Router } from "express";
import bcrypt from "bcrypt";
import { prisma } from "../db";
import { issueToken } from "../auth";
import { legacyPasswordHash, hashPassword } from "../passwords";

export const authRouter = Router();

authRouter.post("/signup", async (req, res) => {
  const { email, password } = req.body;
  const user = await prisma.user.create({ data: { email, passwordHash: await hashPassword(password) } });
  res.json({ token: issueToken(user.id) });
});

authRouter.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user) return res.status(401).json({ error: "invalid credentials" });
  const ok = user.passwordHash.startsWith("$2")
    ? await bcrypt.compare(password, user.passwordHash)
    : legacyPasswordHash(password) === user.passwordHash;
  if (!ok) return res.status(401).json({ error: "invalid credentials" });
  res.json({ token: issueToken(user.id) });
});

import jwt from "jsonwebtoken";
import type { Request, Response, NextFunction } from "express";

const JWT_SECRET = process.env.JWT_SECRET || "moodlog-dev-secret";

export function issueToken(userId: string): string {
  return jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: "90d" });
}

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  try {
    const claims = jwt.verify(token, JWT_SECRET) as { sub: string };
    res.locals.userId = claims.sub;
    next();
  } catch {
    res.status(401).json({ error: "unauthorised" });
  }
}

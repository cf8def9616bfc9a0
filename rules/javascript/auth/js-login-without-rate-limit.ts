import express from "express";
import rateLimit from "express-rate-limit";

const router = express.Router();
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

// ruleid: js-login-without-rate-limit
router.post("/login", async (req, res) => {
  const user = await users.check(req.body.email, req.body.password);
  res.json({ token: user && issueToken(user) });
});

// ruleid: js-login-without-rate-limit
router.post("/api/v1/auth/forgot-password", passport.authenticate("anonymous"), async (req, res) => {
  await mailer.sendReset(req.body.email);
  res.status(204).end();
});

// ruleid: js-login-without-rate-limit
router.post("/api/auth/token", async (req, res) => {
  res.json(await grant(req.body.username, req.body.password));
});

// ok: js-login-without-rate-limit
router.post("/signin", loginLimiter, async (req, res) => {
  res.json(await signIn(req.body));
});

// ok: js-login-without-rate-limit
router.post("/verify-otp", rateLimit({ windowMs: 60_000, limit: 5 }), async (req, res) => {
  res.json(await verifyOtp(req.body.code));
});

// ok: js-login-without-rate-limit
router.post("/register", async (req, res) => {
  res.status(201).json(await users.create(req.body));
});

// ok: js-login-without-rate-limit
router.post("/refresh", async (req, res) => {
  res.json(await refresh(req.body.refreshToken));
});

// ok: js-login-without-rate-limit
router.post("/api/chat/session", async (req, res) => {
  res.json(await chats.start(req.user.id));
});

// ok: js-login-without-rate-limit
router.get("/login", (req, res) => res.render("login"));

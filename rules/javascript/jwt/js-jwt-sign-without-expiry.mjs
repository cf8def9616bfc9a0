import * as jsonwebtoken from "jsonwebtoken";
import express from "express";

const router = express.Router();

router.post("/api/invite", async (req, res) => {
  const invite = await createInvite(req.body.email);
  // ruleid: js-jwt-sign-without-expiry
  const token = jsonwebtoken.sign({ inviteId: invite.id }, process.env.INVITE_SECRET, { audience: "invite" });
  res.json({ link: `https://app.example.com/invite?token=${token}` });
});

router.post("/api/session", async (req, res) => {
  const user = await authenticate(req.body);
  // ok: js-jwt-sign-without-expiry
  const token = jsonwebtoken.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: 3600 });
  res.json({ token });
});

async function createInvite(email) {
  return { id: email };
}

async function authenticate(body) {
  return { id: body.email };
}

export default router;

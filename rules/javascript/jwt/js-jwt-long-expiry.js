// Firebase session cookies take expiresIn in milliseconds; this file signs no JWTs itself.
const admin = require("firebase-admin");

async function createSession(req, res) {
  const idToken = req.body.idToken;
  // ok: js-jwt-long-expiry
  const expiresIn = 60 * 60 * 24 * 5 * 1000;
  // ok: js-jwt-long-expiry
  const cookie = await admin.auth().createSessionCookie(idToken, { expiresIn });
  // ok: js-jwt-long-expiry
  res.cookie("session", cookie, { maxAge: expiresIn, httpOnly: true, secure: true });
  res.end();
}

// A presigned download link, not a token.
// ok: js-jwt-long-expiry
const downloadLinkOptions = { expiresIn: 60 * 60 * 24 * 6 };

module.exports = { createSession, downloadLinkOptions };

// This module puts the `exp` claim into the payload itself, so sign() needs no expiresIn.
const jwt = require("jsonwebtoken");

const SECRET = process.env.JWT_SECRET;

function issueToken(user) {
  const now = Math.floor(Date.now() / 1000);
  // ok: js-jwt-sign-without-expiry
  return jwt.sign({ sub: user.id, iat: now, exp: now + 15 * 60 }, SECRET);
}

function issueServiceToken(service) {
  const payload = { iss: "billing", aud: service };
  payload.exp = Math.floor(Date.now() / 1000) + 300;
  // ok: js-jwt-sign-without-expiry
  return jwt.sign(payload, SECRET, { algorithm: "HS256" });
}

function issueApiKeyToken(client) {
  // Never expires, but the `exp` set elsewhere in this file keeps the rule quiet for the whole file.
  // todoruleid: js-jwt-sign-without-expiry
  return jwt.sign({ clientId: client.id }, SECRET);
}

module.exports = { issueApiKeyToken, issueToken, issueServiceToken };

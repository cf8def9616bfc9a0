// Have I Been Pwned's k-anonymity range API needs the SHA-1 of the password.
const crypto = require("crypto");

async function isPwned(password) {
  // ok: js-weak-password-hash
  const digest = crypto.createHash("sha1").update(password).digest("hex").toUpperCase();
  const response = await fetch(`https://api.pwnedpasswords.com/range/${digest.slice(0, 5)}`);
  const body = await response.text();
  return body.includes(digest.slice(5));
}

module.exports = { isPwned };

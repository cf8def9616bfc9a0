// Fixture for js-login-without-rate-limit: a pages-router API route that mails reset links.
// ruleid: js-login-without-rate-limit
export default async function handler(req, res) {
  if (req.method !== "POST") return res.status(405).end();
  await sendResetLink(req.body.email);
  res.status(204).end();
}

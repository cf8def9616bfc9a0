const nodemailer = require('nodemailer');

const transporter = nodemailer.createTransport({
  host: process.env.SMTP_HOST || 'smtp.mailgun.org',
  port: 587,
  auth: {
    user: process.env.SMTP_USER,
    pass: process.env.SMTP_PASS,
  },
});

async function sendReportEmail(to, subject, pdfPath) {
  return transporter.sendMail({
    from: '"Clinic Notes" <reports@clinicnotes.io>',
    to,
    subject,
    text: 'The requested visit report is attached.',
    attachments: [{ filename: 'report.pdf', path: pdfPath }],
  });
}

module.exports = { sendReportEmail };

import sgMail from "@sendgrid/mail";
import { config } from "../config";

const apiKey =
  config.sendgridApiKey ?? "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";

sgMail.setApiKey(apiKey);

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export async function sendMail(message: MailMessage): Promise<void> {
  if (!config.isProduction) {
    console.log(`[mail] to=${message.to} subject="${message.subject}"\n${message.text}`);
    return;
  }
  await sgMail.send({ ...message, from: config.mailFrom });
}

import nodemailer from "nodemailer";
import type { EmailTransport } from "@jeugdregie/jobs";

/** SMTP delivery for the outbox when SMTP_URL is configured (smtp://user:pass@host:587). */
export function smtpTransport(url: string, from: string): EmailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

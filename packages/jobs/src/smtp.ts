import nodemailer from "nodemailer";
import type { EmailTransport } from "./email.ts";

/**
 * SMTP delivery for the outbox when SMTP_URL is configured (smtp://user:pass@host:587). Short
 * timeouts: the relay holds the message's row lock while it sends, and a server that does not
 * answer is a failed attempt to retry later, not a stuck relay.
 */
export function smtpTransport(url: string, from: string): EmailTransport {
  const transporter = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    async send(message) {
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

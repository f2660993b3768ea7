import { SMTPServer } from "smtp-server";
import { findFreePort } from "@jeugdregie/config";

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * A real SMTP server (smtp-server, by the nodemailer authors) on a free local port. `accepts`
 * decides per recipient, at RCPT time, whether the server takes a message now (451, try later)
 * or refuses it for good (550); it can be swapped while the server runs.
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  /** Every refusal, temporary or permanent, in order. */
  readonly refused: string[] = [];
  accepts: (recipient: string) => "accept" | "later" | "never" = () => "accept";
  url = "";
  private server: SMTPServer | undefined;

  async start(): Promise<this> {
    const port = await findFreePort();
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const verdict = this.accepts(address.address);
        if (verdict === "accept") return callback();
        this.refused.push(address.address);
        const error = Object.assign(new Error(verdict === "later" ? "Try again later" : "Mailbox unavailable"), {
          responseCode: verdict === "later" ? 451 : 550,
        });
        callback(error);
      },
      onData: (stream, session, callback) => {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
        stream.on("end", () => {
          const [head = "", ...body] = raw.split(/\r?\n\r?\n/);
          const subject = /^Subject: (.*)$/im.exec(head)?.[1]?.trim() ?? "";
          let text = body.join("\n\n");
          if (/^Content-Transfer-Encoding: quoted-printable$/im.test(head))
            text = Buffer.from(
              text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
              "latin1",
            ).toString("utf8");
          for (const to of session.envelope.rcptTo) this.received.push({ to: to.address, subject, text });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    this.url = `smtp://127.0.0.1:${port}`;
    return this;
  }

  /** How many times each recipient received a message. */
  deliveriesTo(recipient: string): number {
    return this.received.filter((m) => m.to === recipient).length;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

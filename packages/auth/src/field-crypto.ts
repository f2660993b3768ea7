import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * Encryption for special-category fields (BSN, name): AES-256-GCM with a random IV per value,
 * and a keyed hash (HMAC-SHA256) to find a child by BSN without decrypting anything. Both keys
 * are derived from one master key (DATA_ENCRYPTION_KEY) so that they never coincide.
 */
export interface FieldCrypto {
  encrypt(plain: string): string;
  decrypt(token: string): string;
  lookupHash(value: string): string;
}

export function createFieldCrypto(masterKeyBase64: string): FieldCrypto {
  const master = Buffer.from(masterKeyBase64, "base64");
  if (master.length !== 32) throw new Error("DATA_ENCRYPTION_KEY must be 32 bytes, base64-encoded");
  const encryptionKey = Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "jeugdregie field encryption v1", 32));
  const hashKey = Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "jeugdregie lookup hash v1", 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", encryptionKey, iv);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
    },
    decrypt(token) {
      if (!token.startsWith("v1:")) throw new Error("unknown ciphertext version");
      const raw = Buffer.from(token.slice(3), "base64");
      const decipher = createDecipheriv("aes-256-gcm", encryptionKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
    },
    lookupHash(value) {
      return createHmac("sha256", hashKey).update(value).digest("hex");
    },
  };
}

export const newDataEncryptionKey = () => randomBytes(32).toString("base64");

/** A pseudonym shown instead of a name: no meaning, no collisions in practice (32^7). */
export function newPseudonym(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(7);
  return `J-${[...bytes].map((b) => alphabet[b % alphabet.length]).join("")}`;
}

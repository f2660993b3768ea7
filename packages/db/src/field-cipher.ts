/**
 * The field crypto (packages/auth, AES-256-GCM under DATA_ENCRYPTION_KEY) as repositories use it
 * for secrets at rest; db may not depend on auth, and the key never reaches the database.
 */
export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(token: string): string;
}

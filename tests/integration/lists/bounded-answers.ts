/**
 * Queries whose answer holds arrays that are bounded by nature (one request's history, the care
 * types, a fixed set of settings), so they need no pagination, and why. Everything else that
 * answers a list must be a keyset page (list-pagination.integration.test.ts).
 */
export const BOUNDED_ANSWERS: Record<string, { fields: string[]; why: string }> = {};

import { Alert } from "@jeugdregie/ui";

/** The outcome of the last form post: an error next to the form, or a confirmation. */
export function FormMessages({ result }: { result: { error?: string; message?: string } | undefined }) {
  if (result?.error) return <Alert type="error">{result.error}</Alert>;
  if (result?.message) return <Alert type="ok">{result.message}</Alert>;
  return null;
}

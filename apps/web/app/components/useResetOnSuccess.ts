import { useEffect, useRef } from "react";

/** Empties a form after it was saved, so the next entry starts clean (errors keep what was typed). */
export function useResetOnSuccess(result: unknown) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if ((result as { ok?: boolean } | undefined)?.ok) ref.current?.reset();
  }, [result]);
  return ref;
}

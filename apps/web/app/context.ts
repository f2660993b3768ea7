import { createContext } from "react-router";
import type { ApiDeps } from "@jeugdregie/api";

// One context key each for the server and the built routes, even if each loads its own copy of this module.
const registry = globalThis as unknown as Record<symbol, unknown>;
function sharedContext<T>(name: string): ReturnType<typeof createContext<T>> {
  const key = Symbol.for(`jeugdregie.${name}`);
  return (registry[key] ??= createContext<T>()) as ReturnType<typeof createContext<T>>;
}

export const depsContext = sharedContext<ApiDeps>("depsContext");
/** The caller's address, from the socket and trusted proxies only (see TRUST_PROXY). */
export const clientAddressContext = sharedContext<string>("clientAddressContext");

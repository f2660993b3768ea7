import { createContext } from "react-router";
import type { ApiDeps } from "@jeugdregie/api";

// One context key for the server and the built routes, even if each loads its own copy of this module.
const KEY = Symbol.for("jeugdregie.depsContext");
const registry = globalThis as unknown as Record<symbol, ReturnType<typeof createContext<ApiDeps>> | undefined>;
export const depsContext = (registry[KEY] ??= createContext<ApiDeps>());

import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

// Server-side workspace packages stay external in the server build: the server process (tsx)
// loads them once, so the server and the routes share one module instance (one database pool,
// one copy of native modules such as argon2). Only the UI package is bundled (it ships CSS).
const serverPackages = [
  "@jeugdregie/api",
  "@jeugdregie/auth",
  "@jeugdregie/config",
  "@jeugdregie/db",
  "@jeugdregie/domain",
  "@jeugdregie/jobs",
];
const isServerPackage = (id: string) => serverPackages.some((p) => id === p || id.startsWith(`${p}/`));

export default defineConfig({
  plugins: [reactRouter()],
  environments: {
    ssr: { build: { rollupOptions: { external: isServerPackage } } },
  },
  build: { sourcemap: false },
});

import js from "@eslint/js";
import tseslint from "typescript-eslint";

const IO_AND_FRAMEWORKS = [
  "pg",
  "kysely",
  "kysely/*",
  "ioredis",
  "bullmq",
  "@trpc/*",
  "react",
  "react-dom",
  "react-router",
  "@casl/*",
  "argon2",
  "express",
  "node:*",
  "fs",
  "net",
  "http",
  "https",
  "child_process",
  "@jeugdregie/*",
];

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/build/**", "**/.react-router/**", ".tools/**", ".data/**", "**/dist/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "max-lines": ["error", { max: 450, skipBlankLines: true, skipComments: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // The domain is pure: no I/O, no frameworks, no other workspace package.
    files: ["packages/domain/**/*.ts"],
    ignores: ["packages/domain/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: IO_AND_FRAMEWORKS, message: "packages/domain is pure: no I/O or framework imports (design section 4)." }] },
      ],
      "no-restricted-globals": ["error", "fetch", "process", "setTimeout", "setInterval"],
    },
  },
);

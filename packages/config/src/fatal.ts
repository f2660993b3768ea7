/** Ends the process with one clear line instead of a stack trace (for expected start-up failures). */
export function exitWithMessage(message: string, code = 1): never {
  process.stderr.write(`jeugdregie: ${message}\n`);
  process.exit(code);
}

export class StartupError extends Error {}

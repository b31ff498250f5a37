/** Rewrites every non-ASCII character of the file (a built script) as a `\uXXXX` escape. */
export function escapeNonAscii(file: string): void;

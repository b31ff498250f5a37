import { expect } from 'vitest';
import { EXIT, UserError } from '../../src/errors.js';

/** The UserError `run` throws, checked to be a usage error (exit 2). */
export function usageError(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(EXIT.usage);
    return error as UserError;
  }
  throw new Error('expected a UserError');
}

import { describe, expect, it } from 'vitest';
import { EXIT, fileError, fileProblem, UserError } from '../src/errors.js';

/** An error as Node's file-system calls throw them. */
function systemError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}, open '/somewhere/r.pdf'`), {
    code,
    syscall: 'open',
    path: '/somewhere/r.pdf',
  });
}

describe('file-system errors in plain words', () => {
  it.each([
    ['EACCES', 'permission denied: check its permissions, or choose a place you may use'],
    ['ENOTDIR', 'a folder in its path is a file, not a folder'],
    ['EISDIR', 'it is a folder, not a file'],
    ['ELOOP', 'its path goes round a loop of symbolic links'],
    ['ENAMETOOLONG', 'the name is too long for the file system: choose a shorter one'],
    ['ENOSPC', 'the disk is full: free some space and run again'],
    ['EROFS', 'the disk is read-only: choose another place'],
  ])('%s', (code, words) => {
    expect(fileProblem(systemError(code, 'whatever'))).toBe(words);
  });

  it('says what the system said, without its code, for a code it has no words for', () => {
    expect(fileProblem(systemError('ESTALE', 'stale file handle'))).toBe('stale file handle');
  });

  it('is not fooled by errors that are not the system’s', () => {
    expect(fileProblem(new Error('EACCES-like text'))).toBeNull();
    expect(fileProblem(Object.assign(new Error('x'), { code: 'CSV_QUOTE_NOT_CLOSED' }))).toBeNull();
    const bug = new TypeError('x is undefined');
    expect(fileError(bug, 'write', 'r.pdf')).toBe(bug);
  });

  it('makes a UserError naming the path as the user gave it, exit 2 unless told', () => {
    const error = fileError(systemError('EACCES', 'permission denied'), 'write', 'out/r.pdf');
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(EXIT.usage);
    expect((error as UserError).message).toBe(
      'cannot write out/r.pdf: permission denied: check its permissions, or choose a place you may use',
    );
    const input = fileError(systemError('EACCES', 'x'), 'read', 'a.csv', EXIT.invalidData);
    expect((input as UserError).exitCode).toBe(EXIT.invalidData);
  });
});

import { describe, expect, it } from 'vitest';
import { counted, forCount } from '../src/english.js';

describe('counted', () => {
  it('puts the noun in the singular for one, in the plural otherwise', () => {
    expect(counted(1, 'file')).toBe('1 file');
    expect(counted(0, 'file')).toBe('0 files');
    expect(counted(2, 'invalid row')).toBe('2 invalid rows');
    expect(counted(1806, 'contact')).toBe('1,806 contacts');
  });
  it('picks the word that agrees with a count', () => {
    expect(forCount(1, 'needs', 'need')).toBe('needs');
    expect(forCount(4, 'needs', 'need')).toBe('need');
  });
  it('takes an irregular plural', () => {
    expect(counted(3, 'entry', 'entries')).toBe('3 entries');
    expect(counted(1, 'entry', 'entries')).toBe('1 entry');
  });
});

import { describe, expect, it } from 'vitest';
import { joinList } from '../../src/lv/list.js';

describe('joinList', () => {
  it('joins with commas and "un"', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['Irākas'])).toBe('Irākas');
    expect(joinList(['Irākas', 'Afganistānas'])).toBe('Irākas un Afganistānas');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b un c');
    expect(joinList(['a', 'b'], 'vai')).toBe('a vai b');
  });
});

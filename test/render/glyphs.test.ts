import { describe, expect, it } from 'vitest';
import { describeCharacters, undrawable, withPlaceholders } from '../../src/render/glyphs.js';

/** A font with Latin letters up to U+017F, the placeholder and the no-break space only. */
const latin = (codePoint: number) => codePoint <= 0x17f || codePoint === 0xfffd;

describe('withPlaceholders', () => {
  it('keeps text the font can draw as it is', () => {
    expect(withPlaceholders('Rīga, Köln\u00A0– 中', () => true)).toBe('Rīga, Köln\u00A0– 中');
    expect(withPlaceholders('Liepāja', latin)).toBe('Liepāja');
  });

  it('replaces each run of undrawable characters, with its marks and joiners, by one placeholder', () => {
    expect(withPlaceholders('Liepāja 😀', latin)).toBe('Liepāja \uFFFD');
    expect(withPlaceholders('北京 un الرياض', latin)).toBe('\uFFFD un \uFFFD');
    // A family emoji: four pictographs joined by ZWJ; a heart with its variation selector.
    expect(withPlaceholders('a👨‍👩‍👧‍👦b❤️c', latin)).toBe('a\uFFFDb\uFFFDc');
  });

  it('leaves line breaks and tabs to the layout', () => {
    expect(withPlaceholders('a\nb\tc', latin)).toBe('a\nb\tc');
  });
});

describe('undrawable and describeCharacters', () => {
  it('name the kinds of characters missing, without the text', () => {
    expect(undrawable('Rīga', latin)).toEqual([]);
    const missing = undrawable('北京 الرياض 😀 ☃', latin);
    expect(describeCharacters(missing)).toBe('Chinese or Japanese, Arabic, emoji');
    expect(describeCharacters(undrawable('∰', latin))).toBe('symbols');
  });
});

import { describe, expect, it } from 'vitest';
import { latvianQuotes, typeset } from '../../src/lv/typography.js';

const NB = '\u00A0';

describe('latvianQuotes', () => {
  it('turns ASCII and English quotes into Latvian ones', () => {
    expect(latvianQuotes('Biedrība "Latvijas Sarkanais Krusts"')).toBe(
      'Biedrība „Latvijas Sarkanais Krusts”',
    );
    expect(latvianQuotes('PMIC “Mucenieki”')).toBe('PMIC „Mucenieki”');
    expect(latvianQuotes('("Drošā māja")')).toBe('(„Drošā māja”)');
    expect(latvianQuotes('bez pēdiņām')).toBe('bez pēdiņām');
  });
});

describe('typeset', () => {
  it('keeps a number with its noun or unit', () => {
    expect(typeset('98 personas un 85 %')).toBe(`98${NB}personas un 85${NB}%`);
  });
  it('keeps a date on one line, but lets a sentence after a number start', () => {
    expect(typeset('līdz 2021. gada 30. novembrim')).toBe(
      `līdz 2021.${NB}gada${NB}30.${NB}novembrim`,
    );
    expect(typeset('no 13 citām valstīm. Vēl')).toBe(`no 13${NB}citām valstīm. Vēl`);
    expect(typeset('Irāka (61). Bezvalstnieki')).toBe('Irāka (61). Bezvalstnieki');
  });
  it('never starts a line with a dash or with the figure after it', () => {
    expect(typeset('Rīga – 101, Ogre – 5')).toBe(`Rīga${NB}–${NB}101, Ogre${NB}–${NB}5`);
    expect(typeset('bet – kā')).toBe(`bet${NB}– kā`);
  });
  it('keeps "PMIC „Mucenieki”" and "Nr. 9.1" together', () => {
    expect(typeset('PMIC "Mucenieki"')).toBe(`PMIC${NB}„Mucenieki”`);
    expect(typeset('(Nr. 9.1.4.4./16/I/001)')).toBe(`(Nr.${NB}9.1.4.4./16/I/001)`);
  });
});

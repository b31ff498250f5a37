import { describe, expect, it } from 'vitest';
import { agree, count, countFrom, countWith, isSingular, nounForm } from '../../src/lv/plural.js';
import { NOUNS, PARTICIPLES } from '../../src/lv/lexicon.js';

describe('isSingular', () => {
  it('is true for numerals ending in 1 except 11', () => {
    for (const n of [1, 21, 31, 101, 241, 1001]) expect(isSingular(n), String(n)).toBe(true);
    for (const n of [0, 2, 10, 11, 111, 142, 190, 211, 1011]) {
      expect(isSingular(n), String(n)).toBe(false);
    }
  });
});

describe('count', () => {
  it('agrees in the nominative (latvian.md table)', () => {
    expect(count(1, 'klients')).toBe('1\u00A0klients');
    expect(count(21, 'persona')).toBe('21\u00A0persona');
    expect(count(241, 'klients')).toBe('241\u00A0klients');
    expect(count(2, 'klients')).toBe('2\u00A0klienti');
    expect(count(11, 'klients')).toBe('11\u00A0klienti');
    expect(count(142, 'klients')).toBe('142\u00A0klienti');
    expect(count(190, 'persona')).toBe('190\u00A0personas');
    expect(count(111, 'persona')).toBe('111\u00A0personas');
    expect(count(101, 'persona')).toBe('101\u00A0persona');
    expect(count(0, 'klients')).toBe('0\u00A0klienti');
  });
  it('agrees in the dative (latvian.md table)', () => {
    expect(count(241, 'klients', 'dat')).toBe('241\u00A0klientam');
    expect(count(21, 'persona', 'dat')).toBe('21\u00A0personai');
    expect(count(21, 'sieviete', 'dat')).toBe('21\u00A0sievietei');
    expect(count(21, 'vīrietis', 'dat')).toBe('21\u00A0vīrietim');
    expect(count(142, 'klients', 'dat')).toBe('142\u00A0klientiem');
    expect(count(190, 'persona', 'dat')).toBe('190\u00A0personām');
    expect(count(99, 'sieviete', 'dat')).toBe('99\u00A0sievietēm');
    expect(count(142, 'vīrietis', 'dat')).toBe('142\u00A0vīriešiem');
  });
  it('declines multi-word nouns as a whole', () => {
    expect(count(2, 'sociālais darbinieks')).toBe('2\u00A0sociālie darbinieki');
    expect(count(1, 'sociālais mentors')).toBe('1\u00A0sociālais mentors');
    expect(count(8, 'sociālais mentors', 'acc')).toBe('8\u00A0sociālos mentorus');
    expect(count(142, 'klienta lieta')).toBe('142\u00A0klientu lietas');
    expect(count(25, 'individuāla persona', 'dat')).toBe('25\u00A0individuālām personām');
    expect(count(42, 'ģimene', 'dat')).toBe('42\u00A0ģimenēm');
    expect(count(32, 'gads')).toBe('32\u00A0gadi');
    expect(count(31, 'gads')).toBe('31\u00A0gads');
  });
  it('formats decimals and judges them as printed', () => {
    expect(count(9.5, 'sociālais mentors')).toBe('9,5\u00A0sociālie mentori');
    expect(count(10, 'sociālais mentors')).toBe('10\u00A0sociālie mentori');
  });
  it('refuses a noun the lexicon lacks', () => {
    expect(() => count(1, 'kaķis')).toThrow(/lexicon has no noun "kaķis"/);
    expect(() => count(1, 'toString')).toThrow(/lexicon/);
  });
});

describe('nounForm', () => {
  it('gives the agreeing form alone', () => {
    expect(nounForm('ģimene', 5, 'gen')).toBe('ģimeņu');
    expect(nounForm('valsts', 1, 'dat')).toBe('valstij');
    expect(nounForm('vīrietis', 111)).toBe('vīrieši');
  });
});

describe('countWith (after "ar", "uz")', () => {
  it('takes the accusative singular and the dative plural', () => {
    expect(countWith(1, 'klients')).toBe('1\u00A0klientu');
    expect(countWith(3, 'klients')).toBe('3\u00A0klientiem');
  });
});

describe('countFrom (after "no")', () => {
  it('takes the genitive singular and the dative plural', () => {
    expect(countFrom(21, 'valsts')).toBe('21\u00A0valsts');
    expect(countFrom(22, 'valsts')).toBe('22\u00A0valstīm');
    expect(countFrom(1, 'valsts')).toBe('1\u00A0valsts');
    expect(countFrom(11, 'valsts')).toBe('11\u00A0valstīm');
  });
});

describe('agree', () => {
  it('picks the participle by gender and number', () => {
    expect(agree('apkalpots', 241, 'klients')).toBe('apkalpots');
    expect(agree('apkalpots', 142, 'klients')).toBe('apkalpoti');
    expect(agree('apkalpots', 21, 'persona')).toBe('apkalpota');
    expect(agree('apkalpots', 111, 'persona')).toBe('apkalpotas');
    expect(agree('saņēmis', 21, 'persona')).toBe('saņēmusi');
    expect(agree('saņēmis', 190, 'persona')).toBe('saņēmušas');
    expect(agree('saņēmis', 1, 'klients')).toBe('saņēmis');
    expect(agree('saņēmis', 2, 'klients')).toBe('saņēmuši');
    expect(agree('slēgts', 142, 'klienta lieta')).toBe('slēgtas');
    expect(agree('slēgts', 1, 'klienta lieta')).toBe('slēgta');
    expect(agree('iesaistīts', 2, 'sociālais darbinieks')).toBe('iesaistīti');
  });
  it('refuses an unknown participle', () => {
    expect(() => agree('redzēts', 1, 'klients')).toThrow(/no participle "redzēts"/);
  });
});

describe('lexicon', () => {
  it('has four distinct-looking, non-empty forms per number and a gender per noun', () => {
    for (const [lemma, forms] of Object.entries(NOUNS)) {
      expect(forms.sg[0]).toBe(lemma);
      for (const form of [...forms.sg, ...forms.pl]) expect(form.trim()).toBe(form);
    }
    for (const [lemma, forms] of Object.entries(PARTICIPLES)) expect(forms.m[0]).toBe(lemma);
  });
});

import { describe, expect, it } from 'vitest';
import { displayNames } from '../../src/cli/inputs.js';

describe('displayNames', () => {
  const cwd = '/home/anna/atskaites';
  const names = (files: string[]) => [...displayNames(files, cwd).values()];

  it('names files in the working directory by their path from it', () => {
    expect(names([`${cwd}/dati/a.csv`, `${cwd}/b.csv`])).toEqual(['dati/a.csv', 'b.csv']);
  });

  it('names files outside it by their base name, never an absolute path', () => {
    expect(names(['/srv/eksports/2021/kontakti.csv'])).toEqual(['kontakti.csv']);
  });

  it('keeps as many folders as tell apart two files outside it with one base name', () => {
    expect(
      names(['/srv/2021/kontakti.csv', '/srv/2022/kontakti.csv', '/srv/2022/cits.csv']),
    ).toEqual(['2021/kontakti.csv', '2022/kontakti.csv', 'cits.csv']);
    expect(names(['/a/x/k.csv', '/b/x/k.csv'])).toEqual(['a/x/k.csv', 'b/x/k.csv']);
  });

  it('does not give a file outside the name of one inside', () => {
    expect(names([`${cwd}/k.csv`, '/srv/k.csv'])).toEqual(['k.csv', 'srv/k.csv']);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './run-cli.js';

const HEADER =
  'date;client_id;gender;birth_date;citizenship;legal_status;staff_role;service;location\n';

/** A folder with `a.csv`: one client per place, on June 1st, 2nd, … (at most 9). */
export function exportWithPlaces(places: readonly string[]): string {
  const cwd = tempDir();
  const rows = places.map(
    (place, index) =>
      `2021-06-0${index + 1};K-${index + 1};F;1990;IQ;refugee;mentor;housing;${place}\n`,
  );
  writeFileSync(join(cwd, 'a.csv'), HEADER + rows.join(''));
  return cwd;
}

/**
 * The comparison as an Excel workbook: one sheet per family of figures, a
 * column per period, numbers stored as numbers (the change in % as a
 * percentage), the header row and the figure column frozen. exceljs is
 * loaded only for this format, so no other command pays for it.
 */
import { createRequire } from 'node:module';
import type * as ExcelJS from 'exceljs';
import { headerOf } from './format.js';
import type { DiffRow, DiffTable } from './table.js';

/** The workbook's bytes; `date` (SOURCE_DATE_EPOCH, else now) is its only date, so equal input gives equal bytes. */
export async function diffWorkbook(table: DiffTable, date: Date): Promise<Uint8Array> {
  const { Workbook } = createRequire(import.meta.url)('exceljs') as typeof ExcelJS;
  const workbook = new Workbook();
  workbook.creator = 'lsk-report';
  workbook.created = date;
  workbook.modified = date;
  const families = new Map<string, DiffRow[]>();
  for (const row of table.rows)
    families.set(row.family, [...(families.get(row.family) ?? []), row]);
  if (families.size === 0) families.set('no differences', []);
  const header = headerOf(table);
  for (const [family, rows] of families) {
    const sheet = workbook.addWorksheet(family.slice(0, 31), {
      views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    });
    sheet.columns = header.map((title, index) => ({
      header: title,
      width:
        index === 0
          ? Math.max(12, ...rows.map((row) => row.key.length + 2))
          : Math.max(10, title.length + 2),
      style: index === header.length - 1 ? { numFmt: '0.0%' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) {
      sheet.addRow([
        row.key,
        ...row.values,
        row.change,
        row.changePercent === null ? null : row.changePercent / 100,
      ]);
    }
  }
  return withZipDates(new Uint8Array(await workbook.xlsx.writeBuffer()), date);
}

/**
 * An xlsx file is a ZIP archive, and exceljs stamps every entry with the time
 * it was written. Sets each entry's date and time, in the local headers and
 * the central directory, to `date` (MS-DOS format, two-second steps, UTC), so
 * that the same comparison gives the same bytes.
 */
export function withZipDates(zip: Uint8Array, date: Date): Uint8Array {
  const bytes = Buffer.from(zip);
  const dosTime =
    (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const dosDate =
    ((Math.max(date.getUTCFullYear(), 1980) - 1980) << 9) |
    ((date.getUTCMonth() + 1) << 5) |
    date.getUTCDate();
  // The end-of-central-directory record: the last 22 bytes, as no comment follows.
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end === -1) throw new Error('the workbook is not a ZIP archive');
  const entries = bytes.readUInt16LE(end + 10);
  let entry = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (bytes.readUInt32LE(entry) !== 0x02014b50) throw new Error('unexpected ZIP directory');
    bytes.writeUInt16LE(dosTime, entry + 12);
    bytes.writeUInt16LE(dosDate, entry + 14);
    const local = bytes.readUInt32LE(entry + 42);
    bytes.writeUInt16LE(dosTime, local + 10);
    bytes.writeUInt16LE(dosDate, local + 12);
    entry +=
      46 +
      bytes.readUInt16LE(entry + 28) +
      bytes.readUInt16LE(entry + 30) +
      bytes.readUInt16LE(entry + 32);
  }
  return bytes;
}

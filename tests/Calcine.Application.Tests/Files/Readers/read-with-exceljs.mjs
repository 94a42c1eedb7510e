// Reads each file named on the command line with exceljs and prints what it read as JSON:
// {file: {sheet: [[{t, v}]]}} for .xlsx, {file: [[text]]} for .csv. Exits non-zero if exceljs refuses a file.
import ExcelJS from 'exceljs';

const kinds = { [ExcelJS.ValueType.Number]: 'n', [ExcelJS.ValueType.Boolean]: 'b', [ExcelJS.ValueType.String]: 's',
  [ExcelJS.ValueType.RichText]: 's', [ExcelJS.ValueType.SharedString]: 's', [ExcelJS.ValueType.Null]: 'null' };

function cell(c) {
  const t = kinds[c.type] ?? `other:${c.type}`;
  const v = c.type === ExcelJS.ValueType.RichText ? c.value.richText.map(r => r.text).join('') : c.value;
  return { t, v: t === 'null' ? null : v };
}

const out = {};
for (const file of process.argv.slice(2)) {
  const book = new ExcelJS.Workbook();
  if (file.endsWith('.csv')) {
    const sheet = await book.csv.readFile(file, { parserOptions: { delimiter: ',' }, map: v => v });
    out[file] = [];
    sheet.eachRow({ includeEmpty: true }, row => {
      out[file].push(Array.from({ length: row.cellCount }, (_, i) => String(row.getCell(i + 1).value ?? '')));
    });
    continue;
  }
  await book.xlsx.readFile(file);
  out[file] = {};
  book.eachSheet(sheet => {
    const rows = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = Array.from({ length: row.cellCount }, (_, i) => cell(row.getCell(i + 1)));
    });
    out[file][sheet.name] = Array.from(rows, r => r ?? []);
  });
}
process.stdout.write(JSON.stringify(out));

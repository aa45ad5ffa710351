/** A CSV export as the API returns it (`CsvFile`): UTF-8 text that starts with U+FEFF, CRLF line ends. */
export interface CsvFileContent {
  readonly fileName: string;
  readonly content: string;
}

/**
 * The file as the API made it: a string Blob is encoded as UTF-8, so U+FEFF becomes the BOM bytes
 * EF BB BF that spreadsheet software needs to read the Japanese headers.
 */
export function csvBlob(file: CsvFileContent): Blob {
  return new Blob([file.content], { type: 'text/csv;charset=utf-8' });
}

/** Saves the file in the browser (an object URL, released once the download has started). */
export function downloadCsv(file: CsvFileContent, doc: Document = document): void {
  const url = URL.createObjectURL(csvBlob(file));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

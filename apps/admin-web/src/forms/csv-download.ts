/** The byte-order mark the API puts first in every CSV (Excel reads UTF-8 only with it). */
export const UTF8_BOM = '\uFEFF';

export interface CsvFileLike {
  readonly fileName: string;
  readonly content: string;
}

/**
 * The CSV as a Blob, exactly as the API built it: a Blob encodes the string as UTF-8, so the leading U+FEFF
 * becomes the bytes EF BB BF and stays (added only if a file ever came without it).
 */
export function csvBlob(file: CsvFileLike): Blob {
  const content = file.content.startsWith(UTF8_BOM) ? file.content : UTF8_BOM + file.content;
  return new Blob([content], { type: 'text/csv;charset=utf-8' });
}

/** Saves the file through a temporary object URL (same origin: nothing leaves the machine). */
export function downloadCsv(file: CsvFileLike, doc: Document = document): void {
  const url = URL.createObjectURL(csvBlob(file));
  try {
    const link = doc.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.hidden = true;
    doc.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Revoked after the click has been dispatched; the download keeps its own reference.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

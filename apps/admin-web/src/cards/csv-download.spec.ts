import { csvBlob } from './csv-download';

describe('csvBlob', () => {
  it('keeps the BOM as the UTF-8 bytes EF BB BF, and the Japanese text and CRLF as they are', async () => {
    const content = '\uFEFFカード番号,状態\r\nCHUO-B-001,未印刷\r\n';
    const blob = csvBlob({ fileName: 'resident-card-stock-20261128.csv', content });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(content);
    expect(blob.type).toBe('text/csv;charset=utf-8');
  });
});

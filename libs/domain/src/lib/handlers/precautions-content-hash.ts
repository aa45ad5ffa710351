import { createHash } from 'node:crypto';
import { PRECAUTION_CATEGORIES, type PrecautionTexts } from '@juki/policies';

/**
 * 第9条第2項: the SHA-256 (lower-case hex) of one version's five texts, in the order of 第9条第1項第1号〜第5号,
 * as the JSON array `["<screenDisplay>", "<integrity>", …]` (UTF-8). An acknowledgement keeps it: anyone
 * holding the text can prove it is exactly what the handler acknowledged.
 */
export function precautionsContentHash(texts: PrecautionTexts): string {
  const canonical = JSON.stringify(PRECAUTION_CATEGORIES.map((category) => texts[category]));
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

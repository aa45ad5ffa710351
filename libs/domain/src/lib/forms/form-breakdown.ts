import type { FormStorageBreakdownLine } from '@juki/policies';

/** One line of the breakdown (内訳) of copies kept in one place, e.g. per binder (第10条第2項). */
export interface BreakdownLine {
  readonly label: string;
  readonly quantity: number;
}

/** Lines added to a breakdown: quantities of the same label add up; order of first appearance is kept. */
export function mergeBreakdown(into: readonly BreakdownLine[], added: readonly BreakdownLine[]): BreakdownLine[] {
  const out = into.map((line) => ({ ...line }));
  for (const line of added) {
    const existing = out.find((l) => l.label === line.label);
    if (existing) existing.quantity += line.quantity;
    else out.push({ label: line.label, quantity: line.quantity });
  }
  return out.filter((l) => l.quantity > 0);
}

/**
 * Takes `quantity` copies out of a breakdown (a move or a disposal names no lines): from the last line
 * first, so what remains and what was taken each still add up to their quantities. An empty breakdown
 * stays empty (the place keeps no breakdown).
 */
export function takeFromBreakdown(lines: readonly BreakdownLine[], quantity: number): { remaining: BreakdownLine[]; taken: BreakdownLine[] } {
  if (lines.length === 0) return { remaining: [], taken: [] };
  const remaining = lines.map((line) => ({ ...line }));
  const taken: BreakdownLine[] = [];
  let left = quantity;
  for (let i = remaining.length - 1; i >= 0 && left > 0; i--) {
    const line = remaining[i] as { label: string; quantity: number };
    const take = Math.min(line.quantity, left);
    line.quantity -= take;
    left -= take;
    taken.unshift({ label: line.label, quantity: take });
  }
  return { remaining: remaining.filter((l) => l.quantity > 0), taken: taken.filter((l) => l.quantity > 0) };
}

/** The breakdown as the storage rule reads it. */
export function asRuleBreakdown(lines: readonly BreakdownLine[]): readonly FormStorageBreakdownLine[] {
  return lines.map((l) => ({ label: l.label, quantity: l.quantity }));
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Every string the console shows comes from the catalogue (ui-messages.ts) or from @juki/policies:
 * no component writes text of its own, neither as JSX text nor as a literal label attribute.
 */
const srcRoot = join(__dirname, '..');
const LABEL_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'label']);

function components(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return components(path);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.spec.tsx') ? [path] : [];
  });
}

function hardCodedTexts(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && node.text.trim() !== '') found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      LABEL_ATTRIBUTES.has(node.name.getText(file)) &&
      node.initializer !== undefined &&
      (ts.isStringLiteral(node.initializer) ||
        (ts.isJsxExpression(node.initializer) && node.initializer.expression !== undefined && ts.isStringLiteralLike(node.initializer.expression)))
    ) {
      found.push(node.getText(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('hardCodedTexts', () => {
  it.each([
    ['<h1>住基ネット</h1>', ['住基ネット']],
    ['<button aria-label="閉じる">x</button>', ['aria-label="閉じる"', 'x']],
    ["<img alt={'logo'} />", ["alt={'logo'}"]],
    ['<p>{uiText(locale, "rulesHeading")}</p>', []],
    ['<div role="group" aria-labelledby={id}>{children}</div>', []],
  ])('%s → %j', (jsx, expected) => {
    expect(hardCodedTexts('x.tsx', `const x = ${jsx};`)).toEqual(expected);
  });
});

describe('console components', () => {
  const files = components(srcRoot);

  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it('write no text of their own', () => {
    const found = files.flatMap((file) => hardCodedTexts(file, readFileSync(file, 'utf8')).map((t) => `${relative(srcRoot, file)}: ${t}`));
    expect(found).toEqual([]);
  });
});

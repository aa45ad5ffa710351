/**
 * @jest-environment jsdom
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Role } from '@juki/policies';
import type { GraphqlReply, GraphqlTransport } from '../graphql/graphql-client';
import { App } from '../app/App';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

beforeAll(() => {
  const ignore = (): void => undefined;
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({ matches: false, media: query, onchange: null, addListener: ignore, removeListener: ignore, addEventListener: ignore, removeEventListener: ignore, dispatchEvent: () => false }),
  });
  // antd's click wave asks for a pseudo-element's style, which jsdom does not implement.
  const computedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => computedStyle(element);
  globalThis.ResizeObserver ??= class {
    observe = ignore;
    unobserve = ignore;
    disconnect = ignore;
  } as unknown as typeof ResizeObserver;
});

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function me(roles: readonly Role[]): GraphqlReply {
  const session = {
    id: 'S1',
    staffId: 'U3RhZmY6MQ==',
    employeeNumber: '1950033',
    name: '鎌取 正樹',
    nameKana: 'かまとり まさき',
    title: '区政課長',
    sectionId: 'T3JnYW5pc2F0aW9uVW5pdDox',
    sectionName: '区政課',
    roles,
    passwordChangeRequired: false,
    passwordExpiresAt: '2027-02-01T00:00:00.000Z',
    expiresAt: '2026-11-28T10:00:00.000Z',
    absoluteExpiresAt: '2026-11-28T19:00:00.000Z',
  };
  return { status: 200, body: { data: { me: session } } };
}

const text = (ja: string, en = 'x') => ({ ja, en });
const offender = (n: number) => ({ cursor: `c${n}`, recordType: 'ResidentCard', recordId: `R${n}`, description: text(`カード番号CHUO-O-000${n}は廃棄を待っています。`) });

function check(checkId: string, article: string, chapter: string, status: string, count: number, reason: string | null, items: unknown[] = []) {
  return {
    id: checkId,
    checkId,
    article,
    chapter,
    title: text(`${checkId}の確認`),
    compliant: text('違反がないこと'),
    status,
    count,
    reason: reason ? { code: 'COMPLIANCE.X', message: text(reason) } : null,
    asOf: '2026-11-28',
    profileId: 'chiba-r08-04-01',
    offenders: { hasNextPage: items.length < count, endCursor: items.length ? `c${items.length}` : null, items },
  };
}

const REPORT = [
  check('art19.auditChainIntact', '第19条第1項', '第5章 システムの管理', 'NOT_EVALUABLE', 0, '全市を参照できる役割のみ評価できます。'),
  check('art10-3.disposalNotOverdue', '第10条の3第1号', '第4章 住民基本台帳カードの管理', 'VIOLATION', 3, '廃棄の期限を過ぎたカードが3枚あります。', [offender(1), offender(2)]),
  check('art8.designatedByOwnOfficer', '第8条', '第3章 本人確認情報等の管理', 'COMPLIANT', 0, null),
];

interface Call {
  readonly name: string;
  readonly variables: Record<string, unknown>;
}

function fakeApi(roles: readonly Role[]): { transport: GraphqlTransport; calls: Call[] } {
  const calls: Call[] = [];
  const transport: GraphqlTransport = async (body) => {
    const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
    const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    calls.push({ name, variables });
    if (name === 'Me') return me(roles);
    // Evaluated as of the date asked for (the page shows a report only under its own date).
    if (name === 'ComplianceReport') return { status: 200, body: { data: { complianceReport: REPORT.map((c) => ({ ...c, asOf: variables['asOf'] })) } } };
    if (name === 'ComplianceCheckOffenders') {
      const page = variables['offendersAfter'] === 'c2' ? [offender(3)] : [offender(1), offender(2)];
      const last = page[page.length - 1];
      return {
        status: 200,
        body: { data: { complianceCheck: { id: 'x', checkId: variables['checkId'], status: 'VIOLATION', count: 3, offenders: { hasNextPage: variables['offendersAfter'] !== 'c2', endCursor: last?.cursor, items: page } } } },
      };
    }
    if (name === 'ComplianceReportCsv') {
      return { status: 200, body: { data: { complianceReportCsv: { fileName: 'compliance-20261128.csv', contentType: 'text/csv; charset=utf-8', rowCount: 3, content: '\uFEFF章,条項\r\n' } } } };
    }
    return { status: 403, body: { errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] } };
  };
  return { transport, calls };
}

async function settle(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !predicate(); i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  if (!predicate()) throw new Error(`not reached; page: ${container.textContent?.slice(0, 400)}`);
}

function button(name: string, within: ParentNode = container): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

const rowOf = (checkId: string) => container.querySelector(`tr[data-check-id="${checkId}"]`);

describe('CompliancePage', () => {
  it('groups the checks by chapter in order, green/red/grey with the article, count and reason', async () => {
    const api = fakeApi(['SYSTEM_OFFICER']);
    act(() => root.render(<App transport={api.transport} initialPath="/compliance" />));
    await settle(() => container.querySelectorAll('[data-testid="compliance-chapter"]').length === 3);
    expect([...container.querySelectorAll('[data-testid="compliance-chapter"] h3')].map((h) => h.textContent)).toEqual([
      '第3章 本人確認情報等の管理',
      '第4章 住民基本台帳カードの管理',
      '第5章 システムの管理',
    ]);
    expect(rowOf('art8.designatedByOwnOfficer')?.querySelector('.ant-tag-green')?.textContent).toBe('適合');
    const violation = rowOf('art10-3.disposalNotOverdue');
    expect(violation?.querySelector('.ant-tag-red')?.textContent).toBe('違反');
    expect(violation?.textContent).toContain('第10条の3第1号');
    expect(violation?.querySelector('.compliance__count')?.textContent).toBe('3');
    expect(violation?.textContent).toContain('廃棄の期限を過ぎたカードが3枚あります。');
    const grey = rowOf('art19.auditChainIntact');
    expect(grey?.getAttribute('data-status')).toBe('NOT_EVALUABLE');
    expect(grey?.textContent).toContain('評価不能');
    expect(grey?.textContent).toContain('全市を参照できる役割のみ評価できます。');
    expect(grey?.querySelector('.compliance__count')).toBeNull(); // not evaluated: no count
    expect(grey?.textContent).toContain('－（評価なし）');
    expect(container.querySelector('[data-testid="compliance-summary"]')?.textContent).toContain('適合 1件・違反 1件・評価不能 1件');
    // The printable header: the council's title, the date and who printed it.
    const header = container.querySelector('[data-testid="compliance-print-header"]');
    expect(header?.textContent).toContain('住基ネット セキュリティ対策 遵守状況確認（第6条第3項第2号）');
    expect(header?.textContent).toContain('出力者：鎌取 正樹（区政課長）');
    expect(header?.textContent).toMatch(/評価日：\d{4}年\d{1,2}月\d{1,2}日/);
    // On paper, the first offenders of the violated check and how many more.
    expect(container.querySelector('.compliance__print-offenders')?.textContent).toContain('ほか1件');
    const first = api.calls.find((c) => c.name === 'ComplianceReport');
    expect(first?.variables).toEqual({ asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), offendersFirst: 20 });
  });

  it('drills down to the offending records and pages with the offenders cursor', async () => {
    const api = fakeApi(['SECURITY_OFFICER']);
    act(() => root.render(<App transport={api.transport} initialPath="/compliance" />));
    await settle(() => rowOf('art10-3.disposalNotOverdue') !== null);
    expect(rowOf('art8.designatedByOwnOfficer')?.querySelector('button')).toBeNull(); // nothing to show for a compliant check
    act(() => button('該当する記録を表示', rowOf('art10-3.disposalNotOverdue') as ParentNode).click());
    await settle(() => container.querySelector('[data-testid="compliance-offenders"]')?.textContent?.includes('CHUO-O-0002') ?? false);
    const panel = () => container.querySelector('[data-testid="compliance-offenders"]') as HTMLElement;
    expect(panel().textContent).toContain('1〜2件目（全3件）');
    act(() => button('次の記録', panel()).click());
    await settle(() => panel().textContent?.includes('CHUO-O-0003') ?? false);
    expect(panel().textContent).toContain('3〜3件目（全3件）');
    expect(button('次の記録', panel()).disabled).toBe(true);
    const pages = api.calls.filter((c) => c.name === 'ComplianceCheckOffenders').map((c) => c.variables);
    expect(pages).toEqual([
      { checkId: 'art10-3.disposalNotOverdue', asOf: expect.any(String), offendersFirst: 20 },
      { checkId: 'art10-3.disposalNotOverdue', asOf: expect.any(String), offendersFirst: 20, offendersAfter: 'c2' },
    ]);
    act(() => button('記録を閉じる').click());
    await settle(() => container.querySelector('[data-testid="compliance-offenders"]') === null);
  });

  it('evaluates again as of another date, and refuses a date after today without asking the API', async () => {
    const api = fakeApi(['AUDITOR']);
    act(() => root.render(<App transport={api.transport} initialPath="/compliance" />));
    await settle(() => rowOf('art8.designatedByOwnOfficer') !== null);
    const input = container.querySelector('input[type="date"]') as HTMLInputElement;
    const label = container.querySelector(`label[for="${input.id}"]`);
    expect(label?.textContent).toBe('評価日');
    const change = (value: string) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      act(() => {
        setter?.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    };
    change('2003-08-24');
    await settle(() => api.calls.some((c) => c.name === 'ComplianceReport' && c.variables['asOf'] === '2003-08-24'));
    await settle(() => container.querySelector('[data-testid="compliance-summary"]')?.textContent?.includes('評価日：2003年8月24日') ?? false);
    expect(container.querySelector('[data-testid="compliance-print-header"]')?.textContent).toContain('評価日：2003年8月24日');
    change('2999-01-01');
    await settle(() => container.textContent?.includes('今日以前の日付を入力してください。') ?? false);
    expect(api.calls.some((c) => c.variables['asOf'] === '2999-01-01')).toBe(false);
  });

  it('never shows the previous date’s report under a new date while the new one loads', async () => {
    const api = fakeApi(['AUDITOR']);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transport: GraphqlTransport = async (body) => {
      if ((JSON.parse(body) as { variables: Record<string, unknown> }).variables['asOf'] === '2010-04-01') await held;
      return api.transport(body);
    };
    act(() => root.render(<App transport={transport} initialPath="/compliance" />));
    await settle(() => rowOf('art8.designatedByOwnOfficer') !== null);
    const input = container.querySelector('input[type="date"]') as HTMLInputElement;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, '2010-04-01');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle(() => api.calls.length > 0 && container.querySelector('p.loading') !== null);
    expect(rowOf('art8.designatedByOwnOfficer')).toBeNull();
    expect(container.querySelector('[data-testid="compliance-summary"]')).toBeNull();
    act(() => release());
    await settle(() => container.querySelector('[data-testid="compliance-summary"]')?.textContent?.includes('評価日：2010年4月1日') ?? false);
    expect(rowOf('art8.designatedByOwnOfficer')).not.toBeNull();
  });

  it('downloads the CSV as a Blob that keeps its byte order mark', async () => {
    const api = fakeApi(['SYSTEM_OFFICER']);
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:test'), revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    act(() => root.render(<App transport={api.transport} initialPath="/compliance" />));
    await settle(() => rowOf('art8.designatedByOwnOfficer') !== null);
    act(() => button('CSVをダウンロード（Excel用）').click());
    await settle(() => downloads.length === 1);
    click.mockRestore();
    expect(downloads).toEqual(['compliance-20261128.csv']);
    expect(api.calls.find((c) => c.name === 'ComplianceReportCsv')?.variables).toEqual({ asOf: expect.any(String), language: 'ja' });
    const buffer = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blobs[0] as Blob);
    });
    const bytes = new Uint8Array(buffer);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('is not there for a handler, and the API is not asked', async () => {
    const api = fakeApi(['HANDLER']);
    act(() => root.render(<App transport={api.transport} initialPath="/compliance" />));
    await settle(() => container.textContent?.includes('ページが見つかりません') ?? false);
    expect(api.calls.map((c) => c.name)).not.toContain('ComplianceReport');
    expect([...container.querySelectorAll('nav a')].map((a) => a.textContent)).not.toContain('遵守状況の確認');
  });
});

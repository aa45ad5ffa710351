/**
 * @jest-environment jsdom
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { RULE_CATALOGUE, type Role } from '@juki/policies';
import type { GraphqlReply, GraphqlTransport } from '../graphql/graphql-client';
import { App } from './App';

declare global {
  // React's flag that tells act() it runs in a test environment.
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

// jsdom lacks what antd's responsive components read.
beforeAll(() => {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => {
      const ignore = (): void => undefined;
      return { matches: false, media: query, onchange: null, addListener: ignore, removeListener: ignore, addEventListener: ignore, removeEventListener: ignore, dispatchEvent: () => false };
    },
  });
  const ignore = (): void => undefined;
  globalThis.ResizeObserver ??= class {
    observe = ignore;
    unobserve = ignore;
    disconnect = ignore;
  } as unknown as typeof ResizeObserver;
});

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  document.documentElement.lang = '';
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const UNAUTHENTICATED: GraphqlReply = {
  status: 401,
  body: {
    errors: [
      {
        message: 'PERMISSIONS.SIGN_IN_REQUIRED',
        extensions: { code: 'UNAUTHENTICATED', reason: 'PERMISSIONS.SIGN_IN_REQUIRED', message: { ja: 'サインインしてください。', en: 'Sign in first.' } },
      },
    ],
  },
};

function session(roles: readonly Role[]) {
  return {
    id: 'S1',
    staffId: 'U3RhZmY6MQ==',
    employeeNumber: '1950033',
    name: '千葉 太郎',
    nameKana: 'ちば たろう',
    title: '課長',
    sectionId: 'T3JnYW5pc2F0aW9uVW5pdDox',
    sectionName: '区政課',
    roles,
    passwordChangeRequired: false,
    passwordExpiresAt: '2027-02-01T00:00:00.000Z',
    expiresAt: '2026-11-28T10:00:00.000Z',
    absoluteExpiresAt: '2026-11-28T19:00:00.000Z',
  };
}

/** The API as the page sees it: each operation (by name) answered from a table; anything else refused. */
function fakeApi(answers: Readonly<Record<string, GraphqlReply>>): { transport: GraphqlTransport; calls: string[] } {
  const calls: string[] = [];
  const transport: GraphqlTransport = async (body) => {
    const { query } = JSON.parse(body) as { query: string };
    const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    calls.push(name);
    return answers[name] ?? { status: 403, body: { errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] } };
  };
  return { transport, calls };
}

async function settle(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !predicate(); i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  if (!predicate()) throw new Error(`not reached; page: ${container.textContent?.slice(0, 300)}`);
}

function languageButton(name: string): HTMLButtonElement {
  const button = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!button) throw new Error(`no button named ${name}`);
  return button;
}

function navLinks(): string[] {
  return [...container.querySelectorAll('nav a')].map((a) => a.textContent ?? '');
}

describe('App', () => {
  it('opens on the sign-in page in Japanese when no session holds: product name, page language and title', async () => {
    const api = fakeApi({ Me: UNAUTHENTICATED });
    act(() => root.render(<App transport={api.transport} initialPath="/" />));
    await settle(() => container.querySelector('form') !== null);
    expect(container.querySelector('h1')?.textContent).toBe('住基ネット セキュリティ管理');
    expect(container.querySelector('h2')?.textContent).toBe('サインイン');
    expect(document.documentElement.lang).toBe('ja');
    expect(document.title).toBe('住基ネット セキュリティ管理');
    expect(languageButton('日本語').getAttribute('aria-pressed')).toBe('true');
    expect(new Set(api.calls)).toEqual(new Set(['Me'])); // nothing but "who am I" before signing in
    expect(container.querySelector('nav')).toBeNull();
  });

  it('switches the sign-in page to English and back', async () => {
    const api = fakeApi({ Me: UNAUTHENTICATED });
    act(() => root.render(<App transport={api.transport} initialPath="/sign-in" />));
    await settle(() => container.querySelector('form') !== null);
    act(() => languageButton('English').click());
    expect(container.querySelector('h1')?.textContent).toBe('Juki-Net Security Management');
    expect(container.querySelector('h2')?.textContent).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
    expect([...container.querySelectorAll('label')].map((l) => l.textContent)).toEqual(expect.arrayContaining(['ID card number', 'Password']));
    act(() => languageButton('日本語').click());
    expect(container.querySelector('h2')?.textContent).toBe('サインイン');
  });

  it('is usable from the keyboard: a skip link to the main content, labelled fields', async () => {
    const api = fakeApi({ Me: UNAUTHENTICATED });
    act(() => root.render(<App transport={api.transport} initialPath="/sign-in" />));
    await settle(() => container.querySelector('form') !== null);
    const skip = container.querySelector('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#main');
    expect(skip?.textContent).toBe('本文へ移動');
    expect(container.querySelector('main#main')?.getAttribute('tabindex')).toBe('-1');
    for (const input of container.querySelectorAll('input')) {
      expect(container.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    }
  });

  it('shows the rule catalogue to a signed-in person', async () => {
    const api = fakeApi({ Me: { status: 200, body: { data: { me: session(['HANDLER']) } } } });
    act(() => root.render(<App transport={api.transport} initialPath="/rules" />));
    await settle(() => container.querySelectorAll('tbody tr').length > 0);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(RULE_CATALOGUE.length);
    expect(container.querySelector('tbody td')?.textContent).toBe(RULE_CATALOGUE[0]?.title.ja);
  });

  it.each<[Role, string[]]>([
    ['HANDLER', ['ホーム', '住基カード', '暗証番号', '出力帳票', '帳票の在庫・廃棄期限', '取扱者', '取扱上の留意事項', '規則一覧']],
    ['AUDITOR', ['ホーム', '操作履歴', 'API連携クライアント', '遵守状況の確認', '住基カード', '暗証番号', '出力帳票', '帳票の在庫・廃棄期限', '取扱者', '取扱上の留意事項', '規則一覧']],
    ['SECURITY_OFFICER', ['ホーム', '操作履歴', '遵守状況の確認', '住基カード', '暗証番号', '出力帳票', '帳票の在庫・廃棄期限', '取扱者', '取扱上の留意事項', '規則一覧']],
    ['SYSTEM_OFFICER', ['ホーム', '操作履歴', 'API連携クライアント', '遵守状況の確認', '住基カード', '暗証番号', '出力帳票', '帳票の在庫・廃棄期限', '取扱者', '取扱上の留意事項', '規則一覧']],
  ])('%s sees only the pages the matrix gives the role', async (role, links) => {
    const api = fakeApi({ Me: { status: 200, body: { data: { me: session([role]) } } } });
    act(() => root.render(<App transport={api.transport} initialPath="/rules" />));
    await settle(() => navLinks().length > 0);
    expect(navLinks()).toEqual(links);
  });

  it('answers a page the role may not see as if it did not exist, without asking the API for it', async () => {
    const api = fakeApi({ Me: { status: 200, body: { data: { me: session(['HANDLER']) } } } });
    act(() => root.render(<App transport={api.transport} initialPath="/audit-events" />));
    await settle(() => container.textContent?.includes('ページが見つかりません') ?? false);
    expect(api.calls).not.toContain('AuditEvents');
    expect(container.textContent).not.toContain('操作履歴は改ざん');
  });

  it('sends a person whose password must be changed to the change page', async () => {
    const api = fakeApi({ Me: { status: 200, body: { data: { me: { ...session(['HANDLER']), passwordChangeRequired: true } } } } });
    act(() => root.render(<App transport={api.transport} initialPath="/" />));
    await settle(() => container.querySelector('h2')?.textContent === 'パスワードの変更');
    expect(container.textContent).toContain('パスワードの有効期限が切れているか');
  });
});

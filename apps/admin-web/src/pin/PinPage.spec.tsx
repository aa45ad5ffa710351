/**
 * @jest-environment jsdom
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Role } from '@juki/policies';
import { App } from '../app/App';
import type { GraphqlReply, GraphqlTransport } from '../graphql/graphql-client';

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
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const ok = (data: unknown): GraphqlReply => ({ status: 200, body: { data } });

function me(roles: readonly Role[]) {
  return ok({
    me: {
      id: 'S1',
      staffId: 'U3RhZmY6MQ==',
      employeeNumber: '1960011',
      name: '亥鼻 浩二',
      nameKana: 'いのはな こうじ',
      title: '課長',
      sectionId: 'T3JnYW5pc2F0aW9uVW5pdDox',
      sectionName: '中央区市民総合窓口課',
      roles,
      passwordChangeRequired: false,
      passwordExpiresAt: '2027-02-01T00:00:00.000Z',
      expiresAt: '2026-11-28T10:00:00.000Z',
      absoluteExpiresAt: '2026-11-28T19:00:00.000Z',
    },
  });
}

const CHECKED: GraphqlReply = ok({
  checkPin: {
    allowed: false,
    reasons: ['BIRTH_DATE', 'PAIRS'],
    violations: [
      { code: 'CARDS.PIN_BIRTH_DATE', article: '第10条の4第1号', message: { ja: '生年月日から推測できる暗証番号です。', en: 'Derived from the birth date.' } },
      { code: 'CARDS.PIN_PAIRS', article: '第10条の4第1号', message: { ja: '同じ組み合わせの繰り返しです。', en: 'Repeated pairs.' } },
    ],
  },
});

function fakeApi(roles: readonly Role[]): { transport: GraphqlTransport; bodies: string[] } {
  const bodies: string[] = [];
  const answers: Record<string, GraphqlReply> = {
    Me: me(roles),
    CheckPin: CHECKED,
    PinGuidanceRecords: ok({ pinGuidanceRecords: { totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, edges: [] } }),
  };
  const transport: GraphqlTransport = async (body) => {
    bodies.push(body);
    const name = /(?:query|mutation)\s+(\w+)/.exec((JSON.parse(body) as { query: string }).query)?.[1] ?? '';
    return answers[name] ?? { status: 403, body: { errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] } };
  };
  return { transport, bodies };
}

async function settle(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !predicate(); i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  if (!predicate()) throw new Error(`not reached; page: ${container.textContent?.slice(0, 400)}`);
}

function byText<E extends Element>(selector: string, text: string): E | undefined {
  return [...container.querySelectorAll<E>(selector)].find((e) => e.textContent?.trim() === text);
}

function type(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function labelled(text: string): HTMLInputElement {
  const label = byText<HTMLLabelElement>('label', text);
  const input = label?.htmlFor ? (document.getElementById(label.htmlFor) as HTMLInputElement | null) : null;
  if (!input) throw new Error(`no field labelled ${text}`);
  return input;
}

const PIN = '1515';

describe('the PIN check (第10条の4第1号)', () => {
  it('lists the reasons for a weak PIN, empties the field, and sends the PIN only in the one POST body', async () => {
    const api = fakeApi(['HANDLER']);
    act(() => root.render(<App transport={api.transport} initialPath="/pin" />));
    await settle(() => container.querySelector('[data-testid="pin-check"]') !== null);
    const pin = labelled('暗証番号（4桁）');
    expect(pin.type).toBe('password');
    expect(pin.autocomplete).toBe('off');
    type(pin, PIN);
    type(labelled('申請者の生年月日'), '1990-03-15');
    act(() => byText<HTMLButtonElement>('button', '確認する')?.click());
    await settle(() => container.querySelector('[data-testid="pin-result"]') !== null);

    const result = container.querySelector('[data-testid="pin-result"]');
    expect(result?.textContent).toContain('この暗証番号は使用できません');
    expect([...(result?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      '生年月日から推測できる暗証番号です。（根拠：第10条の4第1号）',
      '同じ組み合わせの繰り返しです。（根拠：第10条の4第1号）',
    ]);
    await settle(() => labelled('暗証番号（4桁）').value === '');
    expect(container.innerHTML).not.toContain(PIN);
    const carrying = api.bodies.filter((body) => body.includes(PIN));
    expect(carrying).toHaveLength(1);
    expect(JSON.parse(carrying[0] ?? '{}')).toMatchObject({ variables: { pin: PIN, birthDate: '1990-03-15' } });
  });

  it('records the guidance only with both acknowledgements (第10条の4第2号・第3号): the button waits for both', async () => {
    const api = fakeApi(['HANDLER']);
    act(() => root.render(<App transport={api.transport} initialPath="/pin" />));
    await settle(() => container.querySelector('[data-testid="pin-guidance-form"]') !== null);
    const form = container.querySelector<HTMLElement>('[data-testid="pin-guidance-form"]');
    const record = [...(form?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => b.textContent === '記録する');
    const [entered, inserted] = [...(form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
    expect(record?.disabled).toBe(true);
    act(() => entered?.click());
    await settle(() => entered?.checked === true);
    expect(record?.disabled).toBe(true);
    act(() => inserted?.click());
    await settle(() => record?.disabled === false);
  });

  it('checks PINs for an auditor too, who has no guidance form (the matrix lets them read, not record)', async () => {
    const api = fakeApi(['AUDITOR']);
    act(() => root.render(<App transport={api.transport} initialPath="/pin" />));
    await settle(() => container.querySelector('[data-testid="pin-check"]') !== null);
    expect(container.querySelector('[data-testid="pin-guidance-form"]')).toBeNull();
  });
});

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

const SECTION = { id: 'T3JnYW5pc2F0aW9uVW5pdDox', name: '中央区市民総合窓口課', nameEn: 'Chuo Ward Citizens’ Services' };
const AWAITING = {
  id: 'UmVzaWRlbnRDYXJkOjE=',
  serial: 'CHUO-O-0001',
  state: 'AWAITING_DISPOSAL',
  placeId: 'U3RvcmFnZVBsYWNlOjE=',
  placeName: '耐火金庫',
  disposalReason: 'APPLICATION_CANCELLED',
  awaitingDisposalSince: '2026-10-14',
  disposalDueOn: '2026-11-13',
  daysOverdue: 15,
  receivedAt: '2026-08-30T00:00:00.000Z',
  version: 3,
  section: SECTION,
};
const page = (nodes: readonly unknown[]) => ({ totalCount: nodes.length, pageInfo: { endCursor: null, hasNextPage: false }, edges: nodes.map((node) => ({ node })) });
const REFUSED: GraphqlReply = {
  status: 200,
  body: {
    errors: [
      {
        message: 'DISPOSAL.CARD_IC_CHIP_NOT_DESTROYED',
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'DISPOSAL.CARD_IC_CHIP_NOT_DESTROYED',
          message: { ja: 'ICチップが物理的に破壊されていません。', en: 'The IC chip was not physically destroyed.' },
        },
      },
    ],
  },
};

function fakeApi(roles: readonly Role[]): { transport: GraphqlTransport; bodies: { name: string; variables: Record<string, unknown> }[] } {
  const bodies: { name: string; variables: Record<string, unknown> }[] = [];
  const answers: Record<string, GraphqlReply> = {
    Me: me(roles),
    ResidentCardStock: ok({ residentCardStock: [] }),
    ResidentCards: ok({ residentCards: page([AWAITING]) }),
    CardStoragePlaces: ok({ storagePlaces: page([]) }),
    UnreadNotificationCount: ok({ unreadNotificationCount: 0 }),
    DisposeResidentCard: REFUSED,
  };
  const transport: GraphqlTransport = async (body) => {
    const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
    const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    bodies.push({ name, variables });
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

async function openCard(roles: readonly Role[]) {
  const api = fakeApi(roles);
  act(() => root.render(<App transport={api.transport} initialPath="/resident-cards" />));
  await settle(() => byText('[role="tab"]', 'カード一覧') !== undefined);
  act(() => byText<HTMLElement>('[role="tab"]', 'カード一覧')?.click());
  await settle(() => byText('button', 'CHUO-O-0001 を記録する') !== undefined);
  act(() => byText<HTMLButtonElement>('button', 'CHUO-O-0001 を記録する')?.click());
  await settle(() => container.querySelector('[data-testid="card-actions"]') !== null);
  return api;
}

describe('resident-card disposal (第10条の3第3号)', () => {
  it('cannot be submitted until the IC chip’s destruction is confirmed; a bypass gets the API’s refusal, shown as it words it', async () => {
    const api = await openCard(['SECURITY_OFFICER']);
    const form = container.querySelector<HTMLElement>('[data-testid="card-disposal-form"]');
    expect(form).not.toBeNull();
    const submit = form?.querySelector<HTMLButtonElement>('[data-testid="dispose-card"]');
    act(() => byText<HTMLElement>('[data-testid="card-disposal-form"] label', '裁断')?.click());
    type(labelled('廃棄した職員'), '亥鼻 浩二');
    type(labelled('立会者'), '寒川 翔太');
    await settle(() => submit !== null && submit !== undefined);
    expect(submit?.disabled).toBe(true);
    expect(form?.querySelector('[data-testid="ic-chip-required"]')?.textContent).toContain('ICチップを物理的に破壊しなければ廃棄できません');

    // Bypassed (the button enabled by hand, the form submitted): the API is asked, refuses, and is quoted.
    act(() => {
      submit?.removeAttribute('disabled');
      submit?.form?.requestSubmit();
    });
    await settle(() => form?.querySelector('[role="alert"]') !== null && form?.querySelector('[role="alert"]') !== undefined);
    expect(form?.querySelector('[role="alert"]')?.textContent).toContain('ICチップが物理的に破壊されていません。');
    expect(api.bodies.find((b) => b.name === 'DisposeResidentCard')?.variables).toMatchObject({ icChipDestroyed: false, method: 'SHREDDING', version: 3 });

    const chip = [...(form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])][0];
    act(() => chip?.click());
    await settle(() => form?.querySelector('[data-testid="ic-chip-required"]') === null);
    expect(chip?.checked).toBe(true);
    expect(submit?.disabled).toBe(false);
  });

  it('is absent for a handler, who may still report the same card lost', async () => {
    await openCard(['HANDLER']);
    expect(container.querySelector('[data-testid="card-disposal-form"]')).toBeNull();
    expect(container.querySelector('[data-testid="card-loss-form"]')).not.toBeNull();
    expect(container.querySelector('[data-testid="unread-notifications"]')).toBeNull();
  });
});

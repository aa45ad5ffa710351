import { addDays, jstDate } from '@juki/policies';
import type { DemoCredential } from '../e2e/console-harness';

/**
 * Seeds printed-form output records (第10条第1項) into a running API through its own GraphQL mutation
 * `recordFormOutput` — the domain use case, its validation and its audit event, exactly as the console or a
 * ward system would record them — never by writing SQL. Several mutations per request (aliases, within the
 * API's alias limit) and a few requests at a time.
 */
export interface SeedOptions {
  readonly baseUrl: string;
  /** A security officer or handler: the records are for their own section. */
  readonly recorder: DemoCredential;
  readonly count: number;
  readonly perRequest?: number;
  readonly concurrency?: number;
}

async function post(baseUrl: string, body: object, token?: string): Promise<{ data?: Record<string, unknown>; errors?: readonly { message: string }[] }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: readonly { message: string }[] };
}

const FORM_NAMES = ['住民票の写し（広域交付）', '本人確認情報一覧表', '転入通知受信一覧表', '住民票コード通知票（控）', '操作履歴一覧'] as const;

/** Returns how long the seeding took (ms). */
export async function seedPrintedForms({ baseUrl, recorder, count, perRequest = 10, concurrency = 4 }: SeedOptions): Promise<number> {
  const started = Date.now();
  const signIn = await post(baseUrl, {
    query: 'mutation($c: String!, $p: String!) { signIn(idCardNumber: $c, password: $p, returnToken: true) { token sectionId } }',
    variables: { c: recorder.cardNumber, p: recorder.password },
  });
  const session = signIn.data?.['signIn'] as { token: string; sectionId: string } | undefined;
  if (!session) throw new Error(`sign-in for seeding failed: ${JSON.stringify(signIn.errors)}`);
  const today = jstDate(new Date());

  const batch = async (from: number): Promise<void> => {
    const size = Math.min(perRequest, count - from);
    const fields = Array.from({ length: size }, (_, i) => {
      const n = from + i;
      const outputDate = addDays(today, -(n % 730));
      return `m${i}: recordFormOutput(sectionId: $s, formName: ${JSON.stringify(`${FORM_NAMES[n % FORM_NAMES.length]} #${n + 1}`)}, outputDate: "${outputDate}", purpose: "ベンチマーク用の記録", requester: "ベンチマーク 申請者 ${n + 1}", quantity: ${1 + (n % 5)}, keepUntil: "${addDays(outputDate, 90 + (n % 300))}") { id }`;
    });
    const reply = await post(baseUrl, { query: `mutation($s: ID!) { ${fields.join(' ')} }`, variables: { s: session.sectionId } }, session.token);
    if (reply.errors?.length) throw new Error(`seeding failed at record ${from + 1}: ${reply.errors[0]?.message}`);
  };

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const from = next;
      next += perRequest;
      await batch(from);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return Date.now() - started;
}

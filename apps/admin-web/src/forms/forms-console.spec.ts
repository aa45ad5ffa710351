import { Blob as NodeBlob } from 'node:buffer';
import { ROLES } from '@juki/policies';
import { canAccess, operationGateOpen, readsBeyondSelf, readsCityWide, writesRecord } from '../access/console-access';
import { executeOperation, GraphqlRequestError, type GraphqlTransport } from '../graphql/graphql-client';
import { DISPOSE_FORMS } from './forms.operations';
import { csvBlob, UTF8_BOM } from './csv-download';
import { hasNextPage, pageVariables, refusalDetails, START, unstoredQuantity } from './form-ledger.logic';

const PEOPLE = ROLES.filter((role) => role !== 'INTEGRATION');

describe('keyset paging of the printed-form ledger', () => {
  const info = (next: boolean, previous: boolean) => ({ hasNextPage: next, hasPreviousPage: previous });

  it('pages oldest first with first/after, back with last/before', () => {
    expect(pageVariables(START, false, 50)).toEqual({ first: 50 });
    expect(pageVariables({ page: 2, travel: 'forward', cursor: 'c9' }, false, 50)).toEqual({ first: 50, after: 'c9' });
    expect(pageVariables({ page: 1, travel: 'backward', cursor: 'c1' }, false, 50)).toEqual({ last: 50, before: 'c1' });
  });

  it('pages newest first with last/before, back (towards the newest) with first/after', () => {
    expect(pageVariables(START, true, 50)).toEqual({ last: 50 });
    expect(pageVariables({ page: 2, travel: 'forward', cursor: 'c1' }, true, 50)).toEqual({ last: 50, before: 'c1' });
    expect(pageVariables({ page: 1, travel: 'backward', cursor: 'c9' }, true, 50)).toEqual({ first: 50, after: 'c9' });
  });

  it('knows whether there is a next page from the direction the SQL ran', () => {
    expect(hasNextPage(START, false, info(true, false))).toBe(true);
    expect(hasNextPage(START, false, info(false, true))).toBe(false);
    expect(hasNextPage(START, true, info(false, true))).toBe(true);
    expect(hasNextPage(START, true, info(true, false))).toBe(false);
    // Reached by going back: the page we came from is next.
    expect(hasNextPage({ page: 1, travel: 'backward', cursor: 'x' }, true, info(false, false))).toBe(true);
    expect(hasNextPage(START, false, undefined)).toBe(false);
  });
});

describe('what is left to store', () => {
  it('is the output less what is kept and what was disposed of, never negative', () => {
    expect(unstoredQuantity({ quantity: 5, storedQuantity: 2, disposedQuantity: 1 })).toBe(2);
    expect(unstoredQuantity({ quantity: 3, storedQuantity: 3, disposedQuantity: 0 })).toBe(0);
    expect(unstoredQuantity({ quantity: 3, storedQuantity: 4, disposedQuantity: null })).toBe(0);
    expect(unstoredQuantity({})).toBe(0);
  });
});

describe('a refused disposal (第10条第3項)', () => {
  const refusal = {
    errors: [
      {
        message: 'The disposal does not reconcile',
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'FORMS.RECONCILE_EXCEEDS_STORED',
          message: { ja: '廃棄数量（5）が…', en: 'The quantity (5)…' },
          params: {
            violations: 'FORMS.RECONCILE_EXCEEDS_STORED,FORMS.RECONCILE_EXCEEDS_REMAINING',
            details_ja: '廃棄数量（5）が保管数量（3）を超えています。\n廃棄数量（5）が未廃棄の数量（3）を超えています。',
            details_en: 'The quantity (5) exceeds the 3 kept.\nThe quantity (5) exceeds the 3 not yet disposed of.',
          },
        },
      },
    ],
  };
  const transport: GraphqlTransport = async () => ({ status: 200, body: refusal });
  const variables = { outputId: 'o', placeId: 'p', quantity: 5, method: 'SHREDDING', disposedOn: '2026-11-28', performer: 'a', witness: 'b', version: 1 } as const;

  it('keeps the params of the API error and names every mismatch, in each language', async () => {
    const error = await executeOperation(transport, DISPOSE_FORMS, variables).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphqlRequestError);
    expect((error as GraphqlRequestError).params['violations']).toBe('FORMS.RECONCILE_EXCEEDS_STORED,FORMS.RECONCILE_EXCEEDS_REMAINING');
    expect(refusalDetails(error, 'ja')).toEqual(['廃棄数量（5）が保管数量（3）を超えています。', '廃棄数量（5）が未廃棄の数量（3）を超えています。']);
    expect(refusalDetails(error, 'en')).toEqual(['The quantity (5) exceeds the 3 kept.', 'The quantity (5) exceeds the 3 not yet disposed of.']);
  });

  it('names nothing for an error without details, or for something that is not an API error', () => {
    expect(refusalDetails(new GraphqlRequestError('CONFLICT', 'FORMS.STALE_VERSION', undefined, 200), 'ja')).toEqual([]);
    expect(refusalDetails(new Error('x'), 'en')).toEqual([]);
  });
});

describe('CSV download', () => {
  const bytes = async (blob: Blob) => new Uint8Array(await (blob as unknown as NodeBlob).arrayBuffer());

  it('keeps the BOM the API put first (UTF-8 EF BB BF), once', async () => {
    const file = { fileName: 'printed-forms-20261128.csv', content: `${UTF8_BOM}帳票の名称,数量\r\n住民票,2\r\n` };
    const data = await bytes(csvBlob(file));
    expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...data.subarray(3, 6)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(data)).toBe(file.content);
    expect(csvBlob(file).type).toBe('text/csv;charset=utf-8');
  });

  it('adds the BOM to a file that came without one', async () => {
    const data = await bytes(csvBlob({ fileName: 'x.csv', content: 'a,b\r\n' }));
    expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('who gets the printed-form and handler screens (the permission matrix)', () => {
  const who = (test: (roles: readonly (typeof PEOPLE)[number][]) => boolean) => PEOPLE.filter((role) => test([role]));

  it('shows the ledger to its readers, and lets only the security officer dispose of forms (第10条第3項)', () => {
    expect(who((r) => canAccess(r, 'printed-forms', 'list'))).toEqual(['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'SECURITY_OFFICER', 'HANDLER', 'AUDITOR']);
    expect(who((r) => canAccess(r, 'printed-forms', 'create') && writesRecord(r, 'PrintedFormOutput'))).toEqual(['SECURITY_OFFICER', 'HANDLER']);
    expect(who((r) => canAccess(r, 'printed-forms', 'store') && writesRecord(r, 'FormStorage'))).toEqual(['SECURITY_OFFICER', 'HANDLER']);
    expect(who((r) => canAccess(r, 'printed-forms', 'dispose') && writesRecord(r, 'FormDisposal'))).toEqual(['SECURITY_OFFICER']);
  });

  it('offers the section filter only to city-wide readers', () => {
    expect(who((r) => readsCityWide(r, 'PrintedFormOutput'))).toEqual(['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR']);
  });

  it('hides who recorded what from a handler', () => {
    expect(operationGateOpen(['HANDLER'], 'PrintedFormRecorders')).toBe(false);
    expect(operationGateOpen(['SECURITY_OFFICER'], 'PrintedFormRecorders')).toBe(true);
    expect(operationGateOpen(['HANDLER', 'SECURITY_OFFICER'], 'PrintedFormRecorders')).toBe(true);
  });

  it('lets only the security officer designate, revoke and publish (第8条, 第9条第1項), and a handler acknowledge (第9条第2項)', () => {
    expect(who((r) => canAccess(r, 'handlers', 'designate') && operationGateOpen(r, 'DesignateHandler'))).toEqual(['SECURITY_OFFICER']);
    expect(who((r) => canAccess(r, 'handlers', 'revoke') && operationGateOpen(r, 'RevokeHandlerDesignation'))).toEqual(['SECURITY_OFFICER']);
    expect(who((r) => canAccess(r, 'handling-precautions', 'publish') && operationGateOpen(r, 'PublishHandlingPrecautions'))).toEqual(['SECURITY_OFFICER']);
    expect(who((r) => canAccess(r, 'handling-precautions', 'acknowledge') && operationGateOpen(r, 'AcknowledgeHandlingPrecautions'))).toEqual(['HANDLER']);
  });

  it('shows the not-acknowledged list as a dashboard item to those who read beyond their own designation', () => {
    const overseers = who((r) => canAccess(r, 'handlers', 'unacknowledged') && readsBeyondSelf(r, 'HandlerDesignation'));
    expect(overseers).toContain('SECURITY_OFFICER');
    expect(overseers).toContain('SYSTEM_OFFICER');
    expect(overseers).not.toContain('HANDLER');
  });
});

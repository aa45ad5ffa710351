/** Structured logs, one JSON object per line (stdout), for the operators of a closed network. */
export interface Logger {
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

type Level = 'info' | 'warn' | 'error';

export function createJsonLogger(write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  const log = (level: Level, message: string, fields: Readonly<Record<string, unknown>> = {}): void => {
    write(JSON.stringify({ time: new Date().toISOString(), level, message, ...serializeFields(fields) }) + '\n');
  };
  return {
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, fields) => log('error', message, fields),
  };
}

export const SILENT_LOGGER: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

function serializeFields(fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value instanceof Error ? serializeError(value) : value]));
}

/** Server-side only: errors keep their stack and cause here, never in a response. */
export function serializeError(error: Error): Record<string, unknown> {
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    ...(error.cause instanceof Error ? { cause: serializeError(error.cause) } : {}),
  };
}

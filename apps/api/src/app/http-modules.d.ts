// Types for the small jshttp packages the HTTP front shares with Express (Express's own dependencies,
// resolvable from the workspace root; they ship no types). Only what apps/api calls is declared.

declare module 'type-is' {
  interface HasHeaders {
    readonly headers: Record<string, string | string[] | undefined>;
  }
  /** The first of `types` that the request's Content-Type matches; false when none; null without a body. */
  function typeis(req: HasHeaders, types: string[]): string | false | null;
  namespace typeis {
    /** Whether the request has a body (Transfer-Encoding, or a numeric Content-Length). */
    function hasBody(req: HasHeaders): boolean;
  }
  export = typeis;
}

declare module 'proxy-addr' {
  type Trust = (address: string | undefined, hop: number) => boolean;
  /** The client address: the furthest address from the socket that `trust` lets through. */
  function proxyaddr(req: import('node:http').IncomingMessage, trust: Trust): string | undefined;
  namespace proxyaddr {
    /** Compiles addresses, CIDR ranges and the names loopback / linklocal / uniquelocal into a trust function. */
    function compile(value: string | readonly string[]): Trust;
  }
  export = proxyaddr;
}

declare module 'cookie' {
  interface SerializeOptions {
    readonly maxAge?: number;
    readonly expires?: Date;
    readonly path?: string;
    readonly domain?: string;
    readonly httpOnly?: boolean;
    readonly secure?: boolean;
    readonly sameSite?: boolean | 'lax' | 'strict' | 'none';
  }
  export function serialize(name: string, value: string, options?: SerializeOptions): string;
}

declare module 'etag' {
  function etag(entity: string | Buffer, options?: { readonly weak?: boolean }): string;
  export = etag;
}

declare module 'fresh' {
  /** Whether a conditional GET/HEAD (If-None-Match / If-Modified-Since) still matches the response. */
  function fresh(requestHeaders: Record<string, string | string[] | undefined>, responseHeaders: Record<string, string | undefined>): boolean;
  export = fresh;
}

declare module 'parseurl' {
  /** The request's URL, parsed once (cached on the request, as Express's router does). */
  function parseurl(req: import('node:http').IncomingMessage): { readonly pathname: string | null; readonly search: string | null } | undefined;
  export = parseurl;
}

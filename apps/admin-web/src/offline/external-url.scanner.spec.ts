import { findExternalReferences, findReferences, findUrlLiterals, isExternalUrl, type AssetKind } from './external-url.scanner';

describe('isExternalUrl', () => {
  it.each([
    ['https://fonts.googleapis.com/css2?family=Noto+Sans+JP', true],
    ['http://cdn.example.jp/app.js', true],
    ['//fonts.gstatic.com/s/notosansjp.woff2', true],
    ['wss://example.com/socket', true],
    ['HTTPS://CDN.EXAMPLE.COM/x.js', true],
    ['http://localhost.evil.example/x.js', true],
    ['http://127.0.0.1.nip.io/x.js', true],
    ['https://${host}/graphql', true],
    ['http://localhost:4200/graphql', false],
    ['http://LOCALHOST/x', false],
    ['http://127.0.0.1:3000/graphql', false],
    ['http://[::1]:3000/', false],
    ['ws://localhost:4200/', false],
    ['/assets/index-abc.js', false],
    ['./assets/index-abc.css', false],
    ['assets/a.png', false],
    ['data:,', false],
    ['data:image/svg+xml,%3Csvg%3E', false],
    ['blob:http://localhost/uuid', false],
    ['#main', false],
    ['mailto:kusei@city.chiba.example', false],
  ])('%s → external %s', (url, expected) => {
    expect(isExternalUrl(url)).toBe(expected);
  });
});

describe('findExternalReferences', () => {
  it.each<[AssetKind, string, string]>([
    ['html', '<script src="https://cdn.jsdelivr.net/npm/react/umd/react.js"></script>', 'https://cdn.jsdelivr.net/npm/react/umd/react.js'],
    ['html', "<link rel='stylesheet' href='https://fonts.googleapis.com/css2?family=Noto+Sans+JP'>", 'https://fonts.googleapis.com/css2?family=Noto+Sans+JP'],
    ['html', '<link rel=preconnect href=https://fonts.gstatic.com>', 'https://fonts.gstatic.com'],
    ['html', '<img srcset="/a.png 1x, https://img.example.com/a@2x.png 2x">', 'https://img.example.com/a@2x.png'],
    ['html', '<style>body{background:url(https://img.example.com/bg.png)}</style>', 'https://img.example.com/bg.png'],
    ['html', '<script type="module">import "https://esm.sh/react";</script>', 'https://esm.sh/react'],
    ['css', '@import url("https://fonts.googleapis.com/css2?family=Noto+Sans+JP");', 'https://fonts.googleapis.com/css2?family=Noto+Sans+JP'],
    ['css', "@import 'https://cdn.example.com/reset.css';", 'https://cdn.example.com/reset.css'],
    ['css', '@font-face{font-family:x;src:url(//fonts.gstatic.com/s/x.woff2) format("woff2")}', '//fonts.gstatic.com/s/x.woff2'],
    ['js', 'import{a as b}from"https://esm.sh/react@19";', 'https://esm.sh/react@19'],
    ['js', 'const m=await import(`https://esm.sh/dayjs`);', 'https://esm.sh/dayjs'],
    ['js', 'fetch("https://api.example.com/graphql",{method:"POST"})', 'https://api.example.com/graphql'],
    ['js', 'new WebSocket("wss://push.example.com")', 'wss://push.example.com'],
    ['js', 'new Worker(new URL("https://cdn.example.com/w.js"))', 'https://cdn.example.com/w.js'],
    ['js', 'x.open("GET","https://api.example.com/a")', 'https://api.example.com/a'],
    ['js', 'e.src="https://tracker.example.com/p.gif"', 'https://tracker.example.com/p.gif'],
    ['js', 'e.setAttribute("href","https://cdn.example.com/a.css")', 'https://cdn.example.com/a.css'],
    ['js', 'navigator.sendBeacon("https://telemetry.example.com",d)', 'https://telemetry.example.com'],
  ])('%s: %s', (kind, text, url) => {
    expect(findExternalReferences(text, kind).map((r) => r.url)).toEqual([url]);
  });

  it.each<[AssetKind, string]>([
    ['html', '<script type="module" crossorigin src="/assets/index-CKR42DFz.js"></script>'],
    ['html', '<link rel="icon" href="data:," />'],
    ['html', '<a href="#main">本文へ移動</a>'],
    ['css', 'body{font-family:"Hiragino Sans","Noto Sans JP","Yu Gothic",Meiryo,sans-serif}'],
    ['css', '.a{background:url(/assets/a.png)}'],
    ['js', 'fetch("http://localhost:3000/graphql")'],
    ['js', 'fetch("/graphql")'],
    ['js', 'document.createElementNS("http://www.w3.org/2000/svg","svg")'],
    ['js', 'Error("Minified React error #"+e+"; visit https://react.dev/errors/"+e)'],
    ['js', 'import{a}from"./chunk-abc.js"'],
  ])('%s: nothing external in %s', (kind, text) => {
    expect(findExternalReferences(text, kind)).toEqual([]);
  });

  it('finds every external reference, not only the first', () => {
    const html = '<script src="https://a.example/1.js"></script><link href="https://b.example/2.css"><img src="/ok.png">';
    expect(findExternalReferences(html, 'html').map((r) => r.url)).toEqual(['https://a.example/1.js', 'https://b.example/2.css']);
  });

  it('still sees local references (so that a relative asset is not missed by accident)', () => {
    expect(findReferences('<script src="/assets/a.js"></script>', 'html')).toEqual([{ via: 'attribute', url: '/assets/a.js' }]);
  });
});

describe('findUrlLiterals', () => {
  it('lists URLs written anywhere, loaded or not', () => {
    expect(findUrlLiterals('a="http://www.w3.org/2000/svg";b="visit https://react.dev/errors/"+c')).toEqual([
      'http://www.w3.org/2000/svg',
      'https://react.dev/errors/',
    ]);
  });
});

/**
 * @jest-environment jsdom
 */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { RULE_CATALOGUE } from '@juki/policies';
import { App } from './App';

declare global {
  // React's flag that tells act() it runs in a test environment.
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

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

function render(element: ReactElement): void {
  act(() => root.render(element));
}

function languageButton(name: string): HTMLButtonElement {
  const button = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!button) throw new Error(`no button named ${name}`);
  return button;
}

const firstRule = RULE_CATALOGUE[0];

describe('App', () => {
  it('opens in Japanese: product name, page language and title', () => {
    render(<App />);
    expect(container.querySelector('h1')?.textContent).toBe('住基ネット セキュリティ管理');
    expect(document.documentElement.lang).toBe('ja');
    expect(document.title).toBe('住基ネット セキュリティ管理');
    expect(languageButton('日本語').getAttribute('aria-pressed')).toBe('true');
    expect(languageButton('English').getAttribute('aria-pressed')).toBe('false');
  });

  it('shows the rule catalogue', () => {
    render(<App />);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(RULE_CATALOGUE.length);
    expect(container.querySelector('tbody td')?.textContent).toBe(firstRule?.title.ja);
  });

  it('switches to English and back with the language buttons', () => {
    render(<App />);
    act(() => languageButton('English').click());
    expect(container.querySelector('h1')?.textContent).toBe('Juki-Net Security Management');
    expect(container.querySelector('h2')?.textContent).toBe('Rules');
    expect(container.querySelector('tbody td')?.textContent).toBe(firstRule?.title.en);
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Juki-Net Security Management');
    expect(languageButton('English').getAttribute('aria-pressed')).toBe('true');
    expect(languageButton('日本語').getAttribute('aria-pressed')).toBe('false');

    act(() => languageButton('日本語').click());
    expect(container.querySelector('h2')?.textContent).toBe('規則一覧');
    expect(document.documentElement.lang).toBe('ja');
  });

  it('labels the language switch, and marks each choice with its own language', () => {
    render(<App />);
    const group = container.querySelector('[role="group"]');
    const labelId = group?.getAttribute('aria-labelledby') ?? '';
    expect(labelId).not.toBe('');
    expect(document.getElementById(labelId)?.textContent).toBe('表示言語');
    expect(languageButton('English').lang).toBe('en');
    expect(languageButton('日本語').lang).toBe('ja');
    expect(languageButton('English').type).toBe('button');
  });

  it('is usable from the keyboard: a skip link to the main content, native buttons, a focusable table region', () => {
    render(<App />);
    const skip = container.querySelector('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#main');
    expect(skip?.textContent).toBe('本文へ移動');
    expect(container.querySelector('main#main')?.getAttribute('tabindex')).toBe('-1');
    expect(container.querySelector('[role="region"]')?.getAttribute('tabindex')).toBe('0');
    // Focus order follows the document: skip link, then the two language buttons, then the table.
    const focusable = [...container.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"]')];
    expect(focusable.map((el) => el.textContent?.slice(0, 10) ?? '')).toEqual(['本文へ移動', '日本語', 'English', expect.any(String)]);
  });

  it('can open in English', () => {
    render(<App initialLocale="en" />);
    expect(container.querySelector('h1')?.textContent).toBe('Juki-Net Security Management');
    expect(container.querySelector('.skip-link')?.textContent).toBe('Skip to main content');
  });
});

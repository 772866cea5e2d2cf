/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * The README's "Frontend, legacy system" snippets are this app's own code:
 * every paragraph of every snippet must appear, contiguously, in the file the
 * snippet names. Whitespace is ignored (Prettier wraps the two differently),
 * and so is the `;` Prettier adds after a JSX fragment in Markdown.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../../..');

/** The code blocks of the README's legacy section, each with its file. */
function legacySnippets(): { file: string; code: string }[] {
  const readme = readFileSync(resolve(repoRoot, 'README.md'), 'utf8');
  const start = readme.indexOf('**Frontend, legacy system**');
  const end = readme.indexOf('**Onboarding template**', start);
  if (start < 0 || end < 0) throw new Error('legacy section not found');
  const blocks = readme.slice(start, end).matchAll(/```tsx\n([\s\S]*?)```/g);
  return Array.from(blocks, ([, block]) => {
    const [first, ...rest] = block.split('\n');
    const file = first.match(/^\/\/ (packages\/app-legacy\/[^\s,]+)/)?.[1];
    if (!file) throw new Error(`snippet names no file: ${first}`);
    return { file, code: rest.join('\n') };
  });
}

const squash = (text: string) => text.replace(/\s+/g, '').replace(/;$/, '');

describe("README's legacy frontend system snippets", () => {
  const snippets = legacySnippets();

  it('cover the tab, the pages and field extensions, the sidebar and search', () => {
    expect(snippets.map(s => s.file)).toEqual([
      'packages/app-legacy/src/components/catalog/EntityPage.tsx',
      'packages/app-legacy/src/App.tsx',
      'packages/app-legacy/src/components/Root/Root.tsx',
      'packages/app-legacy/src/components/search/SearchPage.tsx',
    ]);
  });

  it.each(snippets.map(s => [s.file, s.code]))(
    'are the code of %s',
    (file, code) => {
      const source = squash(readFileSync(resolve(repoRoot, file), 'utf8'));
      const paragraphs = code.split(/\n\s*\n/).filter(p => p.trim());
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const paragraph of paragraphs) {
        expect({
          file,
          paragraph,
          found: source.includes(squash(paragraph)),
        }).toEqual({ file, paragraph, found: true });
      }
    },
  );
});

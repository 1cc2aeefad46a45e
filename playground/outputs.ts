/** Copy or download one of the outputs (the worker computes them when asked). */
import type { OutputName } from './protocol.js';

export const OUTPUTS: readonly { readonly name: OutputName; readonly label: string; readonly file: string; readonly mime: string }[] = [
  { name: 'summary', label: 'Summary (JSON)', file: 'summary.json', mime: 'application/json' },
  { name: 'tree', label: 'Tree (JSON)', file: 'tree.json', mime: 'application/json' },
  { name: 'format', label: 'format text', file: 'exhibit.txt', mime: 'text/plain' },
  { name: 'markdown', label: 'Markdown', file: 'exhibit.md', mime: 'text/markdown' },
];

export function download(text: string, file: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies through the Clipboard API; says so when the page may not (http on another host). */
export async function copy(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied.';
  } catch {
    return 'The browser refused the clipboard here (it needs https or localhost): use Download.';
  }
}

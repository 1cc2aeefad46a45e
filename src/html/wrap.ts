/**
 * Word wrapping at spaces, for running text on the page and long entries in table cells.
 */
import { columns } from './characters.js';

/**
 * Breaks text at spaces into pieces of at most `width` columns (a longer word stands
 * alone); continuation pieces are indented by `hang` columns.
 */
export function wrapText(text: string, width: number, hang = 0): string[] {
  if (columns(text) <= width) return [text];
  const indent = /^[ \u00A0]*/.exec(text)?.[0] ?? '';
  const words = text.slice(indent.length).split(' ').filter((word) => word !== '');
  const out: string[] = [];
  // A hanging indent wider than half the width would leave no room: drop it then.
  const margin = hang > 0 && hang <= width / 2 ? ' '.repeat(hang) : '';
  let line = indent;
  let size = columns(indent);
  for (const word of words) {
    const w = columns(word);
    if (size > 0 && line.trim() !== '' && size + 1 + w > width) {
      out.push(line);
      line = margin + word;
      size = margin.length + w;
    } else {
      const gap = line.trim() === '' ? '' : ' ';
      line += gap + word;
      size += gap.length + w;
    }
  }
  if (line.trim() !== '') out.push(line);
  return out;
}

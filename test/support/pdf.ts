// Text of a PDF as pdftotext (poppler-utils) reads it, with spacing made plain for matching.
import { execFileSync } from 'node:child_process';

export function pdfText(pdf: Buffer): string {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** The text with all runs of whitespace (line breaks in table cells too) as single spaces. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');

// Every agent gets a stable colour and identicon derived from its id, so dashboards can tell
// agents apart without the owner choosing anything.
import { createHash } from 'node:crypto';

const digest = (id: string) => createHash('sha256').update(id).digest();

/** `#rrggbb` from the id, kept away from very dark and very light shades. */
export function defaultColor(id: string): string {
  const bytes = digest(id);
  const channel = (b: number) => (64 + (b % 160)).toString(16).padStart(2, '0');
  return `#${channel(bytes[0]!)}${channel(bytes[1]!)}${channel(bytes[2]!)}`.toUpperCase();
}

/** A 5×5 mirrored identicon as an SVG data URI. */
export function identicon(id: string, color: string): string {
  const bytes = digest(id);
  const cells: string[] = [];
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 3; col++) {
      if ((bytes[3 + row * 3 + col]! & 1) === 0) continue;
      for (const x of new Set([col, 4 - col])) cells.push(`<rect x="${x * 10}" y="${row * 10}" width="10" height="10"/>`);
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 50 50"><rect width="50" height="50" fill="#F4F4F5"/><g fill="${color}">${cells.join('')}</g></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

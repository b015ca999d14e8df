// `npm start` runs the compiled code in dist/, which mirrors the project (dist/src, dist/generated).
// Files the code reads relative to its own location must be copied there by `npm run build`, and
// the generated validators (plain .js) must be too: this finds every such read in the sources and
// checks the build script copies it, so a new one cannot work under tsx and fail in production.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(rel);
    return rel.endsWith('.ts') ? [rel] : [];
  });
}

/** Project-relative paths of the files `src/` and `db/` read through `new URL('…', import.meta.url)`. */
function filesReadRelatively(): string[] {
  const found = new Set<string>();
  for (const file of [...sources('src'), ...sources('db')]) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g)) {
      found.add(path.relative(ROOT, path.resolve(ROOT, path.dirname(file), m[1]!)));
    }
  }
  return [...found].sort();
}

/** What the build script's `cp` commands copy into dist/, as project-relative paths (globs expanded). */
function copiedByBuild(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const build = pkg.scripts.build ?? '';
  const copied: string[] = [];
  for (const command of build.split('&&').map((c) => c.trim().split(/\s+/))) {
    if (command[0] !== 'cp') continue;
    const args = command.slice(1).filter((a) => !a.startsWith('-'));
    const dest = args.pop();
    expect(dest?.startsWith('dist')).toBe(true);
    for (const arg of args) {
      if (!arg.includes('*')) {
        copied.push(path.normalize(arg));
        continue;
      }
      const dir = path.dirname(arg);
      const pattern = new RegExp(
        `^${path
          .basename(arg)
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      for (const name of readdirSync(path.join(ROOT, dir))) if (pattern.test(name)) copied.push(path.join(dir, name));
    }
  }
  return copied;
}

describe('npm run build', () => {
  it('compiles to dist/ for `npm start`, which runs it with node', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toMatch(/^node .*dist\/src\/main\.js$/);
    expect(pkg.scripts.prestart).toBe('npm run build');
  });

  it('copies every file the code reads relative to itself', () => {
    const read = filesReadRelatively();
    // The ones known today, so the scan itself is known to work.
    expect(read).toEqual(expect.arrayContaining(['openapi.yaml', 'generated/openapi.json', 'generated/docs.html']));
    expect(read.filter((file) => !copiedByBuild().includes(file))).toEqual([]);
  });

  it('copies the generated request validators, which are JavaScript tsc does not emit', () => {
    const validators = readdirSync(path.join(ROOT, 'generated')).filter((f) => f.endsWith('.gen.js'));
    expect(validators.length).toBeGreaterThan(0);
    expect(validators.map((f) => `generated/${f}`).filter((f) => !copiedByBuild().includes(f))).toEqual([]);
  });
});

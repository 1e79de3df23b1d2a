import { describe, expect, it } from 'vitest';
import { importLine, measure, violations } from './size.mjs';

// The size gate's own checks (issue 3 "Packaging": fails if adapter code lands in a bundle).
// Sizes themselves are measured by `npm run size`, never asserted in tests.
describe('scripts/size.mjs adapter and vendor check', () => {
  it('flags a bundle that pulls in an adapter package', async () => {
    const row = await measure(
      'with adapter',
      `import * as kit from '@tablero/adapter-kit';\nconsole.log(kit);`,
    );
    expect(row.violations.length).toBeGreaterThan(0);
    expect(row.violations[0]).toMatch(/adapter code: packages\/adapters\/kit\//);
  });

  it('passes a component bundle and counts its gzip below its minified size', async () => {
    const row = await measure('nps-gauge', importLine('nps-gauge'));
    expect(row.violations).toEqual([]);
    expect(row.gzip).toBeLessThan(row.min);
  });

  it('recognises adapter paths however they are reached', () => {
    expect(violations(['node_modules/@tablero/adapter-zendesk/dist/index.js'])).toHaveLength(1);
    expect(violations(['packages/core/src/kpi/nps.ts'])).toEqual([]);
  });
});

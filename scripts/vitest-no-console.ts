// Fails any test that writes to the console: library code must stay silent (the zod habit).
import { afterEach, beforeEach, vi } from 'vitest';

const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
const calls: string[] = [];

beforeEach(() => {
  calls.length = 0;
  for (const m of methods) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${m}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) {
    const text = calls.join('\n');
    calls.length = 0;
    throw new Error(`Unexpected console output during test:\n${text}`);
  }
});

import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/cli/color.js';

describe('colorLevel', () => {
  const tty = { color: true, stream: 'stderr' as const, isTTY: true };

  it('colours a TTY', () => {
    expect(colorLevel({ ...tty, env: {} })).toBeGreaterThan(0);
  });

  it.each([
    ['NO_COLOR set', { ...tty, env: { NO_COLOR: '1' } }],
    ['--no-color', { ...tty, color: false, env: {} }],
    ['no TTY', { ...tty, isTTY: false, env: {} }],
    ['no TTY even when forced', { ...tty, isTTY: false, env: { FORCE_COLOR: '3' } }],
  ])('never colours with %s', (_, options) => {
    expect(colorLevel(options)).toBe(0);
  });

  it('ignores an empty NO_COLOR, as no-color.org says', () => {
    expect(colorLevel({ ...tty, env: { NO_COLOR: '' } })).toBeGreaterThan(0);
  });
});

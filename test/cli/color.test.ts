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
    ['FORCE_COLOR=0 on a TTY', { ...tty, env: { FORCE_COLOR: '0' } }],
    ['FORCE_COLOR=false on a TTY', { ...tty, env: { FORCE_COLOR: 'false' } }],
    ['NO_COLOR, even with FORCE_COLOR', { ...tty, isTTY: false, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }],
    ['--no-color, even with FORCE_COLOR', { ...tty, color: false, env: { FORCE_COLOR: '1' } }],
  ])('never colours with %s', (_, options) => {
    expect(colorLevel(options)).toBe(0);
  });

  it.each([
    ['1', 1],
    ['2', 2],
    ['3', 3],
    ['true', 1],
    ['yes', 1],
  ])('colours off a TTY with FORCE_COLOR=%s (CI logs that show colour), at that level', (value, level) => {
    expect(colorLevel({ ...tty, isTTY: false, env: { FORCE_COLOR: value } })).toBe(level);
  });

  it('leaves detection alone with an empty FORCE_COLOR, as force-color.org says', () => {
    expect(colorLevel({ ...tty, isTTY: false, env: { FORCE_COLOR: '' } })).toBe(0);
    expect(colorLevel({ ...tty, env: { FORCE_COLOR: '' } })).toBeGreaterThan(0);
  });

  it('ignores an empty NO_COLOR, as no-color.org says', () => {
    expect(colorLevel({ ...tty, env: { NO_COLOR: '' } })).toBeGreaterThan(0);
  });
});

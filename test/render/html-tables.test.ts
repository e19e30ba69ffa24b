import { describe, expect, it } from 'vitest';
import { renderPacket } from '../../src/render/render-packet.js';
import { loadPacket } from './fixtures.js';

describe('the HTML tables', () => {
  it('name every cell by its column, so that a phone can stack a row and still say what each cell is', async () => {
    const html = await renderPacket(loadPacket('mle'), { format: 'html' });
    const cells = [...html.matchAll(/<td([^>]*)>/g)];
    expect(cells.length).toBeGreaterThan(0);
    for (const [, attributes] of cells) expect(attributes).toMatch(/data-label="(Fact|Value|Source|Your evidence|Their requirement|Talking point|Match)"/);
  });
});

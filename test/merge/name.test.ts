import { describe, expect, it } from 'vitest';
import { modelOf } from '../helpers/model.js';

const nameOf = (markdown: string, id: string) => modelOf([{ name: 'a.md', markdown }], id).company.name;

describe('the company name', () => {
  it('is the longer name a summary writes before its verb, as written there', () => {
    expect(nameOf('# ORCHARD LANE PROVISIONS\n\nOrchard Lane Provisions supplies bread and pastries to six hundred cafés.\n', 'orchard-lane')).toBe('Orchard Lane Provisions');
    expect(nameOf('# Tidewater\n\nTidewater Robotics builds autonomous hull-cleaning robots for shipping fleets.\n', 'tidewater')).toBe('Tidewater Robotics');
  });

  it('is not lengthened by a heading that starts with it', () => {
    expect(nameOf('# Acme Engineering SWOT Analysis\n\nAcme operates a large network of rope factories across Europe.\n', 'acme')).toBe('Acme');
  });
});

import { describe, expect, it } from 'vitest';
import { modelOf } from '../helpers/model.js';

const offering = (markdown: string) => {
  const { company } = modelOf([{ name: 'a.md', markdown }]);
  return { offering: company.overview.offering?.text, products: company.products.map((p) => [p.name, p.description]) };
};

describe('what the company builds', () => {
  it('is the prose, and the bold-named items under it are products', () => {
    const markdown = '## What they build\n\nAcme makes pallet movers for small warehouses.\n\n- **Tug**: the pallet mover\n- **Yard**: the fleet manager\n';
    expect(offering(markdown)).toEqual({ offering: 'Acme makes pallet movers for small warehouses.', products: [['Tug', 'the pallet mover'], ['Yard', 'the fleet manager']] });
  });

  it('stays one description when the list under the prose is not of names', () => {
    const markdown = '## What they build\n\nAcme makes pallet movers.\n\n- for small warehouses\n- that cannot afford a retrofit\n';
    expect(offering(markdown)).toEqual({ offering: 'Acme makes pallet movers. for small warehouses that cannot afford a retrofit', products: [] });
    // One named item is an example in the prose, not a product line-up.
    expect(offering('## What we build\n\nPallet movers.\n\n- **Tug**: the pallet mover\n').products).toEqual([]);
  });
});

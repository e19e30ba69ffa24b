import { readFileSync } from 'node:fs';
import { Packet } from '../../src/model/packet.js';
import { renderPacket } from '../../src/render/render-packet.js';

export type FixtureName = 'mle' | 'worksheet' | 'injection';

/** A hand-made packet from test/fixtures/packets, validated against the schema. */
export function loadPacket(name: FixtureName): Packet {
  const url = new URL(`../fixtures/packets/${name}.json`, import.meta.url);
  return Packet.parse(JSON.parse(readFileSync(url, 'utf8')));
}

/** A packet rendered as markdown. */
export const md = (packet: Packet): Promise<string> => renderPacket(packet, { format: 'md' });

/** The payloads the injection fixture carries in its text fields. */
export const INJECTION_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src="http://example.com/x.png">',
  '{{constructor}} and {{> partial}}',
  '[click](javascript:alert(1))',
  'a | b',
  '*star* _under_ [bracket',
  '<b onclick="alert(1)">bold</b>',
];

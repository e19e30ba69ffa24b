import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { prep } from './cli.js';

/** What `prep list --json` says of each company (id, name, role titles), and its exit code. */
export async function listed(profiles: string): Promise<{ code: number; companies: [string, string, string[]][] }> {
  const { code, stdout } = await prep(['--profiles', profiles, 'list', '--json']);
  return { code, companies: (JSON.parse(stdout) as { id: string; name: string; roles: string[] }[]).map((c) => [c.id, c.name, c.roles]) };
}

/** `prep build <company> --role <role> -o -`: the packet's markdown on stdout. */
export const packetOf = (profiles: string, company: string, role: string) =>
  prep(['--profiles', profiles, 'build', company, '--role', role, '-o', '-']);

/** A packet that was built (exit 0, a title): a `not.toMatch` on a failed build's empty stdout would pass. */
export async function builtPacket(profiles: string, company: string, role: string): Promise<string> {
  const { code, stdout } = await packetOf(profiles, company, role);
  expect([code, stdout]).toEqual([0, expect.stringMatching(/^# .+: .+\n/)]);
  return stdout;
}

/** What `prep show <company> --json` says of it. */
export async function shown<T = unknown>(profiles: string, company: string): Promise<T> {
  return JSON.parse((await prep(['--profiles', profiles, 'show', company, '--json'])).stdout) as T;
}

export interface CheckedDiagnostic {
  file: string;
  line: number;
  severity: string;
  ruleId: string;
  message: string;
}

/** `prep check --reporter json` over a profiles folder: its exit code and diagnostics. */
export async function checked(profiles: string): Promise<{ code: number; diagnostics: CheckedDiagnostic[]; stderr: string }> {
  const { code, stdout, stderr } = await prep(['--profiles', profiles, 'check', '--reporter', 'json']);
  return { code, diagnostics: JSON.parse(stdout) as CheckedDiagnostic[], stderr };
}

interface Cited {
  text: string;
  source: { file: string; line: number };
}

/** Every `{ text, source }` fact of a model or packet, wherever it sits. */
export function citedFacts(value: unknown): Cited[] {
  if (Array.isArray(value)) return value.flatMap(citedFacts);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const source = record['source'] as Cited['source'] | undefined;
  if (typeof record['text'] === 'string' && typeof source?.line === 'number') return [record as unknown as Cited];
  return Object.values(record).flatMap(citedFacts);
}

/**
 * Facts whose first words are not on the line they cite (or the two after
 * it, where a field's name stands over its value): wrong citations. For
 * UTF-8 profiles written without markdown escapes.
 */
export function miscited(profiles: string, facts: readonly Cited[]): string[] {
  // Markup, and the colon and commas prep puts in a row of a table saved as text (`Key people<TAB>Jane` over `Sam` reads `Key people: Jane, Sam`), are not words.
  const plain = (text: string): string => text.replace(/[*_[\]()`|\\]/g, ' ').replace(/[:,](?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim();
  return facts.filter((fact) => {
    const lines = readFileSync(path.join(profiles, fact.source.file), 'utf8').split('\n');
    const around = plain(lines.slice(fact.source.line - 1, fact.source.line + 2).join(' '));
    return !around.includes(plain(fact.text).split(' ').slice(0, 3).join(' '));
  }).map((fact) => `${fact.source.file}:${fact.source.line} ${fact.text}`);
}

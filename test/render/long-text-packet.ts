import type { Packet } from '../../src/model/packet.js';
import { loadPacket } from './fixtures.js';

/** Text that no browser can break on its own: what pushes a table or a page wider than the paper. */
export const UNBROKEN = {
  url: `https://careers.example.com/jobs/${'a1b2c3d4e5'.repeat(6)}/staff-platform-reliability-engineer?ref=${'x'.repeat(40)}`,
  path: `/var/lib/${'deeply-nested-directory/'.repeat(3)}${'b'.repeat(60)}/config.yaml`,
  word: 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(2).slice(0, 80),
};

/** 120 characters, as a holding company's full legal name can be. */
export const LONG_NAME = 'The Extraordinarily Long Named International Consolidated Holdings and Subsidiaries of Everything Incorporated Ltd Group';

// A Notion export: a long folder and file name with spaces and a hash, as citations show it.
const EXPORT_FILE = 'holdings/Staff Platform Reliability Engineer interview prep 3f2a9c71b0d84e55.md';

const at = (file: string, line: number) => ({ file, line });

/**
 * The fixture packet made hostile to layout: unbroken URLs, paths and words in
 * table cells and headings, a 40-row skills table, citations by the dozen,
 * CJK, Arabic and emoji, and a 120-character company name.
 */
export function longTextPacket(): Packet {
  const packet = loadPacket('mle');
  const { company, role } = packet;
  company.name = LONG_NAME;
  packet.candidate = { name: `Maria ${'de los Santos '.repeat(6)}Fernández-Oyelaran`, headline: UNBROKEN.word, file: 'examples/candidate.md' };
  company.overview.headquarters = { text: UNBROKEN.url, source: at(EXPORT_FILE, 3) };
  company.overview.industry = [{ text: `${UNBROKEN.word} 株式会社みらいテック شركة المستقبل 🚀👩‍💻`, source: at(EXPORT_FILE, 4) }];
  company.techStack.languages.push({ text: UNBROKEN.path, source: at(EXPORT_FILE, 5) });
  company.competitors = Array.from({ length: 14 }, (_, index) => ({ text: `Competitor${index + 1}`, source: at(`holdings/competitor-notes-${index + 1}.md`, 10) }));
  company.values.push({ text: UNBROKEN.word, source: at(EXPORT_FILE, 6) });
  // A citation just short enough to stay on one line, in the two-column values list.
  company.values.push({ text: 'Integrity', source: at('holdings/interview-prep-platform.md', 150) });
  role.responsibilities.push({ text: `Maintain ${UNBROKEN.path}`, source: at(EXPORT_FILE, 7) });
  company.notes.push({ text: UNBROKEN.url, label: `${UNBROKEN.word} heading`, source: at(EXPORT_FILE, 8) });
  const template = packet.skillsMap[0]!;
  packet.skillsMap = Array.from({ length: 40 }, (_, index) => ({
    ...template,
    requirement: index % 10 === 3 ? `${UNBROKEN.url} (row ${index + 1})` : `Requirement ${index + 1}: operating system ${index + 1} at scale`,
    evidence: index % 10 === 5 ? UNBROKEN.path : `Evidence ${index + 1}: ran system ${index + 1} in production for two years`,
    // rowNa and rowNz open and close the row's longest cell: one word each, to find on the printed pages.
    talkingPoint: `row${index + 1}a ${index % 10 === 7 ? UNBROKEN.word : 'a full sentence on how the evidence answers the requirement, and why it matters here'} row${index + 1}z`,
    sources: { requirement: at(EXPORT_FILE, 100 + index), evidence: at('examples/candidate.md', 10 + index) },
  }));
  // More than a page of notes in one item, between notebegin and noteend: it must split, and must not leave the page before it half empty.
  const sentence = 'The hiring manager said the platform team owns the deploy pipeline, the paging rota and the capacity plan for every region.';
  company.notes.push({ text: `notebegin ${Array.from({ length: 40 }, () => sentence).join(' ')} noteend`, label: 'Call with the hiring manager', source: at(EXPORT_FILE, 10) });
  packet.research.push({
    field: 'interviewLoop',
    text: 'Ask the recruiter who sits on each panel, how long each round takes, whether there is a take-home exercise and when feedback comes',
    source: at(EXPORT_FILE, 9),
  });
  packet.sources = Array.from({ length: 60 }, (_, index) => ({
    file: index === 0 ? EXPORT_FILE : `holdings/source-document-${index + 1}.md`,
    kind: 'markdown' as const,
    family: 'notes' as const,
    title: index % 20 === 0 ? UNBROKEN.url : `Source document ${index + 1}`,
  }));
  return packet;
}

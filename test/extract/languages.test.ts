import { runs } from '../helpers/runs.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appliedFor } from '../../src/extract/applied-for.js';
import { modelOf, modelOfText, texts } from '../helpers/model.js';

// Job ads and company pages written in German, French, Spanish and Japanese: the same sections, fields and roles.
describe('a job ad in another language', () => {
  it('names the role its heading gives, without the gender mark and in the case a title is written', () => {
    const german = modelOf([{ name: 'anzeige.md', markdown: '## Stellenbeschreibung: Backend-Entwickler (m/w/d)\n\n### Ihre Aufgaben\n\n- Java-Dienste bauen\n' }]).company;
    expect(german.roles.map((r) => r.title)).toEqual(['Backend-Entwickler']);
    expect(texts(german.roles[0]!.responsibilities)).toEqual(['Java-Dienste bauen']);
    const shouted = modelOf([{ name: 'jobs.md', markdown: '## ROLE 1: EMBEDDED SOFTWARE ENGINEER\n\n### Requirements\n\n- C\n\n## ROLE 2: TEST ENGINEER\n\n### Requirements\n\n- Python\n' }]).company;
    expect(shouted.roles.map((r) => [r.title, texts(r.requirements)])).toEqual([['Embedded Software Engineer', ['C']], ['Test Engineer', ['Python']]]);
  });

  it.each([
    ['- **Gründung:** 1964\n- **Hauptsitz:** Lüdenscheid\n- **Mitarbeiter:** 320', 'Über uns'],
    ['- **Fundación:** 1964\n- **Sede:** Lüdenscheid\n- **Empleados:** 320', 'Quiénes somos'],
    ['- **Fondée en :** 1964\n- **Siège social :** Lüdenscheid\n- **Effectif :** 320', 'À propos'],
    ['- 設立：1964年\n- 本社：Lüdenscheid\n- 従業員数：320名', '会社概要'],
    ['- **Opgericht:** 1964\n- **Hoofdkantoor:** Lüdenscheid\n- **Medewerkers:** 320', 'Over ons'],
  ])('reads the company facts under %s', (items, heading) => {
    const { company } = modelOf([{ name: 'about.md', markdown: `## ${heading}\n\n${items}\n` }]);
    expect([company.overview.founded?.year, company.overview.headquarters?.text, company.overview.employees?.count]).toEqual([1964, 'Lüdenscheid', 320]);
  });

  it.each(['Über uns', 'À propos', 'Quiénes somos'])('takes the paragraph under %s for the company summary', (heading) => {
    const { company } = modelOf([{ name: 'about.md', markdown: `## ${heading}\n\nHafenwerk builds cranes for inland ports.\n` }]);
    expect(company.overview.summary?.text).toBe('Hafenwerk builds cranes for inland ports.');
  });

  it('reads a Dutch ad scraped as text: its question headings, its company heading and its sections', () => {
    const ad = [
      'Data Engineer', '', 'Over Acme', 'Acme bouwt kranen voor binnenhavens.', '', 'Onze missie', 'Elke haven veilig.', '',
      'Wat ga je doen?', '• Datapijplijnen bouwen', '• Monitoring opzetten', '', 'Wat vragen wij?', '• Python', '• SQL', '• Airflow', '',
      'Functie-eisen', '• Nederlands', '', 'Wat bieden wij?', '• 27 vakantiedagen', '',
    ].join('\n');
    const { company } = modelOfText('acme/vacature.txt', ad);
    expect(company.overview.summary?.text).toBe('Acme bouwt kranen voor binnenhavens.');
    expect(company.mission?.text).toBe('Elke haven veilig.');
    const [role] = company.roles;
    expect([role?.title, texts(role?.responsibilities ?? []), texts(role?.requirements ?? [])]).toEqual(['Data Engineer', ['Datapijplijnen bouwen', 'Monitoring opzetten'], ['Python', 'SQL', 'Airflow', 'Nederlands']]);
  });

  it('ends a section at a "How to apply" heading, so the application steps are no requirement', () => {
    const { company } = modelOf([{ name: 'job.md', markdown: '## The role: Data Engineer\n\n### Requirements\n\n- SQL\n\n### How to apply\n\nSend your CV to jobs@acme.example.\n' }]);
    expect(texts(company.roles[0]!.requirements)).toEqual(['SQL']);
  });
});

describe('a recruiter mail in another language', () => {
  const mail = (subject: string): string[] => {
    const text = `Von: Jana Reuter <jana@acme.example>\nGesendet: Dienstag, 4. März 2025 09:12\nAn: Lena <lena@mail.example>\n${subject}\n\nIhre Aufgaben:\n- Steuerungen in C# entwickeln\n`;
    return modelOfText('acme/mail.txt', text).company.roles.map((role) => role.title);
  };

  it.each([
    ['Betreff: Ihre Bewerbung als Softwareentwicklerin (m/w/d)', 'Softwareentwicklerin'],
    ['Betreff: AW: Bewerbung als Projektleiter Galvanik – Termin', 'Projektleiter Galvanik'],
    ['Objet : Votre candidature au poste de développeuse backend', 'développeuse backend'],
    ['Asunto: RE: Candidatura para el puesto de Ingeniera de Datos', 'Ingeniera de Datos'],
  ])('names the job its subject gives after "as" (%s), with no English role noun', (subject, title) => {
    expect(mail(subject)).toEqual([title]);
  });

  it('names no job from a subject that gives none', () => {
    expect(mail('Betreff: Ihre Unterlagen als PDF')).toEqual([]);
    expect(mail('Betreff: Termin am Dienstag')).toEqual([]);
    expect(mail('Subject: Re: your application as discussed')).toEqual([]);
  });
});

describe('appliedFor', () => {
  it('gives at most a six-word title with no bracket or dash in it, for any subject', () => {
    const word = fc.constantFrom('Bewerbung', 'als', 'as', 'application', 'au poste de', 'Ingenieur', '(m/w/d)', '–', ' - ', 'x', ' ', ',');
    fc.assert(fc.property(fc.array(word, { maxLength: 14 }).map((w) => w.join(' ')), (subject) => {
      const title = appliedFor(subject);
      return title === undefined || (title.split(/\s+/).length <= 6 && !/[(–,]/.test(title));
    }), { numRuns: runs(500) });
  });
});

describe('headings of a Japanese company guide and a German mail', () => {
  it('read 事業内容 as what the company does, and the steps under Ablauf as notes, not requirements', () => {
    const { company } = modelOfText('acme/guide.txt', '会社案内\n\n事業内容\n精密ギアと小型減速機の設計・製造\n\nAblauf:\n1. Video-Gespräch\n2. Fachgespräch\n');
    expect(company.overview.offering?.text).toBe('精密ギアと小型減速機の設計・製造');
    expect(company.notes.map((note) => [note.label, note.text])).toEqual([['Ablauf', 'Video-Gespräch'], ['Ablauf', 'Fachgespräch']]);
  });
});

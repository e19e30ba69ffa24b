import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findChrome } from '../../src/parse/chrome.js';
import { splitLines } from '../../src/parse/text-lines.js';

const chromeOf = (body: string) => findChrome(splitLines(body)).map((c) => c.text);

describe('findChrome', () => {
  it.each([
    'Skip to content', 'Share', 'Share this job', 'Subscribe', 'Accept all cookies', 'We use cookies to improve your experience.', '© 2025 Acme Inc.',
    'Stay Updated on Acme Robotics', 'Get free monthly updates when this page changes.', '—', '·', '|', 'Follow us on LinkedIn',
    'Apply now', 'Apply now →', 'View all jobs', 'Home | About | Careers | Blog | Contact', 'Privacy Policy · Imprint · Cookie Settings',
    'Acme GmbH · Hauptstraße 1 · 70469 Stuttgart          Page 1 of 2', 'Page 3 of 9', '- 4 -',
    'Follow', 'Helpful (12)', 'See all 1,104 employees', 'Show more similar pages', 'External link for Acme GmbH', '12,345 followers',
    'Industrial Machinery · Stuttgart · 12,345 followers', '3 days ago · 27 applicants', '4.1 ★★★★☆', 'Sort by: Most relevant',
    'Answer question', 'Add an answer', '2 Answers', '1 answer', 'Question 1', 'Show answer',
  ])('drops %j', (line) => {
    expect(chromeOf(`Acme\n\n${line}\n\nText.\n`)).toEqual([line]);
  });

  it.each([
    'Acme Robotics is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race or religion.',
    'Acme is proud to be an Equal Opportunity and Affirmative Action employer; we do not discriminate on the basis of age.',
    'We are an equal opportunity employer and value diversity at our company.',
    'Powered by Greenhouse', 'Jobs powered by Lever', 'Read our Privacy Policy', 'Privacy Notice', 'Submit application', 'Submit your application',
    '* indicates a required field', 'Was this helpful? Yes No', 'Posted 5 Days Ago', 'Posted 30+ Days Ago', 'Posted today', 'Search for Jobs', 'Similar Jobs (3)',
    'Mar 3, 2025 · Candidate in Manchester', '14 Jan 2025 - Anonymous Employee in Leeds', 'Anonymous Interview Candidate in Rotterdam',
    'Acme Water plc                      Registered in England No. 08812345', 'Registered in England and Wales, company number 01234567',
    'The Society is committed to equal opportunities. If you need any adjustments, please tell us.',
    'Acme Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority.',
    'Jetzt bewerben', 'Postuler', 'Postuler à cette offre', 'Aplicar ahora', 'Solliciteer direct', 'Direct solliciteren →', '応募する',
  ])('drops a job board\'s boilerplate and buttons: %j', (line) => {
    expect(chromeOf(`Acme\n\n${line}\n\nText.\n`)).toEqual([line]);
  });

  it('keeps an apply button\'s word as a section heading, or in a sentence', () => {
    expect(chromeOf('Acme\n\nSolliciteren\n\nStuur je cv.\n\nBewerbung\n\nPostuler avant le 3 mars via notre site.\n')).toEqual([]);
  });

  it('keeps a sentence about equal opportunity that is no boilerplate', () => {
    expect(chromeOf('Acme\n\nWe publish our gender pay gap every year and act on it.\n\nPowered by curiosity, we ship weekly.\n')).toEqual([]);
  });

  // Only a sentence that is nothing but the boilerplate: one that also says something about the company is content.
  it.each([
    'Brightpay was founded in 2015 and is regulated by the Financial Conduct Authority.',
    'Brightpay is regulated by the Financial Conduct Authority, serving 2 million customers across Europe.',
    'Our engineering team is committed to diversity and inclusion in hiring, with 45% women.',
  ])('keeps a fact that mentions a regulator or a commitment: %j', (line) => {
    expect(chromeOf(`Acme\n\n${line}\n\nText.\n`)).toEqual([]);
  });

  it('drops an application form: its required fields and upload buttons, up to the blank line', () => {
    const form = ['First Name *', 'Last Name *', 'Email *', 'Resume/CV *', 'Attach', 'Dropbox', 'Enter manually', 'LinkedIn Profile'];
    expect(chromeOf(`Benefits\n- Pension\n\n${form.join('\n')}\n\nText.\n`)).toEqual(form);
    // A required consent box is longer than a field's name and as much the form's, in any language.
    const dutch = ['Voornaam *', 'Achternaam *', 'E-mailadres *', 'Upload je cv *', 'Motivatie', 'Ik ga akkoord met de privacyverklaring *', 'Verstuur sollicitatie'];
    expect(chromeOf(`Benefits\n- Pension\n\n${dutch.join('\n')}\n\nText.\n`)).toEqual(dutch);
    // One starred line is a footnote mark, not a form.
    expect(chromeOf('Skills\nPython *\nSQL\n\nText.\n')).toEqual([]);
  });

  it('drops a breadcrumb trail in any language, and keeps a line that compares or points once', () => {
    for (const trail of ['Home > Vacatures > Data Engineer', 'Careers › Engineering › Platform Engineer', 'Start » Jobs » IT » Backend (m/w/d)']) {
      expect(chromeOf(`Acme\n\n${trail}\n\nText.\n`), trail).toEqual([trail]);
    }
    expect(chromeOf('Acme\n\nRevenue > $1B in 2024\n\nCustomers › 3,000\n\nText.\n')).toEqual([]);
  });

  it('drops a trail of crumbs from a site\'s root, and keeps steps written with arrows', () => {
    const crumb = fc.stringMatching(/^[A-Z][a-z]{1,9}(?: [A-Za-z]{1,8}){0,2}$/);
    const root = fc.constantFrom('Home', 'Careers', 'Startseite', 'Accueil', 'Vacatures', 'Werken bij Acme');
    const separator = fc.constantFrom(' > ', ' › ', ' » ');
    fc.assert(fc.property(separator, root, fc.array(crumb, { minLength: 1, maxLength: 6 }), (sep, home, crumbs) => {
      const trail = [home, ...crumbs].join(sep);
      expect(chromeOf(`Acme\n\n${trail}\n\nText.\n`)).toEqual([trail]);
    }));
    // An interview loop, a pipeline, a career ladder: content, whatever their length.
    const steps = ['Recruiter screen > Technical interview > Onsite > Offer', 'Pipeline: Kafka > Flink > Snowflake', 'Engineer I › Engineer II › Senior › Staff'];
    expect(chromeOf(`Acme\n\n${steps.join('\n\n')}\n`)).toEqual([]);
  });

  it('reads a long line of separators against the breadcrumb pattern, and keeps it', () => {
    // Quadratic matching would hang here, past the test's timeout; a linear one answers at once.
    expect(chromeOf(`Acme\n\n${'a > '.repeat(5_000)}b\n\n${'Home > '.repeat(3_000)}x y\n`)).toEqual([]);
  });

  it('drops a footer\'s links one to a line at the end of the page', () => {
    expect(chromeOf('Requirements\n• SQL\n\nApply for this Job\nPowered by Ashby\nPrivacy Policy\nSecurity\nVulnerability Disclosure\n')).toEqual([
      'Apply for this Job', 'Powered by Ashby', 'Privacy Policy', 'Security', 'Vulnerability Disclosure',
    ]);
    expect(chromeOf('Values\nSecurity\nCandor\n\nText.\n')).toEqual([]);
  });

  it('drops a slogan right under a logo line, not a line after a blank', () => {
    expect(chromeOf('Acme logo\nBuild the future\n\nBuild the future\n')).toEqual(['Acme logo', 'Build the future']);
  });

  it('drops a long line from its second verbatim occurrence on, never short labels or bullets', () => {
    const mission = 'Deliver every parcel on time to every door in the country';
    const body = `${mission}\n\nStrengths\n• Speed\n\n${mission}\n\nStrengths\n• Speed\n\n${mission}\n`;
    expect(findChrome(splitLines(body)).map((c) => c.line)).toEqual([6, 11]);
  });

  it('keeps ordinary content', () => {
    expect(chromeOf('Company Profile\n\nAcme makes anvils.\n\nShare price rose 4% in 2024.\n\nKey Products & Brands\n')).toEqual([]);
  });

  it('keeps a sentence that starts like a post\'s age or a page\'s button', () => {
    const lines = ['3 years ago we moved the plant to Brno and doubled the team.', '2 months ago the company signed its largest contract.', 'More than half of revenue comes from service contracts.'];
    expect(chromeOf(lines.join('\n\n'))).toEqual([]);
    expect(chromeOf('2 weeks ago • Edited\n\n1 month ago\n')).toEqual(['2 weeks ago • Edited', '1 month ago']);
  });

  it('keeps pipe-separated content that is not a list of site links', () => {
    expect(chromeOf('Skills\n\nPython | Go | Rust\n\nProducts | Anvils | Rockets\n\nApply now for a grant of up to $5k\n')).toEqual([]);
  });

  it('drops any line of two or more site links, whatever the separators', () => {
    const link = fc.constantFrom('Home', 'About us', 'Careers', 'Blog', 'Contact', 'Privacy Policy', 'Imprint');
    const separator = fc.constantFrom(' | ', '|', ' · ', ' • ', '  |  ');
    const line = fc.tuple(link, fc.array(fc.tuple(separator, link), { minLength: 1, maxLength: 6 })).map(([first, rest]) => first + rest.map(([sep, l]) => sep + l).join(''));
    fc.assert(fc.property(line, (nav) => {
      expect(chromeOf(`Acme\n\n${nav}\n\nText.\n`)).toEqual([nav]);
    }));
  });

  it('keeps any pipe-separated line with fewer than two site links', () => {
    // Words longer than any site link, so only the one optional `Home` is a link.
    const word = fc.stringMatching(/^[A-Z][a-z]{17,24}$/);
    const line = fc.tuple(fc.array(word, { minLength: 2, maxLength: 6 }), fc.boolean()).map(([words, home]) => [...(home ? ['Home'] : []), ...words].join(' | '));
    fc.assert(fc.property(line, (text) => {
      expect(chromeOf(`Acme\n\n${text}\n\nText.\n`)).toEqual([]);
    }));
  });

  it('drops a site\'s tabs copied one to a line, but not the section heading right under them', () => {
    expect(chromeOf('Acme GmbH\nHome\nAbout\nPosts\nJobs\nPeople\nOverview\nAcme builds pumps.\n')).toEqual(['Home', 'About', 'Posts', 'Jobs', 'People']);
    // A tab the table knows (`Benefits`) over the page's title, not over prose: one more tab.
    expect(chromeOf('Acme\nOverview\nReviews\nJobs\nSalaries\nBenefits\nAcme Interview Process\n\nText.\n')).toEqual(['Overview', 'Reviews', 'Jobs', 'Salaries', 'Benefits']);
  });

  it('keeps a short list of values or a page number in prose', () => {
    expect(chromeOf('Values\nHonesty\nCraft\nCare\nCourage\n\nSee page 4 of the report for details.\n\nFollow the customer\n')).toEqual([]);
  });
});

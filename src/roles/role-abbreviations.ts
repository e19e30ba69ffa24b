/**
 * Common abbreviations of role titles. Each maps to the titles it may stand
 * for; a profile decides which of them it has. Generic data, not a profile's.
 * Used by `--role` resolution (tailor) and to spell out a front-matter
 * `role:` (merge); text-abbreviations.ts holds the forms met in prose.
 */
export const ROLE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  mle: ['Machine Learning Engineer'],
  ml: ['Machine Learning Engineer', 'Machine Learning Scientist'],
  mls: ['Machine Learning Scientist'],
  cv: ['Computer Vision Engineer', 'Computer Vision Scientist'],
  swe: ['Software Engineer', 'Software Development Engineer'],
  sde: ['Software Development Engineer', 'Software Engineer'],
  pm: ['Product Manager', 'Project Manager', 'Program Manager'],
  apm: ['Associate Product Manager'],
  tpm: ['Technical Program Manager', 'Technical Product Manager'],
  em: ['Engineering Manager'],
  ae: ['Analytics Engineer', 'Account Executive'],
  ds: ['Data Scientist'],
  de: ['Data Engineer'],
  da: ['Data Analyst'],
  ba: ['Business Analyst'],
  sre: ['Site Reliability Engineer'],
  be: ['Backend Engineer', 'Back-end Engineer', 'Backend Developer'],
  fe: ['Frontend Engineer', 'Front-end Engineer', 'Frontend Developer'],
  fs: ['Full Stack Engineer', 'Fullstack Engineer', 'Full-stack Engineer'],
  qa: ['QA Engineer', 'Quality Assurance Engineer', 'QA Analyst'],
  sdet: ['Software Development Engineer in Test'],
  ux: ['UX Designer', 'UX Researcher'],
  ui: ['UI Designer'],
  pd: ['Product Designer'],
  devops: ['DevOps Engineer'],
  mlops: ['MLOps Engineer'],
  sa: ['Solutions Architect'],
  se: ['Sales Engineer', 'Security Engineer'],
  tam: ['Technical Account Manager'],
  csm: ['Customer Success Manager'],
  ic: ['Individual Contributor'],
};

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PacketOptions, Pipeline } from '../../src/batch/pipeline.js';
import type { RoleRef } from '../../src/batch/targets.js';
import { ContentError } from '../../src/errors.js';

const role = (title: string): RoleRef => ({ title, slug: title.toLowerCase().replace(/\s+/g, '-') });

interface FakeModel {
  id: string;
  roles: RoleRef[];
  paper?: 'letter';
}

/** Five companies, `cracked` broken; packets are written as `<company>-<role>.<format>`. */
export async function fakePipeline(root: string) {
  const companies: Record<string, RoleRef[]> = {
    acme: [role('Machine Learning Engineer'), role('Product Manager')],
    beta: [role('Data Engineer')],
    cracked: [],
    delta: [role('Machine Learning Engineer')],
    echo: [role('Software Engineer'), role('Machine Learning Engineer')],
  };
  for (const id of Object.keys(companies)) {
    await mkdir(path.join(root, 'profiles', id), { recursive: true });
    await writeFile(path.join(root, 'profiles', id, 'doc.md'), `# ${id}\n`);
  }
  const calls = { build: [] as { key: string; options: PacketOptions }[], closed: 0 };
  const pipeline: Pipeline<FakeModel> = {
    listCompanies: async () => Object.keys(companies),
    load: async (id) => {
      if (id === 'cracked') throw new ContentError('cracked/doc.md:1:1: Unexpected front matter, expected YAML');
      if (!(id in companies)) throw new ContentError(`Unknown company ${id}`);
      return { id, roles: companies[id] ?? [], ...(id === 'delta' ? { paper: 'letter' as const } : {}) };
    },
    roles: (m) => m.roles,
    resolveRole: (m, q) => m.roles.find((r) => r.slug === q || r.slug.split('-').map((w) => w[0]).join('') === q),
    frontMatter: (m) => ({ paper: m.paper }),
    inputFiles: async (id) => [path.join(root, 'profiles', id, 'doc.md')],
    templateFiles: async () => [],
    build: async (m, r, options) => {
      calls.build.push({ key: `${m.id}/${r.slug}`, options });
      return Promise.all(
        options.formats.map(async (f) => {
          const file = path.join(options.outDir, `${m.id}-${r.slug}.${f}`);
          await writeFile(file, r.title);
          return file;
        }),
      );
    },
    close: async () => void calls.closed++,
  };
  return { pipeline, calls };
}

